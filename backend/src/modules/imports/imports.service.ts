import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  ApplicantImportDefaults,
  ImportMapping,
  ImportPreviewDto,
  ImportReportDto,
  ImportSummaryDto,
  ImportUndoDto,
} from '@pathway/contracts';
import { guessImportMapping, nameAndBirthKey, normaliseEmail, normalisePhone } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { toFieldErrors } from '../../common/errors/validation';
import { CsvCell } from '../../common/http/csv';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantReferences } from '../applicants/applicant-references';
import { ApplicantsService } from '../applicants/applicants.service';
import { ProfessionEntity } from '../reference/profession.entity';
import { ApplicantInput, checkLines, checkMapping } from './applicant-rows';
import { readCsv } from './csv-file';
import { ImportDefaultsDto } from './dto/import-defaults.dto';
import { ImportEntity } from './import.entity';
import { ImportsRepository } from './imports.repository';

/** Rows written per transaction: a failing batch leaves nothing of itself, and SQLite's write queue keeps moving. */
const BATCH_SIZE = 500;
const SAMPLE_ROWS = 5;

export interface UploadedCsv {
  originalname: string;
  buffer: Buffer;
}

export interface ImportRequest {
  mapping?: string;
  defaults?: string;
}

/** The keys the duplicate rules match on, as stored. */
function keysOf(input: ApplicantInput): string[] {
  const email = normaliseEmail(input.email);
  const phone = normalisePhone(input.phone);
  const nameDob = nameAndBirthKey(input.firstName, input.lastName, input.dateOfBirth);
  return [email && `e:${email}`, phone && `p:${phone}`, nameDob && `n:${nameDob}`].filter((key): key is string =>
    Boolean(key),
  );
}

function keysOfEntity(applicant: ApplicantEntity): string[] {
  return [
    applicant.email && `e:${applicant.email}`,
    applicant.phoneNormalised && `p:${applicant.phoneNormalised}`,
    applicant.nameDobKey && `n:${applicant.nameDobKey}`,
  ].filter((key): key is string => Boolean(key));
}

function parseJson(field: string, text: string | undefined, fallback: unknown): unknown {
  if (text === undefined || text.trim() === '') return fallback;
  try {
    return JSON.parse(text);
  } catch {
    throw AppError.field(field, 'must be JSON');
  }
}

/**
 * CSV imports of applicants: read the file, map and validate each line as `POST /applicants` would, match people
 * already in Pathway by the duplicate rules, then create or fill in, in batches, keeping a record that can be undone.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly applicants: ApplicantsService,
    private readonly references: ApplicantReferences,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  preview(file: UploadedCsv | undefined): ImportPreviewDto {
    const csv = readCsv(this.requireFile(file).buffer);
    return {
      headers: csv.header,
      mapping: guessImportMapping(csv.header),
      sampleRows: csv.lines.slice(0, SAMPLE_ROWS).map((line) => line.values),
      rows: csv.lines.length,
    };
  }

  async importApplicants(
    actor: AuthenticatedUser,
    file: UploadedCsv | undefined,
    request: ImportRequest,
    dryRun: boolean,
  ): Promise<ImportReportDto> {
    const upload = this.requireFile(file);
    const csv = readCsv(upload.buffer);
    const mapping = parseJson('mapping', request.mapping, guessImportMapping(csv.header));
    if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping))
      throw AppError.field('mapping', 'must be an object of CSV header to field');
    const columns = checkMapping(csv, mapping as ImportMapping);
    const defaults = await this.checkDefaults(actor, parseJson('defaults', request.defaults, {}));
    const codes = new Set(
      (await this.imports.professionCodes()).map(({ code }: Pick<ProfessionEntity, 'code'>) => code),
    );
    const checked = checkLines(csv, columns, defaults, codes);
    const valid = checked.filter((line) => line.input !== null);
    const invalid = checked
      .filter((line) => line.input === null)
      .map(({ line, errors }) => ({ row: line.row, errors }));
    const report: ImportReportDto = {
      importId: null,
      dryRun,
      rows: checked.length,
      valid: valid.length,
      invalid,
      duplicates: 0,
      toCreate: 0,
      toUpdate: 0,
      created: 0,
      updated: 0,
    };

    /** Keys of people created earlier in this file: a later line for the same person is a duplicate, not a new record. */
    const seenInFile = new Set<string>();
    const inputs = valid.map(({ input }) => input as ApplicantInput);

    if (dryRun) {
      for (let start = 0; start < inputs.length; start += BATCH_SIZE) {
        const batch = inputs.slice(start, start + BATCH_SIZE);
        const existing = await this.existingByKey(batch);
        for (const input of batch) {
          const keys = keysOf(input);
          if (keys.some((key) => seenInFile.has(key))) report.duplicates++;
          else if (keys.some((key) => existing.has(key))) {
            report.duplicates++;
            report.toUpdate++;
          } else report.toCreate++;
          keys.forEach((key) => seenInFile.add(key));
        }
      }
      return report;
    }

    const record = Object.assign(new ImportEntity(), {
      id: randomUUID(),
      kind: 'applicants' as const,
      fileName: upload.originalname.slice(0, 255),
      createdById: actor.id,
      rows: report.rows,
      valid: report.valid,
      invalid: invalid.length,
      duplicates: 0,
      created: 0,
      updated: 0,
      createdIds: [] as string[],
      rejected: {
        header: csv.header,
        lines: checked
          .filter((line) => line.input === null)
          .map(({ line, errors }) => ({ row: line.row, values: line.values, errors })),
      },
      undoneAt: null,
    });
    await this.transactions.run(async (manager) => {
      await this.imports.insert(manager, record);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'import',
        entity: 'import',
        entityId: record.id,
        changes: [{ field: 'fileName', to: record.fileName }],
      });
    });
    const createdIds: string[] = [];
    for (let start = 0; start < inputs.length; start += BATCH_SIZE) {
      const batch = inputs.slice(start, start + BATCH_SIZE);
      await this.transactions.run(async (manager) => {
        const existing = await this.existingByKey(batch, manager);
        const counts = { created: 0, updated: 0, duplicates: 0, ids: [] as string[] };
        const fresh: ApplicantInput[] = [];
        for (const input of batch) {
          const keys = keysOf(input);
          const match = keys.map((key) => existing.get(key)).find(Boolean);
          if (keys.some((key) => seenInFile.has(key))) counts.duplicates++;
          else if (match) {
            counts.duplicates++;
            if (await this.applicants.fillEmptyFields(manager, actor.id, match, input)) {
              counts.updated++;
              keysOfEntity(match).forEach((key) => existing.delete(key));
            }
          } else fresh.push(input);
          keys.forEach((key) => seenInFile.add(key));
        }
        counts.ids = await this.applicants.insertApplicants(manager, {
          actorId: actor.id,
          consentSource: 'import',
          people: fresh.map((input) => ({ input })),
        });
        counts.created = counts.ids.length;
        await this.imports.update(manager, record.id, {
          created: report.created + counts.created,
          updated: report.updated + counts.updated,
          duplicates: report.duplicates + counts.duplicates,
          createdIds: [...createdIds, ...counts.ids],
        } as never);
        // Counted only once the batch has committed.
        report.created += counts.created;
        report.updated += counts.updated;
        report.duplicates += counts.duplicates;
        createdIds.push(...counts.ids);
      });
    }
    return { ...report, importId: record.id };
  }

  async list(): Promise<ImportSummaryDto[]> {
    const rows = await this.imports.recent(50);
    return rows.map(({ record, createdByName }) => ({
      id: record.id,
      kind: record.kind,
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

  /** Removes what an import created, only while nobody has touched any of it since; otherwise 409 with how many. */
  async undo(actor: AuthenticatedUser, id: string): Promise<ImportUndoDto> {
    return this.transactions.run(async (manager) => {
      const record = await this.imports.findById(id, manager);
      if (!record) throw AppError.notFound('Import');
      if (record.undoneAt) throw new AppError('conflict', 'This import was already undone');
      const ids = await this.imports.existingApplicantIds(manager, record.createdIds);
      const touched = await this.imports.touchedCount(manager, ids);
      if (touched > 0) {
        throw new AppError(
          'conflict',
          `${touched} of the ${ids.length} people this import created have been changed or contacted since; the import cannot be undone`,
          [{ field: 'blocked', message: String(touched) }],
        );
      }
      await this.imports.deleteApplicants(manager, ids);
      await this.imports.update(manager, id, { undoneAt: new Date() });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'undo_import',
        entity: 'import',
        entityId: id,
        changes: [{ field: 'removed', to: ids.length }],
      });
      return { id, removed: ids.length };
    });
  }

  /** The rejected lines as they were, with an `errors` column, ready to correct and import again. */
  async rejected(id: string): Promise<{ fileName: string; header: string[]; rows: CsvCell[][] }> {
    const record = await this.imports.findById(id);
    if (!record) throw AppError.notFound('Import');
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

  /** Defaults are checked once: the same rules as the fields, and the records they point to must exist. */
  private async checkDefaults(actor: AuthenticatedUser, value: unknown): Promise<ApplicantImportDefaults> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw AppError.field('defaults', 'must be an object of field values');
    const defaults = plainToInstance(ImportDefaultsDto, value);
    const errors = toFieldErrors(
      validateSync(defaults, {
        whitelist: true,
        forbidNonWhitelisted: true,
        stopAtFirstError: true,
        validationError: { target: false, value: false },
      }),
    );
    if (errors.length)
      throw AppError.validation(errors.map((error) => ({ field: `defaults.${error.field}`, message: error.message })));
    await this.references.assertValid(this.imports.manager, defaults, {
      campaignId: 'defaults.campaignId',
      eventId: 'defaults.eventId',
      ownerId: 'defaults.ownerId',
    });
    const ownerId = defaults.ownerId !== undefined ? defaults.ownerId : actor.role === 'officer' ? actor.id : null;
    return Object.fromEntries(Object.entries({ ...defaults, ownerId }).filter(([, entry]) => entry !== undefined));
  }

  private async existingByKey(batch: ApplicantInput[], manager?: EntityManager): Promise<Map<string, ApplicantEntity>> {
    const emails = batch.map((input) => normaliseEmail(input.email)).filter((key): key is string => Boolean(key));
    const phones = batch.map((input) => normalisePhone(input.phone)).filter((key): key is string => Boolean(key));
    const nameDobKeys = batch
      .map((input) => nameAndBirthKey(input.firstName, input.lastName, input.dateOfBirth))
      .filter((key): key is string => Boolean(key));
    const found = await this.imports.matching({ emails, phones, nameDobKeys }, manager);
    const byKey = new Map<string, ApplicantEntity>();
    for (const applicant of found)
      for (const key of keysOfEntity(applicant)) if (!byKey.has(key)) byKey.set(key, applicant);
    return byKey;
  }
}
