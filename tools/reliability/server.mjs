import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The built server on its own port and database, started and killed like a real process. */
export class Server {
  /** `startTimeoutMs`: how long a start may take (migrations of a large database run first). */
  constructor({ port, databaseFile, databaseUrl, env = {}, startTimeoutMs = 120_000 }) {
    this.startTimeoutMs = startTimeoutMs;
    this.port = port;
    this.databaseFile = databaseFile;
    this.databaseUrl = databaseUrl ?? `sqlite:${databaseFile}`;
    this.env = env;
    this.base = `http://127.0.0.1:${port}`;
    this.child = null;
  }

  /** Starts the server and waits until its health check answers; resolves to the start-up time in ms. */
  async start() {
    const started = Date.now();
    this.child = spawn('node', ['dist/backend/main.js'], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATABASE_URL: this.databaseUrl,
        PATHWAY_DEMO: 'true',
        PATHWAY_DEMO_APPLICANTS: '200',
        PATHWAY_LOG_LEVEL: 'warn',
        PATHWAY_PUBLIC_RATE_LIMIT: '100000',
        ...this.env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`The server exited with ${this.child.exitCode} while starting`);
      try {
        const response = await fetch(`${this.base}/api/health`);
        if (response.ok) return Date.now() - started;
      } catch {
        // not listening yet
      }
      if (Date.now() - started > this.startTimeoutMs)
        throw new Error(`The server did not start within ${Math.round(this.startTimeoutMs / 1000)} s`);
      await Promise.race([sleep(100), exited]);
    }
  }

  /** SIGKILL: no shutdown hooks, no chance to flush anything. */
  async kill() {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }

  /** Resident memory of the server process in MB (Linux). */
  rssMb() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  }

  async signIn(role, { email = `${role}@demo.pathway.test`, password = 'Pathway-demo-2026' } = {}) {
    const response = await fetch(`${this.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`Signing in as ${role} failed with ${response.status}`);
    return (await response.json()).accessToken;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
