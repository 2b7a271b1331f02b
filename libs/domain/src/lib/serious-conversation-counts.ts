import { SeriousConversationCount } from '@pathway/contracts';
import { monthOf, runningTotals } from './monthly-series';

/** One serious conversation, as much of it as the report needs. */
export interface SeriousConversationFact {
  conversationId: string;
  applicantId: string;
  officerId: string | null;
  occurredAt: Date;
  /** The applicant's professions of interest (none given: empty). */
  professions: readonly string[];
}

/** How many conversations, and how many distinct people they were with (a person seen twice counts once). */
export function countConversations(facts: readonly SeriousConversationFact[]): SeriousConversationCount {
  return {
    conversations: new Set(facts.map((fact) => fact.conversationId)).size,
    people: new Set(facts.map((fact) => fact.applicantId)).size,
  };
}

/**
 * Counts per group. A conversation counts in every group `keysOf` gives it (a person interested in two professions
 * counts in both) and in none when it gives no key. Groups come out in the order first met.
 */
export function countConversationsBy<K>(
  facts: readonly SeriousConversationFact[],
  keysOf: (fact: SeriousConversationFact) => readonly K[],
): Map<K, SeriousConversationCount> {
  const groups = new Map<K, SeriousConversationFact[]>();
  for (const fact of facts) {
    for (const key of new Set(keysOf(fact))) {
      const members = groups.get(key);
      if (members) members.push(fact);
      else groups.set(key, [fact]);
    }
  }
  return new Map([...groups.entries()].map(([key, members]) => [key, countConversations(members)]));
}

export interface MonthlyConversations extends SeriousConversationCount {
  month: string;
  cumulativeConversations: number;
}

/**
 * One entry per month given (months without conversations give zeros), each month counted in the time zone, with the
 * running total of conversations. Conversations outside the months given are left out.
 */
export function monthlyConversations(
  facts: readonly SeriousConversationFact[],
  months: readonly string[],
  timeZone: string,
): MonthlyConversations[] {
  const counts = countConversationsBy(facts, (fact) => [monthOf(fact.occurredAt, timeZone)]);
  const perMonth = months.map((month) => counts.get(month) ?? { conversations: 0, people: 0 });
  const cumulative = runningTotals(perMonth.map((count) => count.conversations));
  return months.map((month, index) => ({ month, ...perMonth[index], cumulativeConversations: cumulative[index] }));
}

/** Most conversations first, then most people; ties keep their given order. */
export function byMostConversations<T extends SeriousConversationCount>(a: T, b: T): number {
  return b.conversations - a.conversations || b.people - a.people;
}

/** The sum of the targets that are set; null when none is. */
export function combinedTarget(targets: readonly (number | null)[]): number | null {
  const set = targets.filter((target): target is number => target !== null);
  return set.length ? set.reduce((sum, target) => sum + target, 0) : null;
}
