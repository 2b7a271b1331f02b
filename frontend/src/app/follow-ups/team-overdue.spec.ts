import { followUp } from './follow-up-fixtures';
import { groupByAssignee } from './team-overdue';

describe('groupByAssignee', () => {
  it('groups by assignee in name order, keeping each group soonest first, with nobody last', () => {
    const groups = groupByAssignee([
      followUp('1', { assigneeId: 'tom', assigneeName: 'Tom Reilly' }),
      followUp('2', { assigneeId: 'gone', assigneeName: null }),
      followUp('3', { assigneeId: 'aisha', assigneeName: 'Aisha Khan' }),
      followUp('4', { assigneeId: 'tom', assigneeName: 'Tom Reilly' }),
    ]);
    expect(groups.map((group) => [group.assigneeName, group.items.map((item) => item.id)])).toEqual([
      ['Aisha Khan', ['3']],
      ['Tom Reilly', ['1', '4']],
      ['No assignee', ['2']],
    ]);
  });
});
