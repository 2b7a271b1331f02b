import { Stage } from '@pathway/contracts';
import { progressIndex } from './stage-rules';

/** The fields of an applicant that a merge considers (a plain view of the record; no ids of links). */
export interface MergeableRecord {
  email: string | null;
  phone: string | null;
  postcode: string | null;
  dateOfBirth: string | null;
  audience: string | null;
  region: string | null;
  organisationId: string | null;
  ageBand: string | null;
  source: string | null;
  firstContactAt: Date | null;
  campaignId: string | null;
  eventId: string | null;
  ownerId: string | null;
  guardianEmail: string | null;
  wpFirstInFamily: boolean | null;
  wpCareExperienced: boolean | null;
  wpDisability: boolean | null;
  wpEthnicity: string | null;
  consentGiven: boolean;
  consentGivenAt: Date | null;
  consentSource: string | null;
  consentWordingVersion: string | null;
  consentWithdrawnAt: Date | null;
  stage: Stage;
  stageChangedAt: Date;
}

/** Filled from the merged record only where the kept one has nothing. */
const FILL_IF_EMPTY = [
  'email',
  'phone',
  'postcode',
  'dateOfBirth',
  'audience',
  'region',
  'organisationId',
  'ageBand',
  'source',
  'campaignId',
  'eventId',
  'ownerId',
  'guardianEmail',
  'wpFirstInFamily',
  'wpCareExperienced',
  'wpDisability',
  'wpEthnicity',
] as const;

/**
 * What the kept record takes from the one merged into it: empty fields filled (never overwritten); the earliest first
 * contact (attribution follows it); consent as the most recent decision of the two; and the stage furthest along the
 * pipeline, unless either record is closed (then the kept stage stays: a closed record is a deliberate decision).
 */
export function mergedChanges(keep: MergeableRecord, merge: MergeableRecord): Partial<MergeableRecord> {
  const changes: Partial<Record<keyof MergeableRecord, unknown>> = {};
  for (const field of FILL_IF_EMPTY) {
    if (keep[field] === null && merge[field] !== null) changes[field] = merge[field];
  }
  if (merge.firstContactAt && (!keep.firstContactAt || merge.firstContactAt < keep.firstContactAt)) {
    changes.firstContactAt = merge.firstContactAt;
    // Where they first came from belongs to that first contact.
    for (const field of ['source', 'campaignId', 'eventId'] as const)
      if (merge[field] !== null) changes[field] = merge[field];
  }
  const decidedAt = (record: MergeableRecord) =>
    Math.max(record.consentGivenAt?.getTime() ?? 0, record.consentWithdrawnAt?.getTime() ?? 0);
  if (decidedAt(merge) > decidedAt(keep)) {
    for (const field of [
      'consentGiven',
      'consentGivenAt',
      'consentSource',
      'consentWordingVersion',
      'consentWithdrawnAt',
    ] as const)
      changes[field] = merge[field];
  }
  const open = keep.stage !== 'closed' && merge.stage !== 'closed';
  if (open && progressIndex(merge.stage) > progressIndex(keep.stage)) {
    changes.stage = merge.stage;
    changes.stageChangedAt = merge.stageChangedAt;
  }
  return changes as Partial<MergeableRecord>;
}
