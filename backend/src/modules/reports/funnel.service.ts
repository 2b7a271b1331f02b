import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FunnelReport, SOURCE_LABELS, Source } from '@pathway/contracts';
import { firstReachedTimes, funnel, progressIndexSql } from '@pathway/domain';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { ProfessionEntity } from '../reference/profession.entity';
import { FunnelQueryDto } from './dto/report-query.dto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { rawDate, reportPeriod } from './report-period';

interface Person {
  moves: { index: number; at: Date }[];
  source: string | null;
  campaignId: string | null;
  professions: string[];
}

/** Conversion through the pipeline for a cohort of people by first contact, from their stage history. */
@Injectable()
export class FunnelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(query: FunnelQueryDto): Promise<FunnelReport> {
    const people = await this.cohort(query);
    const all = [...people.values()];
    const report: FunnelReport = { cohortSize: all.length, stages: funnel(all.map((person) => firstReachedTimes(person.moves))) };
    if (!query.breakdown) return report;
    const groups = new Map<string | null, Person[]>();
    for (const person of all) {
      const keys = query.breakdown === 'source' ? [person.source] : query.breakdown === 'campaign' ? [person.campaignId] : person.professions.length ? person.professions : [null];
      for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), person]);
    }
    const labels = await this.labels(query.breakdown, [...groups.keys()]);
    report.groups = [...groups.entries()]
      .map(([key, members]) => ({ key, label: labels.get(key) ?? 'Not recorded', cohortSize: members.length, stages: funnel(members.map((person) => firstReachedTimes(person.moves))) }))
      .sort((a, b) => b.cohortSize - a.cohortSize);
    return report;
  }

  /** Narrows a query over applicants `a` to the cohort: first contact in the period, and the filters. */
  private inCohort<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, query: FunnelQueryDto): SelectQueryBuilder<T> {
    const period = reportPeriod(query, this.config.timezone);
    if (period.from) builder.andWhere('a.first_contact_at >= :from', { from: period.from });
    if (period.to) builder.andWhere('a.first_contact_at < :to', { to: period.to });
    if (query.source) builder.andWhere('a.source = :source', { source: query.source });
    if (query.campaignId) builder.andWhere('a.campaign_id = :campaignId', { campaignId: query.campaignId });
    if (query.region) builder.andWhere('a.region = :region', { region: query.region });
    if (query.ownerId) builder.andWhere('a.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.profession) builder.andWhere('EXISTS (SELECT 1 FROM applicant_professions fp WHERE fp.applicant_id = a.id AND fp.profession_code = :profession)', { profession: query.profession });
    return builder;
  }

  private async cohort(query: FunnelQueryDto): Promise<Map<string, Person>> {
    const rows = await this.inCohort(
      this.dataSource.manager
        .createQueryBuilder()
        .select('s.applicant_id', 'applicant_id')
        .addSelect(progressIndexSql('s.to_stage'), 'stage_index')
        .addSelect('s.at', 'at')
        .addSelect('a.source', 'source')
        .addSelect('a.campaign_id', 'campaign_id')
        .from('stage_changes', 's')
        .innerJoin('applicants', 'a', 'a.id = s.applicant_id'),
      query,
    ).getRawMany<{ applicant_id: string; stage_index: number | string; at: string | Date; source: string | null; campaign_id: string | null }>();
    const people = new Map<string, Person>();
    for (const row of rows) {
      const person = people.get(row.applicant_id) ?? { moves: [], source: row.source, campaignId: row.campaign_id, professions: [] };
      const index = Number(row.stage_index);
      if (index >= 0) person.moves.push({ index, at: rawDate(row.at) });
      people.set(row.applicant_id, person);
    }
    if (query.breakdown === 'profession' && people.size) {
      const links = await this.inCohort(
        this.dataSource.manager
          .createQueryBuilder()
          .select('ap.applicant_id', 'applicant_id')
          .addSelect('ap.profession_code', 'profession_code')
          .from('applicant_professions', 'ap')
          .innerJoin('applicants', 'a', 'a.id = ap.applicant_id'),
        query,
      ).getRawMany<{ applicant_id: string; profession_code: string }>();
      for (const link of links) people.get(link.applicant_id)?.professions.push(link.profession_code);
    }
    return people;
  }

  private async labels(breakdown: FunnelQueryDto['breakdown'], keys: (string | null)[]): Promise<Map<string | null, string>> {
    const present = keys.filter((key): key is string => key !== null);
    if (breakdown === 'source') return new Map(present.map((key) => [key, SOURCE_LABELS[key as Source] ?? key]));
    if (breakdown === 'campaign') return new Map((await this.dataSource.manager.findBy(CampaignEntity, { id: In(present) })).map((campaign) => [campaign.id, campaign.name]));
    return new Map((await this.dataSource.manager.find(ProfessionEntity)).map((profession) => [profession.code, profession.name]));
  }
}
