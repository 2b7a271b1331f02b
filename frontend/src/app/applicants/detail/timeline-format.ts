import {
  AuditFieldChange,
  Channel,
  CHANNEL_LABELS,
  FOLLOW_UP_TYPE_LABELS,
  FollowUpType,
  STAGE_LABELS,
  TimelineEntryDto,
  TimelineEntryType,
} from '@pathway/contracts';
import { formatDate } from '../../core/format/date.pipe';
import { closeReasonLabel } from './stage-track';

/** What each applicant field is called on screen, for "Edited: Last name, Email". */
export const APPLICANT_FIELD_LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  postcode: 'Postcode',
  audience: 'Audience',
  region: 'Region',
  organisationId: 'School or college',
  dateOfBirth: 'Date of birth',
  ageBand: 'Age band',
  professionsOfInterest: 'Professions of interest',
  source: 'Source',
  firstContactAt: 'First contact',
  campaignId: 'Campaign',
  eventId: 'Event of first contact',
  ownerId: 'Owner',
  consentToContact: 'Consent to contact',
  wpFirstInFamily: 'First in family',
  wpCareExperienced: 'Care-experienced',
  wpDisability: 'Disability',
  wpEthnicity: 'Ethnicity',
  tags: 'Tags',
};

const ICONS: Record<TimelineEntryType, string> = {
  created: 'person_add',
  stage_change: 'swap_horiz',
  edit: 'edit',
  archived: 'archive',
  restored: 'unarchive',
  conversation: 'forum',
  follow_up: 'event',
  follow_up_closed: 'event_available',
};

export interface TimelineLine {
  icon: string;
  text: string;
  /** A short label worth seeing at a glance ("Serious conversation"). */
  badge?: string;
  /** Further lines under the text (a conversation's summary and agreed next step). */
  details?: string[];
}

/** "lastName" → "Last name" for fields without a label of their own. */
function fieldLabel(field: string): string {
  if (APPLICANT_FIELD_LABELS[field]) {
    return APPLICANT_FIELD_LABELS[field];
  }
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function describeChanges(changes: readonly AuditFieldChange[]): string {
  return changes.map((change) => `${fieldLabel(change.field)}${change.redacted ? ' (hidden)' : ''}`).join(', ');
}

/** One timeline entry as a sentence: "Stage changed from Enquiry to Engaged — by Jordan Ellis — Deferred a year". */
export function describeEntry(entry: TimelineEntryDto): TimelineLine {
  const by = entry.actorName ? ` — by ${entry.actorName}` : '';
  switch (entry.type) {
    case 'stage_change': {
      const change = entry.stageChange;
      if (!change) {
        return { icon: ICONS.stage_change, text: `Stage changed${by}` };
      }
      const from = change.from ? ` from ${STAGE_LABELS[change.from]}` : '';
      const reason = change.to === 'closed' ? closeReasonLabel(change.reason) : change.reason;
      return {
        icon: change.to === 'closed' ? 'block' : ICONS.stage_change,
        text: `Stage changed${from} to ${STAGE_LABELS[change.to]}${by}${reason ? ` — ${reason}` : ''}`,
      };
    }
    case 'edit':
      return { icon: ICONS.edit, text: `Edited: ${describeChanges(entry.changes ?? [])}${by}` };
    case 'created':
      return { icon: ICONS.created, text: `Added to Pathway${by}` };
    case 'archived':
      return { icon: ICONS.archived, text: `Archived${by}` };
    case 'restored':
      return { icon: ICONS.restored, text: `Restored${by}` };
    case 'conversation': {
      const talk = entry.conversation;
      const how = talk ? (CHANNEL_LABELS[talk.channel as Channel] ?? talk.channel) : '';
      const channel = talk ? ` (${talk.eventTitle ? `${how} at ${talk.eventTitle}` : how})` : '';
      const details = [talk?.summary, talk?.nextStep ? `Next step: ${talk.nextStep}` : null].filter(
        (line): line is string => !!line,
      );
      return {
        icon: talk?.serious ? 'star' : ICONS.conversation,
        text: `Conversation${channel}${by}`,
        ...(talk?.serious ? { badge: 'Serious conversation' } : {}),
        ...(details.length ? { details } : {}),
      };
    }
    case 'follow_up':
    case 'follow_up_closed': {
      const followUp = entry.followUp;
      const what = followUp ? (FOLLOW_UP_TYPE_LABELS[followUp.type as FollowUpType] ?? followUp.type) : '';
      if (entry.type === 'follow_up') {
        const due = followUp ? `, due ${formatDate(followUp.dueAt)}` : '';
        const assignee = followUp?.assigneeName ? ` — assigned to ${followUp.assigneeName}` : '';
        return { icon: ICONS.follow_up, text: `Follow-up planned: ${what}${due}${assignee}${by}` };
      }
      const outcome = followUp?.status === 'cancelled' ? 'cancelled' : 'done';
      return {
        icon: ICONS.follow_up_closed,
        text: `Follow-up ${outcome}: ${what}${by}${followUp?.outcome ? ` — ${followUp.outcome}` : ''}`,
      };
    }
  }
}
