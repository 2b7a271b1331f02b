import { Repository } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditService } from './audit.service';

describe('AuditService.changes', () => {
  const audit = new AuditService({} as Repository<AuditEntryEntity>);

  it('lists every given field on creation', () => {
    expect(audit.changes(null, { name: 'Ann', role: 'officer', skipped: 'x' }, ['name', 'role'])).toEqual([
      { field: 'name', to: 'Ann' },
      { field: 'role', to: 'officer' },
    ]);
  });

  it('lists only the fields that changed on update, with before and after', () => {
    const before = { name: 'Ann', role: 'officer', active: true };
    expect(audit.changes(before, { name: 'Ann', role: 'manager', active: true }, ['name', 'role', 'active'])).toEqual([
      { field: 'role', from: 'officer', to: 'manager' },
    ]);
  });

  it('never keeps the values of special-category fields or secrets', () => {
    const changes = audit.changes({ wpEthnicity: 'A', password: 'old' }, { wpEthnicity: 'B', password: 'new-secret' }, ['wpEthnicity', 'password']);
    expect(changes).toEqual([
      { field: 'wpEthnicity', redacted: true },
      { field: 'password', redacted: true },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/new-secret|"B"/);
  });

  it('writes dates as ISO strings and arrays as strings', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(audit.changes(null, { at, tags: ['a', 'b'] }, ['at', 'tags'])).toEqual([
      { field: 'at', to: '2026-01-02T03:04:05.000Z' },
      { field: 'tags', to: ['a', 'b'] },
    ]);
  });
});
