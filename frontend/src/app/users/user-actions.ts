import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { UpdateUserRequest, UserDto } from '@pathway/contracts';
import { filter, switchMap } from 'rxjs';
import { errorMessage, hasErrorCode } from '../core/api-error';
import { ConfirmDialog, ConfirmDialogData } from '../core/confirm-dialog/confirm-dialog';
import { CreateUserDialog } from './create-user-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserListStore } from './user-list-store';
import { UsersApi } from './users-api';

/** A dialog that changed a user closes with the saved user, or with `'reload'` when the row it had was stale. */
export type UserDialogResult = UserDto | 'reload' | undefined;

const DIALOG_SIZE = { width: '480px', maxWidth: '95vw' };

/** What an admin can do to users from the list; each success or failure is announced and the list refreshed. */
@Injectable()
export class UserActions {
  private readonly api = inject(UsersApi);
  private readonly store = inject(UserListStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  create(): void {
    this.dialog
      .open<CreateUserDialog, void, UserDto>(CreateUserDialog, DIALOG_SIZE)
      .afterClosed()
      .subscribe((user) => user && this.done('User created'));
  }

  edit(user: UserDto): void {
    this.dialog
      .open<EditUserDialog, UserDto, UserDialogResult>(EditUserDialog, { ...DIALOG_SIZE, data: user })
      .afterClosed()
      .subscribe((result) => this.afterDialog(result, 'Changes saved'));
  }

  resetPassword(user: UserDto): void {
    this.dialog
      .open<ResetPasswordDialog, UserDto, UserDialogResult>(ResetPasswordDialog, { ...DIALOG_SIZE, data: user })
      .afterClosed()
      .subscribe((result) => this.afterDialog(result, `Password reset. ${user.name} was signed out everywhere.`));
  }

  deactivate(user: UserDto): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        role: 'alertdialog',
        maxWidth: '95vw',
        width: '440px',
        data: {
          title: `Deactivate ${user.name}?`,
          message: 'They will be signed out at once and cannot sign in until reactivated.',
          confirmLabel: 'Deactivate',
        },
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.update(user.id, { version: user.version, active: false })),
      )
      .subscribe({
        next: () => this.done(`${user.name} deactivated`),
        error: (error: unknown) => this.failed(error),
      });
  }

  reactivate(user: UserDto): void {
    this.save(user, { active: true }, `${user.name} reactivated`);
  }

  private save(user: UserDto, changes: Omit<UpdateUserRequest, 'version'>, message: string): void {
    this.api.update(user.id, { ...changes, version: user.version }).subscribe({
      next: () => this.done(message),
      error: (error: unknown) => this.failed(error),
    });
  }

  private afterDialog(result: UserDialogResult, message: string): void {
    if (result === 'reload') {
      this.store.reload();
    } else if (result) {
      this.done(message);
    }
  }

  private done(message: string): void {
    this.snackBar.open(message, 'Dismiss', { duration: 4000 });
    this.store.reload();
  }

  /** 400s and 409s are ours to explain; the error interceptor has already announced anything else. */
  private failed(error: unknown): void {
    if (hasErrorCode(error, 'stale_version')) {
      this.snackBar
        .open(errorMessage(error), 'Reload', { duration: 10000 })
        .onAction()
        .subscribe(() => this.store.reload());
    } else if (error instanceof HttpErrorResponse && (error.status === 400 || error.status === 409)) {
      this.snackBar.open(errorMessage(error), 'Dismiss', { duration: 8000 });
    }
  }
}
