#!/usr/bin/env node
// Faults and load against the built server (see tools/reliability/run.mjs): npm run reliability [-- --seconds 60]
import { nxEnv, runOrExit } from './run.mjs';

await runOrExit('npx', ['nx', 'run', 'backend:build', '--outputStyle=static']);
await runOrExit('node', ['tools/reliability/run.mjs', ...process.argv.slice(2)], nxEnv);
