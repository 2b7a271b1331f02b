/** Spacing between cards when a column is (re)numbered, and for a card added at either end. */
export const POSITION_STEP = 1024;

/** Below this gap two neighbours are too close to split again; the column is renumbered first. */
export const MIN_POSITION_GAP = 1e-6;

/**
 * The position for a card dropped between two neighbours (float positions, midpoint on drop, as in Trello or Twenty).
 * `above` is the position of the card that will sit above it (null at the top), `below` the one under it (null at the
 * bottom). Lower positions are shown first. Returns null when the neighbours are too close to split.
 */
export function positionBetween(above: number | null, below: number | null): number | null {
  if (above === null && below === null) return POSITION_STEP;
  if (above === null) return (below as number) - POSITION_STEP;
  if (below === null) return above + POSITION_STEP;
  if (below - above < MIN_POSITION_GAP * 2) return null;
  return (above + below) / 2;
}

/** Evenly spaced positions for `count` cards, keeping their order. */
export function renumberedPositions(count: number): number[] {
  return Array.from({ length: count }, (_, index) => (index + 1) * POSITION_STEP);
}
