// Starts the built server on a fresh throw-away database with demo data, for the browser journeys.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

// One folder per port, so journeys on different ports never share a database.
const folder = `tmp/e2e-${process.env.PORT ?? '3100'}`;
rmSync(folder, { recursive: true, force: true });
const server = spawn('node', ['dist/backend/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, PATHWAY_DEMO: 'true', DATABASE_URL: `sqlite:${folder}/pathway.sqlite`, NODE_ENV: 'production', PATHWAY_LOG_LEVEL: 'warn' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
