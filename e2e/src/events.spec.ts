import { expect, test } from '@playwright/test';
import { DESKTOP, expectAccessible, keepScreenshot, PHONE, signIn } from './support/session';

/** "25/12/2027": how people in the UK type a date, and how the date fields read it. */
function ukDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

test.describe('events and public sign-up', () => {
  test('an officer plans an event, someone signs up on a phone, and the officer checks them in', async ({
    page,
    browser,
  }, testInfo) => {
    const stamp = Date.now();
    const title = `Radiography open day ${stamp}`;
    const lastName = `Signup${stamp}`;
    const inThreeWeeks = new Date(Date.now() + 21 * 24 * 3600 * 1000);

    await page.setViewportSize(DESKTOP);
    await signIn(page, 'officer');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Events' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();

    await page.getByRole('link', { name: 'New event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
    await page.getByLabel('Title').fill(title);
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Open day' }).click();
    await page.getByLabel('Start date').fill(ukDate(inThreeWeeks));
    await page.getByLabel('Start date').blur();
    await expect(page.getByLabel('End date')).toHaveValue(ukDate(inThreeWeeks));
    await page.getByLabel('Venue').fill('Main hall');
    // The client refuses more leaflets taken than handed out, before asking the server.
    await page.getByLabel('Leaflets distributed').fill('10');
    await page.getByLabel('Leaflets taken').fill('12');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByText('Leaflets taken cannot be more than leaflets distributed')).toBeVisible();
    await page.getByLabel('Leaflets taken').fill('4');
    await page.getByRole('button', { name: 'Create event' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Leaflets taken (40%)')).toBeVisible();
    const signUpLink = page.getByRole('link', { name: /\/register\// });
    await expect(signUpLink).toBeVisible();
    await expect(page.getByRole('img', { name: 'QR code for the sign-up link' }).locator('svg')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'event-new-desktop');
    const registrationUrl = (await signUpLink.getAttribute('href')) ?? '';
    expect(registrationUrl).toMatch(/\/register\/[a-z0-9-]+$/);

    // Someone scans the code: a fresh browser, no sign-in, phone-sized.
    const visitor = await browser.newContext({ viewport: PHONE });
    const phone = await visitor.newPage();
    await phone.goto(registrationUrl);
    await expect(phone.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // Outside the signed-in app: no navigation, no account menu.
    await expect(phone.getByRole('navigation')).toHaveCount(0);
    await phone.getByRole('button', { name: 'Sign up' }).click();
    await expect(phone.getByRole('alert')).toContainText('Enter your first name');
    await expect(phone.getByLabel('First name')).toBeFocused();
    await phone.getByLabel('First name').fill('Robin');
    await phone.getByLabel('Last name').fill(lastName);
    await phone.getByLabel('Email', { exact: true }).fill(`robin.${stamp}@example.org`);
    await phone.getByRole('radio', { name: 'Under 13' }).check();
    await expect(phone.getByRole('heading', { name: 'Ask a parent or guardian' })).toBeVisible();
    await phone.getByRole('radio', { name: '16–18' }).check();
    await expect(phone.getByRole('heading', { name: 'Ask a parent or guardian' })).toBeHidden();
    await phone.getByRole('checkbox', { name: /I agree to be contacted about health careers/ }).check();
    await expectAccessible(phone);
    await keepScreenshot(phone, testInfo, 'public-sign-up-phone');
    await phone.getByRole('button', { name: 'Sign up' }).click();
    await expect(phone.getByRole('heading', { name: "You're signed up" })).toBeVisible();
    await expect(phone.getByText("Thank you for signing up. We'll be in touch with the details.")).toBeVisible();
    await keepScreenshot(phone, testInfo, 'public-thank-you-phone');
    await visitor.close();

    // Back at the stand: the new attendee is there, to be checked in.
    await page.reload();
    const attendees = page.getByRole('table', { name: 'Attendees' });
    await expect(attendees.getByRole('link', { name: `Robin ${lastName}` })).toBeVisible();
    await expect(attendees.getByRole('row', { name: new RegExp(lastName) })).toContainText('Signed up online');
    await attendees.getByRole('button', { name: `Check in Robin ${lastName}` }).click();
    await expect(page.getByText(`Robin ${lastName} checked in`)).toBeVisible();
    await expect(attendees.getByRole('button', { name: `Check in Robin ${lastName}` })).toHaveCount(0);
    await expect(page.getByText('Signed up, 1 checked in')).toBeVisible();
    await keepScreenshot(page, testInfo, 'event-with-attendee-desktop');

    await page.getByRole('link', { name: 'Print sign-up sheet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'I agree to be contacted (tick)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await keepScreenshot(page, testInfo, 'sign-up-sheet');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
    await keepScreenshot(page, testInfo, 'sign-up-sheet-print');
  });

  test('an unknown sign-up link explains itself', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/register/no-such-event-here');
    await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that event" })).toBeVisible();
  });

  test('a manager sees campaign progress against targets, and events read-only', async ({ page }, testInfo) => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'manager');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Campaigns' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
    const schools = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Schools and colleges outreach' }) });
    await expect(schools.getByRole('progressbar', { name: 'Young people reached' })).toBeVisible();
    await expect(schools.getByRole('progressbar', { name: 'Young people reached' })).toHaveAttribute(
      'aria-valuetext',
      /^Young people reached: [\d,]+ of 4,500 \(\d+%\)$/,
    );
    await expect(page.getByRole('button', { name: 'New campaign' })).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'campaigns-manager-desktop');

    await schools.getByRole('link', { name: 'Schools and colleges outreach' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Schools and colleges outreach' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'People who reached each stage' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Events in this campaign' })).toBeVisible();
    await keepScreenshot(page, testInfo, 'campaign-detail-manager-desktop');

    await page.getByRole('table', { name: 'Events in this campaign' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: /^Attendees \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add attendee' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  });
});
