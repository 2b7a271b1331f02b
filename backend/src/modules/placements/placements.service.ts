import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Page, PlacementDto, PlacementSiteDto, PlacementSortField } from '@pathway/contracts';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { PageQueryDto, paging, sortOrder, toPage } from '../../common/http/page-query.dto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionService } from '../../database/transaction.service';
import { ApplicantReferences } from '../applicants/applicant-references';
import { AuditService } from '../audit/audit.service';
import { StudentEntity } from '../students/student.entity';
import { SurveyInvitationEntity } from '../surveys/survey.entities';
import { CreatePlacementDto, CreatePlacementSiteDto, PlacementListQueryDto } from './dto/placement.dto';
import { PlacementEntity, PlacementSiteEntity, PlacementSiteProfessionEntity } from './placement.entity';
import { newId } from '../../database/new-id';

const DAY_MS = 86_400_000;

const PLACEMENT_SORT_COLUMNS: Record<PlacementSortField, string> = {
  startsOn: 'p.startsOn',
  endsOn: 'p.endsOn',
  studentName: 'student.lastName',
  siteName: 'site.name',
};

@Injectable()
export class PlacementsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly references: ApplicantReferences,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /** Today's date (YYYY-MM-DD) where the team works. */
  private today(offsetDays = 0): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timezone }).format(new Date(Date.now() + offsetDays * DAY_MS));
  }

  async listSites(query: PageQueryDto & { search?: string }): Promise<Page<PlacementSiteDto>> {
    const page = paging(query);
    const builder = this.dataSource.manager.createQueryBuilder(PlacementSiteEntity, 'site');
    if (query.search) builder.where('LOWER(site.name) LIKE :search', { search: `%${query.search.toLowerCase().replace(/[\\%_]/g, '')}%` });
    const [rows, total] = await builder.orderBy('site.name', 'ASC').addOrderBy('site.id', 'ASC').skip(page.skip).take(page.pageSize).getManyAndCount();
    const professions = await this.siteProfessions(rows.map((row) => row.id));
    return toPage(
      rows.map((site) => ({ id: site.id, name: site.name, organisation: site.organisation, department: site.department, region: site.region, professions: professions.get(site.id) ?? [], createdAt: site.createdAt.toISOString() })),
      total,
      page,
    );
  }

  async createSite(actor: AuthenticatedUser, input: CreatePlacementSiteDto): Promise<PlacementSiteDto> {
    const id = newId();
    await this.transactions.run(async (manager) => {
      await this.references.assertValid(manager, { professionsOfInterest: input.professions }, { professionsOfInterest: 'professions' });
      const fields = { name: input.name, organisation: input.organisation ?? null, department: input.department ?? null, region: input.region ?? null };
      await manager.insert(PlacementSiteEntity, { id, ...fields });
      const codes = [...new Set(input.professions ?? [])];
      if (codes.length) await manager.insert(PlacementSiteProfessionEntity, codes.map((professionCode) => ({ siteId: id, professionCode })));
      await this.audit.record(manager, { actorId: actor.id, action: 'create', entity: 'placement_site', entityId: id, changes: this.audit.changes(null, { ...fields, professions: codes }, ['name', 'organisation', 'department', 'region', 'professions']) });
    });
    return this.siteById(id);
  }

  async list(query: PlacementListQueryDto): Promise<Page<PlacementDto>> {
    const page = paging(query);
    const builder = this.dataSource.manager
      .createQueryBuilder(PlacementEntity, 'p')
      .innerJoin(StudentEntity, 'student', 'student.id = p.student_id')
      .innerJoin(PlacementSiteEntity, 'site', 'site.id = p.site_id')
      .addSelect('student.first_name', 'first_name')
      .addSelect('student.last_name', 'last_name')
      .addSelect('student.profession', 'profession')
      .addSelect('student.cohort', 'cohort')
      .addSelect('site.name', 'site_name');
    if (query.siteId) builder.andWhere('p.site_id = :siteId', { siteId: query.siteId });
    if (query.studentId) builder.andWhere('p.student_id = :studentId', { studentId: query.studentId });
    if (query.cohort) builder.andWhere('student.cohort = :cohort', { cohort: query.cohort });
    if (query.profession) builder.andWhere('student.profession = :profession', { profession: query.profession });
    if (query.current) builder.andWhere('p.starts_on <= :today AND p.ends_on >= :today', { today: this.today() });
    if (query.endingWithinDays !== undefined) builder.andWhere('p.ends_on >= :today AND p.ends_on <= :until', { today: this.today(), until: this.today(query.endingWithinDays) });
    const total = await builder.getCount();
    const ending = query.current || query.endingWithinDays !== undefined;
    const { field, direction } = sortOrder<PlacementSortField>(query.sort, ending ? 'endsOn' : '-startsOn');
    const { entities, raw } = await builder
      .orderBy(PLACEMENT_SORT_COLUMNS[field], direction)
      .addOrderBy('p.id', direction)
      .offset(page.skip)
      .limit(page.pageSize)
      .getRawAndEntities<{ first_name: string; last_name: string; profession: string; cohort: number | string; site_name: string }>();
    const surveys = await this.surveyStatuses(entities.map((placement) => placement.id));
    return toPage(
      entities.map((p, index) => ({
        id: p.id,
        studentId: p.studentId,
        studentName: `${raw[index].first_name} ${raw[index].last_name}`,
        profession: raw[index].profession,
        cohort: Number(raw[index].cohort),
        siteId: p.siteId,
        siteName: raw[index].site_name,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        yearOfStudy: p.yearOfStudy,
        practiceEducator: p.practiceEducator,
        surveyStatus: surveys.get(p.id) ?? 'not_invited',
        createdAt: p.createdAt.toISOString(),
      })),
      total,
      page,
    );
  }

  async create(actor: AuthenticatedUser, input: CreatePlacementDto): Promise<PlacementDto> {
    if (input.endsOn < input.startsOn) throw AppError.field('endsOn', 'must not be before startsOn');
    const id = newId();
    await this.transactions.run(async (manager) => {
      const problems = [
        ...(!(await manager.existsBy(StudentEntity, { id: input.studentId })) ? [{ field: 'studentId', message: 'is not a known student' }] : []),
        ...(!(await manager.existsBy(PlacementSiteEntity, { id: input.siteId })) ? [{ field: 'siteId', message: 'is not a known placement site' }] : []),
      ];
      if (problems.length) throw AppError.validation(problems);
      const fields = { studentId: input.studentId, siteId: input.siteId, startsOn: input.startsOn, endsOn: input.endsOn, yearOfStudy: input.yearOfStudy, practiceEducator: input.practiceEducator ?? null };
      await manager.insert(PlacementEntity, { id, ...fields });
      await this.audit.record(manager, { actorId: actor.id, action: 'create', entity: 'placement', entityId: id, changes: this.audit.changes(null, fields, Object.keys(fields)) });
    });
    const [placement] = (await this.list(Object.assign(new PlacementListQueryDto(), { studentId: input.studentId, pageSize: 100 }))).items.filter((item) => item.id === id);
    return placement;
  }

  /** Whether each placement's survey was sent and answered; never what was answered. */
  private async surveyStatuses(ids: string[]): Promise<Map<string, PlacementDto['surveyStatus']>> {
    const statuses = new Map<string, PlacementDto['surveyStatus']>();
    if (ids.length === 0) return statuses;
    const now = Date.now();
    for (const invitation of await this.dataSource.manager.find(SurveyInvitationEntity, { where: { placementId: In(ids) } })) {
      const status = invitation.answeredOn ? 'answered' : invitation.expiresAt.getTime() < now ? 'expired' : 'invited';
      const rank = { not_invited: 0, expired: 1, invited: 2, answered: 3 };
      if (rank[status] > rank[statuses.get(invitation.placementId) ?? 'not_invited']) statuses.set(invitation.placementId, status);
    }
    return statuses;
  }

  private async siteProfessions(ids: string[]): Promise<Map<string, string[]>> {
    const byId = new Map<string, string[]>();
    if (ids.length === 0) return byId;
    for (const row of await this.dataSource.manager.find(PlacementSiteProfessionEntity, { where: { siteId: In(ids) }, order: { professionCode: 'ASC' } })) {
      byId.set(row.siteId, [...(byId.get(row.siteId) ?? []), row.professionCode]);
    }
    return byId;
  }

  private async siteById(id: string): Promise<PlacementSiteDto> {
    const site = await this.dataSource.manager.findOneByOrFail(PlacementSiteEntity, { id });
    const professions = await this.siteProfessions([id]);
    return { id, name: site.name, organisation: site.organisation, department: site.department, region: site.region, professions: professions.get(id) ?? [], createdAt: site.createdAt.toISOString() };
  }
}
