import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SurveyTemplateDto } from '@pathway/contracts';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { DEFAULT_QUESTIONS, DEFAULT_TEMPLATE_NAME } from './default-template';
import { SurveyTemplateDtoIn } from './dto/survey.dto';
import { SurveyResponseEntity, SurveyTemplateEntity } from './survey.entities';
import { newId } from '../../database/new-id';

/** Survey templates are versioned: editing one that already has responses creates a new version; old responses keep theirs. */
@Injectable()
export class SurveyTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SurveyTemplateDto[]> {
    const templates = await this.dataSource.manager.find(SurveyTemplateEntity, { order: { name: 'ASC', version: 'DESC' } });
    const counts: { template_id: string; total: string | number }[] = await this.dataSource.manager
      .createQueryBuilder(SurveyResponseEntity, 'r')
      .select('r.template_id', 'template_id')
      .addSelect('COUNT(*)', 'total')
      .groupBy('r.template_id')
      .getRawMany();
    const byTemplate = new Map(counts.map((row) => [row.template_id, Number(row.total)]));
    return templates.map((template) => this.toDto(template, byTemplate.get(template.id) ?? 0));
  }

  async create(actor: AuthenticatedUser, input: SurveyTemplateDtoIn): Promise<SurveyTemplateDto> {
    this.assertQuestions(input);
    const template = await this.transactions.run((manager) => this.insert(manager, actor.id, newId(), 1, input));
    return this.toDto(template, 0);
  }

  async update(actor: AuthenticatedUser, id: string, input: SurveyTemplateDtoIn): Promise<SurveyTemplateDto> {
    this.assertQuestions(input);
    const template = await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(SurveyTemplateEntity, { id });
      if (!current) throw AppError.notFound('Survey template');
      if (!current.active) throw new AppError('conflict', 'This is an old version; edit the current one');
      if ((await manager.countBy(SurveyResponseEntity, { templateId: id })) === 0) {
        await manager.update(SurveyTemplateEntity, { id }, { name: input.name, questions: input.questions });
        await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'survey_template', entityId: id, changes: [{ field: 'questions', to: input.questions.map((question) => question.key) }] });
        return manager.findOneByOrFail(SurveyTemplateEntity, { id });
      }
      await manager.update(SurveyTemplateEntity, { id }, { active: false });
      return this.insert(manager, actor.id, current.familyId, current.version + 1, input);
    });
    return this.toDto(template, 0);
  }

  /** The template new invitations use: the current version of the default one. */
  async current(manager: EntityManager): Promise<SurveyTemplateEntity> {
    const template = await manager.findOne(SurveyTemplateEntity, { where: { active: true }, order: { createdAt: 'ASC' } });
    if (!template) throw new AppError('conflict', 'There is no survey template yet');
    return template;
  }

  /** Seeds the default template once (reference data). */
  async ensureDefault(): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      if ((await manager.count(SurveyTemplateEntity)) > 0) return false;
      await this.insert(manager, null, newId(), 1, { name: DEFAULT_TEMPLATE_NAME, questions: DEFAULT_QUESTIONS });
      return true;
    });
  }

  private async insert(manager: EntityManager, actorId: string | null, familyId: string, version: number, input: Pick<SurveyTemplateDtoIn, 'name' | 'questions'>): Promise<SurveyTemplateEntity> {
    const template = Object.assign(new SurveyTemplateEntity(), { id: newId(), familyId, name: input.name, version, active: true, questions: input.questions.map((question) => ({ ...question })) });
    await manager.insert(SurveyTemplateEntity, template);
    await this.audit.record(manager, { actorId, action: 'create', entity: 'survey_template', entityId: template.id, changes: [{ field: 'version', to: version }] });
    return manager.findOneByOrFail(SurveyTemplateEntity, { id: template.id });
  }

  private assertQuestions(input: SurveyTemplateDtoIn): void {
    const keys = input.questions.map((question) => question.key);
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
    if (repeated.length) throw AppError.field('questions', `repeat the keys ${[...new Set(repeated)].join(', ')}`);
    const missingOptions = input.questions.filter((question) => question.type === 'choice' && !question.options?.length).map((question) => question.key);
    if (missingOptions.length) throw AppError.field('questions', `need options for choice questions: ${missingOptions.join(', ')}`);
  }

  private toDto(template: SurveyTemplateEntity, responseCount: number): SurveyTemplateDto {
    return {
      id: template.id,
      familyId: template.familyId,
      name: template.name,
      version: template.version,
      active: template.active,
      questions: template.questions,
      responseCount,
      createdAt: template.createdAt.toISOString(),
    };
  }
}
