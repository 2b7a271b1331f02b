import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('falls back to the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      database: { engine: 'sqlite', file: 'data/pathway.sqlite' },
      demo: false,
      initialAdmin: null,
      publicUrl: 'http://localhost:3000',
      timezone: 'Europe/London',
      tokenTtlHours: 12,
    });
  });

  it('reads PostgreSQL URLs, booleans and numbers', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
      PATHWAY_DEMO: 'true',
      PORT: '8080',
      PATHWAY_PUBLIC_URL: 'https://pathway.example.org/',
    });
    expect(config.database).toEqual({ engine: 'postgres', url: 'postgres://u:p@127.0.0.1:5432/db' });
    expect(config.demo).toBe(true);
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe('https://pathway.example.org');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PATHWAY_DEMO: 'maybe' }, 'PATHWAY_DEMO'],
    [{ PATHWAY_TIMEZONE: 'Mars/Olympus' }, 'PATHWAY_TIMEZONE'],
    [{ PATHWAY_TOKEN_TTL_HOURS: '0' }, 'PATHWAY_TOKEN_TTL_HOURS'],
    [{ PATHWAY_ADMIN_EMAIL: 'admin@example.org' }, 'PATHWAY_ADMIN_PASSWORD'],
    [{ PATHWAY_ADMIN_EMAIL: 'admin@example.org', PATHWAY_ADMIN_PASSWORD: 'short' }, 'PATHWAY_ADMIN_PASSWORD'],
  ])('refuses %o naming %s', (environment, variable) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    try {
      loadConfig(environment);
    } catch (error) {
      expect((error as ConfigError).message).toContain(variable);
    }
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number'],
    [{ PORT: '70000' }, 'PORT must not be greater than 65535'],
    [{ PATHWAY_TOKEN_TTL_HOURS: 'twelve' }, 'PATHWAY_TOKEN_TTL_HOURS must be a whole number of hours'],
    [{ PATHWAY_ADMIN_EMAIL: 'admin@example.org', PATHWAY_ADMIN_PASSWORD: 'aaaaaaaaaaaaaaaa' }, 'PATHWAY_ADMIN_PASSWORD must not repeat the same few characters'],
  ])('explains %o with "%s"', (environment, problem) => {
    expect(() => loadConfig(environment)).toThrow(`Invalid configuration:\n  - ${problem}`);
  });
});
