import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { followUp } from './follow-up-fixtures';
import { ReassignFollowUpDialog } from './reassign-follow-up-dialog';

describe('ReassignFollowUpDialog', () => {
  let fixture: ComponentFixture<ReassignFollowUpDialog>;
  let backend: HttpTestingController;
  let dialogRef: { close: jest.Mock };

  beforeEach(async () => {
    dialogRef = { close: jest.fn() };
    TestBed.configureTestingModule({
      imports: [ReassignFollowUpDialog],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: MAT_DIALOG_DATA, useValue: followUp('f1', { assigneeId: 'jordan', version: 2 }) },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReassignFollowUpDialog);
    backend.expectOne('/api/v1/users/directory').flush([
      { id: 'jordan', name: 'Jordan Ellis', role: 'officer' },
      { id: 'priya', name: 'Priya Shah', role: 'manager' },
      { id: 'alex', name: 'Alex Morgan', role: 'admin' },
      { id: 'sam', name: 'Sam Okafor', role: 'coordinator' },
    ]);
    // Reference data loads together; professions are not what this dialog needs.
    backend.match('/api/v1/professions').forEach((request) => request.flush([]));
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('offers only people who can act on follow-ups, and sends the choice with the version', async () => {
    const select = fixture.nativeElement.querySelector('.mat-mdc-select-trigger') as HTMLElement;
    select.click();
    await fixture.whenStable();
    const options = Array.from(document.querySelectorAll('mat-option')).map((option) => option.textContent?.trim());
    expect(options).toEqual(['Jordan Ellis (Outreach officer)', 'Alex Morgan (Admin)']);

    (document.querySelectorAll('mat-option')[1] as HTMLElement).click();
    (fixture.nativeElement as HTMLElement).querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/v1/follow-ups/f1' });
    expect(request.request.body).toEqual({ version: 2, assigneeId: 'alex' });
    request.flush({ id: 'f1' });
    expect(dialogRef.close).toHaveBeenCalledWith({ id: 'f1' });
  });
});
