import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Paging } from '../../common/http/page-query.dto';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProfessionEntity } from '../reference/profession.entity';
import { EventListQueryDto } from './dto/event.dto';
import { EventAttendanceEntity, EventEntity, EventProfessionEntity } from './event.entity';

export interface EventRow {
  event: EventEntity;
  hostOrganisationName: string | null;
  campaignName: string | null;
}

export interface AttendeeRow {
  attendance: EventAttendanceEntity;
  applicant: Pick<ApplicantEntity, 'id' | 'firstName' | 'lastName' | 'email' | 'stage'>;
}

/** Every query on events, their professions and attendances. */
@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private rows(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<EventEntity> {
    return manager
      .createQueryBuilder(EventEntity, 'e')
      .leftJoin(OrganisationEntity, 'host', 'host.id = e.host_organisation_id')
      .leftJoin(CampaignEntity, 'campaign', 'campaign.id = e.campaign_id')
      .addSelect('host.name', 'host_name')
      .addSelect('campaign.name', 'campaign_name');
  }

  private async toRows(builder: SelectQueryBuilder<EventEntity>): Promise<EventRow[]> {
    const { entities, raw } = await builder.getRawAndEntities<{
      host_name: string | null;
      campaign_name: string | null;
    }>();
    return entities.map((event, index) => ({
      event,
      hostOrganisationName: raw[index]?.host_name ?? null,
      campaignName: raw[index]?.campaign_name ?? null,
    }));
  }

  async list(query: EventListQueryDto, page: Paging, now: Date): Promise<[EventRow[], number]> {
    const builder = this.rows();
    if (query.search)
      builder.andWhere('LOWER(e.title) LIKE :search', {
        search: `%${query.search.toLowerCase().replace(/[\\%_]/g, '')}%`,
      });
    if (query.from) builder.andWhere('e.starts_at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('e.starts_at < :to', { to: new Date(query.to) });
    if (query.type) builder.andWhere('e.type = :type', { type: query.type });
    if (query.region) builder.andWhere('e.region = :region', { region: query.region });
    if (query.campaignId) builder.andWhere('e.campaign_id = :campaignId', { campaignId: query.campaignId });
    if (query.profession) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM event_professions ep WHERE ep.event_id = e.id AND ep.profession_code = :profession)',
        { profession: query.profession },
      );
    }
    if (query.when === 'upcoming') builder.andWhere('e.ends_at >= :now', { now });
    if (query.when === 'past') builder.andWhere('e.ends_at < :now', { now });
    const total = await builder.getCount();
    const direction = query.when === 'upcoming' ? 'ASC' : 'DESC';
    builder.orderBy('e.startsAt', direction).addOrderBy('e.id', direction).offset(page.skip).limit(page.pageSize);
    return [await this.toRows(builder), total];
  }

  async findRow(id: string, manager?: EntityManager): Promise<EventRow | null> {
    const [row] = await this.toRows(this.rows(manager).where('e.id = :id', { id }));
    return row ?? null;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EventEntity | null> {
    return manager.findOneBy(EventEntity, { id });
  }

  findBySlug(slug: string, manager: EntityManager = this.dataSource.manager): Promise<EventEntity | null> {
    return manager.findOneBy(EventEntity, { slug });
  }

  async professions(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string[]>> {
    const byEvent = new Map<string, string[]>();
    if (ids.length === 0) return byEvent;
    for (const row of await manager.find(EventProfessionEntity, {
      where: { eventId: In(ids) },
      order: { professionCode: 'ASC' },
    })) {
      byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row.professionCode]);
    }
    return byEvent;
  }

  async professionNames(codes: string[]): Promise<{ code: string; name: string }[]> {
    if (codes.length === 0) return [];
    const rows = await this.dataSource.manager.find(ProfessionEntity, {
      where: { code: In(codes) },
      order: { sortOrder: 'ASC' },
    });
    return rows.map(({ code, name }) => ({ code, name }));
  }

  async replaceProfessions(manager: EntityManager, eventId: string, codes: string[]): Promise<void> {
    await manager.delete(EventProfessionEntity, { eventId });
    if (codes.length)
      await manager.insert(
        EventProfessionEntity,
        codes.map((professionCode) => ({ eventId, professionCode })),
      );
  }

  /** Attendee and check-in counts per event. */
  async attendanceCounts(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, { attendees: number; checkedIn: number }>> {
    const counts = new Map<string, { attendees: number; checkedIn: number }>();
    if (ids.length === 0) return counts;
    const rows = await manager
      .createQueryBuilder(EventAttendanceEntity, 'att')
      .select('att.event_id', 'event_id')
      .addSelect('COUNT(*)', 'attendees')
      .addSelect('COUNT(att.checked_in_at)', 'checked_in')
      .where('att.event_id IN (:...ids)', { ids })
      .groupBy('att.event_id')
      .getRawMany<{ event_id: string; attendees: string | number; checked_in: string | number }>();
    for (const row of rows)
      counts.set(row.event_id, { attendees: Number(row.attendees), checkedIn: Number(row.checked_in) });
    return counts;
  }

  async attendees(eventId: string, page: Paging): Promise<[AttendeeRow[], number]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(EventAttendanceEntity, 'att')
      .innerJoin(ApplicantEntity, 'a', 'a.id = att.applicant_id')
      .addSelect('a.id', 'applicant_id')
      .addSelect('a.first_name', 'first_name')
      .addSelect('a.last_name', 'last_name')
      .addSelect('a.email', 'email')
      .addSelect('a.stage', 'stage')
      .where('att.event_id = :eventId', { eventId });
    const total = await builder.getCount();
    const { entities, raw } = await builder
      .orderBy('att.registeredAt', 'DESC')
      .addOrderBy('att.id', 'ASC')
      .offset(page.skip)
      .limit(page.pageSize)
      .getRawAndEntities<{
        applicant_id: string;
        first_name: string;
        last_name: string;
        email: string | null;
        stage: ApplicantEntity['stage'];
      }>();
    return [
      entities.map((attendance, index) => ({
        attendance,
        applicant: {
          id: raw[index].applicant_id,
          firstName: raw[index].first_name,
          lastName: raw[index].last_name,
          email: raw[index].email,
          stage: raw[index].stage,
        },
      })),
      total,
    ];
  }

  findAttendance(manager: EntityManager, eventId: string, applicantId: string): Promise<EventAttendanceEntity | null> {
    return manager.findOneBy(EventAttendanceEntity, { eventId, applicantId });
  }

  countAttendances(manager: EntityManager, eventId: string): Promise<number> {
    return manager.countBy(EventAttendanceEntity, { eventId });
  }
}
