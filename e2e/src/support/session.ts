import AxeBuilder from '@axe-core/playwright';
import { expect, Page, TestInfo } from '@playwright/test';

export type Role = 'admin' | 'manager' | 'officer' | 'coordinator';

export const DEMO_PASSWORD = 'Pathway-demo-2026';
export const demoEmail = (role: Role) => `${role}@demo.pathway.test`;

export const DEMO_NAMES: Record<Role, string> = {
  admin: 'Alex Morgan',
  manager: 'Priya Shah',
  officer: 'Jordan Ellis',
  coordinator: 'Sam Okafor',
};

/**
 * Records every Content-Security-Policy violation on the page from now on, so that `expectAccessible` (which every
 * journey calls on every screen) also proves the app works under the server's strict policy.
 */
export async function watchSecurityPolicy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
    );
  });
}

export async function signIn(page: Page, role: Role): Promise<void> {
  await watchSecurityPolicy(page);
  await page.goto('/login');
  await page.getByLabel('Email').fill(demoEmail(role));
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(accountMenu(page, DEMO_NAMES[role])).toBeVisible();
}

/** The toolbar button that opens the signed-in user's menu. */
export function accountMenu(page: Page, name: string) {
  return page.getByRole('button', { name: new RegExp(`^${name},.*account menu`) });
}

/** Link texts of a navigation, without the icon ligatures that sit in front of each label. */
export const linkLabels = (labels: string[]) => labels.map((label) => new RegExp(`${label}$`));

/** Fails on any serious or critical WCAG 2.1 AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  await settle(page);
  const blocked = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
  expect(blocked, 'Content-Security-Policy violations').toEqual([]);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Waits for what is moving to come to rest: running animations (a fading error would be judged on a half-faded
 * colour; endless ones such as spinners are left alone) and a snack bar's first 150 ms, while its text sits in an aria-hidden holder before being announced.
 */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('.mat-mdc-snack-bar-label > [aria-hidden="true"]:not(:empty)')).toHaveCount(0);
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
}

/**
 * Keeps a screenshot of the whole page with the test's artifacts (e2e/artifacts/results/…). The app scrolls inside
 * its sidenav content rather than the document, so a plain full-page shot would stop at the window's bottom edge: the
 * window is made as tall as the content for the shot, then put back.
 */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const viewport = page.viewportSize();
  const contentHeight = await page.evaluate(() => {
    const scroller = document.querySelector('.mat-drawer-content');
    return scroller
      ? scroller.getBoundingClientRect().top + scroller.scrollHeight
      : document.documentElement.scrollHeight;
  });
  const taller = viewport && contentHeight > viewport.height;
  if (taller) await page.setViewportSize({ width: viewport.width, height: Math.min(Math.ceil(contentHeight), 8000) });
  try {
    await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  } finally {
    if (taller) await page.setViewportSize(viewport);
  }
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** The signed-in page's API token, as the app stored it. */
export async function apiToken(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('pathway.session') ?? '{}').accessToken as string);
}

export interface CreatedApplicant {
  id: string;
  firstName: string;
  lastName: string;
}

/** Adds an applicant through the API as the signed-in user (a journey's starting point, not what it tests). */
export async function createApplicant(page: Page, body: Record<string, unknown>): Promise<CreatedApplicant> {
  const response = await page.request.post('/api/v1/applicants', {
    data: body,
    headers: { Authorization: `Bearer ${await apiToken(page)}` },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as CreatedApplicant;
}

/** A word no demo record contains, so that searches and filters find exactly what a journey created. */
export function uniqueWord(prefix: string): string {
  const letters = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `${prefix}${letters}`;
}
