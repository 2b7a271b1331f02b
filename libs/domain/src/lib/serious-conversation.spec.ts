import { ConversationCriteria, SERIOUS_CRITERIA } from '@pathway/contracts';
import { assessConversation, isSerious } from './serious-conversation';

/** Every combination of the two-way flag and the five criteria: 64 cases. */
const combinations: ConversationCriteria[] = Array.from({ length: 64 }, (_, bits) => ({
  twoWay: Boolean(bits & 32),
  professionDiscussed: Boolean(bits & 16),
  routesDiscussed: Boolean(bits & 8),
  fundingDiscussed: Boolean(bits & 4),
  placementsDiscussed: Boolean(bits & 2),
  nextStepAgreed: Boolean(bits & 1),
}));

describe('assessConversation', () => {
  it.each(combinations)('judges %o exactly by the rule', (criteria) => {
    const met = SERIOUS_CRITERIA.filter((criterion) => criteria[criterion]).length;
    const expected = criteria.twoWay && criteria.nextStepAgreed && met >= 3;
    const result = assessConversation(criteria);
    expect(result.serious).toBe(expected);
    expect(result.met).toBe(met);
    expect(result.missing.length === 0).toBe(expected);
  });

  it('counts exactly 11 serious combinations among the 64', () => {
    // Two-way, next step agreed, and at least two of the other four: C(4,2)+C(4,3)+C(4,4) = 6+4+1 = 11.
    expect(combinations.filter(isSerious)).toHaveLength(11);
  });

  it('explains what is missing in plain words', () => {
    expect(assessConversation({ twoWay: true, professionDiscussed: true, fundingDiscussed: true, routesDiscussed: true }).missing).toEqual([
      'no next step was agreed',
    ]);
    expect(assessConversation({}).missing).toEqual([
      'it was not a two-way conversation',
      'no next step was agreed',
      '3 more of the five criteria are needed (0 of 3 met)',
    ]);
    expect(assessConversation({ twoWay: true, nextStepAgreed: true, fundingDiscussed: true }).missing).toEqual([
      '1 more of the five criteria is needed (2 of 3 met)',
    ]);
  });

  it('treats missing flags as false', () => {
    expect(isSerious({ twoWay: true, nextStepAgreed: true, professionDiscussed: true, routesDiscussed: true })).toBe(true);
    expect(isSerious({ twoWay: true, nextStepAgreed: true, professionDiscussed: true })).toBe(false);
    expect(isSerious({ nextStepAgreed: true, professionDiscussed: true, routesDiscussed: true })).toBe(false);
  });
});
