import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Page, SurveyResponseDto } from '@pathway/contracts';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { paging, toPage } from '../../common/http/page-query.dto';
import { updateIfVersion } from '../../database/optimistic-update';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { PlacementSiteEntity } from '../placements/placement.entity';
import { StudentEntity } from '../students/student.entity';
import { SurveyResponseListQueryDto, UpdateSurveyResponseDto } from './dto/survey.dto';
import { SurveyResponseEntity, SurveyTemplateEntity } from './survey.entities';

/** The coordinators' review queue. Identity appears only where the student consented to be contacted. */
@Injectable()
export class SurveyResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  private rows(): SelectQueryBuilder<SurveyResponseEntity> {
    return this.dataSource.manager
      .createQueryBuilder(SurveyResponseEntity, 'r')
      .innerJoin(PlacementSiteEntity, 'site', 'site.id = r.site_id')
      .innerJoin(SurveyTemplateEntity, 'template', 'template.id = r.template_id')
      .leftJoin(StudentEntity, 'student', 'student.id = r.student_id AND r.consent_to_contact = :consented', { consented: true })
      .addSelect('site.name', 'site_name')
      .addSelect('template.version', 'template_version')
      .addSelect('student.first_name', 'first_name')
      .addSelect('student.last_name', 'last_name')
      .addSelect('student.email', 'email');
  }

  private async toDtos(builder: SelectQueryBuilder<SurveyResponseEntity>): Promise<SurveyResponseDto[]> {
    const { entities, raw } = await builder.getRawAndEntities<{ site_name: string; template_version: number | string; first_name: string | null; last_name: string | null; email: string | null }>();
    return entities.map((r, index) => ({
      id: r.id,
      templateId: r.templateId,
      templateVersion: Number(raw[index].template_version),
      siteId: r.siteId,
      siteName: raw[index].site_name,
      profession: r.profession,
      yearOfStudy: r.yearOfStudy,
      cohort: r.cohort,
      submittedOn: r.submittedOn,
      answers: r.answers,
      concernRaised: r.concernRaised,
      concernText: r.concernText,
      consentToContact: r.consentToContact,
      student: r.consentToContact && r.studentId && raw[index].first_name ? { id: r.studentId, name: `${raw[index].first_name} ${raw[index].last_name}`, email: raw[index].email } : null,
      reviewStatus: r.reviewStatus,
      reviewNote: r.reviewNote,
      version: r.version,
    }));
  }

  async list(query: SurveyResponseListQueryDto): Promise<Page<SurveyResponseDto>> {
    const page = paging(query);
    const builder = this.rows();
    if (query.siteId) builder.andWhere('r.site_id = :siteId', { siteId: query.siteId });
    if (query.reviewStatus) builder.andWhere('r.review_status = :reviewStatus', { reviewStatus: query.reviewStatus });
    if (query.concernRaised !== undefined) builder.andWhere('r.concern_raised = :concernRaised', { concernRaised: query.concernRaised });
    const total = await builder.getCount();
    builder.orderBy('r.submittedOn', 'DESC').addOrderBy('r.id', 'ASC').offset(page.skip).limit(page.pageSize);
    return toPage(await this.toDtos(builder), total, page);
  }

  async update(actor: AuthenticatedUser, id: string, input: UpdateSurveyResponseDto): Promise<SurveyResponseDto> {
    await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(SurveyResponseEntity, { id });
      if (!current) throw AppError.notFound('Survey response');
      if (current.version !== input.version) throw AppError.staleVersion('response');
      const changes = { ...(input.reviewStatus !== undefined ? { reviewStatus: input.reviewStatus } : {}), ...(input.reviewNote !== undefined ? { reviewNote: input.reviewNote } : {}) };
      if (!(await updateIfVersion(manager, SurveyResponseEntity, id, input.version, changes))) throw AppError.staleVersion('response');
      await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'survey_response', entityId: id, changes: this.audit.changes(current as unknown as Record<string, unknown>, changes, ['reviewStatus', 'reviewNote']) });
    });
    const [response] = await this.toDtos(this.rows().where('r.id = :id', { id }));
    return response;
  }
}
