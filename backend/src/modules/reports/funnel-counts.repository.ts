import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { PROGRESS_STAGES } from '@pathway/contracts';
import { FunnelCounts } from '@pathway/domain';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { FunnelQueryDto } from './dto/report-query.dto';
import { reportPeriod } from './report-period';

const STEPS = PROGRESS_STAGES.slice(0, -1).map((_, index) => index);

/** Funnel figures counted in the database from `applicant_progress`, per breakdown key (`null` when not recorded). */
@Injectable()
export class FunnelCountsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async counts(query: FunnelQueryDto): Promise<Map<string | null, FunnelCounts>> {
    const [cohortSql, parameters] = this.cohort(query).getQueryAndParameters();
    // One pass over the cohort (materialised once), then people by furthest stage and the gaps of each step.
    const sql = [
      `WITH c AS MATERIALIZED (${cohortSql})`,
      'SELECT c.k AS k, -1 AS step, c.furthest AS value, COUNT(*) AS people FROM c GROUP BY c.k, c.furthest',
      ...STEPS.map(
        (step) =>
          `UNION ALL SELECT c.k, ${step}, c.g${step}, COUNT(*) FROM c WHERE c.g${step} IS NOT NULL GROUP BY c.k, c.g${step}`,
      ),
    ].join('\n');
    const rows: { k: string | null; step: number | string; value: number | string; people: number | string }[] =
      await this.dataSource.query(sql, parameters);
    const byKey = new Map<string | null, { furthest: Map<number, number>; gapTenths: Map<number, number>[] }>();
    for (const row of rows) {
      const key = row.k === null ? null : String(row.k);
      const counts = byKey.get(key) ?? { furthest: new Map(), gapTenths: STEPS.map(() => new Map()) };
      const step = Number(row.step);
      (step < 0 ? counts.furthest : counts.gapTenths[step]).set(Number(row.value), Number(row.people));
      byKey.set(key, counts);
    }
    return byKey;
  }

  /** One row per person of the cohort (first contact in the period, and the filters): key, furthest, gap tenths. */
  private cohort(query: FunnelQueryDto): SelectQueryBuilder<object> {
    const builder = this.dataSource
      .createQueryBuilder()
      .from('applicant_progress', 'p')
      .innerJoin('applicants', 'a', 'a.id = p.applicant_id')
      .select(this.key(query), 'k')
      .addSelect('p.furthest', 'furthest');
    if (query.breakdown === 'profession') builder.leftJoin('applicant_professions', 'bp', 'bp.applicant_id = a.id');
    for (const step of STEPS) builder.addSelect(`p.gap_${step}`, `g${step}`);
    const period = reportPeriod(query, this.config.timezone);
    if (period.from) builder.andWhere('a.first_contact_at >= :from', { from: period.from });
    if (period.to) builder.andWhere('a.first_contact_at < :to', { to: period.to });
    if (query.source) builder.andWhere('a.source = :source', { source: query.source });
    if (query.campaignId) builder.andWhere('a.campaign_id = :campaignId', { campaignId: query.campaignId });
    if (query.region) builder.andWhere('a.region = :region', { region: query.region });
    if (query.ownerId) builder.andWhere('a.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.profession)
      builder.andWhere(
        'EXISTS (SELECT 1 FROM applicant_professions fp WHERE fp.applicant_id = a.id AND fp.profession_code = :profession)',
        { profession: query.profession },
      );
    return builder;
  }

  private key(query: FunnelQueryDto): string {
    if (query.breakdown === 'source') return 'a.source';
    if (query.breakdown === 'campaign') return 'a.campaign_id';
    if (query.breakdown === 'profession') return 'bp.profession_code';
    return "'all'";
  }
}
