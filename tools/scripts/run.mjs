import { spawn } from 'node:child_process';

export const nxEnv = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };

/** Runs a command with inherited output; resolves to its exit code. */
export function run(command, args, env = nxEnv) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
  });
}

export async function runOrExit(command, args, env) {
  const code = await run(command, args, env);
  if (code !== 0) process.exit(code);
}

export function elapsed(since) {
  const seconds = Math.round((Date.now() - since) / 1000);
  return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}
