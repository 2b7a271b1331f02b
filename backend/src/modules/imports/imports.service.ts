import { Injectable } from '@nestjs/common';
import {
  ImportKind,
  ImportMapping,
  ImportPreviewDto,
  ImportReportDto,
  ImportSummaryDto,
  ImportUndoDto,
  Permission,
  ROLE_PERMISSIONS,
} from '@pathway/contracts';
import { guessImportMapping } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { CsvCell } from '../../common/http/csv';
import { TransactionService } from '../../database/transaction.service';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantProgressRepository } from '../applicants/applicant-progress.repository';
import { AuditService } from '../audit/audit.service';
import { StudentEntity } from '../students/student.entity';
import { ApplicantImporter } from './applicant-importer';
import { CsvFile, readCsv } from './csv-file';
import { batchesOf, CheckedBatch, checkBatch } from './import-batches';
import { ImportEntity, RejectedLine } from './import.entity';
import { emptyBatch, PreparedImport } from './importer';
import { ImportsRepository } from './imports.repository';
import { StudentImporter } from './student-importer';
import { newId } from '../../database/new-id';

const SAMPLE_ROWS = 5;

/** Who may run, see and undo each kind of import. */
export const IMPORT_PERMISSION: Record<ImportKind, Permission> = {
  applicants: Permission.ApplicantsWrite,
  attendees: Permission.ApplicantsWrite,
  students: Permission.StudentsWrite,
};

export interface UploadedCsv {
  originalname: string;
  buffer: Buffer;
}

export interface ImportRequest {
  mapping?: string;
  defaults?: string;
}

function parseJson(field: string, text: string | undefined, fallback: unknown): unknown {
  if (text === undefined || text.trim() === '') return fallback;
  try {
    return JSON.parse(text);
  } catch {
    throw AppError.field(field, 'must be JSON');
  }
}

function parseMapping(text: string | undefined, csv: CsvFile, kind: ImportKind): ImportMapping {
  const mapping = parseJson('mapping', text, guessImportMapping(csv.header, kind));
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping))
    throw AppError.field('mapping', 'must be an object of CSV header to field');
  return mapping as ImportMapping;
}

const may = (actor: AuthenticatedUser, kind: ImportKind) =>
  ROLE_PERMISSIONS[actor.role].includes(IMPORT_PERMISSION[kind]);

/**
 * CSV imports: read the file, map and check each line as the matching create request would be checked, then write
 * the valid lines in batches (each its own transaction), keeping a record that can be undone. What a line becomes
 * depends on the kind: applicants and attendees (see ApplicantImporter) or students (see StudentImporter).
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly applicantImporter: ApplicantImporter,
    private readonly studentImporter: StudentImporter,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly progress: ApplicantProgressRepository,
  ) {}

  preview(file: UploadedCsv | undefined, kind: ImportKind): ImportPreviewDto {
    const csv = readCsv(this.requireFile(file).buffer);
    return {
      headers: csv.header,
      mapping: guessImportMapping(csv.header, kind),
      sampleRows: csv.lines.slice(0, SAMPLE_ROWS).map((line) => line.values),
      rows: csv.lines.length,
    };
  }

  async run(
    actor: AuthenticatedUser,
    kind: ImportKind,
    file: UploadedCsv | undefined,
    request: ImportRequest,
    options: { dryRun: boolean; eventId?: string },
  ): Promise<ImportReportDto> {
    const upload = this.requireFile(file);
    const csv = readCsv(upload.buffer);
    const context = {
      actor,
      kind,
      file: csv,
      mapping: parseMapping(request.mapping, csv, kind),
      defaults: parseJson('defaults', request.defaults, {}),
      eventId: options.eventId,
    };
    if (kind === 'students')
      return this.runPrepared(
        actor,
        kind,
        upload,
        csv.header,
        await this.studentImporter.prepare(context),
        options.dryRun,
      );
    return this.runPrepared(
      actor,
      kind,
      upload,
      csv.header,
      await this.applicantImporter.prepare(context),
      options.dryRun,
    );
  }

  private async runPrepared<T>(
    actor: AuthenticatedUser,
    kind: ImportKind,
    upload: UploadedCsv,
    header: string[],
    prepared: PreparedImport<T>,
    dryRun: boolean,
  ): Promise<ImportReportDto> {
    const report: ImportReportDto = {
      importId: null,
      dryRun,
      rows: prepared.lines.length,
      valid: 0,
      invalid: [],
      duplicates: 0,
      toCreate: 0,
      toUpdate: 0,
      created: 0,
      updated: 0,
      ...(kind === 'attendees' ? { attendances: 0 } : {}),
    };
    const batches = batchesOf(prepared.lines);
    /** Keys of people met earlier in this file: a later line for the same person is a duplicate, not a new record. */
    const seen = new Set<string>();
    const rejected: RejectedLine[] = [];

    if (dryRun) {
      for (const lines of batches) {
        const batch = await checkBatch(prepared, lines, false);
        const planned = await prepared.plan(batch.rows, seen);
        report.valid += batch.rows.length;
        rejected.push(...batch.rejected);
        report.duplicates += planned.duplicates;
        report.toCreate += planned.created;
        report.toUpdate += planned.updated;
        if (report.attendances !== undefined) report.attendances += planned.attendances;
      }
      return { ...report, invalid: rejected.map(({ row, errors }) => ({ row, errors })) };
    }

    const record = Object.assign(new ImportEntity(), {
      id: newId(),
      kind,
      fileName: upload.originalname.slice(0, 255),
      eventId: prepared.eventId,
      createdById: actor.id,
      rows: report.rows,
      valid: 0,
      invalid: 0,
      duplicates: 0,
      created: 0,
      updated: 0,
      createdIds: [] as string[],
      createdAttendanceIds: kind === 'attendees' ? ([] as string[]) : null,
      rejected: { header, lines: [] as RejectedLine[] },
      undoneAt: null,
    });
    await this.transactions.run(async (manager) => {
      await this.imports.insert(manager, record);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'import',
        entity: 'import',
        entityId: record.id,
        changes: [
          { field: 'kind', to: kind },
          { field: 'fileName', to: record.fileName },
        ],
      });
    });
    const createdIds: string[] = [];
    const attendanceIds: string[] = [];
    // Each batch is checked (and planned) while the one before it is being written: the database and the checks
    // take turns on the server's two threads instead of waiting for each other.
    let next: CheckedBatch<T> | null = batches.length ? await checkBatch(prepared, batches[0], true) : null;
    for (let index = 0; next; index++) {
      const current = next;
      const writing = this.transactions.run(async (manager) => {
        const batch = current.rows.length ? await prepared.write(manager, current.rows, seen) : emptyBatch();
        await this.imports.update(manager, record.id, {
          valid: report.valid + current.rows.length,
          invalid: rejected.length + current.rejected.length,
          rejected: { header, lines: [...rejected, ...current.rejected] },
          created: report.created + batch.created,
          updated: report.updated + batch.updated,
          duplicates: report.duplicates + batch.duplicates,
          createdIds: [...createdIds, ...batch.createdIds],
          ...(kind === 'attendees' ? { createdAttendanceIds: [...attendanceIds, ...batch.attendanceIds] } : {}),
        });
        return batch;
      });
      const following = index + 1 < batches.length ? checkBatch(prepared, batches[index + 1], true) : null;
      const [batch, checked] = await Promise.all([writing, following]);
      // Counted only once the batch has committed.
      report.valid += current.rows.length;
      rejected.push(...current.rejected);
      report.created += batch.created;
      report.updated += batch.updated;
      report.duplicates += batch.duplicates;
      if (report.attendances !== undefined) report.attendances += batch.attendances;
      createdIds.push(...batch.createdIds);
      attendanceIds.push(...batch.attendanceIds);
      next = checked;
    }
    return { ...report, importId: record.id, invalid: rejected.map(({ row, errors }) => ({ row, errors })) };
  }

  /** Recent imports of the kinds this person may run. */
  async list(actor: AuthenticatedUser): Promise<ImportSummaryDto[]> {
    const kinds = (Object.keys(IMPORT_PERMISSION) as ImportKind[]).filter((kind) => may(actor, kind));
    const rows = await this.imports.recent(50, kinds);
    return rows.map(({ record, createdByName, eventTitle }) => ({
      id: record.id,
      kind: record.kind,
      event: record.eventId ? { id: record.eventId, title: eventTitle ?? '' } : null,
      fileName: record.fileName,
      createdAt: record.createdAt.toISOString(),
      createdBy: record.createdById ? { id: record.createdById, name: createdByName ?? '' } : null,
      rows: record.rows,
      valid: record.valid,
      invalid: record.invalid,
      duplicates: record.duplicates,
      created: record.created,
      updated: record.updated,
      undoneAt: record.undoneAt ? new Date(record.undoneAt).toISOString() : null,
    }));
  }

  /**
   * Removes what an import created (people or students, and an attendee import's registrations), only while nobody
   * has touched any of it since; otherwise 409 with how many.
   */
  async undo(actor: AuthenticatedUser, id: string): Promise<ImportUndoDto> {
    return this.transactions.run(async (manager) => {
      const record = await this.imports.findById(id, manager);
      if (!record || !may(actor, record.kind)) throw AppError.notFound('Import');
      if (record.undoneAt) throw new AppError('conflict', 'This import was already undone');
      const registrations = await this.imports.deleteAttendances(manager, record.createdAttendanceIds ?? []);
      const students = record.kind === 'students';
      const ids = await this.imports.existingIds(
        manager,
        students ? StudentEntity : ApplicantEntity,
        record.createdIds,
      );
      const touched = students
        ? await this.imports.touchedStudentCount(manager, ids)
        : await this.imports.touchedCount(manager, ids);
      if (touched > 0) {
        const what = students ? 'students' : 'people';
        throw new AppError(
          'conflict',
          `${touched} of the ${ids.length} ${what} this import created have been changed or contacted since; the import cannot be undone`,
          [{ field: 'blocked', message: String(touched) }],
        );
      }
      if (students) await this.imports.deleteStudents(manager, ids);
      else {
        await this.progress.remove(manager, ids);
        await this.imports.deleteApplicants(manager, ids);
      }
      await this.imports.update(manager, id, { undoneAt: new Date() });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'undo_import',
        entity: 'import',
        entityId: id,
        changes: [
          { field: 'removed', to: ids.length },
          ...(record.kind === 'attendees' ? [{ field: 'registrations', to: registrations }] : []),
        ],
      });
      return { id, removed: ids.length };
    });
  }

  /** The rejected lines as they were, with an `errors` column, ready to correct and import again. */
  async rejected(
    actor: AuthenticatedUser,
    id: string,
  ): Promise<{ fileName: string; header: string[]; rows: CsvCell[][] }> {
    const record = await this.imports.findById(id);
    if (!record || !may(actor, record.kind)) throw AppError.notFound('Import');
    const rows = record.rejected.lines.map((line) => [
      ...line.values,
      line.errors.map((error) => `${error.field} ${error.message}`).join('; '),
    ]);
    return {
      fileName: `rejected-${record.fileName.replace(/\.csv$/i, '')}.csv`,
      header: [...record.rejected.header, 'errors'],
      rows,
    };
  }

  private requireFile(file: UploadedCsv | undefined): UploadedCsv {
    if (!file) throw AppError.field('file', 'is required (a CSV file)');
    return file;
  }
}
