#!/usr/bin/env node
// Builds what changed (Nx cache makes an unchanged build instant), then serves the app with demo data.
import { nxEnv, runOrExit } from './run.mjs';

await runOrExit('npx', ['nx', 'run-many', '-t', 'build', '--projects=backend,frontend', '--outputStyle=static']);
await runOrExit('node', ['dist/backend/main.js'], { ...nxEnv, PATHWAY_DEMO: process.env.PATHWAY_DEMO ?? 'true', NODE_ENV: process.env.NODE_ENV ?? 'production' });
