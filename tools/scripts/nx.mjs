#!/usr/bin/env node
// Runs Nx the way every script and CI must: local cache on, no cloud, no daemon.
import { run } from './run.mjs';

process.exitCode = await run('npx', ['nx', ...process.argv.slice(2)]);
