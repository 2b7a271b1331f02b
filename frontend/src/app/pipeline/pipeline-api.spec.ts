import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PipelineApi } from './pipeline-api';

describe('PipelineApi', () => {
  let api: PipelineApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(PipelineApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for the board with its filters, leaving unset ones out', () => {
    api.board({ profession: 'podiatry', mine: true, pageSize: 20 }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/pipeline/board');
    expect(request.request.params.keys().sort()).toEqual(['mine', 'pageSize', 'profession']);
    expect(request.request.params.get('mine')).toBe('true');
    request.flush({ columns: [] });
  });

  it('pages one column from its cursor', () => {
    api.column('serious_conversation', 'abc', { ownerId: 'u1', pageSize: 20 }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/pipeline/board/serious_conversation');
    expect(request.request.params.get('cursor')).toBe('abc');
    expect(request.request.params.get('ownerId')).toBe('u1');
    request.flush({ items: [], nextCursor: null });
  });

  it('posts a move with its neighbours', () => {
    api.move({ applicantId: 'a', stage: 'engaged', beforeId: 'b', afterId: 'c' }).subscribe();
    const request = backend.expectOne({ method: 'POST', url: '/api/v1/pipeline/move' });
    expect(request.request.body).toEqual({ applicantId: 'a', stage: 'engaged', beforeId: 'b', afterId: 'c' });
    request.flush({});
  });
});
