import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApplicantDto } from '@pathway/contracts';
import { firstValueFrom, of, toArray } from 'rxjs';
import { StageMovePrompt } from '../../pipeline/stage-move-prompt';
import { ApplicantDetailStore } from './applicant-detail-store';

const ID = '0b6c3f9e-1111-4222-8333-444455556666';
const applicant = (overrides: Partial<ApplicantDto> = {}): ApplicantDto => ({
  id: ID,
  firstName: 'Ann',
  lastName: 'Lee',
  email: null,
  phone: null,
  postcode: null,
  audience: null,
  region: null,
  source: null,
  stage: 'applied',
  professionsOfInterest: [],
  tags: [],
  ownerId: null,
  ownerName: null,
  organisationId: null,
  organisationName: null,
  firstContactAt: null,
  stageChangedAt: '2026-03-02T12:00:00Z',
  createdAt: '2026-03-02T12:00:00Z',
  updatedAt: '2026-03-02T12:00:00Z',
  archivedAt: null,
  version: 2,
  dateOfBirth: null,
  ageBand: null,
  closeReason: null,
  consent: { given: true, givenAt: '2026-03-02T12:00:00Z', source: 'recorded_by_staff', wordingVersion: '2026-09', withdrawnAt: null },
  ...overrides,
});

describe('ApplicantDetailStore', () => {
  let store: ApplicantDetailStore;
  let backend: HttpTestingController;
  let prompt: { confirm: jest.Mock };

  async function request(url: string): Promise<TestRequest> {
    for (let tick = 0; tick < 20; tick++) {
      const [found] = backend.match(url);
      if (found) {
        return found;
      }
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve));
    }
    throw new Error(`No request for ${url}`);
  }

  async function load(overrides: Partial<ApplicantDto> = {}): Promise<void> {
    store.load(ID);
    (await request(`/api/v1/applicants/${ID}`)).flush(applicant(overrides));
    (await request(`/api/v1/applicants/${ID}/timeline`)).flush({ items: [] });
    await new Promise((resolve) => setTimeout(resolve));
  }

  beforeEach(() => {
    prompt = { confirm: jest.fn(() => of({})) };
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        ApplicantDetailStore,
        { provide: StageMovePrompt, useValue: prompt },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ApplicantDetailStore);
  });

  afterEach(() => backend.verify());

  it('loads the record and timeline but never the special-category details on its own', async () => {
    await load();
    expect(store.name()).toBe('Ann Lee');
    expect(store.doNotContact()).toBe(false);
    backend.expectNone(`/api/v1/applicants/${ID}/widening-participation`);

    store.showWideningParticipation();
    backend
      .expectOne(`/api/v1/applicants/${ID}/widening-participation`)
      .flush({ wpFirstInFamily: true, wpCareExperienced: null, wpDisability: false, wpEthnicity: null });
    expect(store.wideningParticipation()?.wpFirstInFamily).toBe(true);
    store.hideWideningParticipation();
    expect(store.wideningParticipation()).toBeNull();
  });

  it('flags "do not contact" when consent is missing or withdrawn', async () => {
    await load({ consent: { given: false, givenAt: null, source: null, wordingVersion: null, withdrawnAt: '2026-03-05T10:00:00Z' } });
    expect(store.doNotContact()).toBe(true);
  });

  it('asks why a backward move happens and sends the reason', async () => {
    await load();
    prompt.confirm.mockReturnValue(of({ reason: 'Deferred a year' }));
    const saved = firstValueFrom(store.moveTo('engaged'));
    expect(prompt.confirm).toHaveBeenCalledWith('Ann Lee', 'applied', 'engaged', []);
    const move = backend.expectOne({ method: 'POST', url: `/api/v1/applicants/${ID}/stage` });
    expect(move.request.body).toEqual({ stage: 'engaged', reason: 'Deferred a year' });
    move.flush(applicant({ stage: 'engaged', version: 3 }));
    expect((await saved).stage).toBe('engaged');
    expect(store.applicant()?.stage).toBe('engaged');
    (await request(`/api/v1/applicants/${ID}/timeline`)).flush({ items: [] });
  });

  it('sends the profession someone enrolled on', async () => {
    await load({ stage: 'offer', professionsOfInterest: ['podiatry', 'orthoptics'] });
    prompt.confirm.mockReturnValue(of({ profession: 'orthoptics' }));
    const saved = firstValueFrom(store.moveTo('enrolled'));
    expect(prompt.confirm).toHaveBeenCalledWith('Ann Lee', 'offer', 'enrolled', ['podiatry', 'orthoptics']);
    const move = backend.expectOne({ method: 'POST', url: `/api/v1/applicants/${ID}/stage` });
    expect(move.request.body).toEqual({ stage: 'enrolled', profession: 'orthoptics' });
    move.flush(applicant({ stage: 'enrolled', version: 3 }));
    await saved;
    (await request(`/api/v1/applicants/${ID}/timeline`)).flush({ items: [] });
  });

  it('sends nothing when the reason question is cancelled', async () => {
    await load();
    prompt.confirm.mockReturnValue(of(null));
    expect(await firstValueFrom(store.moveTo('closed').pipe(toArray()))).toEqual([]);
    backend.expectNone(`/api/v1/applicants/${ID}/stage`);
    expect(store.applicant()?.stage).toBe('applied');
  });
});
