import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Permission, PlacementSiteDto, Region, REGION_LABELS } from '@pathway/contracts';
import { debounceTime, filter, map } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { PAGE_SIZE_OPTIONS } from '../../core/list/paged-list';
import { ReferenceStore } from '../../reference/reference-store';
import { CreateSiteDialog, CreateSiteDialogData } from '../create/create-site-dialog';
import { SiteListStore } from './site-list-store';

/** The sites that host placements. */
@Component({
  selector: 'pw-site-list',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
  ],
  providers: [SiteListStore],
  templateUrl: './site-list.html',
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px 16px;
      margin-bottom: 16px;
    }
    .search {
      flex: 1 1 240px;
      max-width: 420px;
    }
    table {
      width: 100%;
    }
    .name {
      font-weight: 500;
    }
    .secondary {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteList {
  protected readonly store = inject(SiteListStore);
  protected readonly reference = inject(ReferenceStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly regionLabel = (region: Region | null): string => (region ? REGION_LABELS[region] : '');
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly columns = ['name', 'organisation', 'region', 'professions'];
  protected readonly canWrite = computed(() => this.auth.can(Permission.StudentsWrite));
  protected readonly filters = this.store.filters;
  protected readonly search = new FormControl(this.filters().search, { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(300),
        map((search) => search.trim()),
        filter((search) => search !== this.filters().search),
        takeUntilDestroyed(),
      )
      .subscribe((search) => this.store.setFilters({ search, page: 1 }));
    effect(() => {
      const search = this.filters().search;
      untracked(() => {
        if (this.search.value.trim() !== search) {
          this.search.setValue(search, { emitEvent: false });
        }
      });
    });
  }

  protected professionNames(site: PlacementSiteDto): string {
    return site.professions.map((code) => this.reference.professionName(code)).join(', ');
  }

  protected create(): void {
    this.dialog
      .open<CreateSiteDialog, CreateSiteDialogData, PlacementSiteDto>(CreateSiteDialog, {
        width: '520px',
        maxWidth: '95vw',
        data: {},
      })
      .afterClosed()
      .subscribe((site) => {
        if (site) {
          this.snackBar.open(`${site.name} added`, 'Dismiss', { duration: 4000 });
          this.store.reload();
        }
      });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
