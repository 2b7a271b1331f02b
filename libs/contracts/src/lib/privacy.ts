/** `GET /applicants/:id/export`: everything Pathway holds about one person (a subject access request). */
export interface ApplicantExportDto {
  exportedAt: string;
  /** Every stored field of the record, special-category ones included (the person is entitled to them). */
  person: Record<string, string | number | boolean | null>;
  professionsOfInterest: string[];
  tags: string[];
  consent: { given: boolean; givenAt: string | null; source: string | null; wordingVersion: string | null; withdrawnAt: string | null };
  stageHistory: { at: string; from: string | null; to: string; reason: string | null; by: string | null }[];
  conversations: { occurredAt: string; channel: string; event: string | null; summary: string | null; nextStep: string | null; barrier: string | null; serious: boolean; officer: string | null }[];
  followUps: { dueAt: string; type: string; status: string; notes: string | null; outcome: string | null; assignee: string | null }[];
  events: { title: string; startsAt: string; registeredAt: string; checkedInAt: string | null }[];
  /** Who changed the record and when (values are in the sections above, as they are now). */
  history: { at: string; action: string; by: string | null; fields: string[] }[];
}

/** `POST /applicants/:id/erase` answers this; the record keeps only anonymous facts. */
export interface ErasureResultDto {
  id: string;
  erasedAt: string;
  /** Open follow-ups cancelled by the erasure. */
  followUpsCancelled: number;
}

/** `GET /privacy/retention`: applicants with no activity for the retention period, for review before erasure. */
export interface RetentionReviewDto {
  months: number;
  /** Whether a daily job erases them (PATHWAY_RETENTION_ENFORCE); otherwise this list is for review only. */
  enforced: boolean;
  /** No activity since this moment. */
  cutoff: string;
  total: number;
  /** The longest-inactive first, at most 100. */
  items: { id: string; name: string; stage: string; lastActivityAt: string }[];
}

/** `POST /privacy/retention/run?dryRun=`: what a run would do, or did. */
export interface RetentionRunDto {
  dryRun: boolean;
  candidates: number;
  erased: number;
}
