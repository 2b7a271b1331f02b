import { PageQuery } from './pagination';

export const QUESTION_TYPES = ['likert5', 'yes_no', 'nps', 'text', 'choice'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The placement-experience domains a template's questions belong to. */
export const SURVEY_DOMAINS = ['induction', 'supervision', 'learning', 'team', 'facilities', 'raising_concerns', 'overall', 'recommend', 'comments'] as const;
export type SurveyDomain = (typeof SURVEY_DOMAINS)[number];
export const SURVEY_DOMAIN_LABELS: Record<SurveyDomain, string> = {
  induction: 'Induction',
  supervision: 'Supervision',
  learning: 'Learning opportunities',
  team: 'Team and welcome',
  facilities: 'Facilities',
  raising_concerns: 'Raising concerns',
  overall: 'Overall',
  recommend: 'Would recommend',
  comments: 'Comments',
};

export interface SurveyQuestion {
  key: string;
  domain: SurveyDomain;
  text: string;
  type: QuestionType;
  required: boolean;
  options?: string[];
}

export interface SurveyTemplateDto {
  id: string;
  /** Versions of one template share a family. */
  familyId: string;
  name: string;
  version: number;
  active: boolean;
  questions: SurveyQuestion[];
  responseCount: number;
  createdAt: string;
}

export interface CreateSurveyTemplateRequest {
  name: string;
  questions: SurveyQuestion[];
}

export type UpdateSurveyTemplateRequest = CreateSurveyTemplateRequest;

export interface SurveyInvitationDto {
  url: string;
  expiresAt: string;
}

export interface BulkInvitationRequest {
  /** Placements ending on or after this date (YYYY-MM-DD)… */
  endsFrom: string;
  /** …and on or before this one. */
  endsTo: string;
  /** Days each link stays valid (default 28). */
  validDays?: number;
  /** Also replace links already sent and still open (the old ones stop working). Default false: they are left alone. */
  reissue?: boolean;
}

export interface BulkInvitationResponse {
  invited: { placementId: string; studentName: string; siteName: string; url: string }[];
  /** Placements in the range already answered, left alone. */
  alreadyAnswered: number;
  /** Placements with a link already sent and still open, left alone (unless `reissue`). */
  alreadyInvited: number;
}

export type SurveyInvitationStatus = 'not_invited' | 'invited' | 'answered' | 'expired';

/** What the student sees at the link (no login). */
export interface PublicSurveyDto {
  siteName: string;
  questions: SurveyQuestion[];
}

export type SurveyAnswerValue = number | boolean | string;

export interface SurveySubmission {
  answers: Record<string, SurveyAnswerValue>;
  concernRaised?: boolean;
  concernText?: string | null;
  /** Only with this consent is the response linked to the student. */
  consentToContact?: boolean;
}

export const REVIEW_STATUSES = ['new', 'reviewed', 'action_planned', 'closed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { new: 'New', reviewed: 'Reviewed', action_planned: 'Action planned', closed: 'Closed' };

export interface SurveyResponseDto {
  id: string;
  templateId: string;
  templateVersion: number;
  siteId: string;
  siteName: string;
  profession: string;
  yearOfStudy: number;
  cohort: number;
  /** The day only, so a response cannot be matched to an invitation by time. */
  submittedOn: string;
  answers: Record<string, SurveyAnswerValue>;
  concernRaised: boolean;
  concernText: string | null;
  consentToContact: boolean;
  /** Present only when the student consented to be contacted. */
  student: { id: string; name: string; email: string | null } | null;
  reviewStatus: ReviewStatus;
  reviewNote: string | null;
  version: number;
}

export interface SurveyResponseListQuery extends PageQuery {
  siteId?: string;
  reviewStatus?: ReviewStatus;
  concernRaised?: boolean;
}

export interface UpdateSurveyResponseRequest {
  version: number;
  reviewStatus?: ReviewStatus;
  reviewNote?: string | null;
}

export const CONCERN_TIERS = ['1_local', '2_programme', '3_urgent'] as const;
export type ConcernTier = (typeof CONCERN_TIERS)[number];
export const CONCERN_TIER_LABELS: Record<ConcernTier, string> = { '1_local': 'Tier 1: local', '2_programme': 'Tier 2: programme', '3_urgent': 'Tier 3: urgent' };

export const CONCERN_STATUSES = ['open', 'investigating', 'resolved'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

export interface ConcernDto {
  id: string;
  responseId: string;
  siteId: string;
  siteName: string;
  tier: ConcernTier;
  status: ConcernStatus;
  concernText: string | null;
  ownerId: string | null;
  ownerName: string | null;
  dueAt: string;
  overdue: boolean;
  resolution: string | null;
  youSaidWeDid: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ConcernListQuery extends PageQuery {
  siteId?: string;
  status?: ConcernStatus;
  tier?: ConcernTier;
}

export interface UpdateConcernRequest {
  version: number;
  tier?: ConcernTier;
  status?: ConcernStatus;
  ownerId?: string | null;
  dueAt?: string;
  resolution?: string | null;
  youSaidWeDid?: string | null;
}
