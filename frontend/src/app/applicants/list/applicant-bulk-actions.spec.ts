import { HttpErrorResponse } from '@angular/common/http';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Observable, of, throwError } from 'rxjs';
import { ApplicantBulkActions } from './applicant-bulk-actions';
import { ApplicantListStore } from './applicant-list-store';
import { BulkOwnerDialog } from './bulk-owner-dialog';
import { BulkTagsDialog } from './bulk-tags-dialog';

describe('ApplicantBulkActions', () => {
  let actions: ApplicantBulkActions;
  let answer: unknown;
  let dialog: { open: jest.Mock };
  let snackBar: { open: jest.Mock };
  let store: { selectedCount: () => number; updateSelected: jest.Mock; clearSelection: jest.Mock; reload: jest.Mock };

  beforeEach(() => {
    dialog = { open: jest.fn(() => ({ afterClosed: () => of(answer) })) };
    snackBar = { open: jest.fn() };
    store = {
      selectedCount: () => 3,
      updateSelected: jest.fn((): Observable<number> => of(3)),
      clearSelection: jest.fn(),
      reload: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        ApplicantBulkActions,
        { provide: ApplicantListStore, useValue: store },
        { provide: MatDialog, useValue: dialog },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    actions = TestBed.inject(ApplicantBulkActions);
  });

  it('assigns the chosen owner to the selection, then announces it and refreshes', () => {
    answer = { ownerId: 'owner-2' };
    actions.assignOwner();
    expect(dialog.open).toHaveBeenCalledWith(BulkOwnerDialog, expect.objectContaining({ data: 3 }));
    expect(store.updateSelected).toHaveBeenCalledWith({ ownerId: 'owner-2' });
    expect(snackBar.open).toHaveBeenCalledWith('Updated 3 applicants', 'Dismiss', expect.anything());
    expect(store.clearSelection).toHaveBeenCalled();
    expect(store.reload).toHaveBeenCalled();
  });

  it('adds tags to the selection', () => {
    answer = ['open-day', 'year-12'];
    actions.addTags();
    expect(dialog.open).toHaveBeenCalledWith(BulkTagsDialog, expect.anything());
    expect(store.updateSelected).toHaveBeenCalledWith({ addTags: ['open-day', 'year-12'] });
  });

  it('changes nothing when the dialog is cancelled', () => {
    answer = undefined;
    actions.assignOwner();
    actions.addTags();
    expect(store.updateSelected).not.toHaveBeenCalled();
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('explains a refused change and keeps the selection', () => {
    answer = { ownerId: 'coordinator-1' };
    store.updateSelected.mockReturnValue(
      throwError(() => new HttpErrorResponse({ status: 400, error: { code: 'validation_failed', message: 'ownerId must be an officer, manager or admin' } })),
    );
    actions.assignOwner();
    expect(snackBar.open).toHaveBeenCalledWith('ownerId must be an officer, manager or admin', 'Dismiss', expect.anything());
    expect(store.clearSelection).not.toHaveBeenCalled();
  });
});
