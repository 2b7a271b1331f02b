import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { errorMessage } from '../core/api-error';
import { AuthStore } from '../core/auth/auth-store';
import { PathwayLogo } from '../core/brand/pathway-logo';

@Component({
  selector: 'pw-login-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    PathwayLogo,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  /** Where to go after signing in; bound from the `returnUrl` query parameter. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly passwordVisible = signal(false);
  protected readonly signingIn = signal(false);
  protected readonly error = signal('');

  protected submit(): void {
    if (this.signingIn()) {
      return;
    }
    const problem = this.validationProblem();
    if (problem) {
      this.form.markAllAsTouched();
      this.error.set(problem);
      return;
    }
    this.error.set('');
    this.signingIn.set(true);
    const { email, password } = this.form.getRawValue();
    this.auth.signIn({ email: email.trim(), password }).subscribe({
      next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
      error: (error: unknown) => {
        this.signingIn.set(false);
        this.error.set(errorMessage(error));
      },
    });
  }

  private validationProblem(): string {
    const { email, password } = this.form.controls;
    if (email.hasError('required')) {
      return 'Enter your email';
    }
    if (email.hasError('email')) {
      return 'Enter a valid email address, like name@example.org';
    }
    if (password.hasError('required')) {
      return 'Enter your password';
    }
    return '';
  }
}

/** Only paths inside Pathway: a crafted link must not send people elsewhere after they sign in. */
export function safeReturnUrl(returnUrl: string | undefined): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/login')) {
    return '/';
  }
  return returnUrl;
}
