import { PageQuery } from './pagination';
import { Stage, StageChangeDto } from './pipeline';
import { Region } from './reference';
import { AuditFieldChange } from './audit';

export const AUDIENCES = ['school_student', 'college_student', 'mature_learner', 'career_changer', 'parent', 'educator'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
  school_student: 'School student',
  college_student: 'College student',
  mature_learner: 'Mature learner',
  career_changer: 'Career changer',
  parent: 'Parent or carer',
  educator: 'Educator',
};

export const SOURCES = ['event', 'webinar', 'school_visit', 'gp_campaign', 'website', 'social_media', 'referral', 'import', 'other'] as const;
export type Source = (typeof SOURCES)[number];
export const SOURCE_LABELS: Record<Source, string> = {
  event: 'Event',
  webinar: 'Webinar',
  school_visit: 'School visit',
  gp_campaign: 'GP waiting-room campaign',
  website: 'Website',
  social_media: 'Social media',
  referral: 'Referral',
  import: 'Import',
  other: 'Other',
};

export const AGE_BANDS = ['under_13', '13_15', '16_18', '19_24', '25_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under_13: 'Under 13',
  '13_15': '13–15',
  '16_18': '16–18',
  '19_24': '19–24',
  '25_plus': '25 or over',
};

/** The wording of the privacy notice people agree to when they consent to contact; recorded with each consent. */
export const PRIVACY_NOTICE_VERSION = '2026-09';

/** Widening-participation fields: special-category data, shown to officers and admins only, never logged. */
export const WP_FIELDS = ['wpFirstInFamily', 'wpCareExperienced', 'wpDisability', 'wpEthnicity'] as const;

export interface WideningParticipation {
  wpFirstInFamily: boolean | null;
  wpCareExperienced: boolean | null;
  wpDisability: boolean | null;
  wpEthnicity: string | null;
}

export interface ApplicantWriteFields {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  audience?: Audience | null;
  region?: Region | null;
  postcode?: string | null;
  organisationId?: string | null;
  dateOfBirth?: string | null;
  ageBand?: AgeBand | null;
  professionsOfInterest?: string[];
  source?: Source | null;
  firstContactAt?: string | null;
  /** The campaign and event of first contact (attribution). */
  campaignId?: string | null;
  eventId?: string | null;
  ownerId?: string | null;
  consentToContact?: boolean;
  wpFirstInFamily?: boolean | null;
  wpCareExperienced?: boolean | null;
  wpDisability?: boolean | null;
  wpEthnicity?: string | null;
  tags?: string[];
}

export interface CreateApplicantRequest extends ApplicantWriteFields {
  /** Create even though the duplicate check found likely matches. */
  allowDuplicate?: boolean;
}

export type UpdateApplicantRequest = Partial<ApplicantWriteFields> & { version: number };

export interface ConsentDto {
  given: boolean;
  givenAt: string | null;
  source: string | null;
  wordingVersion: string | null;
  withdrawnAt: string | null;
}

export interface ApplicantSummaryDto {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  postcode: string | null;
  audience: Audience | null;
  region: Region | null;
  source: Source | null;
  stage: Stage;
  professionsOfInterest: string[];
  tags: string[];
  ownerId: string | null;
  ownerName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  firstContactAt: string | null;
  /** The campaign and event of first contact. */
  campaignId: string | null;
  campaignName: string | null;
  eventId: string | null;
  eventTitle: string | null;
  stageChangedAt: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  /** Set once the person's data was erased: the record is kept, anonymous, for the figures. */
  erasedAt: string | null;
  version: number;
}

export interface ApplicantDto extends ApplicantSummaryDto {
  dateOfBirth: string | null;
  ageBand: AgeBand | null;
  closeReason: string | null;
  consent: ConsentDto;
  /** Present only for roles allowed to see special-category data (officers and admins). */
  wideningParticipation?: WideningParticipation;
}

export const APPLICANT_SORT_FIELDS = ['lastName', 'firstName', 'createdAt', 'updatedAt', 'firstContactAt', 'stageChangedAt'] as const;
export type ApplicantSortField = (typeof APPLICANT_SORT_FIELDS)[number];

export interface ApplicantListQuery extends PageQuery {
  search?: string;
  stage?: Stage;
  profession?: string;
  ownerId?: string;
  source?: Source;
  region?: Region;
  audience?: Audience;
  tag?: string;
  campaignId?: string;
  createdFrom?: string;
  createdTo?: string;
  /** true lists archived applicants only. */
  archived?: boolean;
}

export type DuplicateReason = 'email' | 'phone' | 'name_and_date_of_birth';

export interface DuplicateCandidate {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  stage: Stage;
  ownerName: string | null;
  matchedOn: DuplicateReason[];
}

/** One consent decision, from `GET /applicants/:id/consent-history` (oldest first). */
export interface ConsentChangeDto {
  given: boolean;
  at: string;
  /** How it was given: `recorded_by_staff`, `public_registration`, `import`… (none for a withdrawal). */
  source: string | null;
  /** The privacy notice version it was given against. */
  wordingVersion: string | null;
  /** The member of staff who recorded it; none when the person did it themselves. */
  byName: string | null;
}

/** Two records that look like the same person (`GET /applicants/duplicates`), older one first. */
export interface DuplicatePairDto {
  first: DuplicateCandidate;
  second: DuplicateCandidate;
  matchedOn: DuplicateReason[];
}

/** `POST /applicants/merge`: everything of `mergeId` moves to `keepId`, then `mergeId` is gone. */
export interface MergeApplicantsRequest {
  keepId: string;
  mergeId: string;
}

export interface BulkApplicantRequest {
  ids: string[];
  ownerId?: string | null;
  addTags?: string[];
}

export interface BulkApplicantResponse {
  updated: number;
}

export type TimelineEntryType = 'created' | 'stage_change' | 'edit' | 'archived' | 'restored' | 'conversation' | 'follow_up' | 'follow_up_closed';

export interface TimelineConversation {
  id: string;
  /** Who logged it: officers correct only their own. */
  officerId: string | null;
  channel: string;
  eventTitle: string | null;
  serious: boolean;
  summary: string | null;
  nextStep: string | null;
}

export interface TimelineFollowUp {
  id: string;
  type: string;
  status: string;
  dueAt: string;
  assigneeName: string | null;
  outcome: string | null;
}

export interface TimelineEntryDto {
  id: string;
  type: TimelineEntryType;
  at: string;
  actorName: string | null;
  stageChange?: StageChangeDto;
  changes?: AuditFieldChange[];
  conversation?: TimelineConversation;
  followUp?: TimelineFollowUp;
}

export interface ApplicantTimelineDto {
  items: TimelineEntryDto[];
}
