import { RetentionRow } from '@pathway/contracts';
import { reasonsText, retentionLines, retentionText } from './retention-rows';

const cell = (value: number, count = 23) => ({ value, count, suppressed: false });
const hidden = { value: null, count: null, suppressed: true };

const shownRow: RetentionRow = {
  cohort: 2026,
  profession: 'diagnostic_radiography',
  enrolled: cell(23),
  byStatus: { active: cell(17), interrupted: cell(4), withdrawn: cell(2), completed: cell(0) },
  retentionRate: cell(0.7391),
  withdrawalReasons: { changed_career: cell(1), financial: cell(1) },
};
const hiddenRow: RetentionRow = {
  cohort: 2026,
  profession: 'dietetics',
  enrolled: hidden,
  byStatus: { active: hidden, interrupted: hidden, withdrawn: hidden, completed: hidden },
  retentionRate: hidden,
  withdrawalReasons: {},
};

describe('retention rows', () => {
  it('shows retention as a whole percentage, or "fewer than 5" when hidden', () => {
    expect(retentionText(cell(0.7391))).toBe('74%');
    expect(retentionText(cell(1))).toBe('100%');
    expect(retentionText(cell(0))).toBe('0%');
    expect(retentionText(cell(0.125))).toBe('13%');
    expect(retentionText(hidden)).toBe('fewer than 5');
  });

  it('lists withdrawal reasons by name', () => {
    expect(reasonsText(shownRow.withdrawalReasons)).toBe('Changed career 1, Financial 1');
    expect(reasonsText({})).toBe('None');
    expect(reasonsText({ health: hidden })).toBe('Health fewer than 5');
  });

  it('hides a whole group of fewer than five and draws the bar only for shown rates', () => {
    const [shown, small] = retentionLines([shownRow, hiddenRow]);
    expect(shown).toMatchObject({ hidden: false, rateText: '74%', rateWidth: 73.91 });
    expect(shown.statuses.map((status) => [status.status, status.cell.value])).toEqual([
      ['active', 17],
      ['interrupted', 4],
      ['withdrawn', 2],
      ['completed', 0],
    ]);
    expect(small).toMatchObject({ hidden: true, rateText: 'fewer than 5', rateWidth: 0 });
  });
});
