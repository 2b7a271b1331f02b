import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { ConversationCriteria } from '@pathway/contracts';
import { assessConversation, Seriousness } from '@pathway/domain';

/** The sentence the indicator shows: the rule's verdict, and what is missing when it does not count yet. */
export function seriousnessMessage(seriousness: Seriousness): string {
  return seriousness.serious
    ? 'Counts as a serious conversation'
    : `Not a serious conversation yet: ${seriousness.missing.join('; ')}`;
}

/**
 * Says, as the criteria are ticked, whether the conversation will count as serious. The verdict comes from the same
 * rule the API applies (`assessConversation`), so what the officer sees is what managers' reports will count.
 */
@Component({
  selector: 'pw-seriousness-indicator',
  imports: [MatIconModule],
  template: `
    <div class="indicator" [class.serious]="seriousness().serious" role="status" aria-live="polite">
      <mat-icon aria-hidden="true">{{ seriousness().serious ? 'check_circle' : 'pending' }}</mat-icon>
      <span class="message">{{ message() }}</span>
    </div>
  `,
  styles: `
    .indicator {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
    }
    .indicator.serious {
      /* Material 3 has no success role: a green that keeps 7:1 contrast on its container. */
      background: #c8f0cf;
      color: #00390f;
      font-weight: 500;
    }
    .message {
      padding-top: 2px;
    }
    mat-icon {
      flex: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeriousnessIndicator {
  readonly criteria = input.required<Partial<ConversationCriteria>>();

  protected readonly seriousness = computed(() => assessConversation(this.criteria()));
  protected readonly message = computed(() => seriousnessMessage(this.seriousness()));
}
