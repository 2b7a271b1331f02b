import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { MonthWindow } from '@pathway/domain';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { ProfessionEntity } from '../reference/profession.entity';
import { SeriousConversationsQueryDto } from './dto/serious-conversations-query.dto';
import { countPerMonth } from '../../database/per-month';
import { rawDate } from '../../database/raw-date';
import { ReportPeriod } from './report-period';

export interface ConversationCount {
  conversations: number;
  people: number;
}

type CountRow = { conversations: number | string; people: number | string };
const counted = (row: CountRow | undefined): ConversationCount => ({
  conversations: Number(row?.conversations ?? 0),
  people: Number(row?.people ?? 0),
});

/**
 * The queries behind the serious-conversations report, each counted in the database: conversations, and distinct
 * people they were with. Archived and erased people count: the talks took place.
 */
@Injectable()
export class SeriousConversationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everything in the period after the filters, with the first and last time (to size an open period). */
  async total(
    query: SeriousConversationsQueryDto,
    period: ReportPeriod,
  ): Promise<ConversationCount & { earliest: Date | null; latest: Date | null }> {
    const row = await this.counting(this.filtered(query, period))
      .addSelect('MIN(c.occurred_at)', 'earliest')
      .addSelect('MAX(c.occurred_at)', 'latest')
      .getRawOne<CountRow & { earliest: string | Date | null; latest: string | Date | null }>();
    return {
      ...counted(row),
      earliest: row?.earliest ? rawDate(row.earliest) : null,
      latest: row?.latest ? rawDate(row.latest) : null,
    };
  }

  /** Counts per month window (in order; months without any count zero). */
  async byMonth(
    query: SeriousConversationsQueryDto,
    period: ReportPeriod,
    months: readonly MonthWindow[],
  ): Promise<ConversationCount[]> {
    const rows = await countPerMonth<CountRow>(this.dataSource, months, 'c.occurred_at', () =>
      this.counting(this.filtered(query, period)),
    );
    return rows.map(counted);
  }

  /** Counts per officer who held them (conversations with no officer left out), with the officer's name. */
  async byOfficer(
    query: SeriousConversationsQueryDto,
    period: ReportPeriod,
  ): Promise<(ConversationCount & { officerId: string; officerName: string })[]> {
    const pairs = this.perPerson(query, period, 'c.officer_id').andWhere('c.officer_id IS NOT NULL');
    const rows = await this.fromPerPerson(pairs)
      .addSelect('p.grouping', 'officer_id')
      .addSelect('MAX(u.name)', 'officer_name')
      .leftJoin('users', 'u', 'u.id = p.grouping')
      .groupBy('p.grouping')
      .getRawMany<CountRow & { officer_id: string; officer_name: string | null }>();
    return rows.map((row) => ({
      officerId: row.officer_id,
      officerName: row.officer_name ?? 'Unknown',
      ...counted(row),
    }));
  }

  /**
   * Counts per profession of interest of the person: a person interested in two counts in both; one with none
   * counts under `null`.
   */
  async byProfession(
    query: SeriousConversationsQueryDto,
    period: ReportPeriod,
  ): Promise<(ConversationCount & { profession: string | null })[]> {
    const rows = await this.fromPerPerson(this.perPerson(query, period))
      .addSelect('ap.profession_code', 'profession')
      .leftJoin('applicant_professions', 'ap', 'ap.applicant_id = p.applicant_id')
      .groupBy('ap.profession_code')
      .getRawMany<CountRow & { profession: string | null }>();
    return rows.map((row) => ({ profession: row.profession ?? null, ...counted(row) }));
  }

  /**
   * The serious conversations counted per person (and per `grouping`, when given): read in order of person from
   * their index, without sorting millions of ids, so that counting the people afterwards is a plain count.
   */
  private perPerson(
    query: SeriousConversationsQueryDto,
    period: ReportPeriod,
    grouping?: string,
  ): SelectQueryBuilder<ObjectLiteral> {
    const builder = this.filtered(query, period)
      .select('c.applicant_id', 'applicant_id')
      .addSelect('COUNT(*)', 'conversations')
      .groupBy('c.applicant_id');
    return grouping ? builder.addSelect(grouping, 'grouping').addGroupBy(grouping) : builder;
  }

  /** Conversations and people, counted over `perPerson` rows. */
  private fromPerPerson(perPerson: SelectQueryBuilder<ObjectLiteral>): SelectQueryBuilder<ObjectLiteral> {
    return this.dataSource.manager
      .createQueryBuilder()
      .from(`(${perPerson.getQuery()})`, 'p')
      .setParameters(perPerson.getParameters())
      .select('SUM(p.conversations)', 'conversations')
      .addSelect('COUNT(*)', 'people');
  }

  private counting(builder: SelectQueryBuilder<ObjectLiteral>): SelectQueryBuilder<ObjectLiteral> {
    return builder.select('COUNT(*)', 'conversations').addSelect('COUNT(DISTINCT c.applicant_id)', 'people');
  }

  /** Serious conversations in the period after the filters. */
  private filtered(query: SeriousConversationsQueryDto, period: ReportPeriod): SelectQueryBuilder<ObjectLiteral> {
    const builder = this.dataSource.manager
      .createQueryBuilder()
      .from('conversations', 'c')
      .where('c.serious = :serious', { serious: true });
    if (period.from) builder.andWhere('c.occurred_at >= :from', { from: period.from });
    if (period.to) builder.andWhere('c.occurred_at < :to', { to: period.to });
    if (query.officerId) builder.andWhere('c.officer_id = :officerId', { officerId: query.officerId });
    if (query.campaignId || query.region || query.profession)
      builder.innerJoin('applicants', 'a', 'a.id = c.applicant_id');
    if (query.campaignId) {
      // A campaign's conversations are those with the people it brought in and those held at its events, as on the
      // campaign's page.
      builder.andWhere(
        '(a.campaign_id = :campaignId OR EXISTS (SELECT 1 FROM events ce WHERE ce.id = c.event_id AND ce.campaign_id = :campaignId))',
        { campaignId: query.campaignId },
      );
    }
    if (query.region) builder.andWhere('a.region = :region', { region: query.region });
    if (query.profession) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM applicant_professions fp WHERE fp.applicant_id = a.id AND fp.profession_code = :profession)',
        { profession: query.profession },
      );
    }
    return builder;
  }

  /**
   * The serious-conversation targets of one campaign, else of the campaigns running at some point in the period
   * (`fromDay`/`toDay` are the period's first and last days, YYYY-MM-DD; open when absent).
   */
  async targets(campaignId: string | undefined, fromDay?: string, toDay?: string): Promise<(number | null)[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(CampaignEntity, 'c')
      .select('c.target_serious_conversations', 'target');
    if (campaignId) builder.where('c.id = :campaignId', { campaignId });
    else {
      if (toDay) builder.andWhere('c.starts_on <= :toDay', { toDay });
      if (fromDay) builder.andWhere('c.ends_on >= :fromDay', { fromDay });
    }
    const rows = await builder.getRawMany<{ target: number | string | null }>();
    return rows.map((row) => (row.target === null ? null : Number(row.target)));
  }

  /** Profession names by code, for CSV labels. */
  async professionNames(): Promise<Map<string, string>> {
    return new Map(
      (await this.dataSource.manager.find(ProfessionEntity)).map((profession) => [profession.code, profession.name]),
    );
  }
}
