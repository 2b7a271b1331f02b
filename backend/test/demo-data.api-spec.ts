import { DataSource } from 'typeorm';
import { bearer, startTestApp, TestApp } from './support/test-app';

describe('demo caseload (API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demoApplicants: 300 });
  });
  afterAll(() => t.close());

  it('spreads applicants over every stage, with owners and professions', async () => {
    const { body } = await t.http.get('/api/v1/pipeline/board?pageSize=1').set(bearer(await t.tokenFor('manager'))).expect(200);
    const totals = Object.fromEntries(body.columns.map((column: { stage: string; total: number }) => [column.stage, column.total]));
    expect(Object.values(totals).reduce((sum: number, total) => sum + (total as number), 0)).toBe(300);
    for (const stage of ['enquiry', 'engaged', 'serious_conversation', 'applied', 'closed']) expect(totals[stage]).toBeGreaterThan(0);
    expect(body.columns[0].items[0].professionsOfInterest.length).toBeGreaterThan(0);
    expect(body.columns[0].items[0].ownerName).toBeTruthy();
  });

  it('gives every applicant a stage history that ends where they are', async () => {
    const rows: { stage: string; last_to: string; changes: string | number }[] = await t.app.get(DataSource).query(`
      SELECT a.stage, COUNT(c.id) AS changes,
        (SELECT c2.to_stage FROM stage_changes c2 WHERE c2.applicant_id = a.id ORDER BY c2.at DESC LIMIT 1) AS last_to
      FROM applicants a JOIN stage_changes c ON c.applicant_id = a.id GROUP BY a.id, a.stage`);
    expect(rows).toHaveLength(300);
    for (const row of rows) {
      expect(row.last_to).toBe(row.stage);
      expect(Number(row.changes)).toBeGreaterThanOrEqual(1);
    }
  });

  it('has conversations, about a third serious, matching who reached that stage, and follow-ups some of which are overdue', async () => {
    const officer = await t.tokenFor('officer');
    const all = (await t.http.get('/api/v1/conversations?pageSize=1').set(bearer(officer)).expect(200)).body.total;
    const serious = (await t.http.get('/api/v1/conversations?serious=true&pageSize=1').set(bearer(officer)).expect(200)).body.total;
    expect(all).toBeGreaterThan(200);
    expect(serious / all).toBeGreaterThan(0.2);
    expect(serious / all).toBeLessThan(0.5);
    const summary = (await t.http.get('/api/v1/follow-ups/summary?assignee=all').set(bearer(await t.tokenFor('manager'))).expect(200)).body;
    expect(summary.overdue).toBeGreaterThan(0);
    expect(summary.today + summary.week + summary.later).toBeGreaterThan(0);
  });

  it('has placement feedback from the past only, answered after each placement ended', async () => {
    const data = t.app.get(DataSource);
    const [{ responses, future }] = await data.query(
      `SELECT COUNT(*) AS responses, SUM(CASE WHEN submitted_on > '${new Date().toISOString().slice(0, 10)}' THEN 1 ELSE 0 END) AS future FROM survey_responses`,
    );
    expect(Number(responses)).toBeGreaterThan(0);
    expect(Number(future ?? 0)).toBe(0);
  });

  it('is findable by search', async () => {
    const { body } = await t.http.get('/api/v1/applicants?search=a&pageSize=5').set(bearer(await t.tokenFor('officer'))).expect(200);
    expect(body.total).toBeGreaterThan(0);
  });
});
