import { BoardCardDto, BoardColumnDto, Stage } from '@pathway/contracts';

export const fullName = (card: Pick<BoardCardDto, 'firstName' | 'lastName'>) => `${card.firstName} ${card.lastName}`;

export interface CardPlace {
  stage: Stage;
  /** The card's index in its column. */
  index: number;
}

export interface Neighbours {
  /** The card that will sit just above the moved one. */
  beforeId?: string;
  /** The card that will sit just below the moved one. */
  afterId?: string;
}

export function findCard(
  columns: readonly BoardColumnDto[],
  id: string,
): { card: BoardCardDto; place: CardPlace } | null {
  for (const column of columns) {
    const index = column.items.findIndex((card) => card.id === id);
    if (index >= 0) {
      return { card: column.items[index], place: { stage: column.stage, index } };
    }
  }
  return null;
}

/**
 * The cards either side of `index` in a column once the moving card has left it. This is how the drop list counts
 * (CDK's `currentIndex`), so a drop's index can be passed straight in, whether the card came from this column or not.
 */
export function neighboursAt(items: readonly BoardCardDto[], index: number, movingId: string): Neighbours {
  const others = items.filter((card) => card.id !== movingId);
  const before = others[index - 1];
  const after = others[index];
  return { ...(before ? { beforeId: before.id } : {}), ...(after ? { afterId: after.id } : {}) };
}

/**
 * The columns with a card taken out of its column and put into `to` at `index` (counted without the card), its
 * stage set, and both columns' totals adjusted. `replacement` stands in for the card (the server's copy after a
 * move). Answers the same columns when the card is not on the board.
 */
export function moveCard(
  columns: readonly BoardColumnDto[],
  id: string,
  to: Stage,
  index: number,
  replacement?: BoardCardDto,
): BoardColumnDto[] {
  const found = findCard(columns, id);
  if (!found) {
    return [...columns];
  }
  const moved: BoardCardDto = { ...(replacement ?? found.card), stage: to };
  return columns.map((column) => {
    const leaving = column.stage === found.place.stage;
    const arriving = column.stage === to;
    if (!leaving && !arriving) {
      return column;
    }
    const items = column.items.filter((card) => card.id !== id);
    if (arriving) {
      items.splice(Math.max(0, Math.min(index, items.length)), 0, moved);
    }
    const total = column.total + (leaving && !arriving ? -1 : 0) + (arriving && !leaving ? 1 : 0);
    return { ...column, items, total };
  });
}

/** Swaps in the server's copy of a card wherever it sits. */
export function replaceCard(columns: readonly BoardColumnDto[], card: BoardCardDto): BoardColumnDto[] {
  return columns.map((column) =>
    column.items.some((item) => item.id === card.id)
      ? { ...column, items: column.items.map((item) => (item.id === card.id ? card : item)) }
      : column,
  );
}

/** Adds the next page of a column, skipping cards it already shows (one may have been moved in meanwhile). */
export function appendPage(
  columns: readonly BoardColumnDto[],
  stage: Stage,
  items: readonly BoardCardDto[],
  nextCursor: string | null,
): BoardColumnDto[] {
  return columns.map((column) => {
    if (column.stage !== stage) {
      return column;
    }
    const shown = new Set(column.items.map((card) => card.id));
    return { ...column, items: [...column.items, ...items.filter((card) => !shown.has(card.id))], nextCursor };
  });
}
