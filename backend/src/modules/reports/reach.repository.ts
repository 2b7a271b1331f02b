import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PROGRESS_STAGES } from '@pathway/contracts';
import { CreditedPeople, OrganisationRef, ReachEventFact, WEBINAR_TYPE } from '@pathway/domain';
import { ReachQueryDto } from './dto/reach-query.dto';
import { ReportPeriod } from './report-period';

export interface ReachEventRow extends ReachEventFact {
  campaignName: string | null;
  host: OrganisationRef | null;
}

type Count = number | string | null;

/** Different people recorded at the webinars held in the period after the filters: in all, per campaign, per region. */
export interface WebinarPeople {
  total: number;
  byCampaign: Map<string | null, number>;
  byRegion: Map<string | null, number>;
}

/** The queries behind the reach report. */
@Injectable()
export class ReachRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Events that started in the period after the filters, with their campaign and host: one query. */
  async events(query: ReachQueryDto, period: ReportPeriod): Promise<ReachEventRow[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder()
      .select('e.type', 'type')
      .addSelect('e.campaign_id', 'campaign_id')
      .addSelect('cp.name', 'campaign_name')
      .addSelect('e.region', 'region')
      .addSelect('e.host_organisation_id', 'host_id')
      .addSelect('o.name', 'host_name')
      .addSelect('o.kind', 'host_kind')
      .addSelect('e.young_people', 'young_people')
      .addSelect('e.educators', 'educators')
      .addSelect('e.others', 'others')
      .addSelect('e.leaflets_distributed', 'leaflets_distributed')
      .addSelect('e.leaflets_taken', 'leaflets_taken')
      .from('events', 'e')
      .leftJoin('campaigns', 'cp', 'cp.id = e.campaign_id')
      .leftJoin('organisations', 'o', 'o.id = e.host_organisation_id');
    if (period.from) builder.andWhere('e.starts_at >= :from', { from: period.from });
    if (period.to) builder.andWhere('e.starts_at < :to', { to: period.to });
    if (query.campaignId) builder.andWhere('e.campaign_id = :campaignId', { campaignId: query.campaignId });
    if (query.region) builder.andWhere('e.region = :region', { region: query.region });
    if (query.type) builder.andWhere('e.type = :type', { type: query.type });
    const rows = await builder.getRawMany<{
      type: string;
      campaign_id: string | null;
      campaign_name: string | null;
      region: string | null;
      host_id: string | null;
      host_name: string | null;
      host_kind: string | null;
      young_people: Count;
      educators: Count;
      others: Count;
      leaflets_distributed: Count;
      leaflets_taken: Count;
    }>();
    return rows.map((row) => ({
      type: row.type,
      campaignId: row.campaign_id,
      campaignName: row.campaign_name,
      region: row.region,
      hostOrganisationId: row.host_id,
      host:
        row.host_id && row.host_name !== null
          ? { organisationId: row.host_id, name: row.host_name, kind: row.host_kind ?? 'other' }
          : null,
      youngPeople: Number(row.young_people ?? 0),
      educators: Number(row.educators ?? 0),
      others: Number(row.others ?? 0),
      leafletsDistributed: Number(row.leaflets_distributed ?? 0),
      leafletsTaken: Number(row.leaflets_taken ?? 0),
    }));
  }

  /**
   * People at webinars, each counted once however many of the webinars they attended (`COUNT(DISTINCT …)`), for the
   * whole period and per campaign and region: one query. The keys are cast to text so that the three parts line up on
   * PostgreSQL, where `campaign_id` is a uuid.
   */
  async webinarPeople(query: ReachQueryDto, period: ReportPeriod): Promise<WebinarPeople> {
    const where = [
      'e.type = :webinar',
      period.from ? 'e.starts_at >= :from' : null,
      period.to ? 'e.starts_at < :to' : null,
      query.campaignId ? 'e.campaign_id = :campaignId' : null,
      query.region ? 'e.region = :region' : null,
      query.type ? 'e.type = :type' : null,
    ]
      .filter((condition): condition is string => condition !== null)
      .join(' AND ');
    const part = (grouping: string, key: string | null) =>
      `SELECT '${grouping}' AS grouping, ${key === null ? 'NULL' : `CAST(${key} AS VARCHAR(64))`} AS group_key,
        COUNT(DISTINCT ea.applicant_id) AS people
      FROM event_attendances ea JOIN events e ON e.id = ea.event_id
      WHERE ${where}${key === null ? '' : ` GROUP BY ${key}`}`;
    const sql = [part('total', null), part('campaign', 'e.campaign_id'), part('region', 'e.region')].join(
      ' UNION ALL ',
    );
    const [escaped, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      sql,
      {
        webinar: WEBINAR_TYPE,
        from: period.from,
        to: period.to,
        campaignId: query.campaignId,
        region: query.region,
        type: query.type,
      },
      {},
    );
    const rows: { grouping: string; group_key: string | null; people: Count }[] = await this.dataSource.query(
      escaped,
      parameters,
    );
    const people: WebinarPeople = { total: 0, byCampaign: new Map(), byRegion: new Map() };
    for (const row of rows) {
      const count = Number(row.people ?? 0);
      if (row.grouping === 'total') people.total = count;
      else if (row.grouping === 'campaign') people.byCampaign.set(row.group_key, count);
      else people.byRegion.set(row.group_key, count);
    }
    return people;
  }

  /**
   * People credited to each organisation: their school or college is it, or their first-contact event was hosted by
   * it (a person counts once per organisation), and how many of them reached `applied` or later. The period is on
   * first contact and `campaignId`/`region` are the person's; with `type`, only hosted events of that type credit.
   * Aggregated in the database from the progress rows, which hold all of that: one query, however many people.
   */
  async credited(query: ReachQueryDto, period: ReportPeriod): Promise<CreditedPeople[]> {
    const people = [
      period.from ? 'p.cohort_at >= :from' : null,
      period.to ? 'p.cohort_at < :to' : null,
      query.campaignId ? 'p.campaign_id = :campaignId' : null,
      query.region ? 'p.region = :region' : null,
    ].filter((condition): condition is string => condition !== null);
    const where = (conditions: string[]) => [...conditions, ...people].join(' AND ');
    // Each way of being credited is counted per organisation on its own (the school's way reads its index in order of
    // organisation), then the two are added up: sorting every credited person into one list first took three times
    // as long at a million people.
    const counted = (organisation: string, from: string, conditions: string[]) =>
      `SELECT ${organisation} AS organisation_id, COUNT(*) AS applicants,
        SUM(CASE WHEN p.furthest >= :applied THEN 1 ELSE 0 END) AS applications
      FROM ${from} WHERE ${where(conditions)} GROUP BY ${organisation}`;
    const throughSchool = counted('p.organisation_id', 'applicant_progress p', ['p.organisation_id IS NOT NULL']);
    // Alongside the school credit, someone whose event was hosted by their own school is left out here: they are
    // credited to it once, through the school.
    const throughHost = (besideSchool: boolean) =>
      counted('e.host_organisation_id', 'applicant_progress p JOIN events e ON e.id = p.event_id', [
        'e.host_organisation_id IS NOT NULL',
        ...(besideSchool ? ['(p.organisation_id IS NULL OR p.organisation_id <> e.host_organisation_id)'] : []),
        ...(query.type ? ['e.type = :type'] : []),
      ]);
    // Counted per organisation first, then named: joining names to every credited person first costs far more.
    const sql = `
      SELECT o.id AS organisation_id, o.name AS name, o.kind AS kind, t.applicants AS applicants,
        t.applications AS applications
      FROM (SELECT credit.organisation_id AS organisation_id, SUM(credit.applicants) AS applicants,
          SUM(credit.applications) AS applications
        FROM (${query.type ? throughHost(false) : `${throughSchool} UNION ALL ${throughHost(true)}`}) credit
        GROUP BY credit.organisation_id) t
      JOIN organisations o ON o.id = t.organisation_id`;
    const [escaped, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      sql,
      {
        from: period.from,
        to: period.to,
        campaignId: query.campaignId,
        region: query.region,
        type: query.type,
        applied: PROGRESS_STAGES.indexOf('applied'),
      },
      {},
    );
    const rows: { organisation_id: string; name: string; kind: string; applicants: Count; applications: Count }[] =
      await this.dataSource.query(escaped, parameters);
    return rows.map((row) => ({
      organisationId: row.organisation_id,
      name: row.name,
      kind: row.kind,
      applicants: Number(row.applicants ?? 0),
      applications: Number(row.applications ?? 0),
    }));
  }
}
