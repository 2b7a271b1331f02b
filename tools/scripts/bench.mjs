#!/usr/bin/env node
// The benchmark (see README, "Benchmark"): npm run bench [-- --applicants 100000 | --scale]
import { nxEnv, runOrExit } from './run.mjs';

await runOrExit('npx', ['nx', 'run-many', '-t', 'build', '--projects=backend,frontend', '--outputStyle=static']);
await runOrExit('node', ['tools/bench/run.mjs', ...process.argv.slice(2)], nxEnv);
