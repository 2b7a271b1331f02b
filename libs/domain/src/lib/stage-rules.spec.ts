import { PROGRESS_STAGES, Stage, STAGES } from '@pathway/contracts';
import { checkMove, classifyMove, stagesBetween } from './stage-rules';

describe('classifyMove', () => {
  it('classifies every pair of stages', () => {
    const table: Record<string, string> = {};
    for (const from of STAGES) for (const to of STAGES) table[`${from}>${to}`] = classifyMove(from, to);
    for (const from of PROGRESS_STAGES) {
      for (const to of PROGRESS_STAGES) {
        const expected = from === to ? 'same' : PROGRESS_STAGES.indexOf(to) > PROGRESS_STAGES.indexOf(from) ? 'forward' : 'backward';
        expect(table[`${from}>${to}`]).toBe(expected);
      }
      expect(table[`${from}>closed`]).toBe('close');
      expect(table[`closed>${from}`]).toBe('reopen');
    }
    expect(table['closed>closed']).toBe('same');
  });
});

describe('checkMove', () => {
  const forwardPairs: [Stage, Stage][] = [];
  const backwardPairs: [Stage, Stage][] = [];
  for (const [i, from] of PROGRESS_STAGES.entries()) {
    for (const [j, to] of PROGRESS_STAGES.entries()) {
      if (j > i) forwardPairs.push([from, to]);
      if (j < i) backwardPairs.push([from, to]);
    }
  }

  it.each(forwardPairs)('allows %s → %s forward without a reason (skipping is fine)', (from, to) => {
    expect(checkMove(from, to, undefined)).toBeNull();
  });

  it.each(backwardPairs)('asks a reason to move %s → %s backwards', (from, to) => {
    expect(checkMove(from, to, undefined)).toEqual({ field: 'reason', message: 'is required to move back a stage' });
    expect(checkMove(from, to, '   ')).toEqual({ field: 'reason', message: 'is required to move back a stage' });
    expect(checkMove(from, to, 'Entered the wrong stage')).toBeNull();
  });

  it.each(PROGRESS_STAGES)('closes %s only with one of the close reasons', (from) => {
    expect(checkMove(from, 'closed', undefined)).toEqual({ field: 'reason', message: 'is required to close a record' });
    expect(checkMove(from, 'closed', 'fed up')?.field).toBe('reason');
    expect(checkMove(from, 'closed', 'no_response')).toBeNull();
  });

  it.each(PROGRESS_STAGES)('reopens closed → %s', (to) => {
    expect(checkMove('closed', to, undefined)).toBeNull();
  });

  it('refuses staying put, except on the board where it reorders', () => {
    expect(checkMove('engaged', 'engaged', undefined)).toEqual({ field: 'stage', message: 'is already the current stage' });
    expect(checkMove('engaged', 'engaged', undefined, { allowSame: true })).toBeNull();
  });

  it.each(['', 'ENQUIRY', 'prospect', null, 3])('refuses an unknown stage %p', (to) => {
    expect(checkMove('enquiry', to, undefined)?.field).toBe('stage');
  });

  it('limits the reason length', () => {
    expect(checkMove('offer', 'applied', 'x'.repeat(501))).toEqual({ field: 'reason', message: 'must be at most 500 characters' });
  });
});

describe('stagesBetween', () => {
  it('lists the stages passed through on a forward move, including the target', () => {
    expect(stagesBetween('enquiry', 'applied')).toEqual(['engaged', 'serious_conversation', 'applied']);
    expect(stagesBetween('offer', 'engaged')).toEqual([]);
    expect(stagesBetween('enquiry', 'closed')).toEqual([]);
  });
});
