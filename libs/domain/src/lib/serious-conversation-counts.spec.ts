import {
  byMostConversations,
  combinedTarget,
  countConversations,
  countConversationsBy,
  monthlyConversations,
  SeriousConversationFact,
} from './serious-conversation-counts';

const LONDON = 'Europe/London';
let sequence = 0;
const fact = (
  applicantId: string,
  occurredAt: string,
  officerId: string | null = 'officer-1',
  professions: string[] = [],
): SeriousConversationFact => ({
  conversationId: `conversation-${++sequence}`,
  applicantId,
  officerId,
  occurredAt: new Date(occurredAt),
  professions,
});

describe('countConversations', () => {
  it('counts conversations, and each person once', () => {
    const facts = [
      fact('ann', '2026-04-02T10:00:00Z'),
      fact('ann', '2026-04-20T10:00:00Z'),
      fact('bob', '2026-05-01T10:00:00Z'),
    ];
    expect(countConversations(facts)).toEqual({ conversations: 3, people: 2 });
    expect(countConversations([])).toEqual({ conversations: 0, people: 0 });
  });

  it('counts a conversation once even when it is given twice', () => {
    const once = fact('ann', '2026-04-02T10:00:00Z');
    expect(countConversations([once, { ...once }])).toEqual({ conversations: 1, people: 1 });
  });
});

describe('countConversationsBy', () => {
  const facts = [
    fact('ann', '2026-04-02T10:00:00Z', 'officer-1', ['podiatry', 'orthoptics']),
    fact('ann', '2026-04-03T10:00:00Z', 'officer-2', ['podiatry', 'orthoptics']),
    fact('bob', '2026-04-04T10:00:00Z', 'officer-1', ['podiatry']),
    fact('cat', '2026-04-05T10:00:00Z', null, []),
  ];

  it('groups by one key, in the order first met, leaving out facts without a key', () => {
    const byOfficer = countConversationsBy(facts, (f) => (f.officerId ? [f.officerId] : []));
    expect([...byOfficer.entries()]).toEqual([
      ['officer-1', { conversations: 2, people: 2 }],
      ['officer-2', { conversations: 1, people: 1 }],
    ]);
  });

  it('counts a fact under each of its keys, and once per key when a key repeats', () => {
    const byProfession = countConversationsBy(facts, (f) =>
      f.professions.length ? [...f.professions, f.professions[0]] : [null],
    );
    expect(byProfession.get('podiatry')).toEqual({ conversations: 3, people: 2 });
    expect(byProfession.get('orthoptics')).toEqual({ conversations: 2, people: 1 });
    expect(byProfession.get(null)).toEqual({ conversations: 1, people: 1 });
    expect(byProfession.size).toBe(3);
  });
});

describe('monthlyConversations', () => {
  it('gives every month, zeros included, with running totals, counted in London time', () => {
    const facts = [
      fact('ann', '2026-03-31T23:30:00Z'), // 00:30 on 1 April in London
      fact('ann', '2026-04-15T10:00:00Z'),
      fact('bob', '2026-03-31T22:30:00Z'), // still March in London
      fact('cat', '2026-06-30T22:59:00Z'),
    ];
    expect(monthlyConversations(facts, ['2026-03', '2026-04', '2026-05', '2026-06'], LONDON)).toEqual([
      { month: '2026-03', conversations: 1, people: 1, cumulativeConversations: 1 },
      { month: '2026-04', conversations: 2, people: 1, cumulativeConversations: 3 },
      { month: '2026-05', conversations: 0, people: 0, cumulativeConversations: 3 },
      { month: '2026-06', conversations: 1, people: 1, cumulativeConversations: 4 },
    ]);
  });

  it('leaves out conversations outside the months given, and gives nothing for no months', () => {
    const facts = [fact('ann', '2026-01-10T10:00:00Z'), fact('bob', '2026-02-10T10:00:00Z')];
    expect(monthlyConversations(facts, ['2026-02'], LONDON)).toEqual([
      { month: '2026-02', conversations: 1, people: 1, cumulativeConversations: 1 },
    ]);
    expect(monthlyConversations(facts, [], LONDON)).toEqual([]);
  });
});

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
