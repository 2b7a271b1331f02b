import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { FunnelBreakdown, PROGRESS_STAGES } from '@pathway/contracts';
import {
  addFunnelCounts,
  addOutcome,
  bucketedCounts,
  cellKeysOf,
  CellRange,
  cohortPlan,
  emptyFunnelCounts,
  FunnelCounts,
  FunnelDimension,
  MutableFunnelCounts,
  parseCounts,
} from '@pathway/domain';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { progressFacts } from '../applicants/applicant-progress.repository';
import { FunnelQueryDto } from './dto/report-query.dto';
import { ReportPeriod, reportPeriod } from './report-period';

const STEPS = PROGRESS_STAGES.slice(0, -1).map((_, index) => index);

type Filter = 'source' | 'campaignId' | 'region' | 'ownerId' | 'profession';
const FILTERS: [Filter, FunnelDimension][] = [
  ['source', 'source'],
  ['campaignId', 'campaign'],
  ['region', 'region'],
  ['ownerId', 'owner'],
  ['profession', 'profession'],
];
const BREAKDOWNS: Record<FunnelBreakdown, FunnelDimension> = {
  source: 'source',
  campaign: 'campaign',
  profession: 'profession',
};

/** A cohort the cells can answer: one dimension (or everyone), perhaps one value of it, perhaps per value. */
interface CellShape {
  dimension: FunnelDimension;
  value?: string;
  grouped: boolean;
}

/**
 * The cells answer a period with at most one filter, broken down by nothing or by that same dimension. A person
 * has several professions, so "interested in podiatry, by profession" needs people, as does any mix of filters.
 */
export function cellShape(query: FunnelQueryDto): CellShape | null {
  const filters = FILTERS.filter(([field]) => query[field] !== undefined);
  if (filters.length > 1) return null;
  const filter = filters[0];
  const value = filter && String(query[filter[0]]);
  if (!query.breakdown)
    return filter ? { dimension: filter[1], value, grouped: false } : { dimension: 'all', grouped: false };
  const dimension = BREAKDOWNS[query.breakdown];
  if (!filter) return { dimension, grouped: true };
  return filter[1] === dimension && dimension !== 'profession' ? { dimension, value, grouped: true } : null;
}

/**
 * Funnel figures per breakdown key (`null` when not recorded; `'all'` without a breakdown). Most cohorts are added
 * up from `funnel_cells` (whole months and days) plus the people first met in the part-days at either end; other
 * mixes of filters are counted person by person from `applicant_progress`. Gaps are counted at `gapBucket`
 * resolution either way, so both give the same answer.
 */
@Injectable()
export class FunnelCountsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async counts(query: FunnelQueryDto): Promise<Map<string | null, FunnelCounts>> {
    const period = reportPeriod(query, this.config.timezone);
    const shape = cellShape(query);
    return shape ? this.fromCells(shape, period) : this.fromPeople(query, period);
  }

  /** The same figures counted person by person, whatever the query (the cells' check in tests, and the fallback). */
  async fromPeople(query: FunnelQueryDto, period: ReportPeriod): Promise<Map<string | null, FunnelCounts>> {
    const [cohortSql, parameters] = this.cohort(query, period).getQueryAndParameters();
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
    const exact = new Map<string | null, { furthest: Map<number, number>; gapTenths: Map<number, number>[] }>();
    for (const row of rows) {
      const key = row.k === null ? null : String(row.k);
      const counts = exact.get(key) ?? { furthest: new Map(), gapTenths: STEPS.map(() => new Map()) };
      const step = Number(row.step);
      (step < 0 ? counts.furthest : counts.gapTenths[step]).set(Number(row.value), Number(row.people));
      exact.set(key, counts);
    }
    return new Map([...exact].map(([key, counts]) => [key, bucketedCounts(counts)]));
  }

  private async fromCells(shape: CellShape, period: ReportPeriod): Promise<Map<string | null, FunnelCounts>> {
    const byKey = new Map<string | null, MutableFunnelCounts>();
    const countsFor = (value: string) => {
      const key = !shape.grouped ? 'all' : value === '' ? null : value;
      let counts = byKey.get(key);
      if (!counts) byKey.set(key, (counts = emptyFunnelCounts()));
      return counts;
    };
    const plan = cohortPlan(period.from, period.to);
    for (const range of plan.cells)
      for (const row of await this.cells(shape, range)) addFunnelCounts(countsFor(row.value), parseCounts(row.counts));
    for (const range of plan.people) {
      for (const person of await this.peopleFirstMet(range)) {
        for (const key of cellKeysOf(person)) {
          if (key.grain !== 'd' || key.dimension !== shape.dimension) continue;
          if (shape.value === undefined || key.value === shape.value) addOutcome(countsFor(key.value), person);
        }
      }
    }
    return byKey;
  }

  private cells(shape: CellShape, range: CellRange): Promise<{ value: string; counts: string }[]> {
    const builder = this.dataSource
      .createQueryBuilder()
      .select(['c.value AS value', 'c.counts AS counts'])
      .from('funnel_cells', 'c')
      .where('c.dimension = :dimension', { dimension: shape.dimension })
      .andWhere('c.grain = :grain', { grain: range.grain });
    if (shape.value !== undefined) builder.andWhere('c.value = :value', { value: shape.value });
    if (range.from !== undefined) builder.andWhere('c.period >= :from', { from: range.from });
    if (range.to !== undefined) builder.andWhere('c.period < :to', { to: range.to });
    // People with no first contact are in period '', which any bounded period leaves out.
    if (range.from !== undefined || range.to !== undefined) builder.andWhere("c.period <> ''");
    return builder.getRawMany();
  }

  private async peopleFirstMet(range: { from?: Date; to?: Date }) {
    const builder = this.dataSource
      .createQueryBuilder()
      .select('p.*')
      .from('applicant_progress', 'p')
      .where('p.cohort_at >= :from AND p.cohort_at < :to', { from: range.from, to: range.to });
    return (await builder.getRawMany()).map(progressFacts);
  }

  /** One row per person of the cohort (first contact in the period, and the filters): key, furthest, gap tenths. */
  private cohort(query: FunnelQueryDto, period: ReportPeriod): SelectQueryBuilder<object> {
    const builder = this.dataSource
      .createQueryBuilder()
      .from('applicant_progress', 'p')
      .select(this.key(query), 'k')
      .addSelect('p.furthest', 'furthest');
    if (query.breakdown === 'profession')
      builder.leftJoin('applicant_professions', 'bp', 'bp.applicant_id = p.applicant_id');
    for (const step of STEPS) builder.addSelect(`p.gap_${step}`, `g${step}`);
    if (period.from) builder.andWhere('p.cohort_at >= :from', { from: period.from });
    if (period.to) builder.andWhere('p.cohort_at < :to', { to: period.to });
    if (query.source) builder.andWhere('p.source = :source', { source: query.source });
    if (query.campaignId) builder.andWhere('p.campaign_id = :campaignId', { campaignId: query.campaignId });
    if (query.region) builder.andWhere('p.region = :region', { region: query.region });
    if (query.ownerId) builder.andWhere('p.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.profession)
      builder.andWhere(
        'EXISTS (SELECT 1 FROM applicant_professions fp WHERE fp.applicant_id = p.applicant_id AND fp.profession_code = :profession)',
        { profession: query.profession },
      );
    return builder;
  }

  private key(query: FunnelQueryDto): string {
    if (query.breakdown === 'source') return 'p.source';
    if (query.breakdown === 'campaign') return 'p.campaign_id';
    if (query.breakdown === 'profession') return 'bp.profession_code';
    return "'all'";
  }
}
