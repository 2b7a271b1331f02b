import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ApplicantEntity } from '../../modules/applicants/applicant.entity';
import { TransactionService } from '../transaction.service';
import { insertDemoApplicants } from './demo-applicants';
import { insertDemoStudents } from './demo-students';
import { ReferenceService } from '../../modules/reference/reference.service';
import { SurveyTemplatesService } from '../../modules/surveys/survey-templates.service';
import { UsersRepository } from '../../modules/users/users.repository';
import { UsersService } from '../../modules/users/users.service';
import { DEMO_COLLEAGUES, DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/**
 * First-run data, idempotent: reference data always; the demo users when PATHWAY_DEMO is on; otherwise the first
 * admin from PATHWAY_ADMIN_EMAIL / PATHWAY_ADMIN_PASSWORD when the database has no user yet.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reference: ReferenceService,
    private readonly users: UsersService,
    private readonly usersRepository: UsersRepository,
    private readonly transactions: TransactionService,
    private readonly surveyTemplates: SurveyTemplatesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const professions = await this.reference.seedProfessions();
    if (professions > 0) this.logger.log({ message: 'reference data seeded', professions });
    if (await this.surveyTemplates.ensureDefault()) this.logger.log({ message: 'default survey template created' });

    if (this.config.demo) {
      await this.seedDemo();
    } else if (this.config.initialAdmin && (await this.usersRepository.count()) === 0) {
      await this.users.ensureAdmin(this.config.initialAdmin.email, this.config.initialAdmin.password);
      this.logger.log({ message: 'first admin created from PATHWAY_ADMIN_EMAIL' });
    }
  }

  private async seedDemo(): Promise<void> {
    let created = 0;
    for (const user of [...DEMO_USERS, ...DEMO_COLLEAGUES]) {
      if (await this.users.ensureUser({ ...user, password: DEMO_PASSWORD })) created++;
    }
    if (created > 0) this.logger.log({ message: 'demo users created', count: created });

    const result = await this.transactions.run(async (manager) => {
      if (this.config.demoApplicants === 0 || (await manager.count(ApplicantEntity)) > 0) return null;
      const officers = [DEMO_USERS[2], ...DEMO_COLLEAGUES].map((user) => user.email);
      const owners = await Promise.all(officers.map((email) => this.usersRepository.findByEmail(email, manager)));
      const now = new Date();
      const caseload = await insertDemoApplicants(manager, owners.filter((owner) => owner !== null).map((owner) => owner.id), this.config.demoApplicants, 2026, now);
      const enrolled: { id: string; first_name: string; last_name: string; email: string | null; profession: string | null }[] = await manager
        .createQueryBuilder(ApplicantEntity, 'a')
        .select(['a.id AS id', 'a.first_name AS first_name', 'a.last_name AS last_name', 'a.email AS email'])
        .addSelect('(SELECT MIN(ap.profession_code) FROM applicant_professions ap WHERE ap.applicant_id = a.id)', 'profession')
        .where("a.stage = 'enrolled'")
        .getRawMany();
      const students = await insertDemoStudents(manager, enrolled.map((row) => ({ id: row.id, firstName: row.first_name, lastName: row.last_name, email: row.email, profession: row.profession })), now);
      return { ...caseload, ...students };
    });
    if (result) this.logger.log({ message: 'demo caseload created', ...result });
  }
}
