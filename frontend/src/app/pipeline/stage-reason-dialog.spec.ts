import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Stage } from '@pathway/contracts';
import { StageReasonDialogData } from './stage-reason-dialog';
import { needsProfession, needsReason } from './stage-move-prompt';
import { StageReasonDialog } from './stage-reason-dialog';

describe('StageReasonDialog', () => {
  let fixture: ComponentFixture<StageReasonDialog>;
  let dialogRef: { close: jest.Mock };

  async function open(from: Stage, to: Stage, extra: Partial<StageReasonDialogData> = {}): Promise<HTMLElement> {
    dialogRef = { close: jest.fn() };
    TestBed.configureTestingModule({
      imports: [StageReasonDialog],
      providers: [
        provideZonelessChangeDetection(),
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: MAT_DIALOG_DATA, useValue: { name: 'Ann Lee', from, to, ...extra } },
      ],
    });
    fixture = TestBed.createComponent(StageReasonDialog);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function submit(element: HTMLElement): Promise<void> {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('asks why a backward move happens and needs an answer', async () => {
    const element = await open('applied', 'engaged');
    expect(element.textContent).toContain('Why is this moving back?');
    expect(element.textContent).toContain('From Applied to Engaged');

    await submit(element);
    expect(element.querySelector('mat-error')?.textContent).toContain('Say why this is moving back');
    expect(dialogRef.close).not.toHaveBeenCalled();

    const textarea = element.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = '  Deferred to next year ';
    textarea.dispatchEvent(new Event('input'));
    await submit(element);
    expect(dialogRef.close).toHaveBeenCalledWith({ reason: 'Deferred to next year' });
  });

  it('offers the close reasons when closing', async () => {
    const element = await open('engaged', 'closed');
    expect(element.textContent).toContain('Reason for closing');
    expect(element.querySelector('textarea')).toBeNull();
    await submit(element);
    expect(element.querySelector('mat-error')?.textContent).toContain('Choose a reason for closing');
    expect(dialogRef.close).not.toHaveBeenCalled();
  });
});

describe('StageReasonDialog when enrolling', () => {
  it('asks which of their professions someone enrolled on', async () => {
    const dialogRef = { close: jest.fn() };
    TestBed.configureTestingModule({
      imports: [StageReasonDialog],
      providers: [
        provideZonelessChangeDetection(),
        { provide: MatDialogRef, useValue: dialogRef },
        {
          provide: MAT_DIALOG_DATA,
          useValue: {
            name: 'Ann Lee',
            from: 'offer',
            to: 'enrolled',
            professions: [
              { code: 'podiatry', name: 'Podiatry' },
              { code: 'orthoptics', name: 'Orthoptics' },
            ],
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(StageReasonDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('Enrol Ann Lee');
    expect(element.textContent).toContain('Profession they enrolled on');

    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent).toContain('Choose the profession they enrolled on');
    expect(dialogRef.close).not.toHaveBeenCalled();
  });

  it.each<[Stage, string[], boolean]>([
    ['enrolled', ['podiatry', 'orthoptics'], true],
    ['enrolled', ['podiatry'], false],
    ['offer', ['podiatry', 'orthoptics'], false],
  ])('moving to %s with %j needs a profession: %s', (to, professions, expected) => {
    expect(needsProfession(to, professions)).toBe(expected);
  });
});

describe('needsReason', () => {
  it.each<[Stage, Stage, boolean]>([
    ['enquiry', 'applied', false],
    ['applied', 'enquiry', true],
    ['offer', 'closed', true],
    ['closed', 'engaged', false],
  ])('%s → %s needs a reason: %s', (from, to, expected) => {
    expect(needsReason(from, to)).toBe(expected);
  });
});
