import { expect, Page, test } from '@playwright/test';
import { apiToken, DESKTOP, expectAccessible, keepScreenshot, PHONE, signIn, uniqueWord } from './support/session';

/** A university's enrolment list: programme names and routes as written, no intake column, one withdrawn student. */
function enrolmentList(surname: string): string {
  const lower = surname.toLowerCase();
  return [
    'Forename,Surname,Email,Programme,Mode of study,University,Status',
    `Sam,${surname},sam.${lower}@example.org,Podiatry,BSc (Hons),University of Leeds,Active`,
    `Ola,${surname},ola.${lower}@example.org,Orthoptics,Apprenticeship,,`,
    `Wes,${surname},wes.${lower}@example.org,Podiatry,BSc,,Withdrawn`,
  ].join('\r\n');
}

/** The labelled counts of a step's figures, e.g. `{ Rows: 3, Valid: 2 }`. */
async function figures(page: Page, step: 'review' | 'result'): Promise<Record<string, number>> {
  const pairs = await page
    .locator(`pw-import-${step}-step pw-import-figures .figure`)
    .evaluateAll((nodes) =>
      nodes.map((node) => [node.querySelector('dt')?.textContent?.trim() ?? '', node.querySelector('dd')?.textContent]),
    );
  return Object.fromEntries(pairs.map(([label, value]) => [label, Number(value)]));
}

async function chooseFile(page: Page, content: string, name: string): Promise<void> {
  await page
    .getByLabel('CSV file to import')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

test.describe('imports of students and attendees', () => {
  test('a coordinator imports an enrolment list: sets the cohort, sees the withdrawn row turned away, finds the new students', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const surname = uniqueWord('Intake').replace(/^./, (first) => first.toUpperCase());
    const fileName = `${surname.toLowerCase()}.csv`;
    const list = enrolmentList(surname);
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'coordinator');

    await page.goto('/students');
    await page.getByRole('link', { name: /Import$/ }).click();
    await expect(page).toHaveURL(/\/students\/import$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Import students' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Students$/ }).first()).toHaveAttribute('href', '/students');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'student-import-upload-desktop');

    // The file has no intake column: the cohort has to be given for every row before checking.
    await chooseFile(page, list, fileName);
    await expect(page.getByText(`${fileName}: 3 rows.`)).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Programme/ })).toContainText('Profession');
    await expect(page.getByRole('combobox', { name: /^Mode of study/ })).toContainText('Study route');
    const cohortProblem = page.getByText(
      'Choose the column that holds the cohort (intake year), or set it below for every row.',
    );
    await expect(cohortProblem).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check every row' })).toBeDisabled();
    await page.getByRole('spinbutton', { name: 'Cohort (intake year)' }).fill('2026');
    await expect(cohortProblem).toHaveCount(0);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'student-import-mapping-desktop');

    // The dry run turns the withdrawn student away.
    await page.getByRole('button', { name: 'Check every row' }).click();
    await expect(page.getByText('Nothing has been imported yet. 2 of 3 rows are ready to import.')).toBeVisible();
    expect(await figures(page, 'review')).toEqual({
      Rows: 3,
      Valid: 2,
      Invalid: 1,
      'Already in Pathway': 0,
      'To add': 2,
    });
    const problem = page.getByRole('table', { name: 'Rows that will be left out' }).getByRole('row').nth(1);
    await expect(problem.getByRole('cell').first()).toHaveText('4');
    await expect(problem).toContainText('Status cannot be withdrawn on import');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'student-import-review-desktop');

    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await expect(page.getByText('Import finished.')).toBeVisible();
    expect(await figures(page, 'result')).toEqual({ Added: 2, 'Already in Pathway': 0, Rejected: 1 });
    const recent = page.getByRole('table', { name: 'Recent imports' });
    const listed = recent.getByRole('row', { name: new RegExp(fileName) });
    await expect(listed).toContainText('Students');
    await expect(listed).toContainText('3 rows: 2 added, 1 rejected');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'student-import-result-desktop');

    // The new students are in the list, with the cohort given and the programme and route read from the file.
    await page.getByRole('link', { name: /Go to students$/ }).click();
    await expect(page).toHaveURL(/\/students(\?.*)?$/);
    await page.getByRole('searchbox', { name: 'Search students' }).fill(surname);
    const rows = page.getByRole('table').getByRole('row').filter({ hasText: surname });
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: `Sam ${surname}` })).toContainText('Podiatry');
    await expect(rows.filter({ hasText: `Sam ${surname}` })).toContainText('2026');
    await expect(rows.filter({ hasText: `Ola ${surname}` })).toContainText('Orthoptics');
    await expect(page.getByText(`Wes ${surname}`)).toHaveCount(0);

    // At phone width, the same steps stacked.
    await page.setViewportSize(PHONE);
    await page.goto('/students/import');
    await chooseFile(page, list, fileName);
    await expect(page.getByRole('combobox', { name: /^Programme/ })).toBeVisible();
    await expect(page.locator('mat-stepper')).toHaveClass(/mat-stepper-vertical/);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'student-import-mapping-phone');
    await page.getByRole('heading', { name: 'For every row without its own value' }).scrollIntoViewIfNeeded();
    await keepScreenshot(page, testInfo, 'student-import-defaults-phone');
    await page.goto('/students');
    await expect(page.getByRole('link', { name: /Import$/ })).toBeVisible();
    await keepScreenshot(page, testInfo, 'students-list-phone');
  });

  test("an officer opens an event's attendee import from the event page", async ({ page }, testInfo) => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'officer');
    const auth = { Authorization: `Bearer ${await apiToken(page)}` };
    const events = (await (await page.request.get('/api/v1/events?pageSize=1', { headers: auth })).json()) as {
      items: { id: string; title: string }[];
    };
    const event = events.items[0];
    expect(event).toBeDefined();

    await page.goto(`/events/${event.id}`);
    await page.getByRole('link', { name: /Import attendees$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${event.id}/import$`));
    await expect(page.getByRole('heading', { level: 1, name: `Import attendees of ${event.title}` })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`${escape(event.title)}$`) }).first()).toHaveAttribute(
      'href',
      `/events/${event.id}`,
    );
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'attendee-import-desktop');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
