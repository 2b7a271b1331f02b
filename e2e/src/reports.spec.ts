import { readFile } from 'node:fs/promises';
import { expect, Page, test } from '@playwright/test';
import { apiToken, DESKTOP, expectAccessible, keepScreenshot, PHONE, signIn } from './support/session';

const COUNT = new Intl.NumberFormat('en-GB');

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
    .replace(/^\uFEFF/, '')
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
    const count = (text: string) => Number(text.replace(/,/g, ''));
    expect(count(filtered[0][1])).toBeLessThan(count(everyone[0][1]));
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
    expect(lines.map(([, stage, reached]) => [stage, COUNT.format(Number(reached))])).toEqual(filtered);

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

  test("a manager follows the dashboard to this month's serious conversations, then reads reach for a period", async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'manager');
    const dashboard = await page.request.get('/api/v1/dashboard', {
      headers: { Authorization: `Bearer ${await apiToken(page)}` },
    });
    const kpi = (
      (await dashboard.json()) as { kpis: { key: string; value: number; target: number | null }[] }
    ).kpis.find((item) => item.key === 'serious_conversations');
    expect(kpi).toBeDefined();

    // The card opens the report for this month, which shows the card's count and target.
    await page.locator('[data-kpi="serious_conversations"]').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Serious conversations' })).toBeVisible();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue(/^01\/\d{2}\/\d{4}$/);
    const totals = page.locator('p.totals');
    await expect(totals).toContainText(`${COUNT.format(kpi?.value ?? 0)} serious conversations`);
    if (kpi?.target) await expect(totals).toContainText(`against a target of ${COUNT.format(kpi.target)}`);
    await expect(page.getByRole('img', { name: /serious conversations/i })).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'serious-conversations-this-month');

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const [, total] = csvRows(await readFile((await (await downloaded).path()) ?? '', 'utf8'));
    expect(total.slice(0, 3)).toEqual(['total', 'All serious conversations', String(kpi?.value)]);

    // Reach from a typed British date: the page shows what the API answers for that period.
    await page.getByRole('link', { name: 'All reports' }).click();
    await page.getByRole('link', { name: /Reach/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reach' })).toBeVisible();
    await expect(page.locator('ul.totals')).toBeVisible();
    const answered = page.waitForResponse((response) => /\/api\/v1\/reports\/reach\?.*from=/.test(response.url()));
    await page.getByRole('textbox', { name: 'From' }).fill('01/09/2025');
    await page.getByRole('textbox', { name: 'From' }).press('Tab');
    await expect(page).toHaveURL(/from=2025-09-01/);
    const reach = (await (await answered).json()) as {
      total: { events: number; youngPeople: number; educators: number };
    };
    const totalsList = page.locator('ul.totals');
    await expect(totalsList).toContainText(`${COUNT.format(reach.total.events)} events`);
    await expect(totalsList).toContainText(`${COUNT.format(reach.total.youngPeople)} young people`);
    await expect(totalsList).toContainText(`${COUNT.format(reach.total.educators)} educators`);
    await expect(page.getByRole('img', { name: /reach/i }).first()).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'reach-from-september');

    // On paper: the report and the filters it was run with, without navigation or buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue('01/09/2025');
    await expect(page.locator('ul.totals')).toBeVisible();
    await keepScreenshot(page, testInfo, 'reach-print');
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize(PHONE);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'reach-phone');
  });
});
