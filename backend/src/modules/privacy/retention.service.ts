import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RetentionReviewDto, RetentionRunDto } from '@pathway/contracts';
import { subMonths } from 'date-fns';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyService } from './privacy.service';

const REVIEW_LIMIT = 100;
const DAY_MS = 24 * 3600 * 1000;
/** The first run waits for start-up to settle. */
const FIRST_RUN_DELAY_MS = 60_000;

/**
 * The retention policy: applicants with no activity for `retention.months` are listed for review; when
 * `retention.enforce` is on, a daily run erases them (audited, as any erasure, with no member of staff as actor).
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly privacy: PrivacyRepository,
    private readonly erasure: PrivacyService,
  ) {}

  private cutoff(now = new Date()): Date {
    return subMonths(now, this.config.retention.months);
  }

  async review(): Promise<RetentionReviewDto> {
    const cutoff = this.cutoff();
    const query = this.privacy.inactiveSince(cutoff);
    const [total, applicants] = await Promise.all([
      query.getCount(),
      query.clone().orderBy('a.updatedAt', 'ASC').addOrderBy('a.id', 'ASC').limit(REVIEW_LIMIT).getMany(),
    ]);
    const latest = await this.privacy.lastActivity(applicants.map((applicant) => applicant.id));
    return {
      months: this.config.retention.months,
      enforced: this.config.retention.enforce,
      cutoff: cutoff.toISOString(),
      total,
      items: applicants
        .map((a) => ({
          id: a.id,
          name: `${a.firstName} ${a.lastName}`,
          stage: a.stage,
          lastActivityAt: (latest.get(a.id) ?? a.updatedAt).toISOString(),
        }))
        .sort((x, y) => x.lastActivityAt.localeCompare(y.lastActivityAt)),
    };
  }

  /** Erases everyone past the retention period, one person per transaction; a dry run only counts them. */
  async run(dryRun: boolean): Promise<RetentionRunDto> {
    const ids = (await this.privacy.inactiveSince(this.cutoff()).select('a.id', 'id').getRawMany<{ id: string }>()).map(
      (row) => row.id,
    );
    if (dryRun) return { dryRun, candidates: ids.length, erased: 0 };
    let erased = 0;
    for (const id of ids) {
      await this.erasure.erase(null, id);
      erased++;
    }
    if (erased)
      this.logger.log({
        message: 'retention policy erased inactive applicants',
        count: erased,
        months: this.config.retention.months,
      });
    return { dryRun, candidates: ids.length, erased };
  }

  onApplicationBootstrap(): void {
    if (!this.config.retention.enforce) return;
    const runSafely = () =>
      void this.run(false).catch((error: unknown) =>
        this.logger.error({ message: 'retention run failed', error: String(error) }),
      );
    const first = setTimeout(runSafely, FIRST_RUN_DELAY_MS);
    const daily = setInterval(runSafely, DAY_MS);
    first.unref();
    daily.unref();
    this.timers = [first, daily];
  }

  onApplicationShutdown(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
  }
}
