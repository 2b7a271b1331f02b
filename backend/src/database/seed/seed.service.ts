import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ReferenceService } from '../../modules/reference/reference.service';
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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const professions = await this.reference.seedProfessions();
    if (professions > 0) this.logger.log({ message: 'reference data seeded', professions });

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
  }
}
