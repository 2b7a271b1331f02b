import { CountPipe, countWith, formatCount } from './count.pipe';

describe('formatCount', () => {
  it('groups thousands with commas, as en-GB does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(50000)).toBe('50,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('puts the word that fits after the count', () => {
    expect(countWith(1, 'row', 'rows')).toBe('1 row');
    expect(countWith(0, 'row', 'rows')).toBe('0 rows');
    expect(countWith(50000, 'person', 'people')).toBe('50,000 people');
  });

  it('leaves a missing value empty in a template', () => {
    const pipe = new CountPipe();
    expect(pipe.transform(12500)).toBe('12,500');
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform(undefined)).toBe('');
  });
});
