import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { Role } from '@pathway/contracts';
import { createApp, createLogger } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-users';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  config: AppConfig;
  /** Signs in as the demo user of a role and returns the bearer token. */
  tokenFor(role: Role): Promise<string>;
  close(): Promise<void>;
}

export const demoEmail = (role: Role) => `${role}@demo.pathway.test`;

/**
 * The real application (same bootstrap as production, real migrations) on a database of its own: a fresh SQLite
 * file, or a fresh schema in the PostgreSQL database named by DATABASE_URL, so parallel test files never collide.
 */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  {
    log = false,
  }: { /** Log as production does (JSON lines on stdout), for tests of what the log holds. */ log?: boolean } = {},
): Promise<TestApp> {
  const url = process.env['DATABASE_URL'];
  let cleanup: () => Promise<void>;
  let database: AppConfig['database'];
  if (url?.startsWith('postgres')) {
    const schema = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await withPg(url, (client) => client.query(`CREATE SCHEMA ${schema}`));
    database = { engine: 'postgres', url, schema };
    cleanup = () => withPg(url, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
  } else {
    const folder = mkdtempSync(join(tmpdir(), 'pathway-api-'));
    database = { engine: 'sqlite', file: join(folder, 'test.sqlite') };
    cleanup = async () => rmSync(folder, { recursive: true, force: true });
  }
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    database,
    demo: true,
    demoApplicants: 0,
    ...overrides,
  };
  // TEST_LOG=1 shows the server's log (errors with stacks) while debugging a test.
  const logger = log
    ? createLogger({ ...config, logLevel: 'log', logFormat: 'json' })
    : process.env['TEST_LOG']
      ? createLogger({ ...config, logLevel: 'error', logFormat: 'pretty' })
      : false;
  const app = await createApp(config, logger);
  await app.init();
  const http = request(app.getHttpServer());
  const tokens = new Map<Role, string>();
  return {
    app,
    http,
    config,
    async tokenFor(role) {
      const cached = tokens.get(role);
      if (cached) return cached;
      const response = await http
        .post('/api/v1/auth/login')
        .send({ email: demoEmail(role), password: DEMO_PASSWORD })
        .expect(200);
      tokens.set(role, response.body.accessToken);
      return response.body.accessToken;
    },
    async close() {
      await app.close();
      await cleanup();
    },
  };
}

async function withPg(url: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
