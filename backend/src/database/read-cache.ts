import { Injectable } from '@nestjs/common';

/** How long an answer may be reused while nothing is written: bounds what the passing of time alone changes. */
const LIFETIME_MS = 60_000;
const MAX_ENTRIES = 500;

interface Entry {
  value: Promise<unknown>;
  expiresAt: number;
}

/**
 * Answers to expensive reads (reports, dashboards, list totals), reused until the data changes. Every write
 * transaction ends with `changed()`, committed or not, so an answer is never older than the last write it could
 * have seen; an answer being computed while a write commits is dropped with the rest. One process holds the
 * cache, as one process serves Pathway; identical reads arriving together share one computation.
 */
@Injectable()
export class ReadCache {
  private entries = new Map<string, Entry>();

  get<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const found = this.entries.get(key);
    if (found && found.expiresAt > now) return found.value as Promise<T>;
    const value = compute();
    const entry: Entry = { value, expiresAt: now + LIFETIME_MS };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  /** Forgets every answer: something was written (or a write was attempted and rolled back). */
  changed(): void {
    this.entries = new Map();
  }
}

/** A cache key for a named read and its query, the same whatever the order of the parameters or the output format. */
export function readKey(name: string, query: object): string {
  const entries = Object.entries(query)
    .filter(([field, value]) => field !== 'format' && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${name} ${JSON.stringify(entries)}`;
}
