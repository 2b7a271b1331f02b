import { dueDescription, followUpTypeLabel } from './follow-up-format';

describe('follow-up format', () => {
  // Local times, so that calendar days are the browser's wherever the tests run.
  const now = new Date(2026, 10, 25, 12, 0);
  const at = (day: number, hour: number) => new Date(2026, 10, day, hour, 0).toISOString();

  it.each([
    [at(25, 15), /^Due today · 25 Nov 2026, 15:00$/],
    [at(26, 9), /^Due tomorrow · 26 Nov 2026, 09:00$/],
    // Seven calendar days ahead, even though a few minutes short of 7 × 24 hours.
    [at(32, 11), /^Due in 7 days · 2 Dec 2026, 11:00$/],
    [at(25, 9), /^Overdue: due earlier today · 25 Nov 2026, 09:00$/],
    [at(24, 18), /^Overdue: due yesterday · 24 Nov 2026, 18:00$/],
    [at(15, 10), /^Overdue by 10 days · 15 Nov 2026, 10:00$/],
  ])('describes %s', (dueAt, expected) => {
    expect(dueDescription(dueAt, now)).toMatch(expected);
  });

  it('is empty for something that is not a time', () => {
    expect(dueDescription('soon', now)).toBe('');
  });

  it('names follow-up types, and shows an unknown one as itself', () => {
    expect(followUpTypeLabel('send_information')).toBe('Send information');
    expect(followUpTypeLabel('carrier_pigeon')).toBe('carrier_pigeon');
  });
});
