import { takeUpPercent } from './event-reach';

describe('takeUpPercent', () => {
  it('rounds the share of leaflets taken', () => {
    expect(takeUpPercent(9250, 10000)).toBe('93%');
    expect(takeUpPercent(1, 3)).toBe('33%');
    expect(takeUpPercent(0, 50)).toBe('0%');
  });

  it('is empty when no leaflets were handed out', () => {
    expect(takeUpPercent(0, 0)).toBe('');
  });
});
