import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ConcernDto, MAX_PAGE_SIZE } from '@pathway/contracts';
import { map } from 'rxjs';
import { DatePipe } from '../../core/format/date.pipe';
import { FeedbackApi } from '../feedback-api';

export interface SiteLog {
  siteName: string;
  entries: { id: string; text: string; on: string }[];
}

/** Resolved concerns with a "You said, we did" note, grouped by site (sites by name, newest note first). */
export function youSaidWeDidLog(concerns: readonly ConcernDto[]): SiteLog[] {
  const bySite = new Map<string, SiteLog>();
  for (const concern of concerns) {
    if (concern.status !== 'resolved' || !concern.youSaidWeDid) {
      continue;
    }
    const log = bySite.get(concern.siteId) ?? { siteName: concern.siteName, entries: [] };
    log.entries.push({ id: concern.id, text: concern.youSaidWeDid, on: concern.updatedAt });
    bySite.set(concern.siteId, log);
  }
  return [...bySite.values()]
    .map((log) => ({ ...log, entries: [...log.entries].sort((a, b) => b.on.localeCompare(a.on)) }))
    .sort((a, b) => a.siteName.localeCompare(b.siteName, 'en-GB'));
}

/** What each site changed because of what students told us: the notes to share back with students. */
@Component({
  selector: 'pw-you-said-we-did',
  imports: [DatePipe],
  template: `
    <section class="log" aria-labelledby="yswd-heading">
      <h2 id="yswd-heading">You said, we did</h2>
      @if (logs().length) {
        @for (log of logs(); track log.siteName) {
          <h3>{{ log.siteName }}</h3>
          <ul>
            @for (entry of log.entries; track entry.id) {
              <li>
                <p>{{ entry.text }}</p>
                <p class="when">Resolved {{ entry.on | pwDate }}</p>
              </li>
            }
          </ul>
        }
      } @else if (resolved.hasValue()) {
        <p class="empty">
          No resolved concerns have a “You said, we did” note{{ siteId() ? ' for this site' : '' }} yet.
        </p>
      } @else if (resolved.error()) {
        <p class="empty" role="alert">The log could not be loaded.</p>
      }
    </section>
  `,
  styles: `
    .log {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    h2 {
      margin: 0 0 8px;
    }
    h3 {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-small);
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    li + li {
      margin-top: 8px;
    }
    p {
      margin: 0;
    }
    .when,
    .empty {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class YouSaidWeDid {
  /** One site's log, or every site's when empty. */
  readonly siteId = input('');
  /** Bumped by the page after a concern is saved, to fetch the log again. */
  readonly revision = input(0);
  private readonly api = inject(FeedbackApi);

  protected readonly resolved = rxResource({
    params: () => ({ siteId: this.siteId(), revision: this.revision() }),
    stream: ({ params }) =>
      this.api
        .concerns({ ...(params.siteId ? { siteId: params.siteId } : {}), status: 'resolved', pageSize: MAX_PAGE_SIZE })
        .pipe(map((page) => page.items)),
  });
  protected readonly logs = computed(() => (this.resolved.hasValue() ? youSaidWeDidLog(this.resolved.value()) : []));
}
