import { inject } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import {
  Channel,
  ConversationCriteria,
  ConversationLoggedDto,
  CreateConversationRequest,
  DEFAULT_FOLLOW_UP_DAYS,
  STAGE_LABELS,
} from '@pathway/contracts';
import { formatDate } from '../core/format/date.pipe';
import { matching } from '../core/forms/field-error';
import { combineDayAndTime, dayOf, TIME_OF_DAY, timeOf } from './day-and-time';

export const SUMMARY_MAX_LENGTH = 4000;
export const NEXT_STEP_MAX_LENGTH = 500;
export const BARRIER_MAX_LENGTH = 500;
export const IN_THE_FUTURE = 'The conversation cannot be in the future';

/** The API's `occurredAt` is split into a day and a time here; its errors belong beside the time. */
export const CONVERSATION_FIELD_ALIASES = { occurredAt: 'time' };

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
    summary: ['', Validators.maxLength(SUMMARY_MAX_LENGTH)],
    twoWay: [false],
    professionDiscussed: [false],
    routesDiscussed: [false],
    fundingDiscussed: [false],
    placementsDiscussed: [false],
    nextStepAgreed: [false],
    nextStep: ['', Validators.maxLength(NEXT_STEP_MAX_LENGTH)],
    barrier: ['', Validators.maxLength(BARRIER_MAX_LENGTH)],
  });
}

export type ConversationForm = ReturnType<typeof buildConversationForm>;
export type ConversationFormValue = ReturnType<ConversationForm['getRawValue']>;

export function criteriaOf(value: Partial<ConversationFormValue>): ConversationCriteria {
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
    summary: value.summary.trim() || null,
    ...criteria,
    nextStep: criteria.nextStepAgreed ? value.nextStep.trim() || null : null,
    barrier: value.barrier.trim() || null,
  };
}

/**
 * "Conversation logged — moved to Serious conversation — follow-up planned for 2 Dec 2026". The API says that it
 * planned a follow-up but not when; it plans them `DEFAULT_FOLLOW_UP_DAYS` from now.
 */
export function conversationLoggedMessage(result: ConversationLoggedDto, now = new Date()): string {
  const parts = ['Conversation logged'];
  if (result.stageChangedFrom) {
    parts.push(`moved to ${STAGE_LABELS.serious_conversation}`);
  }
  if (result.followUpId) {
    const due = new Date(now.getTime() + DEFAULT_FOLLOW_UP_DAYS * 86_400_000);
    parts.push(`follow-up planned for ${formatDate(due.toISOString())}`);
  }
  return parts.join(' — ');
}
