import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** Strings that have broken other systems: SQL and script injection, control characters, odd unicode, huge text. */
const NASTY = [
  "'; DROP TABLE applicants; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '\u0000\u0001\u001f',
  '\u202e\u200b\ufeff',
  'Zoë Ångström 🙂 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '../../etc/passwd',
  '__proto__',
  'x'.repeat(100_000),
];

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  $ref?: string;
  allOf?: Schema[];
}

interface Operation {
  route: string;
  path: string;
  method: 'post' | 'patch' | 'put' | 'delete';
  schema: Schema;
}

const SAMPLE_PARAMS: Record<string, string> = { stage: 'enquiry', slug: 'no-such-event', token: 'A'.repeat(32) };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...NASTY),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** A value of the declared type (so that validation gets past the type checks), or junk. */
function valueFor(schema: Schema): fc.Arbitrary<unknown> {
  const typed = (() => {
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'string':
        if (schema.format === 'uuid') return fc.uuid();
        if (schema.format === 'date-time' || schema.format === 'date')
          return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
        return fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...NASTY));
      case 'integer':
      case 'number':
        return fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double());
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(schema.items ? valueFor(schema.items) : junk, { maxLength: 4 });
      default:
        return junk;
    }
  })();
  return fc.oneof(typed, junk);
}

function bodyFor(schema: Schema): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const names = Object.keys(properties);
  const shaped = fc.record(Object.fromEntries(names.map((name) => [name, valueFor(properties[name])])), {
    requiredKeys: [],
  });
  const withExtra = fc
    .tuple(shaped, fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), junk, { maxKeys: 2 }))
    .map(([body, extra]) => ({ ...extra, ...body }));
  return fc.oneof(shaped, withExtra, fc.anything({ maxDepth: 2 }), junk);
}

/**
 * Generated junk at every JSON write route of the OpenAPI document, as an admin (who may call all of them): wrong
 * types, nulls, huge strings, unicode and injection strings, unknown fields. Whatever comes in, the answer is never a
 * 5xx; a 4xx has the one error shape (field messages for invalid input) and leaves every table as it was.
 */
describe('bad input at every write route (API)', () => {
  let t: TestApp;
  let admin: string;
  let operations: Operation[];
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor('admin');
    dataSource = t.app.get(DataSource);
    const { body } = await t.http.get('/api/docs-json').expect(200);
    const components = body.components?.schemas ?? {};
    const resolve = (schema: Schema | undefined): Schema => {
      if (!schema) return {};
      if (schema.$ref) return resolve(components[schema.$ref.split('/').pop() as string]);
      if (schema.allOf) {
        const parts = schema.allOf.map(resolve);
        return { type: 'object', properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})) };
      }
      return schema;
    };
    operations = Object.entries(
      body.paths as Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['post', 'patch', 'put', 'delete'].includes(method))
        // Uploads are exercised by the import tests; everything else speaks JSON. Signing out would end the session.
        .filter(([, operation]) => !operation.requestBody?.content?.['multipart/form-data'])
        .filter(([method]) => `${method} ${path}` !== 'post /api/v1/auth/logout')
        .map(([method, operation]) => ({
          route: `${method.toUpperCase()} ${path}`,
          path: path.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE_PARAMS[name] ?? UNKNOWN_ID),
          method: method as Operation['method'],
          schema: resolve(operation.requestBody?.content?.['application/json']?.schema),
        })),
    );
  });
  afterAll(() => t.close());

  /**
   * Every row of every table, in a stable order: a refused request must leave each one as it was (a count alone
   * would miss a row changed half-way through a request that then failed).
   */
  async function tableContents(): Promise<string> {
    const tables: Record<string, unknown[]> = {};
    for (const metadata of dataSource.entityMetadatas) {
      const rows: Record<string, unknown>[] = await dataSource.manager
        .createQueryBuilder(metadata.target, 'row')
        .getRawMany();
      tables[metadata.tableName] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return JSON.stringify(tables);
  }

  it('never answers 5xx, explains every 4xx, and writes nothing when it refuses', async () => {
    expect(operations.length).toBeGreaterThan(40);
    let tried = 0;
    const statuses = new Map<number, number>();
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(bodyFor(operation.schema), async (body) => {
          tried++;
          const before = await tableContents();
          const response = await t.http[operation.method](operation.path)
            .set(bearer(admin))
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body) ?? 'null');
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const context = `${operation.route} with ${JSON.stringify(body)?.slice(0, 300)}`;
          if (response.status >= 500) throw new Error(`${response.status} from ${context}: ${response.text}`);
          if (response.status >= 400) {
            expect(response.body).toMatchObject({ statusCode: response.status, message: expect.any(String) });
            if (response.body.code === 'validation_failed') {
              expect(response.body.details.length).toBeGreaterThan(0);
              for (const detail of response.body.details)
                expect(detail).toEqual({ field: expect.any(String), message: expect.any(String) });
            }
            const after = await tableContents();
            if (after !== before) throw new Error(`${response.status} from ${context} changed the database`);
          }
        }),
        { numRuns: 25, seed: 20261125 },
      );
    }
    console.log(
      `${operations.length} write routes, ${tried} generated requests; answers: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status} × ${count}`)
        .join(', ')}`,
    );
  }, 600_000);
});
