import { SeriousConversationCount } from '@pathway/contracts';

/** Most conversations first, then most people; ties keep their given order. */
export function byMostConversations<T extends SeriousConversationCount>(a: T, b: T): number {
  return b.conversations - a.conversations || b.people - a.people;
}

/** The sum of the targets that are set; null when none is. */
export function combinedTarget(targets: readonly (number | null)[]): number | null {
  const set = targets.filter((target): target is number => target !== null);
  return set.length ? set.reduce((sum, target) => sum + target, 0) : null;
}
