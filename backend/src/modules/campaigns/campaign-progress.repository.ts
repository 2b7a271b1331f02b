import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CampaignProgress, PROGRESS_STAGES } from '@pathway/contracts';

const APPLIED_INDEX = PROGRESS_STAGES.indexOf('applied');

/**
 * What campaigns achieved, computed from the records themselves, for many campaigns in a handful of queries:
 * - events, young people and educators: the campaign's events and their reach counts;
 * - serious conversations: serious conversations with people attributed to the campaign, or held at its events;
 * - applications: people attributed to the campaign whose history reached `applied` (or later).
 */
@Injectable()
export class CampaignProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forCampaigns(ids: string[]): Promise<Map<string, CampaignProgress>> {
    const progress = new Map(
      ids.map((id) => [
        id,
        { events: 0, youngPeople: 0, educators: 0, seriousConversations: 0, applications: 0 } as CampaignProgress,
      ]),
    );
    if (ids.length === 0) return progress;
    const list = ids.map((_, index) => this.param(index + 1)).join(', ');
    const events: {
      campaign_id: string;
      events: string | number;
      young_people: string | number | null;
      educators: string | number | null;
    }[] = await this.dataSource.query(
      `SELECT campaign_id, COUNT(*) AS events, SUM(young_people) AS young_people, SUM(educators) AS educators FROM events WHERE campaign_id IN (${list}) GROUP BY campaign_id`,
      ids,
    );
    const serious: { campaign_id: string; total: string | number }[] = await this.dataSource.query(
      `SELECT attributed.campaign_id, COUNT(DISTINCT attributed.conversation_id) AS total FROM (
         SELECT a.campaign_id, c.id AS conversation_id FROM conversations c JOIN applicants a ON a.id = c.applicant_id WHERE c.serious = ${this.true()} AND a.campaign_id IN (${list})
         UNION ALL
         SELECT e.campaign_id, c.id AS conversation_id FROM conversations c JOIN events e ON e.id = c.event_id WHERE c.serious = ${this.true()} AND e.campaign_id IN (${list})
       ) attributed GROUP BY attributed.campaign_id`,
      [...ids, ...ids].slice(0, this.dataSource.options.type === 'postgres' ? ids.length : ids.length * 2),
    );
    const applications: { campaign_id: string; total: string | number }[] = await this.dataSource.query(
      `SELECT a.campaign_id, COUNT(DISTINCT a.id) AS total FROM applicants a
       WHERE a.campaign_id IN (${list}) AND EXISTS (SELECT 1 FROM applicant_progress p WHERE p.applicant_id = a.id AND p.furthest >= ${APPLIED_INDEX})
       GROUP BY a.campaign_id`,
      ids,
    );
    for (const row of events) {
      Object.assign(progress.get(row.campaign_id) ?? {}, {
        events: Number(row.events),
        youngPeople: Number(row.young_people ?? 0),
        educators: Number(row.educators ?? 0),
      });
    }
    for (const row of serious)
      Object.assign(progress.get(row.campaign_id) ?? {}, { seriousConversations: Number(row.total) });
    for (const row of applications)
      Object.assign(progress.get(row.campaign_id) ?? {}, { applications: Number(row.total) });
    return progress;
  }

  /** `$n` on PostgreSQL (which may reuse a parameter), `?` on SQLite (positional, one per use). */
  private param(index: number): string {
    return this.dataSource.options.type === 'postgres' ? `$${index}` : '?';
  }

  private true(): string {
    return this.dataSource.options.type === 'postgres' ? 'TRUE' : '1';
  }
}
