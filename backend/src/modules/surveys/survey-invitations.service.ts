import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull, MoreThan, Not } from 'typeorm';
import { BulkInvitationResponse, PublicSurveyDto, SurveyInvitationDto } from '@pathway/contracts';
import { answerProblems } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { ConcernsService } from '../concerns/concerns.service';
import { PlacementEntity, PlacementSiteEntity } from '../placements/placement.entity';
import { StudentEntity } from '../students/student.entity';
import { BulkInvitationDto, SurveySubmissionDto } from './dto/survey.dto';
import { SurveyInvitationEntity, SurveyResponseEntity, SurveyTemplateEntity } from './survey.entities';
import { SurveyTemplatesService } from './survey-templates.service';
import { newId } from '../../database/new-id';

const DAY_MS = 86_400_000;
const DEFAULT_VALID_DAYS = 28;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Single-use survey links, and the anonymous answers that come back through them. */
@Injectable()
export class SurveyInvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly templates: SurveyTemplatesService,
    private readonly concerns: ConcernsService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  private today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timezone }).format(new Date());
  }

  /** A new link for a placement; any earlier unanswered link for it stops working. */
  async invite(actor: AuthenticatedUser, placementId: string, validDays = DEFAULT_VALID_DAYS): Promise<SurveyInvitationDto> {
    return this.transactions.run(async (manager) => {
      if (!(await manager.existsBy(PlacementEntity, { id: placementId }))) throw AppError.notFound('Placement');
      if (await this.answered(manager, placementId)) throw new AppError('already_submitted', 'The student has already answered the survey for this placement');
      return this.issue(manager, actor.id, placementId, validDays);
    });
  }

  /**
   * Invites every placement ending in a date range that has not answered yet. A placement whose link was sent and is
   * still open keeps it, unless `reissue` asks for fresh links (the old ones then stop working).
   */
  async inviteEnding(actor: AuthenticatedUser, input: BulkInvitationDto): Promise<BulkInvitationResponse> {
    if (input.endsTo < input.endsFrom) throw AppError.field('endsTo', 'must not be before endsFrom');
    return this.transactions.run(async (manager) => {
      const placements: { id: string; first_name: string; last_name: string; site_name: string }[] = await manager
        .createQueryBuilder(PlacementEntity, 'p')
        .innerJoin(StudentEntity, 'student', 'student.id = p.student_id')
        .innerJoin(PlacementSiteEntity, 'site', 'site.id = p.site_id')
        .select('p.id', 'id')
        .addSelect('student.first_name', 'first_name')
        .addSelect('student.last_name', 'last_name')
        .addSelect('site.name', 'site_name')
        .where('p.ends_on >= :from AND p.ends_on <= :to', { from: input.endsFrom, to: input.endsTo })
        .orderBy('p.ends_on', 'ASC')
        .limit(1000)
        .getRawMany();
      const invited: BulkInvitationResponse['invited'] = [];
      let alreadyAnswered = 0;
      let alreadyInvited = 0;
      for (const placement of placements) {
        if (await this.answered(manager, placement.id)) {
          alreadyAnswered++;
          continue;
        }
        if (!input.reissue && (await this.openLinkExists(manager, placement.id))) {
          alreadyInvited++;
          continue;
        }
        const { url } = await this.issue(manager, actor.id, placement.id, input.validDays ?? DEFAULT_VALID_DAYS);
        invited.push({ placementId: placement.id, studentName: `${placement.first_name} ${placement.last_name}`, siteName: placement.site_name, url });
      }
      return { invited, alreadyAnswered, alreadyInvited };
    });
  }

  async publicSurvey(token: string): Promise<PublicSurveyDto> {
    return this.transactions.run(async (manager) => {
      const { template, site } = await this.openInvitation(manager, token);
      return { siteName: site.name, questions: template.questions };
    });
  }

  /**
   * Stores an answer with the site, profession, year and cohort only; the student only with their consent. The link is
   * marked answered to the day, and nothing ties the answer to the invitation.
   */
  async submit(token: string, input: SurveySubmissionDto): Promise<{ message: string }> {
    await this.transactions.run(async (manager) => {
      const { invitation, template, placement, student } = await this.openInvitation(manager, token);
      const problems = answerProblems(template.questions, input.answers);
      if (input.concernRaised && !input.concernText?.trim()) problems.push({ field: 'concernText', message: 'is needed to raise a concern: tell us what happened' });
      if (problems.length) throw AppError.validation(problems);
      const today = this.today();
      const response = Object.assign(new SurveyResponseEntity(), {
        // A random id, never a time-ordered one: a response must not tell when it was given (only the day).
        id: randomUUID(),
        templateId: template.id,
        siteId: placement.siteId,
        profession: student.profession,
        yearOfStudy: placement.yearOfStudy,
        cohort: student.cohort,
        submittedOn: today,
        answers: input.answers,
        concernRaised: Boolean(input.concernRaised),
        concernText: input.concernRaised ? (input.concernText?.trim() ?? null) : null,
        consentToContact: Boolean(input.consentToContact),
        studentId: input.consentToContact ? student.id : null,
        reviewStatus: 'new',
        reviewNote: null,
      });
      await manager.insert(SurveyResponseEntity, response);
      await manager.update(SurveyInvitationEntity, { id: invitation.id }, { answeredOn: today });
      if (response.concernRaised) await this.concerns.openFromResponse(manager, response);
    });
    return { message: 'Thank you. Your answers have been received.' };
  }

  private answered(manager: EntityManager, placementId: string): Promise<boolean> {
    return manager.existsBy(SurveyInvitationEntity, { placementId, answeredOn: Not(IsNull()) });
  }

  private openLinkExists(manager: EntityManager, placementId: string): Promise<boolean> {
    return manager.existsBy(SurveyInvitationEntity, { placementId, answeredOn: IsNull(), expiresAt: MoreThan(new Date()) });
  }

  private async issue(manager: EntityManager, actorId: string, placementId: string, validDays: number): Promise<SurveyInvitationDto> {
    const template = await this.templates.current(manager);
    await manager.delete(SurveyInvitationEntity, { placementId, answeredOn: IsNull() });
    const token = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + validDays * DAY_MS);
    await manager.insert(SurveyInvitationEntity, { id: newId(), placementId, templateId: template.id, tokenHash: hashToken(token), expiresAt, answeredOn: null });
    await this.audit.record(manager, { actorId, action: 'create', entity: 'survey_invitation', entityId: placementId });
    return { url: `${this.config.publicUrl}/survey/${token}`, expiresAt: expiresAt.toISOString() };
  }

  /** The invitation behind a link: 404 unknown, 409 already answered, 410 expired. */
  private async openInvitation(manager: EntityManager, token: string) {
    const invitation = /^[A-Za-z0-9_-]{32}$/.test(token) ? await manager.findOneBy(SurveyInvitationEntity, { tokenHash: hashToken(token) }) : null;
    if (!invitation) throw AppError.notFound('Survey');
    if (invitation.answeredOn) throw new AppError('already_submitted', 'This survey has already been answered. Thank you!');
    if (invitation.expiresAt.getTime() < Date.now()) throw new AppError('link_expired', 'This survey link has expired. Ask your placement coordinator for a new one.');
    const placement = await manager.findOneByOrFail(PlacementEntity, { id: invitation.placementId });
    const [template, site, student] = await Promise.all([
      manager.findOneByOrFail(SurveyTemplateEntity, { id: invitation.templateId }),
      manager.findOneByOrFail(PlacementSiteEntity, { id: placement.siteId }),
      manager.findOneByOrFail(StudentEntity, { id: placement.studentId }),
    ]);
    return { invitation, template, placement, site, student };
  }
}
