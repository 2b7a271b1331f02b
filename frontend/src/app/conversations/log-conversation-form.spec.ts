import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ConversationDto, ConversationLoggedDto } from '@pathway/contracts';
import { LogConversationForm } from './log-conversation-form';

const URL = '/api/v1/applicants/a1/conversations';

describe('LogConversationForm', () => {
  let fixture: ComponentFixture<LogConversationForm>;
  let backend: HttpTestingController;
  let snackBar: { open: jest.Mock };
  let logged: ConversationLoggedDto[];

  beforeEach(async () => {
    snackBar = { open: jest.fn() };
    TestBed.configureTestingModule({
      imports: [LogConversationForm],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LogConversationForm);
    fixture.componentRef.setInput('applicantId', 'a1');
    logged = [];
    fixture.componentInstance.logged.subscribe((result) => logged.push(result));
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const status = () => element().querySelector('[role="status"] .message')?.textContent?.trim();
  const errors = () => Array.from(element().querySelectorAll('mat-error')).map((error) => error.textContent?.trim());

  async function tick(label: string): Promise<void> {
    const box = Array.from(element().querySelectorAll('mat-checkbox')).find((candidate) =>
      candidate.textContent?.trim().startsWith(label),
    );
    if (!box) {
      throw new Error(`No checkbox "${label}"`);
    }
    (box.querySelector('input') as HTMLInputElement).click();
    await fixture.whenStable();
  }

  async function type(label: string, value: string): Promise<void> {
    const field = Array.from(element().querySelectorAll('mat-form-field')).find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    );
    const input = field?.querySelector('input, textarea') as HTMLInputElement | null;
    if (!input) {
      throw new Error(`No field "${label}"`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('updates the live verdict as the criteria are ticked', async () => {
    expect(status()).toContain('Not a serious conversation yet');
    await tick('It was a two-way conversation');
    await tick('A specific profession discussed');
    await tick('Entry routes discussed');
    expect(status()).toBe(
      'Not a serious conversation yet: no next step was agreed; 1 more of the five criteria is needed (2 of 3 met)',
    );
    await tick('A next step agreed');
    expect(status()).toBe('Counts as a serious conversation');
  });

  it('asks what the next step is once one is agreed, and not before', async () => {
    expect(element().textContent).not.toContain('Next step');
    await tick('A next step agreed');
    await submit();
    expect(errors()).toEqual(['Enter next step']);
    backend.expectNone(URL);
  });

  it('sends the criteria and the moment, never `serious`, and reports what happened', async () => {
    await type('Date', '20/11/2025');
    await type('Time', '14:30');
    await type('Summary', '  Talked about podiatry  ');
    await tick('It was a two-way conversation');
    await tick('A specific profession discussed');
    await tick('Entry routes discussed');
    await tick('A next step agreed');
    await type('Next step', 'Book an open day');
    await submit();

    const request = backend.expectOne({ method: 'POST', url: URL });
    expect(request.request.body).toEqual({
      occurredAt: new Date(2025, 10, 20, 14, 30).toISOString(),
      channel: 'in_person',
      eventId: null,
      summary: 'Talked about podiatry',
      twoWay: true,
      professionDiscussed: true,
      routesDiscussed: true,
      fundingDiscussed: false,
      placementsDiscussed: false,
      nextStepAgreed: true,
      nextStep: 'Book an open day',
      barrier: null,
    });
    expect(request.request.body).not.toHaveProperty('serious');

    const result = { id: 'c1', serious: true, stageChangedFrom: 'engaged', followUpId: 'f1' } as ConversationLoggedDto;
    request.flush(result, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(logged).toEqual([result]);
    expect(snackBar.open.mock.calls[0][0]).toMatch(
      /^Conversation logged — moved to Serious conversation — follow-up planned for \d{1,2} \w{3} \d{4}$/,
    );
  });

  it('drops a next step that was typed and then un-agreed', async () => {
    await tick('A next step agreed');
    await type('Next step', 'Call back');
    await tick('A next step agreed');
    await submit();
    const request = backend.expectOne(URL);
    expect(request.request.body).toMatchObject({ nextStepAgreed: false, nextStep: null });
    request.flush({ id: 'c1', serious: false, stageChangedFrom: null, followUpId: null });
  });

  it('refuses a time later today than now without calling the API', async () => {
    const later = new Date(Date.now() + 2 * 3600_000);
    if (later.getDate() !== new Date().getDate()) {
      return; // Near midnight "two hours from now" is tomorrow, which the date picker already refuses.
    }
    await type('Time', `${String(later.getHours()).padStart(2, '0')}:${String(later.getMinutes()).padStart(2, '0')}`);
    await submit();
    expect(errors()).toEqual(['The conversation cannot be in the future']);
    backend.expectNone(URL);
  });

  it('puts the API field errors beside their fields and logs nothing', async () => {
    await submit();
    backend.expectOne(URL).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation_failed',
        message: 'Some fields are not valid',
        details: [
          { field: 'occurredAt', message: 'must not be in the future' },
          { field: 'barrier', message: 'must be at most 500 characters' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errors()).toEqual(['Time must not be in the future', 'Barrier must be at most 500 characters']);
    expect(logged).toEqual([]);
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('shows an error without details as a message above the form', async () => {
    await submit();
    backend
      .expectOne(URL)
      .flush(
        {
          statusCode: 409,
          error: 'Conflict',
          code: 'conflict',
          message: 'This applicant is archived; restore them first',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'This applicant is archived; restore them first',
    );
  });

  describe('correcting a conversation', () => {
    const serious: ConversationDto = {
      id: 'c1',
      applicantId: 'a1',
      applicantName: 'Ann Lee',
      officerId: 'o1',
      officerName: 'Jordan Ellis',
      occurredAt: '2025-11-20T14:30:00.000Z',
      channel: 'phone',
      eventId: null,
      eventTitle: null,
      summary: 'Talked about podiatry',
      twoWay: true,
      professionDiscussed: true,
      routesDiscussed: true,
      fundingDiscussed: false,
      placementsDiscussed: false,
      nextStepAgreed: true,
      nextStep: 'Open day',
      barrier: null,
      serious: true,
      createdAt: '2025-11-20T14:31:00.000Z',
      updatedAt: '2025-11-20T14:31:00.000Z',
      version: 3,
    };

    it('starts from what was logged, asks why a serious one is corrected, and sends only the change', async () => {
      fixture.componentRef.setInput('existing', serious);
      await fixture.whenStable();
      await type('Summary', 'Talked about podiatry and funding');
      await submit();
      expect(errors()).toContain('Enter reason for the correction');
      backend.expectNone({ method: 'PATCH' });

      await type('Reason for the correction', 'Summary was cut short');
      await submit();
      const request = backend.expectOne({ method: 'PATCH', url: '/api/v1/conversations/c1' });
      expect(request.request.body).toEqual({
        summary: 'Talked about podiatry and funding',
        version: 3,
        reason: 'Summary was cut short',
      });
      request.flush({
        ...serious,
        summary: 'Talked about podiatry and funding',
        version: 4,
        stageChangedFrom: null,
        followUpId: null,
      });
      await fixture.whenStable();
      expect(logged).toHaveLength(1);
      expect(snackBar.open).toHaveBeenCalledWith('Conversation corrected', 'Dismiss', { duration: 6000 });
    });

    it('needs no reason for an ordinary conversation that stays ordinary', async () => {
      fixture.componentRef.setInput('existing', { ...serious, serious: false, nextStepAgreed: false, nextStep: null });
      await fixture.whenStable();
      expect(element().textContent).not.toContain('Reason for the correction');
      await type('Barrier mentioned', 'Travel');
      await submit();
      const request = backend.expectOne({ method: 'PATCH', url: '/api/v1/conversations/c1' });
      expect(request.request.body).toEqual({ barrier: 'Travel', version: 3 });
      request.flush({
        ...serious,
        serious: false,
        barrier: 'Travel',
        version: 4,
        stageChangedFrom: null,
        followUpId: null,
      });
    });
  });
});
