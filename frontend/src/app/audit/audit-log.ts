import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { AUDIT_ACTIONS } from '@pathway/contracts';
import { debounceTime, filter, map } from 'rxjs';
import { provideBritishDates } from '../core/format/british-date-adapter';
import { startOfDay, toDay } from '../core/format/calendar-day';
import { DateTimePipe } from '../core/format/date-time.pipe';
import { PAGE_SIZE_OPTIONS } from '../core/list/paged-list';
import { auditActionLabel, describeChange, shortId } from './audit-format';
import { AuditLogStore } from './audit-log-store';

@Component({
  selector: 'pw-audit-log',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    DateTimePipe,
  ],
  providers: [AuditLogStore, provideBritishDates()],
  templateUrl: './audit-log.html',
  styleUrl: './audit-log.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLog {
  protected readonly store = inject(AuditLogStore);
  protected readonly filters = this.store.filters;
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly actionLabel = auditActionLabel;
  protected readonly describeChange = describeChange;
  protected readonly shortId = shortId;
  protected readonly entity = new FormControl(this.filters().entity, { nonNullable: true });

  protected readonly fromDate = computed(() => (this.filters().from ? startOfDay(this.filters().from, 0) : null));
  protected readonly toDate = computed(() => (this.filters().to ? startOfDay(this.filters().to, 0) : null));
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** On a phone each entry becomes one stacked cell rather than five columns that would need sideways scrolling. */
  protected readonly columns = computed(() =>
    this.narrow() ? ['summary'] : ['at', 'actor', 'action', 'entity', 'changes'],
  );

  constructor() {
    this.entity.valueChanges
      .pipe(
        debounceTime(300),
        map((entity) => entity.trim()),
        filter((entity) => entity !== this.filters().entity),
        takeUntilDestroyed(),
      )
      .subscribe((entity) => this.store.setFilters({ entity, page: 1 }));

    effect(() => {
      const entity = this.filters().entity;
      untracked(() => {
        if (this.entity.value.trim() !== entity) {
          this.entity.setValue(entity, { emitEvent: false });
        }
      });
    });
  }

  protected setDate(which: 'from' | 'to', date: Date | null): void {
    this.store.setFilters({ [which]: toDay(date), page: 1 });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
