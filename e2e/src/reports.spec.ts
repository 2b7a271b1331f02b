import { readFile } from 'node:fs/promises';
import { expect, Page, test } from '@playwright/test';
import { DESKTOP, expectAccessible, keepScreenshot, PHONE, signIn } from './support/session';

/** The funnel table's rows as [stage, reached]. */
async function funnelRows(page: Page): Promise<string[][]> {
  const rows = page.locator('table.funnel-table tbody tr');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((found) =>
    found.map((row) => [
      row.querySelector('th')?.textContent?.trim() ?? '',
      row.querySelector('td')?.textContent?.trim() ?? '',
    ]),
  );
}

/** A simple CSV (no commas inside values) as rows of cells without their quotes. */
function csvRows(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
}

test.describe('reports', () => {
  test('a manager filters the funnel by a campaign and downloads the same figures as CSV', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'manager');

    await page.goto('/reports');
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
    for (const title of ['Conversion funnel', 'Serious conversations', 'Reach', 'Retention', 'Placement experience']) {
      await expect(page.getByRole('link', { name: new RegExp(title) })).toBeVisible();
    }
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'reports-index');

    await page.getByRole('link', { name: /Conversion funnel/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Conversion funnel' })).toBeVisible();
    await expect(page.getByRole('img', { name: /People reaching each stage/ })).toBeVisible();
    const everyone = await funnelRows(page);
    expect(everyone.map(([stage]) => stage)).toEqual([
      'Enquiry',
      'Engaged',
      'Serious conversation',
      'Applied',
      'Offer',
      'Enrolled',
    ]);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'funnel-everyone');

    await page.getByRole('combobox', { name: 'Campaign' }).click();
    const campaign = page.getByRole('option').nth(1);
    const campaignName = (await campaign.textContent())?.trim() ?? '';
    await campaign.click();
    await expect(page).toHaveURL(/campaignId=/);
    await expect.poll(async () => JSON.stringify(await funnelRows(page))).not.toBe(JSON.stringify(everyone));
    const filtered = await funnelRows(page);
    expect(Number(filtered[0][1])).toBeLessThan(Number(everyone[0][1]));
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, `funnel-${campaignName}`);

    // The filtered URL is a link that opens the same report.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Campaign' })).toContainText(campaignName);
    expect(await funnelRows(page)).toEqual(filtered);

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/^pathway-funnel-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...lines] = csvRows(await readFile((await file.path()) ?? '', 'utf8'));
    expect(header.slice(0, 3)).toEqual(['group', 'stage', 'reached']);
    expect(lines.map(([, stage, reached]) => [stage, reached])).toEqual(filtered);

    await page.getByRole('combobox', { name: 'Break down by' }).click();
    await page.getByRole('option', { name: 'Source' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'By source' })).toBeVisible();
    await expect(page.locator('table.breakdown-table tbody tr').first()).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'funnel-by-source');

    await page.setViewportSize(PHONE);
    await expect(page.getByRole('heading', { level: 1, name: 'Conversion funnel' })).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'funnel-phone');
  });

  test('a coordinator sees only the student reports, with small groups hidden', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'coordinator');

    await page.goto('/reports');
    await expect(page.getByRole('link', { name: /Retention/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Placement experience/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Conversion funnel/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Reach/ })).toHaveCount(0);

    await page.goto('/reports/retention');
    await expect(page.getByRole('heading', { level: 1, name: 'Retention' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Retention by cohort/ })).toBeVisible();
    const retentionRows = page.locator('table.retention-table tbody tr');
    await expect(retentionRows.first()).toBeVisible();
    // A hidden figure reads "fewer than 5", never a number below five.
    for (const cell of await page.locator('table.retention-table td.number').allTextContents()) {
      expect(cell.trim()).toMatch(/^(fewer than 5|\d+%?)$/);
      if (/^\d+$/.test(cell.trim())) expect(Number(cell.trim())).toBeGreaterThanOrEqual(5);
    }
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'retention');

    await page.getByRole('link', { name: 'All reports' }).click();
    await page.getByRole('link', { name: /Placement experience/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Placement experience' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Experience by domain/ })).toBeVisible();
    await expect(page.locator('table.site-table tbody tr').first()).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'placement-experience');
  });
});
