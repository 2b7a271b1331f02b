import { expect, Locator, test } from '@playwright/test';
import {
  accountMenu,
  apiToken,
  DESKTOP,
  expectAccessible,
  keepScreenshot,
  PHONE,
  signIn,
  uniqueWord,
} from './support/session';

test.describe('users admin', () => {
  test('an admin creates a user, who can sign in; then deactivates them after confirming', async ({ page, browser }, testInfo) => {
    await page.setViewportSize(DESKTOP);
    await signIn(page, 'admin');
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Priya Shah', exact: true })).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'users-desktop');

    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    // The dialog focuses its first field once it has opened; typing before then can land in the wrong field.
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await dialog.getByLabel('Name').fill('Robin Fairley');
    await dialog.getByLabel('Email').fill('robin.fairley@example.org');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Outreach officer' }).click();
    await dialog.getByLabel('Initial password').fill('short');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await expect(dialog.getByText(/at least 12 characters/)).toBeVisible();
    await dialog.getByLabel('Initial password').fill('robin-starts-today');
    await keepScreenshot(page, testInfo, 'users-create-dialog');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('cell', { name: 'Robin Fairley', exact: true })).toBeVisible();

    // The new user can sign in straight away, in a separate browser.
    const other = await browser.newPage();
    await other.goto('/login');
    await other.getByLabel('Email').fill('robin.fairley@example.org');
    await other.getByLabel('Password', { exact: true }).fill('robin-starts-today');
    await other.getByRole('button', { name: 'Sign in' }).click();
    await expect(accountMenu(other, 'Robin Fairley')).toBeVisible();

    // Deactivating asks first, then signs them out at once.
    await page.getByRole('button', { name: 'Actions for Robin Fairley' }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('Deactivate Robin Fairley?');
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await expect(page.getByRole('row', { name: /Robin Fairley/ })).toContainText('Deactivated');
    await other.reload();
    await expect(other).toHaveURL(/\/login/);
    await other.close();
  });

  test('search narrows the table and keeps the filter in the address', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/users');
    await page.getByLabel('Search users').fill('pri');
    await expect(page.getByRole('cell', { name: 'Priya Shah', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Jordan Ellis', exact: true })).toBeHidden();
    await expect(page).toHaveURL(/search=pri/);
    await page.reload();
    await expect(page.getByLabel('Search users')).toHaveValue('pri');
    await expect(page.getByRole('cell', { name: 'Jordan Ellis', exact: true })).toBeHidden();
  });

  test('a manager sees users read-only; the page works on a phone', async ({ page }, testInfo) => {
    await page.setViewportSize(PHONE);
    await signIn(page, 'manager');
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(page.getByText('Alex Morgan')).toBeVisible();
    await expect(page.getByRole('button', { name: 'New user' })).toHaveCount(0);
    await keepScreenshot(page, testInfo, 'users-phone-manager');
  });

  test('a long email address fits a phone, breaking only before its @ or a dot', async ({ page }, testInfo) => {
    await signIn(page, 'admin');
    const surname = uniqueWord('Longaddress');
    const email = `${surname.toLowerCase()}.christophersonwetherington@workforcedevelopment.example.org`;
    const created = await page.request.post('/api/v1/users', {
      data: { email, name: `Maximilian ${surname}`, role: 'coordinator', password: 'a-long-enough-password' },
      headers: { Authorization: `Bearer ${await apiToken(page)}` },
    });
    expect(created.status()).toBe(201);

    for (const [viewport, name] of [
      [PHONE, 'users-long-email-phone'],
      [DESKTOP, 'users-long-email-desktop'],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(`/users?search=${surname}`);
      const address = page.getByText(email, { exact: true });
      await expect(address).toBeVisible();
      // On a phone the status sits under the name with the role, leaving the address the row's width.
      if (viewport === PHONE) await expect(page.getByText('Placement coordinator · Active')).toBeVisible();
      const midWord = (await lineBreaksIn(address)).filter((start) => start !== '@' && start !== '.');
      expect(midWord, `lines of ${email} at ${viewport.width} px that start mid-word`).toEqual([]);
      // Nothing spills sideways: the page does not scroll horizontally.
      const overflow = await page.evaluate(() => {
        const content = document.querySelector('.mat-drawer-content') ?? document.documentElement;
        return content.scrollWidth - content.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await keepScreenshot(page, testInfo, name);
    }
  });
});

/** The first character of each wrapped line of an element's text after the first: where the browser broke it. */
async function lineBreaksIn(element: Locator): Promise<string[]> {
  return element.evaluate((node) => {
    const range = document.createRange();
    const starts: string[] = [];
    let lastTop: number | null = null;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const value = text.textContent ?? '';
      for (let index = 0; index < value.length; index++) {
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        const top = range.getBoundingClientRect().top;
        if (lastTop !== null && top > lastTop + 2) starts.push(value[index]);
        lastTop = top;
      }
    }
    return starts;
  });
}
