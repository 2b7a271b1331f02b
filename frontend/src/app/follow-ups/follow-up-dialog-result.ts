import { FollowUpDto } from '@pathway/contracts';
import { apiErrorOf } from '../core/api-error';

/**
 * A dialog that changes a follow-up closes with the saved follow-up; with `'stale'` when someone else changed it first
 * (the list reloads to show their change); or with nothing when the person cancelled.
 */
export type FollowUpDialogResult = FollowUpDto | 'stale' | undefined;

export const FOLLOW_UP_DIALOG_SIZE = { width: '480px', maxWidth: '100vw' };

export function isStale(error: unknown): boolean {
  return apiErrorOf(error)?.code === 'stale_version';
}
