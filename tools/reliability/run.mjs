#!/usr/bin/env node
// Faults and load against the built server on a throw-away SQLite database:
//   1. SIGKILL in the middle of a burst of writes: every acknowledged write is there after restart;
//   2. SIGKILL in the middle of a large CSV import: no partial batch, the import record agrees with the rows;
//   3. load: mixed reads and writes at 50 concurrent connections (60 s by default): no errors, memory stable.
// The database passes SQLite's integrity check after each kill. Usage: npm run reliability [-- --seconds 60]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sqlite3 from 'sqlite3';
import { Server, sleep } from './server.mjs';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3900' },
    json: { type: 'string', default: 'reliability.json' },
  },
});
const folder = mkdtempSync(join(tmpdir(), 'pathway-reliability-'));
const server = new Server({ port: Number(options.port), databaseFile: join(folder, 'pathway.sqlite') });
const figures = {};
const failures = [];
const check = (ok, message) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

/** One query on the database file, as a separate reader (the server may hold it open). */
function query(sql, params = []) {
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(server.databaseFile, (opened) => {
      if (opened) return reject(opened);
      database.configure('busyTimeout', 10_000);
      database.all(sql, params, (failed, rows) => database.close(() => (failed ? reject(failed) : resolve(rows))));
    });
  });
}

async function integrity() {
  const [row] = await query('PRAGMA integrity_check');
  return row.integrity_check;
}

async function api(token, method, path, body) {
  const response = await fetch(`${server.base}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function killDuringBurst() {
  console.log('\nKill in the middle of a burst of writes');
  const token = await server.signIn('officer');
  const acknowledged = [];
  let sent = 0;
  let running = true;
  const writers = Array.from({ length: 20 }, async (_, writer) => {
    for (let index = 0; running; index++) {
      sent++;
      try {
        const response = await api(token, 'POST', '/applicants', {
          firstName: 'Burst',
          lastName: `Writer ${writer}-${index}`,
        });
        if (response.status === 201) acknowledged.push(response.body.id);
      } catch {
        return; // the connection died with the server
      }
    }
  });
  await sleep(3000);
  await server.kill();
  running = false;
  await Promise.allSettled(writers);
  check((await integrity()) === 'ok', 'the database passes its integrity check after the kill');
  figures.burst = { sent, acknowledged: acknowledged.length, startupMs: await server.start() };
  const found = [];
  for (let start = 0; start < acknowledged.length; start += 500) {
    const chunk = acknowledged.slice(start, start + 500);
    found.push(...(await query(`SELECT id FROM applicants WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk)));
  }
  check(
    found.length === acknowledged.length,
    `${found.length} of ${acknowledged.length} acknowledged writes are there after restart (${sent} sent)`,
  );
}

async function killDuringImport() {
  console.log('\nKill in the middle of a large CSV import');
  const token = await server.signIn('officer');
  // The largest file an import takes, so the kill still lands mid-import at full speed.
  const rows = 50_000;
  const batch = 5_000;
  const lines = ['First Name,Last Name,Email'];
  for (let index = 0; index < rows; index++) lines.push(`Person,Imported,imported${index}@example.org`);
  const form = new FormData();
  form.append('file', new Blob([lines.join('\n')], { type: 'text/csv' }), 'big.csv');
  const upload = fetch(`${server.base}/api/v1/imports/applicants`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  }).catch(() => null);
  // Wait for the first committed batch, then kill.
  for (let waited = 0; waited < 60_000; waited += 50) {
    const [latest] = await query('SELECT created FROM imports ORDER BY created_at DESC LIMIT 1').catch(() => []);
    if (latest && latest.created > 0) break;
    await sleep(50);
  }
  await server.kill();
  await upload;
  check((await integrity()) === 'ok', 'the database passes its integrity check after the kill');
  const [record] = await query('SELECT created, created_ids FROM imports ORDER BY created_at DESC LIMIT 1');
  const [{ count }] = await query("SELECT COUNT(*) AS count FROM applicants WHERE last_name = 'Imported'");
  figures.import = { rows, createdBeforeKill: count, recordSays: record.created };
  check(record.created < rows, `the kill came during the import (${count} of ${rows} rows written)`);
  check(count === record.created, `the import record (${record.created}) agrees with the people written (${count})`);
  check(count % batch === 0, `only whole batches of ${batch} were written (${count})`);
  check(JSON.parse(record.created_ids).length === count, 'the record lists every person it created, for undo');
  figures.restartMs = await server.start();
}

function percentile(sorted, share) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] : null;
}

async function load() {
  const seconds = Number(options.seconds);
  const connections = Number(options.connections);
  console.log(`\nLoad: ${connections} connections for ${seconds} s, mixed reads and writes`);
  const token = await server.signIn('officer');
  const reads = [
    '/applicants?search=ma&pageSize=25',
    '/applicants?stage=engaged&sort=-createdAt&pageSize=25',
    '/pipeline/board',
    '/pipeline/board/enquiry?pageSize=20',
    '/dashboard',
    '/follow-ups?pageSize=25',
    '/events?pageSize=25',
    '/reports/funnel',
  ];
  const statuses = new Map();
  const latencies = [];
  const memory = [];
  const created = [];
  const until = Date.now() + seconds * 1000;
  const sampler = setInterval(() => memory.push(server.rssMb()), 1000);
  await Promise.all(
    Array.from({ length: connections }, async (_, connection) => {
      for (let index = 0; Date.now() < until; index++) {
        const started = performance.now();
        let response;
        try {
          const roll = (connection * 7 + index) % 10;
          if (roll < 7) response = await api(token, 'GET', reads[(connection + index) % reads.length]);
          else if (roll < 9 || created.length === 0) {
            response = await api(token, 'POST', '/applicants', {
              firstName: 'Load',
              lastName: `Test ${connection}-${index}`,
            });
            if (response.status === 201) created.push(response.body.id);
          } else {
            const applicant = created[(connection * 31 + index) % created.length];
            response = await api(token, 'POST', `/applicants/${applicant}/conversations`, {
              occurredAt: new Date().toISOString(),
              channel: 'phone',
              twoWay: true,
            });
          }
        } catch (error) {
          response = { status: `network error (${error.message})` };
        }
        latencies.push(performance.now() - started);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  const errors = [...statuses].filter(([status]) => !(typeof status === 'number' && status < 400));
  const third = Math.max(1, Math.floor(memory.length / 3));
  const average = (values) => Math.round(values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length));
  const early = average(memory.slice(third, 2 * third));
  const late = average(memory.slice(-third));
  figures.load = {
    seconds,
    connections,
    requests,
    requestsPerSecond: Math.round(requests / seconds),
    p50Ms: Math.round(percentile(latencies, 0.5)),
    p99Ms: Math.round(percentile(latencies, 0.99)),
    statuses: Object.fromEntries(statuses),
    rssMb: { first: memory[0], middleThird: early, lastThird: late, max: Math.max(...memory) },
  };
  console.log(
    `  ${requests} requests (${figures.load.requestsPerSecond}/s), p50 ${figures.load.p50Ms} ms, p99 ${figures.load.p99Ms} ms`,
  );
  check(
    errors.length === 0,
    `no errors (${errors.map(([status, count]) => `${status} × ${count}`).join(', ') || 'none'})`,
  );
  check(late <= early * 1.3 + 30, `memory stable: ${early} MB in the middle third, ${late} MB in the last third`);
}

try {
  figures.startupMs = await server.start();
  console.log(`Server started in ${figures.startupMs} ms on ${server.base}`);
  await killDuringBurst();
  await killDuringImport();
  await load();
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
  console.error(error);
} finally {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
}
writeFileSync(options.json, `${JSON.stringify({ ...figures, failures }, null, 2)}\n`);
console.log(
  `\n${failures.length ? `${failures.length} check(s) failed` : 'Every check passed'}; figures in ${options.json}`,
);
process.exit(failures.length ? 1 : 0);
