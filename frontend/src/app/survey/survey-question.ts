import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { SurveyQuestion as Question } from '@pathway/contracts';
import {
  AnswerControl,
  answerProblem,
  LIKERT_LABELS,
  LIKERT_VALUES,
  NPS_VALUES,
  questionFieldId,
  TEXT_MAX_LENGTH,
} from './survey-answers';

/**
 * One question: a group of radio buttons under its legend (agree–disagree, 0–10, yes/no or a choice), or a text
 * area under its label. Its error shows once the student has tried to send the survey.
 */
@Component({
  selector: 'pw-survey-question',
  imports: [ReactiveFormsModule, MatRadioModule, MatFormFieldModule, MatInputModule],
  templateUrl: './survey-question.html',
  styleUrl: './survey-question.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyQuestion {
  readonly question = input.required<Question>();
  readonly control = input.required<AnswerControl>();
  readonly number = input.required<number>();
  readonly total = input.required<number>();
  /** The student has tried to send: unanswered required questions say so. */
  readonly showErrors = input(false);

  protected readonly likertValues = LIKERT_VALUES;
  protected readonly likertLabels = LIKERT_LABELS;
  protected readonly npsValues = NPS_VALUES;
  protected readonly maxLength = TEXT_MAX_LENGTH;
  protected readonly id = computed(() => questionFieldId(this.question().key));

  protected error(): string {
    const control = this.control();
    return this.showErrors() || control.hasError('api') ? answerProblem(this.question(), control) : '';
  }
}
