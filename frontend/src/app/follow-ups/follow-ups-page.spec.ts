import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DueBucket, FollowUpDto, FollowUpSummaryDto, Role, ROLE_PERMISSIONS } from '@pathway/contracts';
import { AuthStore } from '../core/auth/auth-store';
import { followUp, pageOf } from './follow-up-fixtures';
import { FollowUpsPage } from './follow-ups-page';

const LIST = '/api/v1/follow-ups';
const SUMMARY = '/api/v1/follow-ups/summary';

describe('FollowUpsPage', () => {
  let fixture: ComponentFixture<FollowUpsPage>;
  let backend: HttpTestingController;

  async function open(role: Role, view?: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'user-7', email: 'me@example.org', name: 'Me', role, permissions: [...ROLE_PERMISSIONS[role]] },
    });
    fixture = TestBed.createComponent(FollowUpsPage);
    if (view) {
      fixture.componentRef.setInput('view', view);
    }
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const section = (label: string) =>
    Array.from(element().querySelectorAll('section')).find((candidate) =>
      text(candidate.querySelector('h2')).startsWith(label),
    );
  const names = (label: string) => Array.from(section(label)?.querySelectorAll('.name') ?? []).map((name) => text(name));

  function bucketRequest(bucket: DueBucket): TestRequest {
    return backend.expectOne(
      (request) => request.url === LIST && request.params.get('due') === bucket && request.params.get('page') === '1',
    );
  }

  async function answer(summary: FollowUpSummaryDto, lists: Partial<Record<DueBucket, [FollowUpDto[], number?]>>) {
    backend.expectOne((request) => request.url === SUMMARY && request.params.get('assignee') === 'me').flush(summary);
    for (const bucket of ['overdue', 'today', 'week', 'later'] as const) {
      const request = bucketRequest(bucket);
      expect(request.request.params.get('assignee')).toBe('me');
      expect(request.request.params.get('pageSize')).toBe('10');
      const [items, total] = lists[bucket] ?? [[]];
      request.flush(pageOf(items, total ?? items.length));
    }
    await fixture.whenStable();
  }

  it('groups my follow-ups by when they are due, counting each group', async () => {
    await open('officer');
    await answer(
      { overdue: 2, today: 0, week: 1, later: 1 },
      {
        overdue: [[followUp('1', { bucket: 'overdue' }), followUp('2', { bucket: 'overdue' })]],
        week: [[followUp('3')]],
        later: [[followUp('4', { bucket: 'later' })]],
      },
    );

    expect(Array.from(element().querySelectorAll('section h2')).map((heading) => text(heading))).toEqual([
      'Overdue 2: 2',
      'Today 0: 0',
      'This week 1: 1',
      'Later 1: 1',
    ]);
    expect(names('Overdue')).toEqual(['Person 1', 'Person 2']);
    expect(names('Today')).toEqual([]);
    expect(text(section('Today')?.querySelector('.empty'))).toBe('Nothing else due today.');
    expect(names('This week')).toEqual(['Person 3']);
    expect(names('Later')).toEqual(['Person 4']);
    expect(element().textContent).not.toContain('Well done');
  });

  it('shows more of a long section on request, after what is shown', async () => {
    await open('officer');
    const first = Array.from({ length: 10 }, (_, index) => followUp(`o${index}`, { bucket: 'overdue' }));
    await answer({ overdue: 12, today: 0, week: 0, later: 0 }, { overdue: [first, 12] });

    const more = section('Overdue')?.querySelector('.more button') as HTMLButtonElement;
    expect(text(more)).toBe('Show more in Overdue (2 left)');
    more.click();
    const request = backend.expectOne((candidate) => candidate.url === LIST && candidate.params.get('page') === '2');
    expect(request.request.params.get('due')).toBe('overdue');
    request.flush(pageOf([followUp('o10'), followUp('o11')], 12, 2));
    await fixture.whenStable();

    expect(names('Overdue')).toHaveLength(12);
    expect(section('Overdue')?.querySelector('.more')).toBeNull();
  });

  it('says so when nothing at all is due', async () => {
    await open('officer');
    await answer({ overdue: 0, today: 0, week: 0, later: 0 }, {});
    expect(text(element().querySelector('.state-title'))).toBe('Nothing due. Well done.');
    expect(element().querySelectorAll('section')).toHaveLength(0);
  });

  it('lets officers act on their follow-ups but not managers, who get the team view', async () => {
    await open('officer');
    await answer({ overdue: 1, today: 0, week: 0, later: 0 }, { overdue: [[followUp('1', { bucket: 'overdue' })]] });
    expect(text(element())).toContain('Complete the follow-up with Person 1');
    expect(text(element())).toContain('Plan a follow-up');
    expect(element().querySelector('mat-button-toggle-group')).toBeNull();
  });

  it('shows managers the team’s overdue follow-ups grouped by assignee, read-only', async () => {
    await open('manager', 'team');
    const request = backend.expectOne((candidate) => candidate.url === LIST && candidate.params.get('due') === 'overdue');
    expect(request.request.params.has('assignee')).toBe(false);
    backend.expectNone((candidate) => candidate.url === SUMMARY && candidate.params.get('assignee') === 'me');
    request.flush(
      pageOf(
        [
          followUp('1', { assigneeId: 'tom', assigneeName: 'Tom Reilly', bucket: 'overdue' }),
          followUp('2', { assigneeId: 'aisha', assigneeName: 'Aisha Khan', bucket: 'overdue' }),
          followUp('3', { assigneeId: 'tom', assigneeName: 'Tom Reilly', bucket: 'overdue' }),
        ],
        140,
        1,
        100,
      ),
    );
    // Each person's overdue count in all, beyond what the first page shows.
    backend.expectOne((candidate) => candidate.url === SUMMARY && candidate.params.get('assignee') === 'tom').flush({
      overdue: 2,
      today: 0,
      week: 0,
      later: 0,
    });
    backend.expectOne((candidate) => candidate.url === SUMMARY && candidate.params.get('assignee') === 'aisha').flush({
      overdue: 41,
      today: 0,
      week: 0,
      later: 0,
    });
    await fixture.whenStable();

    expect(element().querySelector('mat-button-toggle-group')).not.toBeNull();
    expect(Array.from(element().querySelectorAll('pw-team-overdue section h2')).map((heading) => text(heading))).toEqual([
      'Aisha Khan 41: 41 overdue',
      'Tom Reilly 2: 2 overdue',
    ]);
    expect(text(element().querySelector('.team-total'))).toBe('140 overdue follow-ups across the team; showing the first 3.');
    expect(text(element().querySelector('.group-note'))).toBe('Showing 1 of them, most overdue first.');
    expect(text(element())).not.toContain('Complete');
    expect(text(element())).not.toContain('Plan a follow-up');
  });
});
