import { ChangeDetectionStrategy, Component, computed, effect, input, output, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  REVIEW_STATUS_LABELS,
  REVIEW_STATUSES,
  ReviewStatus,
  SurveyQuestion,
  SurveyResponseDto,
  UpdateSurveyResponseRequest,
} from '@pathway/contracts';
import { DatePipe } from '../../core/format/date.pipe';
import { answeredQuestions } from './answer-format';

export type ReviewChange = Omit<UpdateSurveyResponseRequest, 'version'>;

/**
 * One placement-feedback response for review. It says who answered only when the student agreed to be contacted
 * (the API sends `student` only then); otherwise nothing on the card can identify them.
 */
@Component({
  selector: 'pw-response-card',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    DatePipe,
  ],
  templateUrl: './response-card.html',
  styleUrl: './response-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResponseCard {
  readonly response = input.required<SurveyResponseDto>();
  readonly questions = input.required<SurveyQuestion[]>();
  readonly professionName = input.required<string>();
  readonly saving = input(false);
  readonly review = output<ReviewChange>();

  protected readonly statuses = REVIEW_STATUSES;
  protected readonly statusLabels = REVIEW_STATUS_LABELS;
  protected readonly answers = computed(() => answeredQuestions(this.questions(), this.response().answers));
  protected readonly headingId = computed(() => `response-${this.response().id}`);
  protected readonly form = new FormGroup({
    reviewStatus: new FormControl<ReviewStatus>('new', { nonNullable: true }),
    reviewNote: new FormControl('', { nonNullable: true, validators: Validators.maxLength(4000) }),
  });

  constructor() {
    // A saved review (a new version) shows what was saved.
    effect(() => {
      const { reviewStatus, reviewNote } = this.response();
      untracked(() => this.form.reset({ reviewStatus, reviewNote: reviewNote ?? '' }));
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { reviewStatus, reviewNote } = this.form.getRawValue();
    this.review.emit({ reviewStatus, reviewNote: reviewNote.trim() || null });
  }
}
