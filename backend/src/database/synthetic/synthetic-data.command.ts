import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, ROLES } from '@pathway/contracts';
import { AppConfig } from '../../config/app-config';
import { createApp } from '../../bootstrap';
import { ApplicantEntity } from '../../modules/applicants/applicant.entity';
import { SurveyTemplateEntity } from '../../modules/surveys/survey.entities';
import { UsersService } from '../../modules/users/users.service';
import { TransactionService } from '../transaction.service';
import { insertSyntheticCaseload } from './synthetic-caseload';

/** The password of every synthetic user: the benchmark signs in with it. */
export const SYNTHETIC_PASSWORD = 'Pathway-bench-2026';
export const syntheticEmail = (role: Role) => `${role}@bench.pathway.test`;

/**
 * `node dist/backend/main.js synthetic-data <applicants>`: fills an empty database with a synthetic caseload for
 * the benchmark (one user per role, twenty officers owning the caseload), then prints the counts as JSON.
 * Refuses a database that already holds applicants, so it can never mix with real records.
 */
export async function syntheticData(config: AppConfig, applicants: number): Promise<void> {
  if (!Number.isInteger(applicants) || applicants < 1 || applicants > 5_000_000) {
    throw new Error('synthetic-data needs a number of applicants between 1 and 5,000,000');
  }
  const app: INestApplication = await createApp({ ...config, demo: false, initialAdmin: null }, false);
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    if ((await dataSource.getRepository(ApplicantEntity).count()) > 0) throw new Error('synthetic-data only fills a database without applicants');
    const users = app.get(UsersService);
    for (const role of ROLES) await users.ensureUser({ email: syntheticEmail(role), name: `Bench ${role}`, role, password: SYNTHETIC_PASSWORD });
    const officerIds: string[] = [];
    for (let index = 1; index <= 20; index++) {
      const email = index === 1 ? syntheticEmail('officer') : `officer${index}@bench.pathway.test`;
      await users.ensureUser({ email, name: `Bench officer ${index}`, role: 'officer', password: SYNTHETIC_PASSWORD });
      officerIds.push((await dataSource.query(`SELECT id FROM users WHERE email = ${dataSource.options.type === 'postgres' ? '$1' : '?'}`, [email]))[0].id);
    }
    const template = await dataSource.getRepository(SurveyTemplateEntity).findOneOrFail({ where: { active: true }, order: { createdAt: 'ASC' } });
    // A throw-away database: no need to wait for the disk on every commit while filling it.
    if (dataSource.options.type === 'sqlite') {
      await dataSource.query('PRAGMA synchronous = OFF');
      await dataSource.query('PRAGMA cache_size = -524288');
    }
    const transactions = app.get(TransactionService);
    const started = Date.now();
    const counts = await insertSyntheticCaseload((work) => transactions.run(work), {
      applicants,
      officerIds,
      templateId: template.id,
      onProgress: (done) => process.stderr.write(`\r  ${done.toLocaleString('en-GB')} of ${applicants.toLocaleString('en-GB')} applicants`),
    });
    // Fresh statistics, as a database that grew to this size over time would have.
    await dataSource.query('ANALYZE');
    process.stderr.write('\n');
    process.stdout.write(`${JSON.stringify({ ...counts, seconds: (Date.now() - started) / 1000 })}\n`);
  } finally {
    await app.close();
  }
}
