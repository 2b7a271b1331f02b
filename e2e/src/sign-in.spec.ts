import { expect, test } from '@playwright/test';
import {
  accountMenu,
  DEMO_NAMES,
  demoEmail,
  DESKTOP,
  expectAccessible,
  keepScreenshot,
  linkLabels,
  PHONE,
  Role,
  signIn,
} from './support/session';

const NAVIGATION: Record<Role, string[]> = {
  admin: [
    'Dashboard',
    'Applicants',
    'Pipeline',
    'Follow-ups',
    'Events',
    'Campaigns',
    'Students',
    'Placements',
    'Feedback',
    'Reports',
    'Users',
    'Audit log',
    'My account',
  ],
  manager: [
    'Dashboard',
    'Applicants',
    'Pipeline',
    'Follow-ups',
    'Events',
    'Campaigns',
    'Feedback',
    'Reports',
    'Users',
    'Audit log',
    'My account',
  ],
  officer: ['Dashboard', 'Applicants', 'Pipeline', 'Follow-ups', 'Events', 'Campaigns', 'Reports', 'My account'],
  coordinator: ['Dashboard', 'Students', 'Placements', 'Feedback', 'Reports', 'My account'],
};

test.describe('signing in', () => {
  test('the login page is accessible and explains where the demo sign-ins are', async ({ page }, testInfo) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText('Demo sign-ins are printed in the terminal')).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, testInfo, 'login-desktop');
  });

  test('a wrong password shows an error and keeps you on the login page', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(demoEmail('officer'));
    await page.getByLabel('Password', { exact: true }).fill('not-the-right-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect');
    await expect(page).toHaveURL(/\/login/);
  });

  for (const role of Object.keys(NAVIGATION) as Role[]) {
    test(`${role}: lands on their dashboard, sees exactly their navigation, survives a reload, and signs out`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, role);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(DEMO_NAMES[role].split(' ')[0]);
      const navigation = page.getByRole('navigation', { name: 'Main navigation' });
      await expect(navigation.getByRole('link')).toHaveText(linkLabels(NAVIGATION[role]));
      await expectAccessible(page);
      await keepScreenshot(page, testInfo, `${role}-home-desktop`);

      await page.reload();
      await expect(accountMenu(page, DEMO_NAMES[role])).toBeVisible();

      await accountMenu(page, DEMO_NAMES[role]).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.goto('/account');
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test('on a phone the navigation opens from the menu button', async ({ page }, testInfo) => {
    await page.setViewportSize(PHONE);
    await signIn(page, 'admin');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(navigation).toBeHidden();
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect(navigation.getByRole('link')).toHaveText(linkLabels(NAVIGATION.admin));
    await keepScreenshot(page, testInfo, 'admin-navigation-phone');
    await navigation.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
    await expect(navigation).toBeHidden();
  });

  test('the quick-log button wears the primary colour, and stays off the users page', async ({ page }) => {
    await signIn(page, 'admin');
    const quickLog = page.getByRole('link', { name: 'Quick log a conversation' });
    await expect(quickLog).toBeVisible();
    const colours = await quickLog.evaluate((fab) => {
      const sample = document.createElement('div');
      sample.style.background = 'var(--mat-sys-primary)';
      document.body.append(sample);
      const primary = getComputedStyle(sample).backgroundColor;
      sample.remove();
      return { fab: getComputedStyle(fab).backgroundColor, primary };
    });
    expect(colours.fab).toBe(colours.primary);
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users');
    await expect(quickLog).toHaveCount(0);
  });

  test('deep links load the app, and unknown API paths stay JSON', async ({ page, request }) => {
    await signIn(page, 'admin');
    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
    const response = await request.get('/api/v1/nothing-here');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/json');
  });
});
