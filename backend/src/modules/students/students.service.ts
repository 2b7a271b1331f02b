import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { Page, StudentDetailDto, StudentDto, StudentStatus, WithdrawalReason } from '@pathway/contracts';
import { foldText } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { paging, toPage } from '../../common/http/page-query.dto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { updateIfVersion } from '../../database/optimistic-update';
import { TransactionService } from '../../database/transaction.service';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantProfessionEntity } from '../applicants/applicant-links.entity';
import { ApplicantReferences } from '../applicants/applicant-references';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import { CreateStudentDto, StudentListQueryDto, UpdateStudentDto } from './dto/student.dto';
import { StudentEntity, StudentStatusChangeEntity } from './student.entity';
import { newId } from '../../database/new-id';

const AUDITED_FIELDS = ['firstName', 'lastName', 'email', 'profession', 'route', 'cohort', 'educationProvider', 'status', 'withdrawalReason', 'applicantId'] as const;

function toDto(s: StudentEntity): StudentDto {
  return {
    id: s.id,
    applicantId: s.applicantId,
    firstName: s.firstName,
    lastName: s.lastName,
    email: s.email,
    profession: s.profession,
    route: s.route,
    cohort: s.cohort,
    educationProvider: s.educationProvider,
    status: s.status,
    statusChangedAt: s.statusChangedAt.toISOString(),
    withdrawalReason: s.withdrawalReason,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    version: s.version,
  };
}

/** A withdrawal needs a reason; any other status carries none. */
function withdrawalProblem(status: StudentStatus, reason: WithdrawalReason | null | undefined): string | null {
  if (status === 'withdrawn' && !reason) return 'is required when a student withdraws';
  if (status !== 'withdrawn' && reason) return 'is only for withdrawn students';
  return null;
}

@Injectable()
export class StudentsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly references: ApplicantReferences,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('applicant.enrolled', (manager, payload) => this.enrolFromApplicant(manager, payload));
  }

  async list(query: StudentListQueryDto): Promise<Page<StudentDto>> {
    const page = paging(query);
    const builder = this.dataSource.manager.createQueryBuilder(StudentEntity, 'student');
    if (query.search) {
      const term = foldText(query.search).replace(/[\\%_]/g, '');
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('LOWER(student.first_name) LIKE :prefix', { prefix: `${term}%` })
            .orWhere('LOWER(student.last_name) LIKE :prefix')
            .orWhere('student.email LIKE :prefix'),
        ),
      );
    }
    if (query.cohort) builder.andWhere('student.cohort = :cohort', { cohort: query.cohort });
    if (query.profession) builder.andWhere('student.profession = :profession', { profession: query.profession });
    if (query.status) builder.andWhere('student.status = :status', { status: query.status });
    const [rows, total] = await builder.orderBy('student.lastName', 'ASC').addOrderBy('student.firstName', 'ASC').addOrderBy('student.id', 'ASC').skip(page.skip).take(page.pageSize).getManyAndCount();
    return toPage(rows.map(toDto), total, page);
  }

  async get(id: string): Promise<StudentDetailDto> {
    const student = await this.dataSource.manager.findOneBy(StudentEntity, { id });
    if (!student) throw AppError.notFound('Student');
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(StudentStatusChangeEntity, 'change')
      .leftJoin(UserEntity, 'actor', 'actor.id = change.by_id')
      .addSelect('actor.name', 'by_name')
      .where('change.student_id = :id', { id })
      .orderBy('change.at', 'DESC')
      .getRawAndEntities<{ by_name: string | null }>();
    return {
      ...toDto(student),
      statusHistory: entities.map((change, index) => ({
        id: change.id,
        from: change.fromStatus,
        to: change.toStatus,
        at: change.at.toISOString(),
        byName: raw[index]?.by_name ?? null,
        withdrawalReason: change.withdrawalReason,
        note: change.note,
      })),
    };
  }

  async create(actor: AuthenticatedUser, input: CreateStudentDto): Promise<StudentDetailDto> {
    const id = await this.transactions.run(async (manager) => {
      await this.references.assertValid(manager, { professionsOfInterest: [input.profession] }, { professionsOfInterest: 'profession' });
      if (input.applicantId) {
        if (!(await manager.existsBy(ApplicantEntity, { id: input.applicantId }))) throw AppError.field('applicantId', 'is not a known applicant');
        if (await manager.existsBy(StudentEntity, { applicantId: input.applicantId })) throw AppError.field('applicantId', 'is already a student');
      }
      return this.insertStudent(manager, actor.id, input);
    });
    return this.get(id);
  }

  async update(actor: AuthenticatedUser, id: string, input: UpdateStudentDto): Promise<StudentDetailDto> {
    await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(StudentEntity, { id });
      if (!current) throw AppError.notFound('Student');
      if (current.version !== input.version) throw AppError.staleVersion('student');
      if (input.profession) await this.references.assertValid(manager, { professionsOfInterest: [input.profession] }, { professionsOfInterest: 'profession' });
      const status = input.status ?? current.status;
      const reason = input.withdrawalReason !== undefined ? input.withdrawalReason : status === current.status ? current.withdrawalReason : null;
      const problem = withdrawalProblem(status, reason);
      if (problem) throw AppError.field('withdrawalReason', problem);
      const statusChanged = status !== current.status;
      const fields = ['firstName', 'lastName', 'email', 'profession', 'route', 'cohort', 'educationProvider'] as const;
      const changes: Partial<StudentEntity> = {
        ...Object.fromEntries(fields.filter((field) => input[field] !== undefined).map((field) => [field, input[field]])),
        status,
        withdrawalReason: reason ?? null,
        ...(statusChanged ? { statusChangedAt: new Date() } : {}),
      };
      if (!(await updateIfVersion(manager, StudentEntity, id, input.version, changes))) throw AppError.staleVersion('student');
      if (statusChanged) await this.recordStatus(manager, id, current.status, status, actor.id, reason ?? null, input.statusNote ?? null);
      await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'student', entityId: id, changes: this.audit.changes(current as unknown as Record<string, unknown>, changes, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  /** Reaching `enrolled` makes the applicant a student in the same transaction (once). */
  private async enrolFromApplicant(manager: EntityManager, { applicantId, actorId, profession }: { applicantId: string; actorId: string | null; profession?: string }): Promise<void> {
    if (await manager.existsBy(StudentEntity, { applicantId })) return;
    const applicant = await manager.findOneByOrFail(ApplicantEntity, { id: applicantId });
    const interests = (await manager.findBy(ApplicantProfessionEntity, { applicantId })).map((row) => row.professionCode);
    const chosen = profession ?? (interests.length === 1 ? interests[0] : undefined);
    if (!chosen) {
      throw AppError.field('profession', interests.length ? `is needed: choose which of ${interests.join(', ')} they enrolled on` : 'is needed: choose the profession they enrolled on');
    }
    await this.references.assertValid(manager, { professionsOfInterest: [chosen] }, { professionsOfInterest: 'profession' });
    const cohort = Number(new Intl.DateTimeFormat('en-GB', { timeZone: this.config.timezone, year: 'numeric' }).format(new Date()));
    await this.insertStudent(manager, actorId, { firstName: applicant.firstName, lastName: applicant.lastName, email: applicant.email, profession: chosen, route: 'bsc', cohort, applicantId });
  }

  /** Writes a new student with its first status and audit entry, inside the caller's transaction (also imports). */
  async insertStudent(manager: EntityManager, actorId: string | null, input: CreateStudentDto): Promise<string> {
    const id = newId();
    const status = input.status ?? 'active';
    const problem = withdrawalProblem(status, input.withdrawalReason);
    if (problem) throw AppError.field('withdrawalReason', problem);
    const fields = {
      applicantId: input.applicantId ?? null,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email ?? null,
      profession: input.profession,
      route: input.route,
      cohort: input.cohort,
      educationProvider: input.educationProvider ?? null,
      status,
      withdrawalReason: input.withdrawalReason ?? null,
    };
    await manager.insert(StudentEntity, { id, ...fields, statusChangedAt: new Date() });
    await this.recordStatus(manager, id, null, status, actorId, fields.withdrawalReason, null);
    await this.audit.record(manager, { actorId, action: 'create', entity: 'student', entityId: id, changes: this.audit.changes(null, fields, AUDITED_FIELDS) });
    return id;
  }

  private async recordStatus(manager: EntityManager, studentId: string, from: StudentStatus | null, to: StudentStatus, byId: string | null, withdrawalReason: WithdrawalReason | null, note: string | null): Promise<void> {
    await manager.insert(StudentStatusChangeEntity, { id: newId(), studentId, fromStatus: from, toStatus: to, at: new Date(), byId, withdrawalReason, note });
  }
}
