#!/usr/bin/env node
// The browser journeys alone (builds the app first when needed). Extra arguments go to Playwright.
import { ensureChromium } from './ensure-chromium.mjs';
import { runOrExit } from './run.mjs';

ensureChromium();
await runOrExit('npx', ['nx', 'run', 'e2e:e2e', '--outputStyle=static', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])]);
