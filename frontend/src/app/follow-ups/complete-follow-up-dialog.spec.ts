import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { CompleteFollowUpDialog } from './complete-follow-up-dialog';
import { followUp } from './follow-up-fixtures';

describe('CompleteFollowUpDialog', () => {
  let fixture: ComponentFixture<CompleteFollowUpDialog>;
  let backend: HttpTestingController;
  let dialogRef: { close: jest.Mock };
  const open = followUp('f1', { version: 4, applicantName: 'Evie Murray' });

  beforeEach(async () => {
    dialogRef = { close: jest.fn() };
    TestBed.configureTestingModule({
      imports: [CompleteFollowUpDialog],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: MAT_DIALOG_DATA, useValue: open },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CompleteFollowUpDialog);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const element = () => fixture.nativeElement as HTMLElement;

  async function typeOutcome(value: string): Promise<void> {
    const textarea = element().querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = value;
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('asks what happened before marking it done', async () => {
    await submit();
    expect(element().querySelector('mat-error')?.textContent?.trim()).toBe('Enter outcome');
    backend.expectNone('/api/v1/follow-ups/f1');
  });

  it('marks it done with the outcome and the version it was shown at', async () => {
    await typeOutcome('  Booked onto the open day ');
    await submit();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/v1/follow-ups/f1' });
    expect(request.request.body).toEqual({ version: 4, status: 'done', outcome: 'Booked onto the open day' });
    const saved = { ...open, status: 'done', outcome: 'Booked onto the open day', version: 5 };
    request.flush(saved);
    expect(dialogRef.close).toHaveBeenCalledWith(saved);
  });

  it('fills the outcome from a common one in one tap', async () => {
    const suggestion = Array.from(element().querySelectorAll('button')).find(
      (button) => button.textContent?.trim() === 'Left a message',
    );
    suggestion?.click();
    await submit();
    const request = backend.expectOne('/api/v1/follow-ups/f1');
    expect(request.request.body.outcome).toBe('Left a message');
    request.flush(open);
  });

  it('closes as stale when someone else changed it first', async () => {
    await typeOutcome('Spoke to them');
    await submit();
    backend.expectOne('/api/v1/follow-ups/f1').flush(
      { statusCode: 409, error: 'Conflict', code: 'stale_version', message: 'Someone else changed this follow-up' },
      { status: 409, statusText: 'Conflict' },
    );
    expect(dialogRef.close).toHaveBeenCalledWith('stale');
  });
});
