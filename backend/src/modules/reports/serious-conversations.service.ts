import { Inject, Injectable } from '@nestjs/common';
import { SeriousConversationsReport } from '@pathway/contracts';
import {
  byMostConversations,
  combinedTarget,
  dayIn,
  periodMonths,
  runningTotals,
  windowsOfMonths,
} from '@pathway/domain';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SeriousConversationsQueryDto } from './dto/serious-conversations-query.dto';
import { ReportPeriod, reportPeriod } from './report-period';
import { SeriousConversationsRepository } from './serious-conversations.repository';

/** A monthly series longer than this is a typing mistake, not a report. */
const MAX_MONTHS = 1200;

/** Serious conversations and the people they were with, per month (in PATHWAY_TIMEZONE), officer and profession. */
@Injectable()
export class SeriousConversationsService {
  constructor(
    private readonly repository: SeriousConversationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(query: SeriousConversationsQueryDto, now = new Date()): Promise<SeriousConversationsReport> {
    const period = reportPeriod(query, this.config.timezone);
    if (period.from && (period.to ?? now).getTime() - period.from.getTime() > MAX_MONTHS * 31 * 86_400_000) {
      throw AppError.field('from', `must be less than ${MAX_MONTHS / 12} years before the end of the period`);
    }
    const [total, targets, byOfficer, byProfession] = await Promise.all([
      this.repository.total(query, period),
      this.target(period, query.campaignId),
      this.repository.byOfficer(query, period),
      this.repository.byProfession(query, period),
    ]);
    const months = windowsOfMonths(
      periodMonths({
        ...period,
        earliest: total.earliest ?? undefined,
        latest: total.latest ?? undefined,
        now,
        timeZone: this.config.timezone,
      }),
      this.config.timezone,
    );
    const perMonth = await this.repository.byMonth(query, period, months);
    const cumulative = runningTotals(perMonth.map((count) => count.conversations));
    return {
      total: { conversations: total.conversations, people: total.people },
      target: targets,
      byMonth: months.map((window, index) => ({
        month: window.month,
        ...perMonth[index],
        cumulativeConversations: cumulative[index],
      })),
      byOfficer: byOfficer.sort((a, b) => byMostConversations(a, b) || a.officerName.localeCompare(b.officerName)),
      byProfession: byProfession.sort(
        (a, b) =>
          byMostConversations(a, b) ||
          (a.profession === null ? 1 : b.profession === null ? -1 : a.profession.localeCompare(b.profession)),
      ),
    };
  }

  /**
   * The target to compare with: the campaign's, or the summed targets of the campaigns running at some point in the
   * period (every campaign when it is open). The dashboard's "this month" uses the same rule.
   */
  async target(period: ReportPeriod, campaignId?: string): Promise<number | null> {
    const lastInstant = period.to ? new Date(period.to.getTime() - 1) : undefined;
    const targets = await this.repository.targets(
      campaignId,
      period.from ? dayIn(period.from, this.config.timezone) : undefined,
      lastInstant ? dayIn(lastInstant, this.config.timezone) : undefined,
    );
    return combinedTarget(targets);
  }

  professionNames(): Promise<Map<string, string>> {
    return this.repository.professionNames();
  }
}
