import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort, SortDirection } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Permission, Role, ROLE_LABELS, ROLES } from '@pathway/contracts';
import { debounceTime, filter, map } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { DateTimePipe } from '../core/format/date-time.pipe';
import { EmailAddress } from '../core/format/email-address';
import { PAGE_SIZE_OPTIONS } from '../core/list/paged-list';
import { UserActions } from './user-actions';
import { UserListStore } from './user-list-store';

/**
 * Below this width only the name and the actions stay as columns; email, role and status move under the name, so a
 * long address has the row's width rather than what a status column leaves.
 */
const NARROW_QUERY = '(max-width: 599.98px)';

@Component({
  selector: 'pw-user-list',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatChipsModule,
    DateTimePipe,
    EmailAddress,
  ],
  providers: [UserListStore, UserActions],
  templateUrl: './user-list.html',
  styleUrl: './user-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserList {
  protected readonly store = inject(UserListStore);
  protected readonly actions = inject(UserActions);
  private readonly auth = inject(AuthStore);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleLabel = (role: Role): string => ROLE_LABELS[role];
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly canWrite = computed(() => this.auth.can(Permission.UsersWrite));
  protected readonly filters = this.store.filters;
  protected readonly search = new FormControl(this.filters().search, { nonNullable: true });

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => [
    'name',
    ...(this.narrow() ? [] : ['email', 'role', 'status', 'lastLoginAt']),
    ...(this.canWrite() ? ['actions'] : []),
  ]);
  protected readonly sortActive = computed(() => this.filters().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed<SortDirection>(() =>
    this.filters().sort.startsWith('-') ? 'desc' : 'asc',
  );

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(300),
        map((search) => search.trim()),
        filter((search) => search !== this.filters().search),
        takeUntilDestroyed(),
      )
      .subscribe((search) => this.store.setFilters({ search, page: 1 }));

    // The URL can change without typing (back button, "Clear filters"): show what is being searched for.
    effect(() => {
      const search = this.filters().search;
      untracked(() => {
        if (this.search.value.trim() !== search) {
          this.search.setValue(search, { emitEvent: false });
        }
      });
    });
  }

  protected sortBy({ active, direction }: Sort): void {
    this.store.setFilters({ sort: direction === 'desc' ? `-${active}` : active, page: 1 });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
