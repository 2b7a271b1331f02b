import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ChangePasswordForm, PASSWORDS_DIFFER } from './change-password-form';

describe('ChangePasswordForm', () => {
  let fixture: ComponentFixture<ChangePasswordForm>;
  let backend: HttpTestingController;
  let snackBar: { open: jest.Mock };

  beforeEach(async () => {
    snackBar = { open: jest.fn() };
    TestBed.configureTestingModule({
      imports: [ChangePasswordForm],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChangePasswordForm);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const errors = () => Array.from(element().querySelectorAll('mat-error')).map((error) => error.textContent?.trim());

  function fill(current: string, next: string, confirmation: string): void {
    const inputs = element().querySelectorAll('input');
    [current, next, confirmation].forEach((value, index) => {
      inputs[index].value = value;
      inputs[index].dispatchEvent(new Event('input'));
    });
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('says when the new passwords do not match and sends nothing', async () => {
    fill('my old password', 'a brand new password', 'a different password');
    await submit();

    expect(errors()).toEqual([PASSWORDS_DIFFER]);
    backend.expectNone('/api/v1/auth/password');
  });

  it('asks for at least 12 characters', async () => {
    fill('my old password', 'too short', 'too short');
    await submit();

    expect(errors()).toEqual(['New password needs at least 12 characters']);
    backend.expectNone('/api/v1/auth/password');
  });

  it('shows a wrong current password under its field', async () => {
    fill('not my password', 'a brand new password', 'a brand new password');
    await submit();

    backend.expectOne('/api/v1/auth/password').flush(
      {
        code: 'wrong_password',
        message: 'Your current password is not right',
        details: [{ field: 'currentPassword', message: 'is not right' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(errors()).toEqual(['Current password is not right']);
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('changes the password, confirms it and clears the form', async () => {
    fill('my old password', 'a brand new password', 'a brand new password');
    await submit();

    const request = backend.expectOne({ method: 'POST', url: '/api/v1/auth/password' });
    expect(request.request.body).toEqual({ currentPassword: 'my old password', newPassword: 'a brand new password' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(snackBar.open).toHaveBeenCalledWith(
      'Password changed. Your other sessions were signed out.',
      'Dismiss',
      expect.anything(),
    );
    expect(Array.from(element().querySelectorAll('input')).map((input) => input.value)).toEqual(['', '', '']);
    expect(errors()).toEqual([]);
  });
});
