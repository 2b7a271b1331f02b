import { TZDate } from '@date-fns/tz';
import { expect, Page, test, TestInfo } from '@playwright/test';
import {
  apiToken,
  DEMO_NAMES,
  DESKTOP,
  expectAccessible,
  keepScreenshot,
  PHONE,
  Role,
  signIn,
} from './support/session';

interface Kpi {
  key: string;
  label: string;
  value: number | null;
  unit: 'count' | 'rate';
  target?: number | null;
  trend?: unknown[];
  link?: string;
}

const COUNT = new Intl.NumberFormat('en-GB');
const shown = (kpi: Kpi) =>
  kpi.value === null ? '–' : kpi.unit === 'rate' ? `${Math.round(kpi.value * 100)}%` : COUNT.format(kpi.value);

/** The figures the API gives the signed-in person. */
async function figures(page: Page): Promise<Kpi[]> {
  const response = await page.request.get('/api/v1/dashboard', {
    headers: { Authorization: `Bearer ${await apiToken(page)}` },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { kpis: Kpi[] }).kpis;
}

/** Every card shows the API's figure under the API's label; the cards come in the API's order. */
async function expectCards(page: Page, kpis: Kpi[]): Promise<void> {
  const cards = page.locator('pw-kpi-card');
  await expect(cards).toHaveCount(kpis.length);
  for (const [index, kpi] of kpis.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(kpi.label);
    await expect(card.getByTestId('kpi-value')).toHaveText(shown(kpi));
  }
}

async function landOnDashboard(page: Page, role: Role, testInfo: TestInfo): Promise<Kpi[]> {
  // Two accessibility checks and two screenshots per role.
  test.slow();
  await page.setViewportSize(DESKTOP);
  await signIn(page, role);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DEMO_NAMES[role].split(' ')[0]);
  await expect(page.locator('pw-kpi-card').first()).toBeVisible();
  const kpis = await figures(page);
  await expectCards(page, kpis);
  await expectAccessible(page);
  await keepScreenshot(page, testInfo, `dashboard-${role}-desktop`);
  await page.setViewportSize(PHONE);
  await expect(page.locator('pw-kpi-card').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await keepScreenshot(page, testInfo, `dashboard-${role}-phone`);
  await page.setViewportSize(DESKTOP);
  return kpis;
}

test.describe('dashboard', () => {
  test('a manager sees conversion, serious conversations against target, reach and retention, and opens the concerns', async ({
    page,
  }, testInfo) => {
    const kpis = await landOnDashboard(page, 'manager', testInfo);
    expect(kpis.map((kpi) => kpi.key)).toEqual(
      expect.arrayContaining([
        'new_applicants',
        'serious_conversations',
        'applications',
        'enrolments',
        'enquiry_to_applied',
        'events_held',
        'young_people_reached',
        'retention',
        'open_concerns',
      ]),
    );
    // The conversion on the card is the funnel report's, for the same cohort.
    const conversion = kpis.find((kpi) => kpi.key === 'enquiry_to_applied');
    const trend = kpis.find((kpi) => kpi.key === 'new_applicants')?.trend as { month: string }[];
    const [year, month] = trend[0].month.split('-').map(Number);
    const from = new TZDate(year, month - 1, 1, 'Europe/London').toISOString();
    const funnel = await page.request.get(`/api/v1/reports/funnel?from=${encodeURIComponent(from)}`, {
      headers: { Authorization: `Bearer ${await apiToken(page)}` },
    });
    const applied = (
      (await funnel.json()) as { stages: { stage: string; cumulativeConversion: number | null }[] }
    ).stages.find((stage) => stage.stage === 'applied');
    expect(conversion?.value).toBe(applied?.cumulativeConversion);
    const serious = page.locator('[data-kpi="serious_conversations"]');
    const target = kpis.find((kpi) => kpi.key === 'serious_conversations')?.target;
    if (target) {
      await expect(serious.getByText(`of target ${COUNT.format(target)}`)).toBeVisible();
      await expect(serious.getByRole('progressbar')).toBeVisible();
    }
    // A sparkline with its trend in words beside it.
    await expect(serious.locator('canvas')).toBeVisible();
    await expect(serious.getByText(/^From .* month by month: /)).toBeAttached();
    expect(conversion?.unit).toBe('rate');

    // Managers see placement feedback as aggregates: the concerns card opens Feedback.
    await page.locator('[data-kpi="open_concerns"]').getByRole('link', { name: 'Open concerns' }).click();
    await expect(page).toHaveURL(/\/feedback\//);
  });

  test('an officer sees their follow-ups due, their pipeline and their serious conversations', async ({
    page,
  }, testInfo) => {
    const kpis = await landOnDashboard(page, 'officer', testInfo);
    expect(kpis.slice(0, 3).map((kpi) => kpi.key)).toEqual([
      'follow_ups_overdue',
      'follow_ups_today',
      'my_serious_conversations',
    ]);
    // The overdue count is the follow-ups page's.
    const summary = await page.request.get('/api/v1/follow-ups/summary', {
      headers: { Authorization: `Bearer ${await apiToken(page)}` },
    });
    expect(kpis[0].value).toBe(((await summary.json()) as { overdue: number }).overdue);
    await page.locator('[data-kpi="follow_ups_overdue"]').getByRole('link').click();
    await expect(page).toHaveURL(/\/follow-ups$/);
  });

  test('a coordinator sees feedback to review, concerns, students at risk and the response rate, and nothing about applicants', async ({
    page,
  }, testInfo) => {
    const kpis = await landOnDashboard(page, 'coordinator', testInfo);
    expect(kpis.map((kpi) => kpi.key)).toEqual([
      'responses_awaiting_review',
      'open_concerns',
      'overdue_concerns',
      'at_risk_students',
      'survey_response_rate',
    ]);
    await expect(page.getByText(/applicant/i)).toHaveCount(0);
    await page.locator('[data-kpi="responses_awaiting_review"]').getByRole('link').click();
    await expect(page).toHaveURL(/\/feedback\/review$/);
  });

  test('explains a failure and loads again on retry', async ({ page }) => {
    await signIn(page, 'officer');
    let fail = true;
    await page.route('**/api/v1/dashboard', (route) =>
      fail
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({
              statusCode: 503,
              error: 'Service Unavailable',
              message: 'Pathway is busy. Try again shortly.',
              code: 'unavailable',
            }),
          })
        : route.continue(),
    );
    await page.goto('/dashboard');
    await expect(page.getByRole('alert').filter({ hasText: 'Your figures could not be loaded' })).toBeVisible();
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('pw-kpi-card').first()).toBeVisible();
  });
});
