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

/** The follow-ups section ("This week" or "Later") that lists a person, showing more of it until they appear. */
async function followUpSectionWith(page: Page, name: string): Promise<Locator> {
  // Every section has loaded once none is busy.
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
  for (const label of ['This week', 'Later']) {
    const section = page.getByRole('region', { name: new RegExp(`^${label}`) });
    for (let more = 0; more < 30; more++) {
      if (await section.getByRole('link', { name }).isVisible()) {
        return section;
      }
      const showMore = section.getByRole('button', { name: new RegExp(`^Show more in ${label}`) });
      if (!(await showMore.isVisible())) {
        break;
      }
      const items = section.getByRole('listitem');
      const shown = await items.count();
      await showMore.click();
      await expect(items).not.toHaveCount(shown);
    }
  }
  throw new Error(`${name} is not under "This week" or "Later"`);
}

test.describe('conversations and follow-ups', () => {
  test('on a phone, an officer quick-logs a serious conversation with someone new and completes its follow-up', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const lastName = uniqueWord('Marlow');
    const name = `Tamsin ${lastName}`;
    await page.setViewportSize(PHONE);
    await signIn(page, 'officer');

    // Two taps from anywhere: the floating button, then the person.
    await page.getByRole('link', { name: 'Quick log a conversation' }).click();
    await expect(page).toHaveURL(/\/log$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Log a conversation' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /Who did you talk to\?/ })).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, '1-quick-log-find');

    // They are not in Pathway yet: add them inline.
    await page.getByLabel('Search people').fill(lastName);
    await expect(page.getByText(`Nobody matches “${lastName}”.`)).toBeVisible();
    await page.getByRole('button', { name: 'Add a new person' }).click();
    await page.getByLabel('First name').fill('Tamsin');
    await page.getByLabel('Last name').fill(lastName);
    await page.getByLabel('Email').fill(`${lastName.toLowerCase()}@example.org`);
    await page.getByLabel('Phone').fill('07700 900123');
    await page.getByRole('checkbox', { name: 'Agreed to be contacted about health careers' }).check();
    await keepScreenshot(page, testInfo, '2-quick-log-new-person');
    await page.getByRole('button', { name: 'Add and continue' }).click();

    // Step 2: the conversation. The indicator follows the serious-conversation rule as boxes are ticked.
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`Your conversation with ${name}`) }),
    ).toBeVisible();
    const verdict = page.getByRole('status').filter({ hasText: /serious conversation/ });
    await expect(verdict).toHaveText(/Not a serious conversation yet: it was not a two-way conversation/);
    await page.getByRole('checkbox', { name: 'It was a two-way conversation' }).check();
    await page.getByRole('checkbox', { name: 'A specific profession discussed' }).check();
    await page.getByRole('checkbox', { name: /^Entry routes discussed/ }).check();
    await expect(verdict).toHaveText(/Not a serious conversation yet: no next step was agreed/);
    await page.getByRole('checkbox', { name: 'A next step agreed' }).check();
    await page.getByRole('textbox', { name: 'Next step' }).fill('Will book a place at the podiatry open day');
    await page.getByLabel('Summary').fill('Asked about podiatry degrees and apprenticeships');
    await expect(verdict).toHaveText(/^\s*check_circle\s*Counts as a serious conversation\s*$/);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, '3-quick-log-form-serious');

    await page.getByRole('button', { name: 'Log conversation' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Conversation logged' })).toBeVisible();
    await expect(page.getByText(`${name} moved on to Serious conversation.`)).toBeVisible();
    await expect(page.getByText(/A follow-up is planned for \d{1,2} \w{3} \d{4}/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log another' })).toBeVisible();
    await keepScreenshot(page, testInfo, '4-quick-log-done');

    // Their record: moved on, with the follow-up the conversation planned and the conversation on the timeline.
    await page.getByRole('link', { name: `Open ${name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.locator('.meta pw-stage-chip')).toHaveText('Serious conversation');
    const followUpsCard = page.locator('pw-applicant-follow-ups');
    await expect(followUpsCard.getByText('Call', { exact: true })).toBeVisible();
    await expect(followUpsCard.getByText(/Due in (7|6) days/)).toBeVisible();
    await expect(followUpsCard).toContainText('Next step agreed: Will book a place at the podiatry open day');
    const timeline = page.locator('pw-applicant-timeline');
    await expect(timeline.getByText('Serious conversation', { exact: true })).toBeVisible();
    await expect(timeline).toContainText('Next step: Will book a place at the podiatry open day');
    await expect(timeline).toContainText('Follow-up planned: Call, due');
    await keepScreenshot(page, testInfo, '5-applicant-detail');

    // My follow-ups: due in a week, so under "This week" or "Later".
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: /^Follow-ups/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Overdue/ })).toBeVisible();
    const section = await followUpSectionWith(page, name);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, '6-follow-ups');

    // Complete it with an outcome: it leaves the open list.
    await section.getByRole('button', { name: `Complete the follow-up with ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Complete follow-up' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Outcome' }).fill('Booked onto the open day on the phone');
    await keepScreenshot(page, testInfo, '7-complete-dialog');
    await dialog.getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.getByText(`Follow-up with ${name} done`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name })).toHaveCount(0);
    await keepScreenshot(page, testInfo, '8-follow-up-completed');
  });

  test('an officer corrects a conversation, deletes one logged by mistake, and gives a reason to correct a serious one', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'officer');
    const person = await createApplicant(page, { firstName: 'Noor', lastName: uniqueWord('Amend') });
    const auth = { Authorization: `Bearer ${await apiToken(page)}` };
    const log = async (data: Record<string, unknown>) =>
      expect(
        (
          await page.request.post(`/api/v1/applicants/${person.id}/conversations`, {
            headers: auth,
            data: { occurredAt: new Date(Date.now() - 3_600_000).toISOString(), channel: 'event_stand', ...data },
          })
        ).status(),
      ).toBe(201);
    await log({ summary: 'Quick chat at the stand' });

    await page.goto(`/applicants/${person.id}`);
    const timeline = page.locator('pw-applicant-timeline');
    await expect(timeline).toContainText('Quick chat at the stand');
    await timeline.getByRole('button', { name: /^Correct the conversation of/ }).click();
    const dialog = page.getByRole('dialog', { name: `Correct the conversation with Noor ${person.lastName}` });
    await expect(dialog.getByLabel('Summary')).toHaveValue('Quick chat at the stand');
    await dialog.getByLabel('Summary').fill('Chat at the stand about orthoptics');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'correct-conversation');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await expect(page.getByText('Conversation corrected')).toBeVisible();
    await expect(timeline).toContainText('Chat at the stand about orthoptics');

    // Logged by mistake: deleted after a confirmation.
    await timeline.getByRole('button', { name: /^Correct the conversation of/ }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this conversation?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Conversation deleted')).toBeVisible();
    await expect(timeline).not.toContainText('orthoptics');

    // A serious conversation is never deleted, and a correction needs a reason.
    await log({
      twoWay: true,
      professionDiscussed: true,
      routesDiscussed: true,
      nextStepAgreed: true,
      nextStep: 'Visit day',
      summary: 'Long talk',
    });
    await page.reload();
    await timeline.getByRole('button', { name: /^Correct the conversation of/ }).click();
    await expect(dialog.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await dialog.getByLabel('Summary').fill('Long talk about the BSc route');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await expect(dialog.getByText('Enter reason for the correction')).toBeVisible();
    await dialog.getByLabel('Reason for the correction').fill('Route was left out');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await expect(dialog).toBeHidden();
    await expect(timeline).toContainText('Long talk about the BSc route');
    await expect(timeline.getByText('Serious conversation', { exact: true })).toBeVisible();
  });
});
