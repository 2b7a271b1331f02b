#!/usr/bin/env node
// Creates (or restores) an admin account: PATHWAY_ADMIN_EMAIL=… PATHWAY_ADMIN_PASSWORD=… npm run create-admin
import { nxEnv, runOrExit } from './run.mjs';

await runOrExit('npx', ['nx', 'run', 'backend:build', '--outputStyle=static']);
await runOrExit('node', ['dist/backend/main.js', 'create-admin'], { ...nxEnv, PATHWAY_DEMO: 'false' });
