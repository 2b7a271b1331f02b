import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AttendeeDto, Page } from '@pathway/contracts';
import { AttendeeListStore } from './attendee-list-store';

const eventId = '0b6c3f9e-1111-4222-8333-444455556666';

function attendee(applicantId: string, checkedInAt: string | null = null): AttendeeDto {
  return {
    applicantId,
    firstName: 'Person',
    lastName: applicantId,
    email: null,
    stage: 'enquiry',
    registeredAt: '2027-01-01T10:00:00Z',
    checkedInAt,
    how: 'self_registered',
  };
}

const page = (items: AttendeeDto[]): Page<AttendeeDto> => ({ items, total: items.length, page: 1, pageSize: 25 });

describe('AttendeeListStore', () => {
  let store: AttendeeListStore;
  let backend: HttpTestingController;

  /** Answers the next attendees request once the resource has asked for it. */
  async function answer(items: AttendeeDto[]): Promise<void> {
    let request: TestRequest | undefined;
    for (let tick = 0; tick < 20 && !request; tick++) {
      TestBed.tick();
      [request] = backend.match((candidate) => candidate.url === `/api/v1/events/${eventId}/attendees`);
      if (!request) {
        await new Promise((resolve) => setTimeout(resolve));
      }
    }
    if (!request) {
      throw new Error('The store did not ask for attendees');
    }
    request.flush(page(items));
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), AttendeeListStore],
    });
    store = TestBed.inject(AttendeeListStore);
    backend = TestBed.inject(HttpTestingController);
    store.load(eventId);
    await answer([attendee('a'), attendee('b'), attendee('c', '2027-01-01T11:00:00Z')]);
  });

  afterEach(() => backend.verify());

  it('selects only people not yet checked in', () => {
    store.toggle('a');
    store.toggle('c');
    expect([...store.selected()]).toEqual(['a']);
    expect(store.allSelected()).toBe(false);

    store.toggleAll();
    expect([...store.selected()].sort()).toEqual(['a', 'b']);
    expect(store.allSelected()).toBe(true);

    store.toggleAll();
    expect(store.selectedCount()).toBe(0);
  });

  it('checks in the selection in one request, then clears it and reloads', async () => {
    store.toggle('b');
    store.toggle('a');
    let checkedIn = -1;
    store.checkInSelected().subscribe((count) => (checkedIn = count));

    const request = backend.expectOne({ method: 'POST', url: `/api/v1/events/${eventId}/attendees/check-in` });
    expect(request.request.body).toEqual({ applicantIds: ['b', 'a'] });
    request.flush({ checkedIn: 2 });

    expect(checkedIn).toBe(2);
    expect(store.selectedCount()).toBe(0);
    await answer([attendee('a', 'now'), attendee('b', 'now'), attendee('c', 'now')]);
    expect(store.selectable()).toEqual([]);
  });

  it('keeps a selection across a reload for rows that can still be checked in', async () => {
    store.toggle('a');
    store.toggle('b');
    store.reload();
    await answer([attendee('a', '2027-01-01T11:05:00Z'), attendee('b'), attendee('d')]);
    expect([...store.selected()]).toEqual(['b']);
  });
});
