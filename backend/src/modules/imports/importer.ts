import { EntityManager } from 'typeorm';
import { ImportField, ImportKind } from '@pathway/contracts';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CheckedLine } from './applicant-rows';
import { CsvFile } from './csv-file';

/** What one batch did (or, on a dry run, would do). */
export interface BatchResult {
  created: number;
  updated: number;
  duplicates: number;
  attendances: number;
  createdIds: string[];
  attendanceIds: string[];
}

export const emptyBatch = (): BatchResult => ({
  created: 0,
  updated: 0,
  duplicates: 0,
  attendances: 0,
  createdIds: [],
  attendanceIds: [],
});

/** One kind of import, prepared for one file: its checked lines and how to plan and write them in batches. */
export interface PreparedImport<T> {
  lines: CheckedLine<T>[];
  eventId: string | null;
  /** What a batch would do, without writing; `seen` holds the keys of earlier rows of the file. */
  plan(batch: T[], seen: Set<string>): Promise<BatchResult>;
  /** Writes a batch inside the transaction given. */
  write(manager: EntityManager, batch: T[], seen: Set<string>): Promise<BatchResult>;
}

export interface ImportRequestContext {
  actor: AuthenticatedUser;
  kind: ImportKind;
  file: CsvFile;
  mapping: Record<string, ImportField | null>;
  /** The parsed `defaults` field, not yet checked. */
  defaults: unknown;
  eventId?: string;
}
