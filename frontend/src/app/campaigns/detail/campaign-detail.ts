import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { CampaignDto, Permission } from '@pathway/contracts';
import { errorMessage } from '../../core/api-error';
import { AuthStore } from '../../core/auth/auth-store';
import { ReachedStagesChart } from '../../core/charts/reached-stages-chart';
import { toDay } from '../../core/format/calendar-day';
import { DatePipe } from '../../core/format/date.pipe';
import { PRODUCT_NAME } from '../../core/page-title-strategy';
import { campaignPhase, formatBudget, PHASE_LABELS } from '../campaign-progress';
import { CampaignProgressBars } from '../campaign-progress-bars';
import { CampaignsApi } from '../campaigns-api';
import { CampaignDialog, CampaignDialogResult } from '../form/campaign-dialog';
import { CampaignEvents } from './campaign-events';

/** One campaign: its targets and progress, how far its people got, and its events. */
@Component({
  selector: 'pw-campaign-detail',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    CampaignProgressBars,
    ReachedStagesChart,
    CampaignEvents,
    DatePipe,
  ],
  templateUrl: './campaign-detail.html',
  styleUrl: './campaign-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignDetail {
  /** The campaign's id, from the route. */
  readonly id = input.required<string>();

  private readonly api = inject(CampaignsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);

  private readonly resource = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly campaign = computed(() => (this.resource.hasValue() ? this.resource.value() : undefined));
  protected readonly loading = this.resource.isLoading;
  protected readonly notFound = computed(() => {
    const error = this.resource.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  protected readonly loadError = computed(() => {
    const error = this.resource.error();
    return error && !this.notFound() ? errorMessage(error) : '';
  });
  protected readonly canWrite = computed(() => this.auth.can(Permission.CampaignsWrite));
  protected readonly phase = computed(() => {
    const campaign = this.campaign();
    return campaign ? campaignPhase(campaign.startsOn, campaign.endsOn, toDay(new Date())) : 'active';
  });
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly budget = formatBudget;
  protected readonly anyoneReached = computed(() =>
    (this.campaign()?.reachedStages ?? []).some((stage) => stage.count > 0),
  );

  constructor() {
    effect(() => {
      const campaign = this.campaign();
      if (campaign) {
        this.title.setTitle(`${campaign.name} · ${PRODUCT_NAME}`);
      }
    });
  }

  protected edit(campaign: CampaignDto): void {
    this.dialog
      .open<CampaignDialog, CampaignDto, CampaignDialogResult>(CampaignDialog, {
        data: campaign,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((result) => {
        if (result === 'reload') {
          this.reload();
        } else if (result) {
          this.resource.set(result);
          this.snackBar.open('Changes saved', 'Dismiss', { duration: 4000 });
        }
      });
  }

  protected reload(): void {
    this.resource.reload();
  }
}
