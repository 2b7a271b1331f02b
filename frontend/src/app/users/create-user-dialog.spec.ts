import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { CreateUserDialog } from './create-user-dialog';

describe('CreateUserDialog', () => {
  let fixture: ComponentFixture<CreateUserDialog>;
  let backend: HttpTestingController;
  let dialogRef: { close: jest.Mock };

  beforeEach(async () => {
    dialogRef = { close: jest.fn() };
    TestBed.configureTestingModule({
      imports: [CreateUserDialog],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: dialogRef },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CreateUserDialog);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const errors = () => Array.from(element().querySelectorAll('mat-error')).map((error) => error.textContent?.trim());

  function type(label: string, value: string): void {
    const field = Array.from(element().querySelectorAll('mat-form-field')).find((candidate) =>
      candidate.querySelector('mat-label')?.textContent?.trim().startsWith(label),
    );
    const input = field?.querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('shows client-side errors without calling the API', async () => {
    type('Email', 'not-an-email');
    type('Initial password', 'short');
    await submit();

    expect(errors()).toEqual([
      'Enter name',
      'Enter a valid email address, like name@example.org',
      'Initial password needs at least 12 characters',
    ]);
    backend.expectNone('/api/v1/users');
  });

  it('shows the API field errors under their fields and keeps the dialog open', async () => {
    type('Name', 'Ann Lee');
    type('Email', 'ann@example.org');
    type('Initial password', 'a long enough password');
    await submit();

    const request = backend.expectOne({ method: 'POST', url: '/api/v1/users' });
    expect(request.request.body).toEqual({
      name: 'Ann Lee',
      email: 'ann@example.org',
      role: 'officer',
      password: 'a long enough password',
    });
    request.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'email_taken',
        message: 'A user with this email already exists',
        details: [{ field: 'email', message: 'is already in use' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    expect(errors()).toEqual(['Email is already in use']);
    expect(dialogRef.close).not.toHaveBeenCalled();
  });

  it('closes with the created user', async () => {
    type('Name', 'Ann Lee');
    type('Email', 'ann@example.org');
    type('Initial password', 'a long enough password');
    await submit();

    const created = { id: 'new', name: 'Ann Lee' };
    backend.expectOne('/api/v1/users').flush(created);
    expect(dialogRef.close).toHaveBeenCalledWith(created);
  });
});
