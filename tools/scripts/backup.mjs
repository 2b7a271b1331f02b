#!/usr/bin/env node
// An online backup of Pathway's database: npm run backup [-- <file>]. DATABASE_URL chooses the database, as for start.
import { nxEnv, runOrExit } from './run.mjs';

await runOrExit('npx', ['nx', 'run', 'backend:build', '--outputStyle=static']);
await runOrExit('node', ['dist/backend/main.js', 'backup', ...process.argv.slice(2)], nxEnv);
