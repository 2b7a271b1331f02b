import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ReachFigures, ReachReport as Report } from '@pathway/contracts';
import { ReachReport } from './reach-report';

const figures = (events: number, youngPeople: number): ReachFigures => ({
  events,
  youngPeople,
  educators: 4,
  others: 1,
  webinars: 1,
  webinarAttendance: 30,
  leafletsDistributed: 200,
  leafletsTaken: 50,
  leafletTakeUp: 0.25,
});

const REPORT: Report = {
  total: figures(3, 150),
  byType: [{ type: 'school_visit', ...figures(3, 150) }],
  byCampaign: [{ campaignId: 'c1', campaignName: 'Schools outreach', ...figures(3, 150) }],
  byRegion: [{ region: null, ...figures(3, 150) }],
  intermediaries: [
    {
      organisationId: 'o1',
      name: 'Hillside Academy',
      kind: 'school',
      applicants: 12,
      applications: 3,
      eventsHosted: 2,
    },
  ],
};

describe('ReachReport', () => {
  it('asks for the filters in the URL and shows totals, tables and intermediaries', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'reports/reach', component: ReachReport }]),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/reach?type=webinar&campaignId=not-an-id');
    TestBed.tick();
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/reports/reach');
    expect(request.request.params.keys()).toEqual(['type']);
    request.flush(REPORT);
    await harness.fixture.whenStable();

    const page = harness.routeNativeElement as HTMLElement;
    const totals = Array.from(page.querySelectorAll('.totals li')).map((item) =>
      item.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(totals).toEqual([
      '3 events',
      '150 young people',
      '4 educators',
      '1 webinars, 30 attending',
      '50 leaflets taken of 200 (25% take-up)',
    ]);
    const captions = Array.from(page.querySelectorAll('caption')).map((caption) => caption.textContent?.trim());
    expect(captions).toEqual(['By campaign', 'By event type', 'By region']);
    const firstCells = Array.from(page.querySelectorAll('tbody th')).map((cell) => cell.textContent?.trim());
    expect(firstCells).toEqual(['Schools outreach', 'School visit', 'Not recorded', 'Hillside Academy']);
    expect(page.textContent).toContain('50 of 200');
    backend.match(() => true).forEach((pending) => pending.flush([]));
  });

  it('groups the thousands in every table, as in the totals', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'reports/reach', component: ReachReport }]),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/reach');
    TestBed.tick();
    const large: ReachFigures = {
      ...figures(470, 25000),
      educators: 1500,
      webinars: 100,
      webinarAttendance: 2500,
      leafletsDistributed: 10000,
      leafletsTaken: 9250,
      leafletTakeUp: 0.925,
    };
    backend
      .expectOne((candidate) => candidate.url === '/api/v1/reports/reach')
      .flush({
        ...REPORT,
        total: large,
        byType: [{ type: 'school_visit', ...large }],
        byCampaign: [],
        byRegion: [],
        intermediaries: [{ ...REPORT.intermediaries[0], applicants: 1200, applications: 1050, eventsHosted: 1001 }],
      });
    await harness.fixture.whenStable();

    const page = harness.routeNativeElement as HTMLElement;
    const cells = (row: Element) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim());
    const [byType, intermediary] = Array.from(page.querySelectorAll('tbody tr'));
    expect(cells(byType)).toEqual(['470', '25,000', '1,500', '1', '100', '2,500', '9,250 of 10,000', '93%']);
    expect(cells(intermediary)).toEqual(['School', '1,200', '1,050', '1,001']);
    backend.match(() => true).forEach((pending) => pending.flush([]));
  });
});
