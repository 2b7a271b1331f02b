import { CLOSE_REASONS, PROGRESS_STAGES, Stage, STAGES } from '@pathway/contracts';

export type MoveKind = 'same' | 'forward' | 'backward' | 'close' | 'reopen';

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** Position of a progress stage (enquiry = 0 … enrolled = 5); closed has none. */
export function progressIndex(stage: Stage): number {
  return (PROGRESS_STAGES as readonly string[]).indexOf(stage);
}

export function classifyMove(from: Stage, to: Stage): MoveKind {
  if (from === to) return 'same';
  if (to === 'closed') return 'close';
  if (from === 'closed') return 'reopen';
  return progressIndex(to) > progressIndex(from) ? 'forward' : 'backward';
}

export interface MoveProblem {
  field: 'stage' | 'reason';
  message: string;
}

export const MAX_REASON_LENGTH = 500;

/**
 * Checks a stage move against the pipeline rules. Forward moves may skip stages; backward moves need a reason (free
 * text); closing needs one of the close reasons; a closed record can be reopened to any stage. Returns the first
 * problem, or null when the move is allowed. `allowSame` permits re-ordering within a stage (the board).
 */
export function checkMove(from: Stage, to: unknown, reason: string | undefined | null, options: { allowSame?: boolean } = {}): MoveProblem | null {
  if (!isStage(to)) return { field: 'stage', message: `must be one of ${STAGES.join(', ')}` };
  const kind = classifyMove(from, to);
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length > MAX_REASON_LENGTH) return { field: 'reason', message: `must be at most ${MAX_REASON_LENGTH} characters` };
  switch (kind) {
    case 'same':
      return options.allowSame ? null : { field: 'stage', message: 'is already the current stage' };
    case 'close':
      if (!trimmed) return { field: 'reason', message: 'is required to close a record' };
      return (CLOSE_REASONS as readonly string[]).includes(trimmed) ? null : { field: 'reason', message: `must be one of ${CLOSE_REASONS.join(', ')}` };
    case 'backward':
      return trimmed ? null : { field: 'reason', message: 'is required to move back a stage' };
    case 'forward':
    case 'reopen':
      return null;
  }
}

/** Every stage a record has passed through when it moves forward from `from` to `to` (for funnel "reached" maths). */
export function stagesBetween(from: Stage, to: Stage): Stage[] {
  if (from === 'closed' || to === 'closed') return [];
  return PROGRESS_STAGES.slice(progressIndex(from) + 1, progressIndex(to) + 1);
}
