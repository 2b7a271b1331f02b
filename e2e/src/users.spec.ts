import { expect, test } from '@playwright/test';
import { accountMenu, DESKTOP, expectAccessible, keepScreenshot, PHONE, signIn } from './support/session';

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
});
