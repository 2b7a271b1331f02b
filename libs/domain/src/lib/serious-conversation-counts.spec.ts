import { byMostConversations, combinedTarget } from './serious-conversation-counts';

describe('byMostConversations', () => {
  it('puts most conversations first, then most people, and keeps ties in place', () => {
    const rows = [
      { name: 'a', conversations: 2, people: 1 },
      { name: 'b', conversations: 5, people: 2 },
      { name: 'c', conversations: 2, people: 2 },
      { name: 'd', conversations: 2, people: 1 },
    ];
    expect([...rows].sort(byMostConversations).map((row) => row.name)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('combinedTarget', () => {
  it('adds the targets that are set, and is null when none is', () => {
    expect(combinedTarget([400, null, 1000])).toBe(1400);
    expect(combinedTarget([0])).toBe(0);
    expect(combinedTarget([null, null])).toBeNull();
    expect(combinedTarget([])).toBeNull();
  });
});
