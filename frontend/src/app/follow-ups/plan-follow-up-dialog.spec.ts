import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PlanFollowUpDialog, PlanFollowUpDialogData } from './plan-follow-up-dialog';

describe('PlanFollowUpDialog', () => {
  let fixture: ComponentFixture<PlanFollowUpDialog>;
  let backend: HttpTestingController;
  let dialogRef: { close: jest.Mock };

  async function open(data: PlanFollowUpDialogData): Promise<void> {
    dialogRef = { close: jest.fn() };
    TestBed.configureTestingModule({
      imports: [PlanFollowUpDialog],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: MAT_DIALOG_DATA, useValue: data },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanFollowUpDialog);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('plans a call for tomorrow at 10:00 for a known person by default', async () => {
    await open({ applicant: { id: 'a1', name: 'Evie Murray', doNotContact: false } });
    expect(element().querySelector('h2')?.textContent?.trim()).toBe('Plan a follow-up with Evie Murray');
    await submit();
    const request = backend.expectOne({ method: 'POST', url: '/api/v1/follow-ups' });
    const now = new Date();
    expect(request.request.body).toEqual({
      applicantId: 'a1',
      type: 'call',
      dueAt: new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0).toISOString(),
      notes: null,
    });
    request.flush({ id: 'f1' }, { status: 201, statusText: 'Created' });
    expect(dialogRef.close).toHaveBeenCalledWith({ id: 'f1' });
  });

  it('only allows an "Other" reminder for someone who withdrew consent', async () => {
    await open({ applicant: { id: 'a1', name: 'Evie Murray', doNotContact: true } });
    expect(element().textContent).toContain('Do not contact: they withdrew consent');
    await submit();
    const request = backend.expectOne('/api/v1/follow-ups');
    expect(request.request.body.type).toBe('other');
    request.flush({ id: 'f1' });
  });

  it('explains the API refusing to contact someone who withdrew consent', async () => {
    await open({ applicant: { id: 'a1', name: 'Evie Murray', doNotContact: false } });
    await submit();
    backend.expectOne('/api/v1/follow-ups').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'do_not_contact',
        message: 'Evie Murray has withdrawn consent to be contacted: only "other" follow-ups are allowed',
        details: [{ field: 'type', message: 'must not contact someone who withdrew consent' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent?.trim()).toContain('has withdrawn consent');
    expect(dialogRef.close).not.toHaveBeenCalled();
  });

  it('finds the person as their name is typed', async () => {
    await open({});
    const input = element().querySelector('input[formcontrolname="applicant"]') as HTMLInputElement;
    input.focus();
    input.value = 'Thom';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 350));
    const request = backend.expectOne((candidate) => candidate.url === '/api/v1/applicants');
    expect(request.request.params.get('search')).toBe('Thom');
    request.flush({ items: [], total: 0, page: 1, pageSize: 10 });
  });

  it('asks who the follow-up is with when opened from the follow-ups page', async () => {
    await open({});
    await submit();
    expect(element().querySelector('mat-error')?.textContent?.trim()).toBe('Enter person');
    backend.expectNone('/api/v1/follow-ups');
  });
});
