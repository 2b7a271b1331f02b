import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FunnelReport } from '@pathway/contracts';
import { FUNNEL_FILTERS } from './report-filters';
import { reportStore } from './report-store';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class FunnelHost {
  readonly store = reportStore('funnel', FUNNEL_FILTERS, { officerId: 'ownerId' });
}

const CAMPAIGN = '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a01';
const REPORT: FunnelReport = {
  cohortSize: 4,
  stages: [{ stage: 'enquiry', reached: 4, stepConversion: null, cumulativeConversion: 1, medianDaysToNext: 2 }],
};
const isFunnel = (url: string) => url === '/api/v1/reports/funnel';

/** Lets a navigation finish and the signals it changed reach the resource. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }
}

describe('reportStore', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<FunnelHost['store']> {
    harness = await RouterTestingHarness.create();
    const host = await harness.navigateByUrl(url, FunnelHost);
    TestBed.tick();
    return host.store;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'reports/funnel', component: FunnelHost }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('loads the report for the filters in the URL', async () => {
    const store = await open(`/reports/funnel?campaignId=${CAMPAIGN}&source=bogus`);
    expect(store.filters().campaignId).toBe(CAMPAIGN);
    expect(store.filtered()).toBe(true);
    expect(store.loading()).toBe(true);
    const request = backend.expectOne((candidate) => isFunnel(candidate.url));
    expect(request.request.params.keys()).toEqual(['campaignId']);
    request.flush(REPORT);
    await harness.fixture.whenStable();
    expect(store.report()).toEqual(REPORT);
    expect(store.loading()).toBe(false);
  });

  it('puts changed filters in the URL and loads again with them', async () => {
    const store = await open('/reports/funnel');
    backend.expectOne((candidate) => isFunnel(candidate.url)).flush(REPORT);
    store.setFilters({ officerId: CAMPAIGN, breakdown: 'source' });
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/reports/funnel?officerId=${CAMPAIGN}&breakdown=source`);
    const request = backend.expectOne((candidate) => isFunnel(candidate.url));
    expect(request.request.params.get('ownerId')).toBe(CAMPAIGN);
    expect(request.request.params.get('breakdown')).toBe('source');
    request.flush(REPORT);

    store.clearFilters();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/reports/funnel');
    backend.expectOne((candidate) => isFunnel(candidate.url)).flush(REPORT);
  });

  it('explains a failed load, and loads again on retry', async () => {
    const store = await open('/reports/funnel');
    backend
      .expectOne((candidate) => isFunnel(candidate.url))
      .flush({ message: 'Database unavailable' }, { status: 503, statusText: 'Unavailable' });
    await harness.fixture.whenStable();
    expect(store.loadError()).not.toBe('');
    store.reload();
    TestBed.tick();
    backend.expectOne((candidate) => isFunnel(candidate.url)).flush(REPORT);
    await harness.fixture.whenStable();
    expect(store.loadError()).toBe('');
    expect(store.report()?.cohortSize).toBe(4);
  });

  it('downloads the CSV with the same filters', async () => {
    const saved: { name: string; text: Promise<string> }[] = [];
    URL.createObjectURL = jest.fn(() => 'blob:report');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ name: this.download, text: Promise.resolve(this.href) });
    });
    const store = await open(`/reports/funnel?campaignId=${CAMPAIGN}`);
    backend.expectOne((candidate) => isFunnel(candidate.url)).flush(REPORT);

    store.download();
    expect(store.downloading()).toBe(true);
    const request = backend.expectOne((candidate) => isFunnel(candidate.url));
    expect(request.request.params.get('format')).toBe('csv');
    expect(request.request.params.get('campaignId')).toBe(CAMPAIGN);
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['stage,reached\nenquiry,4\n'], { type: 'text/csv' }));

    expect(store.downloading()).toBe(false);
    expect(saved.map((file) => file.name)).toEqual([expect.stringMatching(/^pathway-funnel-\d{4}-\d{2}-\d{2}\.csv$/)]);
    click.mockRestore();
  });
});
