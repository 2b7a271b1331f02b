import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FunnelReport as Report, FunnelStageDto, PROGRESS_STAGES } from '@pathway/contracts';
import { FunnelReport } from './funnel-report';

const stages = (reached: number[]): FunnelStageDto[] =>
  PROGRESS_STAGES.map((stage, index) => ({
    stage,
    reached: reached[index],
    stepConversion: index === 0 ? null : reached[index] / reached[index - 1],
    cumulativeConversion: reached[index] / reached[0],
    medianDaysToNext: null,
  }));

const REPORT: Report = {
  cohortSize: 25000,
  stages: stages([25000, 12500, 1400, 1000, 500, 250]),
  groups: [{ key: 'event', label: 'Event', cohortSize: 2400, stages: stages([2400, 1200, 600, 300, 150, 75]) }],
};

describe('FunnelReport', () => {
  it('groups the thousands in the cohort, the stage table and the breakdown', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'reports/funnel', component: FunnelReport }]),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/funnel?breakdown=source');
    TestBed.tick();
    backend.expectOne((candidate) => candidate.url === '/api/v1/reports/funnel').flush(REPORT);
    await harness.fixture.whenStable();

    const page = harness.routeNativeElement as HTMLElement;
    expect(page.textContent?.replace(/\s+/g, ' ')).toContain('Cohort: 25,000 people');
    const reached = Array.from(page.querySelectorAll('table.funnel-table tbody tr')).map((row) =>
      row.querySelector('td')?.textContent?.trim(),
    );
    expect(reached).toEqual(['25,000', '12,500', '1,400', '1,000', '500', '250']);
    const breakdown = Array.from(page.querySelectorAll('table.breakdown-table tbody td')).map((cell) =>
      cell.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(breakdown.slice(0, 2)).toEqual(['2,400', '2,400 (100%)']);
    backend.match(() => true).forEach((pending) => pending.flush([]));
  });
});
