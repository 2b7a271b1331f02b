import { expect, Locator, Page, test } from '@playwright/test';
import {
  apiToken,
  createApplicant,
  DESKTOP,
  expectAccessible,
  keepScreenshot,
  PHONE,
  signIn,
  uniqueWord,
} from './support/session';

const column = (page: Page, stage: string) =>
  page.getByRole('region', { name: new RegExp(`^${stage}: \\d+ applicants$`) });
const card = (within: Locator, name: string) => within.locator('pw-board-card').filter({ hasText: name });

/** CDK drag and drop follows the pointer: press on the card, move in small steps to the target, release. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('Nothing to drag, or nowhere to drop it');
  // Hold the card by its lower part, away from the name link and the menu button.
  await page.mouse.move(source.x + source.width / 2, source.y + source.height - 12);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height - 2, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 25 });
  await page.mouse.up();
}

test.describe('pipeline board', () => {
  test('an officer finds their new applicant, drags them on, and moves them with the keyboard', async ({
    page,
  }, testInfo) => {
    // A whole working session in one journey, with accessibility checks of a busy page along the way.
    test.setTimeout(90_000);
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'officer');
    const lastName = uniqueWord('Tamsin');
    const name = `Kit ${lastName}`;
    await createApplicant(page, {
      firstName: 'Kit',
      lastName,
      professionsOfInterest: ['orthoptics'],
      consentToContact: true,
    });

    await page.goto('/pipeline');
    await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
    const regions = page.getByRole('region');
    await expect(regions).toHaveCount(7);
    await expect(regions.locator('h2 .column-name')).toHaveText([
      'Enquiry',
      'Engaged',
      'Serious conversation',
      'Applied',
      'Offer',
      'Enrolled',
      'Closed',
    ]);

    // "Mine only": new cards go to the top of Enquiry.
    await page.getByRole('switch', { name: 'Mine only' }).click();
    await expect(page).toHaveURL(/mine=true/);
    const enquiry = column(page, 'Enquiry');
    await expect(enquiry.locator('pw-board-card').first()).toContainText(name);
    await expect(card(enquiry, name)).toContainText('Jordan Ellis');
    await expect(card(enquiry, name)).toContainText('0 days in stage');
    await expect(card(enquiry, name)).toContainText('Orthoptics');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'pipeline-desktop');

    // Drag the card from Enquiry to Engaged.
    const engaged = column(page, 'Engaged');
    const engagedTotal = Number(
      await engaged
        .locator('.count')
        .first()
        .innerText()
        .then((text) => text.match(/\d+/)?.[0]),
    );
    const moved = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/pipeline/move') && response.request().method() === 'POST',
    );
    await drag(page, card(enquiry, name), engaged.locator('.cards'));
    expect((await moved).status()).toBe(200);
    await expect(card(engaged, name)).toBeVisible();
    await expect(card(enquiry, name)).toHaveCount(0);
    await expect(engaged.locator('.count')).toContainText(String(engagedTotal + 1));

    // It stays there after a reload (the filter too).
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Mine only' })).toBeChecked();
    await expect(card(column(page, 'Engaged'), name)).toBeVisible();
    await expect(card(column(page, 'Enquiry'), name)).toHaveCount(0);

    // The keyboard way: the card's menu moves it on…
    const menuButton = page.getByRole('button', { name: `Move ${name}` });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Move to Serious conversation' }).focus();
    await page.keyboard.press('Enter');
    await expect(card(column(page, 'Serious conversation'), name)).toBeVisible();
    await expect(page.getByRole('button', { name: `Move ${name}` })).toBeFocused();

    // …and moving back asks why, as on the applicant's page.
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Move to Enquiry' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`Move ${name} back`);
    await dialog.getByLabel('Why is this moving back?').fill('Met at the wrong event; starting again');
    await dialog.getByRole('button', { name: 'Move back' }).click();
    await expect(card(column(page, 'Enquiry'), name)).toBeVisible();
    await expect(enquiry.locator('pw-board-card').first()).toContainText(name);

    // Closing asks for one of the close reasons; cancelling puts the card back.
    await page.getByRole('button', { name: `Move ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Move to Closed' }).click();
    await expect(page.getByRole('dialog')).toContainText('Reason for closing');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(card(column(page, 'Enquiry'), name)).toBeVisible();
    await expect(card(column(page, 'Closed'), name)).toHaveCount(0);

    await page.goto(`/applicants?search=${lastName.toLowerCase()}`);
    await page.getByRole('link', { name }).click();
    await expect(
      page.getByText(/Stage changed from Serious conversation to Enquiry — by Jordan Ellis — Met at the wrong event/),
    ).toBeVisible();
  });

  test('the board narrows to the people one campaign brought in, and the URL keeps it', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'officer');
    const campaigns = await page.request.get('/api/v1/campaigns?pageSize=100', {
      headers: { Authorization: `Bearer ${await apiToken(page)}` },
    });
    const campaign = ((await campaigns.json()) as { items: { id: string; name: string }[] }).items[0];
    const inside = await createApplicant(page, {
      firstName: 'Ines',
      lastName: uniqueWord('Campaign'),
      campaignId: campaign.id,
    });
    const outside = await createApplicant(page, { firstName: 'Oona', lastName: uniqueWord('Elsewhere') });

    await page.goto('/pipeline?mine=true');
    const enquiry = column(page, 'Enquiry');
    await expect(card(enquiry, outside.lastName)).toBeVisible();
    await page.getByRole('combobox', { name: 'Campaign' }).click();
    await page.getByRole('option', { name: campaign.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`campaignId=${campaign.id}`));
    await expect(card(enquiry, inside.lastName)).toBeVisible();
    await expect(card(enquiry, outside.lastName)).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Campaign' })).toContainText(campaign.name);
    await expect(card(column(page, 'Enquiry'), inside.lastName)).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/campaignId=/);
  });

  test('on a phone the board shows one stage at a time, and cards still move from their menu', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(PHONE);
    await signIn(page, 'officer');
    const lastName = uniqueWord('Ottoline');
    const name = `Sky ${lastName}`;
    await createApplicant(page, { firstName: 'Sky', lastName });

    await page.goto('/pipeline?mine=true');
    await expect(page.getByRole('region')).toHaveCount(1);
    await expect(card(column(page, 'Enquiry'), name)).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'pipeline-phone');

    await page.getByRole('button', { name: `Move ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Move to Applied' }).click();
    await expect(card(column(page, 'Enquiry'), name)).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: /^Applied/ }).click();
    await expect(card(column(page, 'Applied'), name)).toBeVisible();
  });

  test('a manager sees the board read-only', async ({ page }) => {
    await signIn(page, 'manager');
    await page.goto('/pipeline');
    await expect(column(page, 'Enquiry').locator('pw-board-card').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0);
    await expect(page.locator('.cdk-drag-disabled').first()).toBeVisible();
  });
});
