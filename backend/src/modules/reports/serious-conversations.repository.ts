import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SeriousConversationFact } from '@pathway/domain';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { ProfessionEntity } from '../reference/profession.entity';
import { SeriousConversationsQueryDto } from './dto/serious-conversations-query.dto';
import { rawDate, ReportPeriod } from './report-period';

export interface SeriousConversationRows {
  facts: SeriousConversationFact[];
  officerNames: Map<string, string>;
}

/** The queries behind the serious-conversations report. Archived and erased people count: the talks took place. */
@Injectable()
export class SeriousConversationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Serious conversations in the period after the filters, one query: a row per conversation and profession of
   * interest of the person (none: one row with no profession), folded back into one fact per conversation.
   */
  async facts(query: SeriousConversationsQueryDto, period: ReportPeriod): Promise<SeriousConversationRows> {
    const builder = this.dataSource.manager
      .createQueryBuilder()
      .select('c.id', 'id')
      .addSelect('c.applicant_id', 'applicant_id')
      .addSelect('c.officer_id', 'officer_id')
      .addSelect('c.occurred_at', 'occurred_at')
      .addSelect('u.name', 'officer_name')
      .addSelect('ap.profession_code', 'profession')
      .from('conversations', 'c')
      .innerJoin('applicants', 'a', 'a.id = c.applicant_id')
      .leftJoin('users', 'u', 'u.id = c.officer_id')
      .leftJoin('applicant_professions', 'ap', 'ap.applicant_id = c.applicant_id')
      .where('c.serious = :serious', { serious: true });
    if (period.from) builder.andWhere('c.occurred_at >= :from', { from: period.from });
    if (period.to) builder.andWhere('c.occurred_at < :to', { to: period.to });
    if (query.officerId) builder.andWhere('c.officer_id = :officerId', { officerId: query.officerId });
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
    const rows = await builder.getRawMany<{
      id: string;
      applicant_id: string;
      officer_id: string | null;
      occurred_at: string | Date;
      officer_name: string | null;
      profession: string | null;
    }>();
    const facts = new Map<string, SeriousConversationFact & { professions: string[] }>();
    const officerNames = new Map<string, string>();
    for (const row of rows) {
      const fact = facts.get(row.id) ?? {
        conversationId: row.id,
        applicantId: row.applicant_id,
        officerId: row.officer_id,
        occurredAt: rawDate(row.occurred_at),
        professions: [],
      };
      if (row.profession) fact.professions.push(row.profession);
      facts.set(row.id, fact);
      if (row.officer_id && row.officer_name !== null) officerNames.set(row.officer_id, row.officer_name);
    }
    return { facts: [...facts.values()], officerNames };
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
