#!/usr/bin/env node
// Browser tests drive Debian's Chromium. Install it when missing and we can (root on Debian); otherwise stop clearly.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      `\nChromium is needed for the browser tests and was not found at ${path}.\n` +
        (hasApt ? '  Install it as root:  sudo apt-get install -y chromium\n' : '  Install Chromium and point CHROMIUM_PATH at its binary.\n') +
        '  (Or set CHROMIUM_PATH to an existing Chromium or Chrome binary.)\n',
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(path)) {
    console.error(`chromium was installed but ${path} does not exist; set CHROMIUM_PATH.`);
    process.exit(1);
  }
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
