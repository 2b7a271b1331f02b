import { PageQuery } from './pagination';

export const CHANNELS = ['in_person', 'phone', 'video', 'email', 'chat', 'event_stand'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  in_person: 'In person',
  phone: 'Phone',
  video: 'Video call',
  email: 'Email',
  chat: 'Chat',
  event_stand: 'Event stand',
};

/** The five things a serious conversation covers (three or more, one being an agreed next step, and two-way). */
export const SERIOUS_CRITERIA = ['professionDiscussed', 'routesDiscussed', 'fundingDiscussed', 'placementsDiscussed', 'nextStepAgreed'] as const;
export type SeriousCriterion = (typeof SERIOUS_CRITERIA)[number];
export const SERIOUS_CRITERION_LABELS: Record<SeriousCriterion, string> = {
  professionDiscussed: 'A specific profession discussed',
  routesDiscussed: 'Entry routes discussed (degree, apprenticeship, postgraduate)',
  fundingDiscussed: 'Funding discussed',
  placementsDiscussed: 'Placements or the day-to-day job discussed',
  nextStepAgreed: 'A next step agreed',
};

export interface ConversationCriteria {
  twoWay: boolean;
  professionDiscussed: boolean;
  routesDiscussed: boolean;
  fundingDiscussed: boolean;
  placementsDiscussed: boolean;
  nextStepAgreed: boolean;
}

export interface CreateConversationRequest extends Partial<ConversationCriteria> {
  occurredAt: string;
  channel: Channel;
  /** The event it happened at, if any. */
  eventId?: string | null;
  summary?: string | null;
  nextStep?: string | null;
  barrier?: string | null;
}

export interface UpdateConversationRequest extends Partial<ConversationCriteria> {
  version: number;
  occurredAt?: string;
  channel?: Channel;
  eventId?: string | null;
  summary?: string | null;
  nextStep?: string | null;
  barrier?: string | null;
  /** Why it is being corrected; required once the conversation counts as serious, or when it would stop counting. */
  reason?: string;
}

export interface ConversationDto extends ConversationCriteria {
  id: string;
  applicantId: string;
  applicantName: string;
  officerId: string | null;
  officerName: string | null;
  occurredAt: string;
  channel: Channel;
  eventId: string | null;
  eventTitle: string | null;
  summary: string | null;
  nextStep: string | null;
  barrier: string | null;
  serious: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What logging a conversation also did, so the UI can say so. */
export interface ConversationLoggedDto extends ConversationDto {
  /** Set when a serious conversation moved the applicant on to `serious_conversation`. */
  stageChangedFrom: string | null;
  /** Set when a serious conversation created a follow-up because none was open. */
  followUpId: string | null;
}

export interface ConversationListQuery extends PageQuery {
  serious?: boolean;
  from?: string;
  to?: string;
  officerId?: string;
  applicantId?: string;
}
