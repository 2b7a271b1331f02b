import { expect, Page, test } from '@playwright/test';
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

interface DemoApplicant {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
}

/**
 * A sign-up sheet as a spreadsheet saves it: BOM, CRLF, a quoted comma, an apostrophe, a bad email, and a known person
 * with a phone number their record lacks.
 */
function signUpSheet(unique: string, known: DemoApplicant): string {
  const lines = [
    'Forename,Surname,Email address,Mobile number,Group,Comments',
    `Aoife,O'Neil,aoife.${unique}@example.org,07700 900001,${unique},"Likes physio, and radiography"`,
    'Bad,Email,not-an-email,07700 900002,,',
    `${known.firstName},${known.lastName},${known.email},07700 900003,,Came back to the stand`,
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The labelled counts of the figures on screen, e.g. `{ Rows: 3, Valid: 2 }`. */
async function figures(page: Page): Promise<Record<string, number>> {
  const pairs = await page
    .locator('pw-import-figures .figure')
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

test.describe('imports', () => {
  test('an officer imports a sign-up sheet: maps a column, reviews the dry run, imports and downloads the rejected row', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const unique = uniqueWord('fair');
    const fileName = `${unique}.csv`;
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'officer');
    const auth = { Authorization: `Bearer ${await apiToken(page)}` };
    // Someone already in Pathway with no phone number, to come back in the sheet as a duplicate to fill in.
    const known: DemoApplicant = {
      ...(await createApplicant(page, { firstName: 'Kit', lastName: 'Known', email: `kit.${unique}@example.org` })),
      email: `kit.${unique}@example.org`,
    };
    const sheet = signUpSheet(unique, known);

    // From the applicants list.
    await page.goto('/applicants');
    await page.getByRole('link', { name: /Import$/ }).click();
    await expect(page).toHaveURL(/\/applicants\/import$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Import applicants' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Recent imports' })).toBeVisible();
    await expect(page.getByText('No imports yet')).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'import-upload-desktop');

    // Upload: the file is read at once and the mapping step opens with the guesses.
    await chooseFile(page, sheet, fileName);
    await expect(page.getByText(`${fileName}: 3 rows.`)).toBeVisible();
    const group = page.getByRole('combobox', { name: /^Group/ });
    await expect(group).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Forename/ })).toContainText('First name');
    await expect(page.getByRole('combobox', { name: /^Email address/ })).toContainText('Email');
    await expect(group).toContainText('Ignore this column');
    await expect(page.getByRole('cell', { name: 'Likes physio, and radiography' })).toBeVisible();
    await expect(page.getByRole('cell', { name: "O'Neil" })).toBeVisible();

    // Map the unrecognised column to tags.
    await group.click();
    await page.getByRole('option', { name: 'Tags' }).click();
    await expect(group).toContainText('Tags');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'import-mapping-desktop');

    // Review: the dry run, with the bad row listed by its spreadsheet row number.
    await page.getByRole('button', { name: 'Check every row' }).click();
    await expect(page.getByText('Nothing has been imported yet. 2 of 3 rows are ready to import.')).toBeVisible();
    expect(await figures(page)).toEqual({
      Rows: 3,
      Valid: 2,
      Invalid: 1,
      'Already in Pathway': 1,
      'To add': 1,
      'To fill in': 1,
    });
    const problem = page.getByRole('table', { name: 'Rows that will be left out' }).getByRole('row').nth(1);
    await expect(problem.getByRole('cell').first()).toHaveText('3');
    await expect(problem).toContainText('Email (column “Email address”) must be an email address');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'import-review-desktop');

    // Import.
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await expect(page.getByText('Import finished.')).toBeVisible();
    expect(await figures(page)).toMatchObject({ Added: 1, 'Already in Pathway': 1, Rejected: 1 });
    await expect(page.getByRole('link', { name: /Go to applicants$/ })).toHaveAttribute('href', '/applicants');
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'import-result-desktop');

    // The new person came in with the mapped column as a tag.
    const found = (await (
      await page.request.get(`/api/v1/applicants?search=${encodeURIComponent(`aoife.${unique}`)}`, { headers: auth })
    ).json()) as { items: (DemoApplicant & { tags: string[] })[] };
    expect(found.items.map(({ firstName, lastName, tags }) => ({ firstName, lastName, tags }))).toEqual([
      { firstName: 'Aoife', lastName: "O'Neil", tags: [unique] },
    ]);

    // The rejected row, as it was, with the reason, ready to correct.
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download rejected rows$/ }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe(`rejected-${unique}.csv`);
    const lines = (await readFile((await file.path()) ?? '', 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toEqual([
      'Forename,Surname,Email address,Mobile number,Group,Comments,errors',
      'Bad,Email,not-an-email,07700 900002,,,email must be an email address',
    ]);

    // The import is listed, and can be undone while nobody has touched the people it added.
    const recent = page.getByRole('table', { name: 'Recent imports' });
    await expect(recent.getByRole('row', { name: new RegExp(fileName) })).toContainText('1 added');
    await page.getByRole('button', { name: /Undo this import/ }).click();
    const dialog = page.getByRole('alertdialog', { name: `Undo the import of ${fileName}?` });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await expect(page.getByText('Import undone: 1 person removed')).toBeVisible();
    await expect(page.getByText('This import was undone.')).toBeVisible();
    await expect(recent.getByRole('button', { name: `Undo the import of ${fileName}` })).toHaveCount(0);

    // At phone width the steps stack vertically; the list folds into one column.
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Import another file' }).click();
    await chooseFile(page, sheet, fileName);
    await expect(page.getByRole('combobox', { name: /^Group/ })).toBeVisible();
    await expect(page.locator('mat-stepper')).toHaveClass(/mat-stepper-vertical/);
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'import-mapping-phone');
    await page.getByRole('button', { name: 'Check every row' }).click();
    await expect(page.getByText('2 of 3 rows are ready to import.')).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'import-review-phone');
  });
});
