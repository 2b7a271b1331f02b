#!/usr/bin/env node
// Every test: lint and type checks, unit tests, API integration tests (real app, real migrations, SQLite),
// production builds, then the browser journeys in Chromium against the built app.
import { ensureChromium } from './ensure-chromium.mjs';
import { elapsed, runOrExit } from './run.mjs';

const started = Date.now();
ensureChromium();
await runOrExit('npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', 'test', 'test-api', 'build', '--outputStyle=static']);
await runOrExit('npx', ['nx', 'run', 'e2e:e2e', '--outputStyle=static']);
console.log(`\nAll tests passed in ${elapsed(started)}.`);
