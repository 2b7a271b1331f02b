/** Pipeline stages in order; `closed` can be reached from any stage and is shown last. */
export const STAGES = ['enquiry', 'engaged', 'serious_conversation', 'applied', 'offer', 'enrolled', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

/** The six stages of progress, in order (everything but `closed`). */
export const PROGRESS_STAGES = ['enquiry', 'engaged', 'serious_conversation', 'applied', 'offer', 'enrolled'] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  enquiry: 'Enquiry',
  engaged: 'Engaged',
  serious_conversation: 'Serious conversation',
  applied: 'Applied',
  offer: 'Offer',
  enrolled: 'Enrolled',
  closed: 'Closed',
};

export const CLOSE_REASONS = ['not_eligible', 'chose_other_career', 'chose_other_course', 'no_response', 'withdrew', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  not_eligible: 'Not eligible',
  chose_other_career: 'Chose another career',
  chose_other_course: 'Chose another course',
  no_response: 'No response',
  withdrew: 'Withdrew',
  other: 'Other',
};

export interface StageMoveRequest {
  stage: Stage;
  /** A close reason when closing; free text when moving backwards. */
  reason?: string;
  /** Needed when reaching `enrolled` and the applicant has several professions of interest. */
  profession?: string;
}

export interface BoardMoveRequest {
  applicantId: string;
  stage: Stage;
  /** The card that will sit just above the moved card, if any. */
  beforeId?: string;
  /** The card that will sit just below the moved card, if any. */
  afterId?: string;
  reason?: string;
  /** Needed when moving to `enrolled` someone interested in several professions. */
  profession?: string;
}

export interface StageChangeDto {
  id: string;
  from: Stage | null;
  to: Stage;
  at: string;
  byId: string | null;
  byName: string | null;
  reason: string | null;
}
