import { BoardCardDto, BoardColumnDto, Stage } from '@pathway/contracts';
import { appendPage, findCard, moveCard, neighboursAt } from './board-moves';

const card = (id: string, stage: Stage = 'enquiry'): BoardCardDto => ({
  id,
  firstName: id.toUpperCase(),
  lastName: 'Test',
  professionsOfInterest: [],
  ownerId: null,
  ownerName: null,
  stage,
  position: 0,
  daysInStage: 3,
  nextFollowUpDueAt: null,
  version: 1,
});

const board = (): BoardColumnDto[] => [
  { stage: 'enquiry', total: 10, items: [card('a'), card('b'), card('c')], nextCursor: 'more' },
  { stage: 'engaged', total: 2, items: [card('d', 'engaged'), card('e', 'engaged')], nextCursor: null },
  { stage: 'closed', total: 0, items: [], nextCursor: null },
];
const ids = (columns: BoardColumnDto[], stage: Stage) =>
  columns.find((column) => column.stage === stage)?.items.map((item) => item.id);

describe('board moves', () => {
  it('names the neighbours at a drop index in another column', () => {
    const engaged = board()[1].items;
    expect(neighboursAt(engaged, 0, 'a')).toEqual({ afterId: 'd' });
    expect(neighboursAt(engaged, 1, 'a')).toEqual({ beforeId: 'd', afterId: 'e' });
    expect(neighboursAt(engaged, 2, 'a')).toEqual({ beforeId: 'e' });
    expect(neighboursAt([], 0, 'a')).toEqual({});
  });

  it('names the neighbours within the same column, counting without the moving card', () => {
    const enquiry = board()[0].items;
    // "a" dropped at index 2 of [a, b, c] lands below c.
    expect(neighboursAt(enquiry, 2, 'a')).toEqual({ beforeId: 'c' });
    // "c" moved up one (to index 1) sits between a and b.
    expect(neighboursAt(enquiry, 1, 'c')).toEqual({ beforeId: 'a', afterId: 'b' });
  });

  it('moves a card between columns, setting its stage and both totals', () => {
    const moved = moveCard(board(), 'b', 'engaged', 1);
    expect(ids(moved, 'enquiry')).toEqual(['a', 'c']);
    expect(ids(moved, 'engaged')).toEqual(['d', 'b', 'e']);
    expect(moved[0].total).toBe(9);
    expect(moved[1].total).toBe(3);
    expect(findCard(moved, 'b')?.card.stage).toBe('engaged');
  });

  it('reorders within a column without changing its total', () => {
    const moved = moveCard(board(), 'a', 'enquiry', 2);
    expect(ids(moved, 'enquiry')).toEqual(['b', 'c', 'a']);
    expect(moved[0].total).toBe(10);
  });

  it('undoes a move by moving the card back to where it was', () => {
    const original = board();
    const there = moveCard(original, 'b', 'closed', 0);
    const back = moveCard(there, 'b', 'enquiry', 1, original[0].items[1]);
    expect(back).toEqual(original);
  });

  it('adds the next page without repeating cards already shown', () => {
    const columns = moveCard(board(), 'd', 'enquiry', 0);
    const more = appendPage(columns, 'enquiry', [card('d'), card('f')], null);
    expect(ids(more, 'enquiry')).toEqual(['d', 'a', 'b', 'c', 'f']);
    expect(more[0].nextCursor).toBeNull();
  });
});
