import { AbstractControl, FormControl, FormGroup, ValidatorFn, Validators } from '@angular/forms';
import { QuestionType, SurveyAnswerValue, SurveyQuestion, SurveySubmission } from '@pathway/contracts';

/** What a 1–5 answer means, in the order shown. */
export const LIKERT_LABELS: Record<number, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
};
export const LIKERT_VALUES = [1, 2, 3, 4, 5] as const;
export const NPS_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** The API's limit on a free-text answer and on a concern. */
export const TEXT_MAX_LENGTH = 4000;

export type AnswerControl = FormControl<SurveyAnswerValue | null>;

export type SurveyFormGroup = FormGroup<{
  answers: FormGroup<Record<string, AnswerControl>>;
  concernRaised: FormControl<boolean>;
  concernText: FormControl<string>;
  consentToContact: FormControl<boolean>;
}>;

/** One line of the error summary: the element to move to, and what to do there. */
export interface SurveyProblem {
  field: string;
  message: string;
}

/** The id of a question's first input (radio or text area), for labels and the error summary's links. */
export const questionFieldId = (key: string) => `question-${key}`;
export const CONCERN_TEXT_ID = 'concern-text';

/** Required, and for text, not only spaces. */
const answered: ValidatorFn = (control: AbstractControl) => {
  const value: unknown = control.value;
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
    ? { required: true }
    : null;
};

/** The concern needs its text only while "raise a concern" is ticked. */
const concernTextWhenRaised: ValidatorFn = (control) => {
  const raised = control.parent?.get('concernRaised')?.value === true;
  return raised && String(control.value ?? '').trim() === '' ? { required: true } : null;
};

export function buildSurveyForm(questions: readonly SurveyQuestion[]): SurveyFormGroup {
  const answers: Record<string, AnswerControl> = {};
  for (const question of questions) {
    const validators = [
      ...(question.required ? [answered] : []),
      ...(question.type === 'text' ? [Validators.maxLength(TEXT_MAX_LENGTH)] : []),
    ];
    answers[question.key] = new FormControl<SurveyAnswerValue | null>(null, validators);
  }
  const form: SurveyFormGroup = new FormGroup({
    answers: new FormGroup(answers),
    concernRaised: new FormControl(false, { nonNullable: true }),
    concernText: new FormControl('', {
      nonNullable: true,
      validators: [concernTextWhenRaised, Validators.maxLength(TEXT_MAX_LENGTH)],
    }),
    // Anonymous unless the student chooses otherwise.
    consentToContact: new FormControl(false, { nonNullable: true }),
  });
  form.controls.concernRaised.valueChanges.subscribe(() => form.controls.concernText.updateValueAndValidity());
  return form;
}

/** An answer as the API expects it for the question's type; `undefined` when there is nothing to send. */
export function answerValue(
  type: QuestionType,
  value: SurveyAnswerValue | null | undefined,
): SurveyAnswerValue | undefined {
  if (value === null || value === undefined || value === '') {
    return undefined;
  }
  switch (type) {
    case 'likert5':
    case 'nps':
      return Number(value);
    case 'yes_no':
      return value === true || value === 'true';
    case 'text': {
      const text = String(value).trim();
      return text === '' ? undefined : text;
    }
    case 'choice':
      return String(value);
  }
}

export function submissionFrom(questions: readonly SurveyQuestion[], form: SurveyFormGroup): SurveySubmission {
  const answers: Record<string, SurveyAnswerValue> = {};
  for (const question of questions) {
    const value = answerValue(question.type, form.controls.answers.controls[question.key]?.value);
    if (value !== undefined) {
      answers[question.key] = value;
    }
  }
  const { concernRaised, concernText, consentToContact } = form.getRawValue();
  return {
    answers,
    concernRaised,
    concernText: concernRaised ? concernText.trim() : null,
    consentToContact,
  };
}

/** The sentence under a question (shorter in the summary, which names the question), or '' when it is fine. */
export function answerProblem(question: SurveyQuestion, control: AbstractControl, short = false): string {
  const errors = control.errors;
  if (!errors) {
    return '';
  }
  if (errors['api']) {
    return `This answer was not accepted: ${String(errors['api'])}`;
  }
  if (errors['maxlength']) {
    return `Use ${TEXT_MAX_LENGTH} characters or fewer`;
  }
  const missing = question.type === 'text' ? 'Write an answer' : 'Choose an answer';
  return short ? missing : `${missing} to this question`;
}

export function concernProblem(control: AbstractControl): string {
  const errors = control.errors;
  if (!errors) {
    return '';
  }
  if (errors['maxlength']) {
    return `Use ${TEXT_MAX_LENGTH} characters or fewer`;
  }
  return errors['api'] && !errors['required']
    ? `Your concern was not accepted: ${String(errors['api'])}`
    : 'Tell us what happened, or untick “I want to raise a concern”';
}

/** Every problem, in the order of the page, for the summary at the top. */
export function surveyProblems(questions: readonly SurveyQuestion[], form: SurveyFormGroup): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  questions.forEach((question, index) => {
    const control = form.controls.answers.controls[question.key];
    const problem = control ? answerProblem(question, control, true) : '';
    if (problem) {
      problems.push({
        field: questionFieldId(question.key),
        message: `Question ${index + 1}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`,
      });
    }
  });
  const concern = concernProblem(form.controls.concernText);
  if (concern) {
    problems.push({ field: CONCERN_TEXT_ID, message: concern });
  }
  return problems;
}

/** How many required questions have an answer, for the progress bar. */
export function requiredProgress(
  questions: readonly SurveyQuestion[],
  values: Record<string, unknown>,
): { answered: number; total: number } {
  const required = questions.filter((question) => question.required);
  const answeredCount = required.filter(
    (question) => answerValue(question.type, values[question.key] as SurveyAnswerValue | null) !== undefined,
  ).length;
  return { answered: answeredCount, total: required.length };
}
