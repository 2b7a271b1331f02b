import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { BoardCardDto, BoardDto, Stage, STAGES } from '@pathway/contracts';
import { of, Subject } from 'rxjs';
import { MoveAnswer, StageMovePrompt } from '../stage-move-prompt';
import { BoardStore } from './board-store';

const card = (id: string, stage: Stage): BoardCardDto => ({
  id,
  firstName: id,
  lastName: 'Lee',
  professionsOfInterest: [],
  ownerId: null,
  ownerName: null,
  stage,
  position: 0,
  daysInStage: 5,
  nextFollowUpDueAt: null,
  version: 1,
});

const BOARD: BoardDto = {
  columns: STAGES.map((stage) => ({
    stage,
    total: stage === 'enquiry' ? 30 : stage === 'engaged' ? 2 : 0,
    items:
      stage === 'enquiry'
        ? [card('a', stage), card('b', stage)]
        : stage === 'engaged'
          ? [card('c', stage), card('d', stage)]
          : [],
    nextCursor: stage === 'enquiry' ? 'cursor-1' : null,
  })),
};

describe('BoardStore', () => {
  let store: BoardStore;
  let backend: HttpTestingController;
  let prompt: { confirm: jest.Mock };
  let snackBar: { open: jest.Mock };

  async function request(match: (request: TestRequest['request']) => boolean): Promise<TestRequest> {
    for (let tick = 0; tick < 20; tick++) {
      const [found] = backend.match(match);
      if (found) {
        return found;
      }
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve));
    }
    throw new Error('No matching request');
  }

  const ids = (stage: Stage) =>
    store
      .columns()
      .find((column) => column.stage === stage)
      ?.items.map((item) => item.id);
  const total = (stage: Stage) => store.columns().find((column) => column.stage === stage)?.total;
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  beforeEach(async () => {
    prompt = { confirm: jest.fn(() => of({})) };
    snackBar = { open: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        BoardStore,
        { provide: StageMovePrompt, useValue: prompt },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(BoardStore);
    const load = await request((candidate) => candidate.url === '/api/v1/pipeline/board');
    expect(load.request.params.get('pageSize')).toBe('20');
    load.flush(BOARD);
    await settle();
    TestBed.tick();
  });

  afterEach(() => backend.verify());

  it('shows the first page of every column', () => {
    expect(store.columns().map((column) => column.stage)).toEqual([...STAGES]);
    expect(ids('enquiry')).toEqual(['a', 'b']);
  });

  it('moves a dropped card at once and posts its new neighbours', async () => {
    const moving = store.move('a', 'engaged', 1);
    expect(ids('engaged')).toEqual(['c', 'a', 'd']);
    expect(total('enquiry')).toBe(29);
    expect(total('engaged')).toBe(3);

    const post = await request((candidate) => candidate.url === '/api/v1/pipeline/move');
    expect(post.request.body).toEqual({ applicantId: 'a', stage: 'engaged', beforeId: 'c', afterId: 'd' });
    post.flush({ ...card('a', 'engaged'), daysInStage: 0 });
    await moving;
    expect(store.columns()[1].items[1].daysInStage).toBe(0);
    expect(prompt.confirm).toHaveBeenCalledWith('a Lee', 'enquiry', 'engaged', []);
  });

  it('asks for a reason before closing, and sends it', async () => {
    prompt.confirm.mockReturnValue(of({ reason: 'no_response' }));
    const moving = store.move('b', 'closed', 0);
    expect(prompt.confirm).toHaveBeenCalledWith('b Lee', 'enquiry', 'closed', []);
    const post = await request((candidate) => candidate.url === '/api/v1/pipeline/move');
    expect(post.request.body).toEqual({ applicantId: 'b', stage: 'closed', reason: 'no_response' });
    post.flush(card('b', 'closed'));
    await moving;
    expect(ids('closed')).toEqual(['b']);
  });

  it('puts the card back when the reason is not given', async () => {
    const answer = new Subject<MoveAnswer>();
    prompt.confirm.mockReturnValue(answer);
    const moving = store.move('c', 'enquiry', 0);
    // The card waits in its new place while the question is open…
    expect(ids('enquiry')).toEqual(['c', 'a', 'b']);
    answer.next(null);
    answer.complete();
    await moving;
    // …and goes back when it is cancelled; nothing is sent.
    expect(ids('enquiry')).toEqual(['a', 'b']);
    expect(ids('engaged')).toEqual(['c', 'd']);
    expect(total('engaged')).toBe(2);
    backend.expectNone('/api/v1/pipeline/move');
  });

  it('rolls back and explains when the server refuses the move', async () => {
    const moving = store.move('d', 'engaged', 0);
    expect(ids('engaged')).toEqual(['d', 'c']);
    (await request((candidate) => candidate.url === '/api/v1/pipeline/move')).flush(
      { statusCode: 409, code: 'conflict', message: 'This applicant is archived; restore them first' },
      { status: 409, statusText: 'Conflict' },
    );
    await moving;
    expect(ids('engaged')).toEqual(['c', 'd']);
    expect(snackBar.open).toHaveBeenCalledWith(
      'Could not move d Lee. This applicant is archived; restore them first',
      'Dismiss',
      expect.anything(),
    );
  });

  it('loads the next page of a column from its cursor', async () => {
    store.loadMore('enquiry');
    const page = await request((candidate) => candidate.url === '/api/v1/pipeline/board/enquiry');
    expect(page.request.params.get('cursor')).toBe('cursor-1');
    page.flush({ items: [card('e', 'enquiry')], nextCursor: null });
    await settle();
    expect(ids('enquiry')).toEqual(['a', 'b', 'e']);
    expect(store.columns()[0].nextCursor).toBeNull();
  });
});
