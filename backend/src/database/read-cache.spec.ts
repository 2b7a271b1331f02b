import { ReadCache, readKey } from './read-cache';

describe('ReadCache', () => {
  it('shares one computation between identical reads until something is written', async () => {
    const cache = new ReadCache();
    let runs = 0;
    const compute = async () => ++runs;
    expect(await Promise.all([cache.get('a', compute), cache.get('a', compute)])).toEqual([1, 1]);
    expect(await cache.get('a', compute)).toBe(1);
    cache.changed();
    expect(await cache.get('a', compute)).toBe(2);
    expect(await cache.get('b', compute)).toBe(3);
  });

  it('drops an answer being computed when a write ends meanwhile', async () => {
    const cache = new ReadCache();
    let release: (value: string) => void = () => undefined;
    const first = cache.get('a', () => new Promise<string>((resolve) => (release = resolve)));
    cache.changed();
    release('before the write');
    expect(await first).toBe('before the write');
    expect(await cache.get('a', async () => 'after the write')).toBe('after the write');
  });

  it('forgets failures and answers older than a minute', async () => {
    const cache = new ReadCache();
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', async () => 'ok')).toBe('ok');
    const now = Date.now();
    expect(await cache.get('t', async () => 'old', now)).toBe('old');
    expect(await cache.get('t', async () => 'new', now + 59_000)).toBe('old');
    expect(await cache.get('t', async () => 'new', now + 61_000)).toBe('new');
  });

  it('keys a query the same whatever the order of its fields or its output format', () => {
    expect(readKey('funnel', { to: '2026-02-01', from: '2026-01-01', format: 'csv' })).toBe(
      readKey('funnel', { from: '2026-01-01', to: '2026-02-01' }),
    );
    expect(readKey('funnel', { source: 'event' })).not.toBe(readKey('funnel', { source: 'website' }));
  });
});
