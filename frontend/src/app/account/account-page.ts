import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { ROLE_LABELS } from '@pathway/contracts';
import { AuthStore } from '../core/auth/auth-store';
import { ChangePasswordForm } from './change-password-form';

@Component({
  selector: 'pw-account-page',
  imports: [MatCardModule, ChangePasswordForm],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  protected readonly user = inject(AuthStore).user;
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });
}
