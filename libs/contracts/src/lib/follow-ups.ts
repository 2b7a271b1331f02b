import { PageQuery } from './pagination';

export const FOLLOW_UP_TYPES = ['call', 'email', 'send_information', 'invite_to_event', 'meeting', 'other'] as const;
export type FollowUpType = (typeof FOLLOW_UP_TYPES)[number];
export const FOLLOW_UP_TYPE_LABELS: Record<FollowUpType, string> = {
  call: 'Call',
  email: 'Email',
  send_information: 'Send information',
  invite_to_event: 'Invite to an event',
  meeting: 'Meeting',
  other: 'Other',
};
/** Follow-ups that contact the person: refused, and cancelled, once they withdraw consent to contact. */
export const CONTACT_FOLLOW_UP_TYPES: readonly FollowUpType[] = ['call', 'email', 'send_information', 'invite_to_event', 'meeting'];

export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const DUE_BUCKETS = ['overdue', 'today', 'week', 'later'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];
export const DUE_BUCKET_LABELS: Record<DueBucket, string> = { overdue: 'Overdue', today: 'Today', week: 'This week', later: 'Later' };

/** Days until an automatic follow-up is due after a serious conversation. */
export const DEFAULT_FOLLOW_UP_DAYS = 7;

export interface CreateFollowUpRequest {
  applicantId: string;
  conversationId?: string | null;
  /** Defaults to the caller. */
  assigneeId?: string;
  dueAt: string;
  type: FollowUpType;
  notes?: string | null;
}

export interface UpdateFollowUpRequest {
  version: number;
  assigneeId?: string;
  dueAt?: string;
  type?: FollowUpType;
  notes?: string | null;
  status?: FollowUpStatus;
  outcome?: string | null;
}

export interface FollowUpDto {
  id: string;
  applicantId: string;
  applicantName: string;
  /** The applicant has withdrawn consent to contact. */
  doNotContact: boolean;
  conversationId: string | null;
  assigneeId: string;
  assigneeName: string | null;
  dueAt: string;
  type: FollowUpType;
  notes: string | null;
  status: FollowUpStatus;
  outcome: string | null;
  completedAt: string | null;
  /** Where it falls for its assignee today: overdue, today, this week or later (open ones only). */
  bucket: DueBucket | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface FollowUpListQuery extends PageQuery {
  applicantId?: string;
  /** `me` or a user id. */
  assignee?: string;
  status?: FollowUpStatus;
  due?: Exclude<DueBucket, 'later'> | 'later';
}

export interface FollowUpSummaryDto {
  overdue: number;
  today: number;
  week: number;
  later: number;
}

export interface CalendarFeedDto {
  /** A secret address a calendar app can subscribe to; creating a new one revokes the old. */
  url: string;
}
