import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SeriousConversationsReport as Report } from '@pathway/contracts';
import { SeriousConversationsReport } from './serious-conversations-report';

const REPORT: Report = {
  total: { conversations: 8, people: 6 },
  target: 20,
  byMonth: [
    { month: '2026-01', conversations: 3, people: 2, cumulativeConversations: 3 },
    { month: '2026-02', conversations: 5, people: 5, cumulativeConversations: 8 },
  ],
  byOfficer: [{ officerId: 'u1', officerName: 'Jordan Ellis', conversations: 8, people: 6 }],
  byProfession: [
    { profession: 'nursing', conversations: 5, people: 4 },
    { profession: null, conversations: 3, people: 2 },
  ],
};

describe('SeriousConversationsReport', () => {
  let backend: HttpTestingController;

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'reports/serious-conversations', component: SeriousConversationsReport }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    TestBed.tick();
    return harness;
  }

  const report = () => backend.expectOne((request) => request.url === '/api/v1/reports/serious-conversations');

  it('asks for the filters in the URL and shows totals, months, officers and professions', async () => {
    const harness = await open('/reports/serious-conversations?region=north_east&from=2026-01-01');
    const request = report();
    expect(request.request.params.get('region')).toBe('north_east');
    expect(request.request.params.get('from')).toBe(new Date(2026, 0, 1).toISOString());
    request.flush(REPORT);
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toContain('Serious conversations');
    expect(page.querySelector('.totals')?.textContent?.replace(/\s+/g, ' ')).toContain(
      '8 serious conversations with 6 people against a target of 20 (40%)',
    );
    const rows = (selector: string) =>
      Array.from(page.querySelectorAll(`${selector} tbody tr`)).map((row) =>
        Array.from(row.children).map((cell) => cell.textContent?.trim()),
      );
    expect(rows('.month-table')).toEqual([
      ['Jan 2026', '3', '2', '3'],
      ['Feb 2026', '5', '5', '8'],
    ]);
    expect(rows('.officer-table')).toEqual([['Jordan Ellis', '8', '6']]);
    expect(rows('.profession-table').map(([name]) => name)).toEqual(['nursing', 'Not given']);
    expect(page.querySelector('canvas')?.getAttribute('aria-label')).toContain('Jan 2026: 3');
    backend.match(() => true).forEach((pending) => pending.flush([]));
  });

  it('groups the thousands in the tables as in the totals', async () => {
    const harness = await open('/reports/serious-conversations');
    report().flush({
      ...REPORT,
      total: { conversations: 1400, people: 1250 },
      target: 1400,
      byMonth: [{ month: '2026-01', conversations: 1400, people: 1250, cumulativeConversations: 1400 }],
      byOfficer: [{ officerId: 'u1', officerName: 'Jordan Ellis', conversations: 1400, people: 1250 }],
      byProfession: [{ profession: 'podiatry', conversations: 1400, people: 1250 }],
    });
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    const cells = (selector: string) =>
      Array.from(page.querySelectorAll(`${selector} tbody td`)).map((cell) => cell.textContent?.trim());
    expect(cells('.month-table')).toEqual(['1,400', '1,250', '1,400']);
    expect(cells('.officer-table')).toEqual(['1,400', '1,250']);
    expect(cells('.profession-table')).toEqual(['1,400', '1,250']);
    backend.match(() => true).forEach((pending) => pending.flush([]));
  });

  it('says when there is nothing to report, and offers to try again after a failure', async () => {
    const harness = await open('/reports/serious-conversations');
    report().flush({ message: 'Down' }, { status: 503, statusText: 'Unavailable' });
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
    (
      Array.from(page.querySelectorAll('button')).find((button) =>
        button.textContent?.includes('Try again'),
      ) as HTMLButtonElement
    ).click();
    TestBed.tick();
    report().flush({ ...REPORT, total: { conversations: 0, people: 0 }, byMonth: [], byOfficer: [], byProfession: [] });
    await harness.fixture.whenStable();
    expect(page.textContent).toContain('No serious conversations in this period with these filters');
    backend.match(() => true).forEach((pending) => pending.flush([]));
  });
});
