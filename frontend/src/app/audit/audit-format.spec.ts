import { auditActionLabel, describeChange, shortId } from './audit-format';

describe('audit formatting', () => {
  it('describes a change from one value to another', () => {
    expect(describeChange({ field: 'role', from: 'officer', to: 'manager' })).toBe('role: officer → manager');
    expect(describeChange({ field: 'active', from: true, to: false })).toBe('active: yes → no');
    expect(describeChange({ field: 'tags', from: [], to: ['fair', 'school'] })).toBe('tags: (none) → fair, school');
  });

  it('shows only that a redacted field changed', () => {
    expect(describeChange({ field: 'password', redacted: true, from: 'x', to: 'y' })).toBe('password changed');
  });

  it('shows a new value alone when there was none before', () => {
    expect(describeChange({ field: 'name', to: 'Ann Lee' })).toBe('name: Ann Lee');
    expect(describeChange({ field: 'email', from: null, to: 'a@b.org' })).toBe('email: (empty) → a@b.org');
  });

  it('labels actions and shortens ids', () => {
    expect(auditActionLabel('read_sensitive')).toBe('Read sensitive data');
    expect(shortId('3f2a9c1e-0000-4000-8000-000000000000')).toBe('3f2a9c1e');
    expect(shortId(null)).toBe('');
  });
});
