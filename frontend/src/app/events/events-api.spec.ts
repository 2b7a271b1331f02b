import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EventsApi } from './events-api';

describe('EventsApi', () => {
  let api: EventsApi;
  let backend: HttpTestingController;
  const id = '0b6c3f9e-1111-4222-8333-444455556666';
  const person = '9a6c3f9e-1111-4222-8333-444455556666';

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(EventsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists with only the filters that are set', () => {
    api.list({ search: 'fair', when: 'past', type: 'careers_fair', campaignId: '', page: 2, pageSize: 25 }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/events');
    expect(request.request.params.toString()).toBe('search=fair&when=past&type=careers_fair&page=2&pageSize=25');
    request.flush({ items: [], total: 0, page: 2, pageSize: 25 });
  });

  it('gets, creates and updates an event', () => {
    api.get(id).subscribe();
    backend.expectOne({ method: 'GET', url: `/api/v1/events/${id}` }).flush({});

    const created = { title: 'Open day', type: 'open_day', format: 'in_person', startsAt: 'a', endsAt: 'b' } as const;
    api.create(created).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/events' }).request.body).toEqual(created);

    api.update(id, { version: 4, leafletsTaken: 10 }).subscribe();
    expect(backend.expectOne({ method: 'PATCH', url: `/api/v1/events/${id}` }).request.body).toEqual({
      version: 4,
      leafletsTaken: 10,
    });
  });

  it('pages attendees', () => {
    api.attendees(id, { page: 3, pageSize: 10 }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === `/api/v1/events/${id}/attendees`);
    expect(request.request.params.toString()).toBe('page=3&pageSize=10');
    request.flush({ items: [], total: 0, page: 3, pageSize: 10 });
  });

  it('adds an attendee and answers their applicant id', () => {
    let added = '';
    api
      .addAttendee(id, { applicant: { firstName: 'Ann', lastName: 'Lee' }, allowDuplicate: true })
      .subscribe((applicantId) => (added = applicantId));
    const request = backend.expectOne({ method: 'POST', url: `/api/v1/events/${id}/attendees` });
    expect(request.request.body).toEqual({ applicant: { firstName: 'Ann', lastName: 'Lee' }, allowDuplicate: true });
    request.flush({ applicantId: person });
    expect(added).toBe(person);
  });

  it('checks in one or several attendees and answers how many', () => {
    const counts: number[] = [];
    api.checkIn(id, person).subscribe((count) => counts.push(count));
    const one = backend.expectOne({ method: 'POST', url: `/api/v1/events/${id}/attendees/${person}/check-in` });
    expect(one.request.body).toEqual({});
    one.flush({ checkedIn: 1 });

    api.checkInMany(id, [person, id]).subscribe((count) => counts.push(count));
    const many = backend.expectOne({ method: 'POST', url: `/api/v1/events/${id}/attendees/check-in` });
    expect(many.request.body).toEqual({ applicantIds: [person, id] });
    many.flush({ checkedIn: 2 });

    expect(counts).toEqual([1, 2]);
  });

  it('removes an attendee', () => {
    api.removeAttendee(id, person).subscribe();
    backend.expectOne({ method: 'DELETE', url: `/api/v1/events/${id}/attendees/${person}` }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
  });
});
