import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { backupDatabase } from './database/backup';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seed/demo-users';
import { syntheticData } from './database/synthetic/synthetic-data.command';
import { UsersService } from './modules/users/users.service';

async function serve(config: AppConfig): Promise<void> {
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  printWelcome(config);
}

/** `node dist/backend/main.js create-admin`: makes PATHWAY_ADMIN_EMAIL an active admin with PATHWAY_ADMIN_PASSWORD. */
async function createAdmin(config: AppConfig): Promise<void> {
  if (!config.initialAdmin) {
    throw new ConfigError(['PATHWAY_ADMIN_EMAIL and PATHWAY_ADMIN_PASSWORD are required to create an admin']);
  }
  const app: INestApplication = await createApp({ ...config, demo: false, initialAdmin: null }, false);
  try {
    await app.init();
    const outcome = await app.get(UsersService).ensureAdmin(config.initialAdmin.email, config.initialAdmin.password);
    console.log(`Admin ${config.initialAdmin.email} ${outcome}.`);
  } catch (error) {
    // The application logger is silent here, so the reason is printed directly.
    process.stderr.write(`Could not create the admin: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await app.close();
  }
}

/** `node dist/backend/main.js backup [file]`: an online copy of the database (see README, Backup and restore). */
async function backup(config: AppConfig, target?: string): Promise<void> {
  try {
    console.log(`Backup written to ${await backupDatabase(config, target)}`);
  } catch (error) {
    process.stderr.write(`Backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

function printWelcome(config: AppConfig): void {
  const lines = [
    '',
    `  Pathway is ready at ${config.publicUrl}`,
    `  Database: ${config.database.engine === 'sqlite' ? config.database.file : 'PostgreSQL'}`,
  ];
  if (config.demo) {
    lines.push('', `  Demo sign-ins (password for all: ${DEMO_PASSWORD})`);
    for (const user of DEMO_USERS) lines.push(`    ${user.role.padEnd(12)} ${user.email}`);
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and its meaning.\n`);
      process.exit(1);
    }
    throw error;
  }
  if (process.argv[2] === 'create-admin') {
    await createAdmin(config);
  } else if (process.argv[2] === 'backup') {
    await backup(config, process.argv[3]);
  } else if (process.argv[2] === 'synthetic-data') {
    await syntheticData(config, Number(process.argv[3]));
  } else {
    await serve(config);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    new Logger('Pathway').fatal(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
