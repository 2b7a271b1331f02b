import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
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

test.describe('applicants', () => {
  test('an officer adds someone, is warned about a duplicate, finds them by search and opens them', async ({
    page,
  }, testInfo) => {
    // A whole working session in one journey, with accessibility checks of a busy page along the way.
    test.setTimeout(90_000);
    const lastName = uniqueWord('Quill');
    const email = `${lastName.toLowerCase()}@example.org`;
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'officer');
    const auth = { Authorization: `Bearer ${await apiToken(page)}` };
    const campaign = (
      (await (await page.request.get('/api/v1/campaigns?pageSize=1', { headers: auth })).json()) as {
        items: { id: string; name: string }[];
      }
    ).items[0];
    const eventTitle = `Careers evening ${uniqueWord('Q')}`;
    const event = await page.request.post('/api/v1/events', {
      headers: auth,
      data: {
        title: eventTitle,
        type: 'careers_fair',
        format: 'in_person',
        startsAt: '2026-10-01T17:00:00Z',
        endsAt: '2026-10-01T19:00:00Z',
        campaignId: campaign.id,
      },
    });
    expect(event.status()).toBe(201);

    // Officers land on their dashboard; the applicants list is next in the navigation.
    await expect(page).toHaveURL(/\/dashboard$/);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /Applicants$/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Applicants' })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'applicants-list-desktop');

    // Add them.
    await page.getByRole('link', { name: 'Add applicant' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add applicant' })).toBeVisible();
    await page.getByRole('button', { name: 'Add applicant' }).click();
    await expect(page.getByText('Enter first name')).toBeVisible();
    await page.getByLabel('First name').fill('Robin');
    await page.getByLabel('Last name').fill(lastName);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('option', { name: /Podiatry/ }).click();
    await page.getByRole('checkbox', { name: 'Agreed to be contacted' }).check();
    // Where they came from: choosing the event fills in its campaign.
    await page.getByLabel('Event of first contact').fill(eventTitle.slice(0, 12));
    await page.getByRole('option', { name: new RegExp(eventTitle) }).click();
    await expect(page.getByRole('combobox', { name: 'Campaign' })).toContainText(campaign.name);
    await expect(page.getByRole('combobox', { name: 'Source' })).toContainText('Event');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'applicant-add-form');
    await page.getByRole('button', { name: 'Add applicant' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Robin ${lastName}` })).toBeVisible();
    await expect(page.getByText('Applicant added')).toBeVisible();
    await expect(page.getByRole('link', { name: eventTitle })).toBeVisible();
    await expect(page.getByRole('link', { name: campaign.name })).toBeVisible();
    const detailUrl = page.url();
    expect(detailUrl).toMatch(/\/applicants\/[0-9a-f-]{36}$/);

    // The same email again: Pathway warns before creating a second record, and links to the first.
    await page.goto('/applicants/new');
    await page.getByLabel('First name').fill('Rob');
    await page.getByLabel('Last name').fill(`${lastName}-Jones`);
    await page.getByLabel('Email').fill(email.toUpperCase());
    await page.getByRole('button', { name: 'Add applicant' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'This person may already be in Pathway' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(`Robin ${lastName}`);
    await expect(warning).toContainText('Same email');
    await expect(warning.getByRole('button', { name: 'Create anyway' })).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'applicants-duplicate-warning');
    await warning.getByRole('link', { name: new RegExp(`^Open existing record for Robin ${lastName}`) }).click();
    await expect(page).toHaveURL(detailUrl);
    await expect(page.getByRole('heading', { level: 1, name: `Robin ${lastName}` })).toBeVisible();

    // The campaign's people are one filter away (the campaign page links here).
    await page.goto(`/applicants?campaignId=${campaign.id}`);
    await expect(page.getByText(`Campaign: ${campaign.name}`)).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: lastName })).toHaveCount(1);

    // Search finds them from the start of a word, and the search survives a reload.
    await page.goto('/applicants');
    await page.getByLabel('Search applicants').fill(lastName.slice(0, 8).toLowerCase());
    await expect(page).toHaveURL(/search=/);
    const rows = page.getByRole('row').filter({ hasText: lastName });
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.reload();
    await expect(page.getByLabel('Search applicants')).toHaveValue(lastName.slice(0, 8).toLowerCase());
    await page.getByRole('link', { name: `Robin ${lastName}` }).click();

    // The record: stage, owner, consent, profile and timeline.
    await expect(page).toHaveURL(detailUrl);
    await expect(page.getByRole('heading', { level: 1, name: `Robin ${lastName}` })).toBeVisible();
    await expect(page.getByText('Owner: Jordan Ellis')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Pipeline progress' }).locator('[aria-current="step"]')).toContainText(
      'Enquiry',
    );
    await expect(page.getByText('Do not contact')).toHaveCount(0);
    await expect(page.getByText('Podiatry')).toBeVisible();
    await expect(page.getByText('Added to Pathway — by Jordan Ellis')).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'applicant-detail-desktop');

    // Moving forward needs no reason; moving back asks why.
    await page.getByRole('button', { name: 'Move to stage' }).click();
    await page.getByRole('menuitem', { name: 'Applied' }).click();
    await expect(page.getByText('Moved to Applied')).toBeVisible();
    await page.getByRole('button', { name: 'Move to stage' }).click();
    await page.getByRole('menuitem', { name: /^Engaged/ }).click();
    const reason = page.getByRole('dialog');
    await reason.getByRole('button', { name: 'Move back' }).click();
    await expect(reason.getByText('Say why this is moving back')).toBeVisible();
    await reason.getByLabel('Why is this moving back?').fill('Wants to wait for next year’s open day');
    await reason.getByRole('button', { name: 'Move back' }).click();
    await expect(
      page.getByText(/Stage changed from Applied to Engaged — by Jordan Ellis — Wants to wait/),
    ).toBeVisible();

    // Widening-participation details appear only when asked for.
    await page.getByRole('button', { name: 'Show widening-participation details' }).click();
    await expect(page.getByText('First in family')).toBeVisible();

    await page.setViewportSize(PHONE);
    await expect(page.getByRole('heading', { level: 1, name: `Robin ${lastName}` })).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'applicant-detail-phone');
  });

  test('an officer tags several applicants at once, then archives one and restores them', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'officer');
    const family = uniqueWord('Bramble');
    const tag = family.toLowerCase();
    await createApplicant(page, { firstName: 'Ada', lastName: family });
    await createApplicant(page, { firstName: 'Ben', lastName: family });

    await page.goto(`/applicants?search=${tag}`);
    await expect(page.getByRole('row')).toHaveCount(3);
    await page.getByRole('checkbox', { name: 'Select all applicants on this page' }).check();
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('2 selected');
    await page.getByRole('button', { name: 'Add tag' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Tags to add' }).fill(tag);
    await dialog.getByRole('textbox', { name: 'Tags to add' }).press('Enter');
    await dialog.getByRole('button', { name: 'Add tags' }).click();
    await expect(page.getByText('Updated 2 applicants')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toHaveCount(0);

    // The tag is a filter too, shown as a chip.
    await page.goto(`/applicants?tag=${tag}`);
    await expect(page.getByRole('button', { name: `Remove filter Tag: ${tag}` })).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(3);

    // Archiving asks first, then hides them from the list until restored.
    await page.getByRole('link', { name: `Ada ${family}` }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText(`Archive Ada ${family}?`);
    await expect(confirm).toContainText('They will disappear from lists and the board until restored.');
    await confirm.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByText(/hidden from lists and the board/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Move to stage' })).toHaveCount(0);

    await page.goto(`/applicants?tag=${tag}`);
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.getByRole('switch', { name: 'Show archived' }).click();
    await expect(page).toHaveURL(/archived=true/);
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.getByRole('link', { name: `Ada ${family}` }).click();
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByText(`Ada ${family} restored`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Move to stage' })).toBeVisible();
    await expect(page.getByText('Restored — by Jordan Ellis')).toBeVisible();
  });

  test('on a phone the list is compact and the filters fold away', async ({ page }, testInfo) => {
    await page.setViewportSize(PHONE);
    await signIn(page, 'officer');
    await page.goto('/applicants');
    await expect(page.getByRole('heading', { level: 1, name: 'Applicants' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Applicant', exact: true })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Source' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Stage' })).toBeHidden();

    await page.getByRole('button', { name: /Filters and sort/ }).click();
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Offer' }).click();
    await expect(page).toHaveURL(/stage=offer/);
    await expect(page.getByRole('button', { name: 'Remove filter Stage: Offer' })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toContainText('Offer');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'applicants-list-phone');

    await page.getByRole('button', { name: 'Remove filter Stage: Offer' }).click();
    await expect(page).not.toHaveURL(/stage=/);
  });

  test('a manager reads applicants but cannot change them', async ({ page }) => {
    await signIn(page, 'manager');
    await page.goto('/applicants');
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add applicant' })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await page.getByRole('row').nth(1).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Move to stage' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show widening-participation details' })).toHaveCount(0);
  });

  test('a manager downloads everything held about a person, then erases them', async ({ page }, testInfo) => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'officer');
    const lastName = uniqueWord('Forgetme');
    const person = await createApplicant(page, {
      firstName: 'Pip',
      lastName,
      email: `${lastName.toLowerCase()}@example.org`,
      consentToContact: true,
    });
    await page.context().clearCookies();
    await page.evaluate(() => localStorage.clear());
    await signIn(page, 'manager');

    await page.goto(`/applicants/${person.id}`);
    await expect(page.getByRole('heading', { level: 1, name: `Pip ${lastName}` })).toBeVisible();
    await page.getByRole('button', { name: 'Data protection' }).click();
    const downloaded = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Download all their data (JSON)' }).click();
    const file = await downloaded;
    const exported = JSON.parse(await readFile((await file.path()) ?? '', 'utf8')) as { person: { email: string } };
    expect(exported.person.email).toBe(`${lastName.toLowerCase()}@example.org`);

    await page.getByRole('button', { name: 'Data protection' }).click();
    await page.getByRole('menuitem', { name: /Erase personal data/ }).click();
    const confirm = page.getByRole('alertdialog', { name: `Erase Pip ${lastName}'s personal data?` });
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'erase-confirm');
    await confirm.getByRole('button', { name: 'Erase for good' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Erased person' })).toBeVisible();
    await expect(page.getByText(/Personal data erased/).first()).toBeVisible();
    await expect(page.getByText(`${lastName.toLowerCase()}@example.org`)).toHaveCount(0);
    await keepScreenshot(page, testInfo, 'erased-record');
  });
});
