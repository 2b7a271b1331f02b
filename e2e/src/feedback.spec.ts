import { expect, Locator, Page, test } from '@playwright/test';
import { DESKTOP, expectAccessible, keepScreenshot, PHONE, signIn } from './support/session';

/** Letters no demo record contains, so that searches and filters find exactly what this journey made. */
function unique(prefix: string): string {
  return prefix + Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

/** A day as people type it into a date field: 25/12/2026. */
function typedDay(daysFromToday: number): string {
  const day = new Date();
  day.setDate(day.getDate() + daysFromToday);
  return [day.getDate(), day.getMonth() + 1, day.getFullYear()].map((part) => String(part).padStart(2, '0')).join('/');
}

/** Picks `option` in the select labelled `field`, found within `scope` (a dialog, a card, or the page). */
async function chooseOption(
  page: Page,
  field: string,
  option: string | RegExp,
  scope: Page | Locator = page,
): Promise<void> {
  await scope.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
}

test.describe('placement feedback', () => {
  test('a coordinator sends a survey link; a student answers anonymously on a phone and raises a concern; the coordinator reviews it without a name', async ({
    page,
    browser,
  }, testInfo) => {
    // A long journey with an accessibility check at every step.
    test.setTimeout(150_000);
    const lastName = unique('Quarry');
    const studentName = `Robin ${lastName}`;
    const siteName = `Podiatry clinic ${unique('Fen')}`;
    const concernText = `Nobody supervised me on the ${unique('ward')} for a week.`;
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'coordinator');

    // Coordinators land on their dashboard; Students is next in the navigation.
    await expect(page).toHaveURL(/\/dashboard$/);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /Students$/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Students' })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'students-list');

    // A new student.
    await page.getByRole('button', { name: 'New student' }).click();
    const studentDialog = page.getByRole('dialog');
    await studentDialog.getByRole('button', { name: 'Add student' }).click();
    await expect(studentDialog.getByText('Enter first name')).toBeVisible();
    await studentDialog.getByLabel('First name').fill('Robin');
    await studentDialog.getByLabel('Last name').fill(lastName);
    await chooseOption(page, 'Profession', 'Podiatry', studentDialog);
    await keepScreenshot(page, testInfo, 'student-create-dialog');
    await studentDialog.getByRole('button', { name: 'Add student' }).click();
    await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
    await expect(page.getByText('Started as Active')).toBeVisible();

    // A status change: withdrawing needs a reason; every change is kept with its note.
    const statusForm = page.getByRole('form', { name: 'Change status' });
    await chooseOption(page, 'New status', 'Withdrawn', statusForm);
    await statusForm.getByRole('button', { name: 'Save status' }).click();
    await expect(statusForm.getByText('Enter reason for withdrawing')).toBeVisible();
    await chooseOption(page, 'New status', 'Interrupted', statusForm);
    await statusForm.getByLabel('Note (optional)').fill('Back after illness in January');
    await statusForm.getByRole('button', { name: 'Save status' }).click();
    await expect(page.getByText('Status changed to Interrupted')).toBeVisible();
    const history = page.getByRole('list', { name: 'Status history' });
    await expect(history.getByRole('listitem').first()).toContainText('Active → Interrupted');
    await expect(history.getByRole('listitem').first()).toContainText('“Back after illness in January”');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'student-detail');

    // A placement at a new site, added from the placement dialog.
    await page.goto('/placements');
    await expect(page.getByRole('heading', { level: 1, name: 'Placements' })).toBeVisible();
    await page.getByRole('button', { name: 'New placement' }).click();
    const placementDialog = page.getByRole('dialog', { name: 'New placement' });
    await placementDialog.getByRole('combobox', { name: 'Student', exact: true }).fill(lastName);
    await page.getByRole('option', { name: new RegExp(studentName) }).click();
    await placementDialog.getByRole('button', { name: 'Add site' }).click();
    const siteDialog = page.getByRole('dialog', { name: 'New placement site' });
    await siteDialog.getByLabel('Site name').fill(siteName);
    await siteDialog.getByLabel('Organisation (optional)').fill('Fenland NHS Foundation Trust');
    await siteDialog.getByRole('button', { name: 'Save site' }).click();
    await expect(siteDialog).toBeHidden();
    await expect(placementDialog.getByRole('combobox', { name: 'Site', exact: true })).toHaveValue(siteName);
    await placementDialog.getByLabel('Starts on').fill(typedDay(-30));
    await placementDialog.getByLabel('Ends on').fill(typedDay(-40));
    await chooseOption(page, 'Year of study', 'Year 2', placementDialog);
    await placementDialog.getByRole('button', { name: 'Add placement' }).click();
    await expect(placementDialog.getByText('The end date cannot be before the start date')).toBeVisible();
    await placementDialog.getByLabel('Ends on').fill(typedDay(3));
    await placementDialog.getByLabel('Practice educator (optional)').fill('Jo Practice');
    await keepScreenshot(page, testInfo, 'placement-create-dialog');
    await placementDialog.getByRole('button', { name: 'Add placement' }).click();
    await expect(placementDialog).toBeHidden();
    await expect(page.getByText('Placement added')).toBeVisible();

    // Its survey link, to pass on by hand.
    await chooseOption(page, 'Site', siteName);
    const row = page.getByRole('row').filter({ hasText: studentName });
    await expect(row).toContainText('Not invited');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'placements-list');
    await row.getByRole('button', { name: `Send survey link to ${studentName}` }).click();
    const linkDialog = page.getByRole('dialog', { name: `Survey link for ${studentName}` });
    await expect(linkDialog.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(linkDialog.getByRole('img', { name: `QR code for the survey link for ${studentName}` })).toBeVisible();
    await expect(linkDialog.getByText(/^Expires /)).toBeVisible();
    const surveyUrl = (await linkDialog.locator('code').textContent())?.trim() ?? '';
    expect(surveyUrl).toMatch(/\/survey\/[A-Za-z0-9_-]{32}$/);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'survey-link-dialog');
    await linkDialog.getByRole('button', { name: 'Done' }).click();
    await expect(row).toContainText('Invited');

    // The student answers on a phone, with no account and no session.
    const student = await browser.newContext({ viewport: PHONE });
    const survey = await student.newPage();
    await survey.goto(new URL(surveyUrl).pathname);
    await expect(survey.getByRole('heading', { level: 1, name: siteName })).toBeVisible();
    await expect(survey.getByText('0 of 8 required questions answered')).toBeVisible();
    await expectAccessible(survey);
    await keepScreenshot(survey, testInfo, 'survey-phone');

    await survey.getByRole('button', { name: 'Send my answers' }).click();
    const summary = survey.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('listitem')).toHaveCount(8);
    await expect(survey.locator(':focus')).toHaveAttribute('type', 'radio');
    await expectAccessible(survey);
    await keepScreenshot(survey, testInfo, 'survey-phone-errors');

    for (const group of await survey.getByRole('radiogroup').all()) {
      const name = (await group.getAttribute('aria-labelledby')) ?? '';
      const answer = name.includes('recommend') ? '3' : name.includes('raising_concerns') ? 'No' : 'Disagree';
      await group.getByRole('radio', { name: answer, exact: true }).check();
    }
    await expect(survey.getByText('8 of 8 required questions answered')).toBeVisible();
    await expect(summary).toBeHidden();
    await survey.getByRole('checkbox', { name: 'I want to raise a concern' }).check();
    await survey.getByLabel('What happened?').fill(concernText);
    // Leave the text area as a person would: Chromium scrolls a focused text area back into view on the next click
    // after a full-page screenshot has resized the window, which would make that click miss its button.
    await survey.keyboard.press('Tab');
    await expect(survey.getByRole('checkbox', { name: 'You may contact me about my answers' })).not.toBeChecked();
    await expectAccessible(survey);
    await keepScreenshot(survey, testInfo, 'survey-phone-answered');
    await survey.getByRole('button', { name: 'Send my answers' }).click();
    await expect(survey.getByRole('heading', { level: 1, name: 'Your answers have been sent' })).toBeVisible();
    await expectAccessible(survey);
    await keepScreenshot(survey, testInfo, 'survey-phone-thanks');

    // The link works once.
    await survey.reload();
    await expect(
      survey.getByRole('heading', { level: 1, name: "You've already answered this survey — thank you" }),
    ).toBeVisible();
    await student.close();

    // The coordinator reads it without learning who wrote it.
    await page.goto('/feedback');
    await expect(page).toHaveURL(/\/feedback\/review$/);
    await chooseOption(page, 'Site', siteName);
    const card = page.locator('article').filter({ hasText: concernText });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Podiatry · Year 2');
    await expect(card).toContainText('Anonymous: the student did not agree to be contacted');
    await expect(card).toContainText('Overall, this was a good placement.');
    await expect(card).toContainText('2 – Disagree');
    await expect(page.getByText(lastName)).toHaveCount(0);
    expect(await page.locator('body').innerText()).not.toContain(lastName);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'review-queue');

    await chooseOption(page, 'Review status', 'Action planned', card);
    await card.getByLabel('Review note').fill('Raised with the site lead.');
    await card.getByRole('button', { name: 'Save review' }).click();
    await expect(page.getByText('Review saved')).toBeVisible();

    // …and the concern waits in Concerns, ready to be owned.
    await page.getByRole('tab', { name: 'Concerns' }).click();
    await chooseOption(page, 'Site', siteName);
    const concern = page.getByRole('listitem').filter({ hasText: concernText });
    await expect(concern).toContainText('Tier 2: programme');
    await expect(concern).toContainText('Open');
    await expect(page.getByText(lastName)).toHaveCount(0);
    await expectAccessible(page);
    await concern.getByRole('button', { name: `Update concern at ${siteName}` }).click();
    const concernDialog = page.getByRole('dialog');
    await chooseOption(page, 'Owner', /^Sam Okafor/, concernDialog);
    await chooseOption(page, 'Status', 'Investigating', concernDialog);
    await keepScreenshot(page, testInfo, 'concern-dialog');
    await concernDialog.getByRole('button', { name: 'Save concern' }).click();
    await expect(page.getByText('Concern saved')).toBeVisible();
    await expect(concern).toContainText('Owner: Sam Okafor');
    await expect(concern).toContainText('Investigating');
    await keepScreenshot(page, testInfo, 'concerns');
  });

  test('a manager sees the site dashboard and retention, never individual responses', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'manager');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /Feedback$/ })
      .click();
    await expect(page).toHaveURL(/\/feedback\/sites$/);
    await expect(page.getByRole('tablist', { name: 'Feedback views' }).getByRole('tab')).toHaveText([
      'Site dashboard',
      'Retention',
    ]);
    await expect(page.getByRole('heading', { level: 2, name: 'All sites' })).toBeVisible();
    await expect(page.getByText(/^\d+ responses$/)).toBeVisible();
    // Demo sites with fewer than five responses show no figures.
    const comparison = page.getByRole('region', { name: /Comparison across sites/ });
    await expect(comparison.getByRole('cell', { name: 'fewer than 5' }).first()).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'manager-site-dashboard');

    const smallSite = comparison
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'fewer than 5' }) })
      .first();
    const smallSiteName = (await smallSite.getByRole('rowheader').textContent())?.trim() ?? '';
    await chooseOption(page, 'Site', smallSiteName);
    await expect(
      page.getByText('Fewer than 5 responses: figures are hidden so that no one can be identified'),
    ).toBeVisible();
    await expect(page.getByText('fewer than 5 responses', { exact: true }).first()).toBeVisible();
    await keepScreenshot(page, testInfo, 'manager-site-dashboard-suppressed');

    await page.getByRole('tab', { name: 'Retention' }).click();
    await expect(page.getByRole('columnheader', { name: 'Retention' })).toBeVisible();
    await expect(page.getByText('Fewer than 5 students: figures hidden').first()).toBeVisible();
    await expect(page.getByRole('cell', { name: /^\d+%$/ }).first()).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'manager-retention');

    // The review queue is not theirs: the address sends them home, and the API refuses too.
    await page.goto('/feedback/review');
    await expect(page).not.toHaveURL(/\/feedback\/review/);
    const token = await page.evaluate(
      () => JSON.parse(localStorage.getItem('pathway.session') ?? '{}').accessToken as string,
    );
    const responses = await page.request.get('/api/v1/survey-responses', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(responses.status()).toBe(403);
  });
});
