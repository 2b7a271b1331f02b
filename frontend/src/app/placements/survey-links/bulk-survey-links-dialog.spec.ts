import { bulkSummary } from './bulk-survey-links-dialog';

const link = (name: string) => ({
  placementId: name,
  studentName: name,
  siteName: 'Eye clinic',
  url: `https://x/survey/${name}`,
});

describe('bulkSummary', () => {
  it('says how many links are ready and what was left alone', () => {
    expect(bulkSummary({ invited: [link('a'), link('b')], alreadyAnswered: 0, alreadyInvited: 0 })).toBe(
      '2 links ready to send.',
    );
    expect(bulkSummary({ invited: [link('a')], alreadyAnswered: 1, alreadyInvited: 2 })).toBe(
      '1 link ready to send. 1 placement was already answered and left alone. 2 placements already had links still open, kept as they were.',
    );
    expect(bulkSummary({ invited: [], alreadyAnswered: 0, alreadyInvited: 1 })).toBe(
      'No new links needed. 1 placement already had a link still open, kept as they were.',
    );
    expect(bulkSummary({ invited: [], alreadyAnswered: 0, alreadyInvited: 0 })).toBe(
      'No unanswered placements end in those dates.',
    );
  });
});
