import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { CampaignDto, Permission } from '@pathway/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { toDay } from '../../core/format/calendar-day';
import { DatePipe } from '../../core/format/date.pipe';
import { PAGE_SIZE_OPTIONS } from '../../core/list/paged-list';
import { campaignPhase, formatBudget, PHASE_LABELS } from '../campaign-progress';
import { CampaignProgressBars } from '../campaign-progress-bars';
import { CampaignDialog, CampaignDialogResult } from '../form/campaign-dialog';
import { CampaignWhen } from './campaign-filters';
import { CampaignListStore } from './campaign-list-store';

/** Campaigns as cards: dates, budget and progress against each target. */
@Component({
  selector: 'pw-campaign-list',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatChipsModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    CampaignProgressBars,
    DatePipe,
  ],
  providers: [CampaignListStore],
  templateUrl: './campaign-list.html',
  styleUrl: './campaign-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignList {
  protected readonly store = inject(CampaignListStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  protected readonly filters = this.store.filters;
  protected readonly pageSizes = PAGE_SIZE_OPTIONS;
  protected readonly canWrite = computed(() => this.auth.can(Permission.CampaignsWrite));
  protected readonly budget = formatBudget;
  protected readonly phaseLabels = PHASE_LABELS;
  private readonly today = toDay(new Date());

  protected phase(campaign: CampaignDto) {
    return campaignPhase(campaign.startsOn, campaign.endsOn, this.today);
  }

  protected show(when: CampaignWhen): void {
    this.store.setFilters({ when, page: 1 });
  }

  protected create(): void {
    this.dialog
      .open<CampaignDialog, null, CampaignDialogResult>(CampaignDialog, {
        data: null,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((campaign) => {
        if (campaign && campaign !== 'reload') {
          this.snackBar.open('Campaign created', 'Dismiss', { duration: 4000 });
          void this.router.navigate(['/campaigns', campaign.id]);
        }
      });
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    const sizeChanged = pageSize !== this.filters().pageSize;
    this.store.setFilters({ page: sizeChanged ? 1 : pageIndex + 1, pageSize });
  }
}
