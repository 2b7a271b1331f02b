import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TransactionService } from '../src/database/transaction.service';
import { insertSyntheticCaseload, SyntheticRandom } from '../src/database/synthetic/synthetic-caseload';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** The benchmark's caseload must look like real data to every screen, or its figures would mean nothing. */
describe('synthetic caseload for the benchmark (API)', () => {
  let t: TestApp;
  let dataSource: DataSource;
  const traceFolder = mkdtempSync(join(tmpdir(), 'pathway-trace-'));
  const traceFile = join(traceFolder, 'sql.jsonl');

  beforeAll(async () => {
    t = await startTestApp({ sqlTraceFile: traceFile });
    dataSource = t.app.get(DataSource);
    const officers: { id: string }[] = await dataSource.query("SELECT id FROM users WHERE role = 'officer'");
    const [template]: { id: string }[] = await dataSource.query('SELECT id FROM survey_templates');
    const transactions = t.app.get(TransactionService);
    await insertSyntheticCaseload((work) => transactions.run(work), { applicants: 2_500, officerIds: officers.map((officer) => officer.id), templateId: template.id });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(traceFolder, { recursive: true, force: true });
  });

  const count = async (sql: string) => Number((await dataSource.query(sql))[0].n);

  it('gives each person a stage history that ends at their stage, about five conversations and one follow-up', async () => {
    expect(await count('SELECT COUNT(*) AS n FROM applicants')).toBe(2_500);
    const mismatched = await count(
      'SELECT COUNT(*) AS n FROM applicants a WHERE a.stage <> (SELECT s.to_stage FROM stage_changes s WHERE s.applicant_id = a.id ORDER BY s.at DESC LIMIT 1)',
    );
    expect(mismatched).toBe(0);
    const conversations = await count('SELECT COUNT(*) AS n FROM conversations');
    expect(conversations / 2_500).toBeGreaterThan(4);
    expect(conversations / 2_500).toBeLessThan(6);
    expect(await count('SELECT COUNT(*) AS n FROM follow_ups')).toBe(2_500);
    expect(await count("SELECT COUNT(*) AS n FROM students s JOIN applicants a ON a.id = s.applicant_id WHERE a.stage = 'enrolled'")).toBe(
      await count("SELECT COUNT(*) AS n FROM applicants WHERE stage = 'enrolled'"),
    );
  });

  it('is found by search, shown on the board and counted by the funnel', async () => {
    const officer = await t.tokenFor('officer');
    const manager = await t.tokenFor('manager');
    const [someone]: { first_name: string; last_name: string }[] = await dataSource.query("SELECT first_name, last_name FROM applicants WHERE email IS NOT NULL LIMIT 1");
    const search = await t.http.get(`/api/v1/applicants?search=${encodeURIComponent(`${someone.first_name} ${someone.last_name}`)}`).set(bearer(officer)).expect(200);
    expect(search.body.total).toBeGreaterThan(0);
    const board = await t.http.get('/api/v1/pipeline/board').set(bearer(officer)).expect(200);
    expect(board.body.columns.reduce((sum: number, column: { total: number }) => sum + column.total, 0)).toBe(2_500);
    const funnel = await t.http.get('/api/v1/reports/funnel').set(bearer(manager)).expect(200);
    expect(funnel.body.cohortSize).toBe(2_500);
    expect(funnel.body.stages[0].reached).toBe(2_500);
  });

  it('traces the statements an endpoint runs, with their parameters, when PATHWAY_SQL_TRACE is set', async () => {
    const officer = await t.tokenFor('officer');
    const marker = randomUUID();
    await t.http.get(`/api/v1/applicants/${marker}`).set(bearer(officer)).expect(404);
    const statements: { sql: string; parameters: unknown[] }[] = readFileSync(traceFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(statements.some(({ sql, parameters }) => /FROM ("[^"]+"\.)?"applicants"/.test(sql) && parameters.includes(marker))).toBe(true);
  });

  it('draws the same caseload from the same seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, () => new SyntheticRandom(seed).int(1, 1_000_000));
    const sequence = (seed: number) => {
      const random = new SyntheticRandom(seed);
      return Array.from({ length: 5 }, () => random.int(1, 1_000_000));
    };
    expect(sequence(7)).toEqual(sequence(7));
    expect(sequence(7)).not.toEqual(sequence(8));
    expect(new Set(draw(7)).size).toBe(1);
  });
});
