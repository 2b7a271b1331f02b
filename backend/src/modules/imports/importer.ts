import { EntityManager } from 'typeorm';
import { ImportField, ImportKind } from '@pathway/contracts';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CheckedLine } from './applicant-rows';
import { CsvFile, CsvLine } from './csv-file';

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

/** One kind of import, prepared for one file: its lines, how to check one, and how to plan and write them in batches. */
export interface PreparedImport<T> {
  lines: CsvLine[];
  /** Checks a line as the matching create request would be checked. */
  check(line: CsvLine): CheckedLine<T>;
  /** Works out what it can of a valid row without the database, ahead of the transaction that writes it. */
  planAhead?(row: T): void;
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
