import { ConversationCriteria, SERIOUS_CRITERIA, SeriousCriterion } from '@pathway/contracts';

export const MIN_SERIOUS_CRITERIA = 3;

export interface Seriousness {
  serious: boolean;
  /** How many of the five criteria hold. */
  met: number;
  /** Plain-language reasons it does not count yet (empty when serious). */
  missing: string[];
}

/**
 * The campaign's key measure. A conversation is serious when it was two-way and at least three of the five criteria
 * hold, one of them being an agreed next step. Always derived from the criteria, never set directly.
 */
export function assessConversation(criteria: Partial<ConversationCriteria>): Seriousness {
  const met = SERIOUS_CRITERIA.filter((criterion: SeriousCriterion) => criteria[criterion] === true).length;
  const missing: string[] = [];
  if (!criteria.twoWay) missing.push('it was not a two-way conversation');
  if (!criteria.nextStepAgreed) missing.push('no next step was agreed');
  if (met < MIN_SERIOUS_CRITERIA) {
    const needed = MIN_SERIOUS_CRITERIA - met;
    missing.push(`${needed} more of the five criteria ${needed === 1 ? 'is' : 'are'} needed (${met} of ${MIN_SERIOUS_CRITERIA} met)`);
  }
  return { serious: missing.length === 0, met, missing };
}

export function isSerious(criteria: Partial<ConversationCriteria>): boolean {
  return assessConversation(criteria).serious;
}
