import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { backupDatabase, pgTool } from '../src/database/backup';
import { bearer, startTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);

/** Every table's rows, in a stable order, as text: two databases with the same data give the same snapshot. */
async function snapshot(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: Record<string, string> = {};
  for (const metadata of dataSource.entityMetadatas) {
    const order = metadata.primaryColumns.map((column) => column.propertyPath);
    const rows = await dataSource.manager.find(metadata.target, {
      order: Object.fromEntries(order.map((column) => [column, 'ASC'])),
    });
    tables[metadata.tableName] = JSON.stringify(rows);
  }
  return tables;
}

/**
 * A backup taken while Pathway runs, restored as the README says into a fresh database, holds exactly the same rows,
 * and Pathway starts on it.
 */
describe('backup and restore (API)', () => {
  let t: TestApp;
  let folder: string;

  beforeAll(async () => {
    t = await startTestApp();
    folder = mkdtempSync(join(tmpdir(), 'pathway-backup-'));
    const officer = await t.tokenFor('officer');
    for (const lastName of ['Backup', 'Restore', "O'Neil"]) {
      const { body } = await t.http
        .post('/api/v1/applicants')
        .set(bearer(officer))
        .send({
          firstName: 'Kept',
          lastName,
          email: `${lastName.replace("'", '')}@example.org`,
          consentToContact: true,
        })
        .expect(201);
      await t.http
        .post(`/api/v1/applicants/${body.id}/conversations`)
        .set(bearer(officer))
        .send({ occurredAt: '2026-11-20T10:00:00Z', channel: 'phone', twoWay: true, summary: 'Talked about podiatry' })
        .expect(201);
    }
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores into a fresh database with every row as it was', async () => {
    const live = await snapshot(t.app.get(DataSource));
    const postgres = t.config.database.engine === 'postgres';
    const file = await backupDatabase(t.config, join(folder, postgres ? 'pathway.dump' : 'pathway.sqlite'));
    await expect(backupDatabase(t.config, file)).rejects.toThrow(/exists already/);

    let restored: TestApp;
    let dropDatabase = async () => undefined as unknown;
    if (t.config.database.engine === 'postgres') {
      // As the README says: pg_restore into an empty database.
      const url = new URL(t.config.database.url);
      const name = `restore_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      const admin = new Client({ connectionString: t.config.database.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      url.pathname = `/${name}`;
      await run(pgTool('pg_restore'), ['--no-owner', '--dbname', url.toString(), file]);
      restored = await startTestApp({ database: { ...t.config.database, url: url.toString() } });
      dropDatabase = async () => {
        const client = new Client({
          connectionString: t.config.database.engine === 'postgres' ? t.config.database.url : '',
        });
        await client.connect();
        await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await client.end();
      };
    } else {
      // As the README says: the backup file becomes the database file.
      const copy = join(folder, 'restored.sqlite');
      copyFileSync(file, copy);
      restored = await startTestApp({ database: { engine: 'sqlite', file: copy } });
    }
    try {
      expect(await snapshot(restored.app.get(DataSource))).toEqual(live);
      const officer = await restored.tokenFor('officer');
      const { body } = await restored.http.get('/api/v1/applicants?search=Kept').set(bearer(officer)).expect(200);
      expect(body.total).toBe(3);
    } finally {
      await restored.close();
      await dropDatabase();
    }
  });
});
