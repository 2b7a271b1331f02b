import { convertToParamMap } from '@angular/router';
import { paramsWithoutDefaults } from '../core/list/paged-list';
import { toDay } from '../core/format/calendar-day';
import { auditFiltersFrom, DEFAULT_AUDIT_FILTERS, toAuditQuery } from './audit-filters';

describe('audit filters', () => {
  it('reads valid values from the URL and drops invalid ones', () => {
    const filters = auditFiltersFrom(
      convertToParamMap({
        action: 'login',
        entity: ' user ',
        from: '2026-01-05',
        to: 'yesterday',
        page: '2',
        pageSize: '7',
      }),
    );
    expect(filters).toEqual({ action: 'login', entity: 'user', from: '2026-01-05', to: '', page: 2, pageSize: 25 });
  });

  it('leaves defaults out of the URL', () => {
    expect(
      paramsWithoutDefaults(
        auditFiltersFrom(convertToParamMap({ action: 'bogus', entity: 'user' })),
        DEFAULT_AUDIT_FILTERS,
      ),
    ).toEqual({
      entity: 'user',
    });
  });

  it('asks the API for whole days, newest first, with an exclusive end', () => {
    const query = toAuditQuery(auditFiltersFrom(convertToParamMap({ from: '2026-03-01', to: '2026-03-01' })));
    expect(query.sort).toBe('-at');
    expect(new Date(query.from as string)).toEqual(new Date(2026, 2, 1));
    expect(new Date(query.to as string)).toEqual(new Date(2026, 2, 2));
    expect(toDay(new Date(2026, 11, 25))).toBe('2026-12-25');
  });
});
