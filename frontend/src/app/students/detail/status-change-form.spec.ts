import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { StatusChange } from './student-detail-store';
import { StatusChangeForm } from './status-change-form';

describe('StatusChangeForm', () => {
  let fixture: ComponentFixture<StatusChangeForm>;
  let saved: StatusChange[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [StatusChangeForm], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(StatusChangeForm);
    fixture.componentRef.setInput('current', 'active');
    saved = [];
    fixture.componentInstance.save.subscribe((change) => saved.push(change));
    await fixture.whenStable();
  });

  const form = () => fixture.componentInstance.form;
  async function submit(): Promise<void> {
    (fixture.nativeElement as HTMLElement).querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('needs a reason to withdraw, and sends none for other statuses', async () => {
    form().controls.status.setValue('withdrawn');
    await submit();
    expect(saved).toEqual([]);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Enter reason for withdrawing');

    form().controls.withdrawalReason.setValue('financial');
    form().controls.note.setValue('  Could not afford travel ');
    await submit();
    expect(saved).toEqual([{ status: 'withdrawn', withdrawalReason: 'financial', statusNote: 'Could not afford travel' }]);

    form().controls.status.setValue('interrupted');
    await submit();
    expect(saved[1]).toEqual({ status: 'interrupted', withdrawalReason: null, statusNote: 'Could not afford travel' });
  });

  it('starts again after a saved change', async () => {
    form().controls.status.setValue('interrupted');
    form().controls.note.setValue('Illness');
    await submit();
    fixture.componentRef.setInput('current', 'interrupted');
    await fixture.whenStable();
    expect(form().getRawValue()).toEqual({ status: null, withdrawalReason: null, note: '' });
    // The emptied form is not shown as a failed submission.
    expect((fixture.nativeElement as HTMLElement).querySelector('mat-error')).toBeNull();
  });
});
