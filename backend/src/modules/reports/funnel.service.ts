import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { FunnelReport, SOURCE_LABELS, Source } from '@pathway/contracts';
import { FunnelCounts, funnelFromCounts } from '@pathway/domain';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { ProfessionEntity } from '../reference/profession.entity';
import { FunnelQueryDto } from './dto/report-query.dto';
import { FunnelCountsRepository } from './funnel-counts.repository';

const EMPTY: FunnelCounts = { furthest: new Map(), gapTenths: [] };

const cohortSize = (counts: FunnelCounts) => [...counts.furthest.values()].reduce((sum, people) => sum + people, 0);

/** Adds up the counts of groups that share nobody (histograms add up; medians would not). */
function sumOf(groups: Iterable<FunnelCounts>): FunnelCounts {
  const furthest = new Map<number, number>();
  const gapTenths: Map<number, number>[] = [];
  const add = (into: Map<number, number>, from: ReadonlyMap<number, number>) =>
    from.forEach((people, value) => into.set(value, (into.get(value) ?? 0) + people));
  for (const group of groups) {
    add(furthest, group.furthest);
    group.gapTenths.forEach((histogram, step) => add((gapTenths[step] ??= new Map()), histogram));
  }
  return { furthest, gapTenths };
}

/**
 * Conversion through the pipeline for a cohort of people by first contact, counted from how far each person got
 * (`applicant_progress`, kept in step with the stage history).
 */
@Injectable()
export class FunnelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counts: FunnelCountsRepository,
  ) {}

  async report(query: FunnelQueryDto): Promise<FunnelReport> {
    const byKey = await this.counts.counts(query);
    // A person has one source and one campaign, but may have several professions.
    const all =
      query.breakdown === 'profession'
        ? ((await this.counts.counts({ ...query, breakdown: undefined })).get('all') ?? EMPTY)
        : sumOf(byKey.values());
    const report: FunnelReport = { cohortSize: cohortSize(all), stages: funnelFromCounts(all) };
    if (!query.breakdown) return report;
    const labels = await this.labels(query.breakdown, [...byKey.keys()]);
    report.groups = [...byKey.entries()]
      .map(([key, counts]) => ({
        key,
        label: labels.get(key) ?? 'Not recorded',
        cohortSize: cohortSize(counts),
        stages: funnelFromCounts(counts),
      }))
      .sort((a, b) => b.cohortSize - a.cohortSize);
    return report;
  }

  private async labels(
    breakdown: FunnelQueryDto['breakdown'],
    keys: (string | null)[],
  ): Promise<Map<string | null, string>> {
    const present = keys.filter((key): key is string => key !== null);
    if (breakdown === 'source') return new Map(present.map((key) => [key, SOURCE_LABELS[key as Source] ?? key]));
    if (breakdown === 'campaign')
      return new Map(
        (await this.dataSource.manager.findBy(CampaignEntity, { id: In(present) })).map((campaign) => [
          campaign.id,
          campaign.name,
        ]),
      );
    return new Map(
      (await this.dataSource.manager.find(ProfessionEntity)).map((profession) => [profession.code, profession.name]),
    );
  }
}
