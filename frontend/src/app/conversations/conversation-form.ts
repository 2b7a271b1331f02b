import { inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import {
  Channel,
  ConversationCriteria,
  ConversationDto,
  ConversationLoggedDto,
  CreateConversationRequest,
  UpdateConversationRequest,
  DEFAULT_FOLLOW_UP_DAYS,
  STAGE_LABELS,
} from '@pathway/contracts';
import { formatDate } from '../core/format/date.pipe';
import { matching } from '../core/forms/field-error';
import { EventChoice } from '../events/picker/event-picker';
import { combineDayAndTime, dayOf, TIME_OF_DAY, timeOf } from './day-and-time';

export const SUMMARY_MAX_LENGTH = 4000;
export const NEXT_STEP_MAX_LENGTH = 500;
export const BARRIER_MAX_LENGTH = 500;
export const REASON_MAX_LENGTH = 500;
export const IN_THE_FUTURE = 'The conversation cannot be in the future';

/** The API's `occurredAt` is split into a day and a time here; its errors belong beside the time. */
export const CONVERSATION_FIELD_ALIASES = { occurredAt: 'time', eventId: 'event' };

/** On the time control: together with the day beside it, the moment is not in the future. */
export const notInFuture: ValidatorFn = (time: AbstractControl): ValidationErrors | null => {
  const moment = combineDayAndTime(time.parent?.get('day')?.value, time.value);
  return moment && moment.getTime() > Date.now() ? { invalid: IN_THE_FUTURE } : null;
};

/** The log-a-conversation form: when, how, what was covered (the rule's criteria), and what happens next. */
export function buildConversationForm(now = new Date(), fb: NonNullableFormBuilder = inject(NonNullableFormBuilder)) {
  return fb.group({
    day: [dayOf(now) as Date | null, Validators.required],
    time: [timeOf(now), [Validators.required, matching(TIME_OF_DAY, 'Enter a time like 14:30'), notInFuture]],
    channel: ['in_person' as Channel, Validators.required],
    event: [null as EventChoice | null],
    summary: ['', Validators.maxLength(SUMMARY_MAX_LENGTH)],
    twoWay: [false],
    professionDiscussed: [false],
    routesDiscussed: [false],
    fundingDiscussed: [false],
    placementsDiscussed: [false],
    nextStepAgreed: [false],
    nextStep: ['', Validators.maxLength(NEXT_STEP_MAX_LENGTH)],
    barrier: ['', Validators.maxLength(BARRIER_MAX_LENGTH)],
    /** Only asked for when correcting a conversation that counts (or would count) as serious. */
    reason: ['', Validators.maxLength(REASON_MAX_LENGTH)],
  });
}

export type ConversationForm = ReturnType<typeof buildConversationForm>;
export type ConversationFormValue = ReturnType<ConversationForm['getRawValue']>;

export function criteriaOf(value: Partial<Record<keyof ConversationCriteria, unknown>>): ConversationCriteria {
  return {
    twoWay: value.twoWay === true,
    professionDiscussed: value.professionDiscussed === true,
    routesDiscussed: value.routesDiscussed === true,
    fundingDiscussed: value.fundingDiscussed === true,
    placementsDiscussed: value.placementsDiscussed === true,
    nextStepAgreed: value.nextStepAgreed === true,
  };
}

/**
 * The API request for a valid form. `serious` is never sent: the API derives it from the criteria (and refuses it).
 * A next step typed and then un-agreed is dropped.
 */
export function conversationRequestFrom(value: ConversationFormValue): CreateConversationRequest {
  const criteria = criteriaOf(value);
  return {
    occurredAt: (combineDayAndTime(value.day, value.time) ?? new Date()).toISOString(),
    channel: value.channel,
    eventId: value.event?.id ?? null,
    summary: value.summary.trim() || null,
    ...criteria,
    nextStep: criteria.nextStepAgreed ? value.nextStep.trim() || null : null,
    barrier: value.barrier.trim() || null,
  };
}

/** The form's values for a conversation being corrected. */
export function conversationFormValueFrom(conversation: ConversationDto): Partial<ConversationFormValue> {
  const at = new Date(conversation.occurredAt);
  return {
    day: dayOf(at),
    time: timeOf(at),
    channel: conversation.channel,
    event: conversation.eventId
      ? { id: conversation.eventId, title: conversation.eventTitle ?? 'An event', startsAt: null, campaignId: null }
      : null,
    summary: conversation.summary ?? '',
    ...criteriaOf(conversation),
    nextStep: conversation.nextStep ?? '',
    barrier: conversation.barrier ?? '',
    reason: '',
  };
}

/** A correction: only what differs from the conversation as it was, with its version and the reason given. */
export function correctionRequestFrom(
  value: ConversationFormValue,
  before: ConversationDto,
): UpdateConversationRequest {
  const after = conversationRequestFrom(value);
  const original: CreateConversationRequest = {
    occurredAt: before.occurredAt,
    channel: before.channel,
    eventId: before.eventId,
    summary: before.summary,
    ...criteriaOf(before),
    nextStep: before.nextStep,
    barrier: before.barrier,
  };
  const changes: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(after) as [keyof CreateConversationRequest, unknown][]) {
    const same =
      key === 'occurredAt'
        ? Math.abs(new Date(String(field)).getTime() - new Date(original.occurredAt).getTime()) < 60_000
        : field === original[key];
    if (!same) changes[key] = field;
  }
  const reason = value.reason.trim();
  return { ...changes, version: before.version, ...(reason ? { reason } : {}) };
}

/**
 * "Conversation logged — moved to Serious conversation — follow-up planned for 2 Dec 2026". The API says that it
 * planned a follow-up but not when; it plans them `DEFAULT_FOLLOW_UP_DAYS` from now.
 */
export function conversationLoggedMessage(
  result: ConversationLoggedDto,
  now = new Date(),
  done = 'Conversation logged',
): string {
  const parts = [done];
  if (result.stageChangedFrom) {
    parts.push(`moved to ${STAGE_LABELS.serious_conversation}`);
  }
  if (result.followUpId) {
    const due = new Date(now.getTime() + DEFAULT_FOLLOW_UP_DAYS * 86_400_000);
    parts.push(`follow-up planned for ${formatDate(due.toISOString())}`);
  }
  return parts.join(' — ');
}
