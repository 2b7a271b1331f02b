import { RouterLink } from '@angular/router';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { AGE_BAND_LABELS, ApplicantDto, AUDIENCE_LABELS, REGION_LABELS, SOURCE_LABELS } from '@pathway/contracts';
import { DatePipe } from '../../core/format/date.pipe';
import { DateTimePipe } from '../../core/format/date-time.pipe';
import { ReferenceStore } from '../../reference/reference-store';
import { ConsentHistory } from './consent-history';

/** Everything on record about the applicant, as labelled values. */
@Component({
  selector: 'pw-applicant-profile',
  imports: [MatCardModule, MatChipsModule, RouterLink, DatePipe, DateTimePipe, ConsentHistory],
  templateUrl: './applicant-profile.html',
  styleUrl: './applicant-profile.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantProfile {
  readonly applicant = input.required<ApplicantDto>();
  private readonly reference = inject(ReferenceStore);

  protected readonly audience = computed(() => {
    const audience = this.applicant().audience;
    return audience ? AUDIENCE_LABELS[audience] : '';
  });
  protected readonly ageBand = computed(() => {
    const band = this.applicant().ageBand;
    return band ? AGE_BAND_LABELS[band] : '';
  });
  protected readonly region = computed(() => {
    const region = this.applicant().region;
    return region ? REGION_LABELS[region] : '';
  });
  protected readonly source = computed(() => {
    const source = this.applicant().source;
    return source ? SOURCE_LABELS[source] : '';
  });
  protected readonly professions = computed(() =>
    this.applicant().professionsOfInterest.map((code) => this.reference.professionName(code)),
  );
}
