import { SurveyAnswerValue, SurveyQuestion } from '@pathway/contracts';
import { LIKERT_LABELS } from '../../survey/survey-answers';

export interface AnsweredQuestion {
  key: string;
  text: string;
  answer: string;
  /** A written answer, shown as a quotation rather than a score. */
  written: boolean;
}

/** An answer as a reviewer reads it: "4 – Agree", "8 out of 10", "Yes", or the student's own words. */
export function formatAnswer(question: SurveyQuestion | undefined, value: SurveyAnswerValue): string {
  if (typeof value === 'boolean') {
    return value ? 'Yes' : 'No';
  }
  switch (question?.type) {
    case 'likert5':
      return LIKERT_LABELS[Number(value)] ? `${value} – ${LIKERT_LABELS[Number(value)]}` : String(value);
    case 'nps':
      return `${value} out of 10`;
    default:
      return String(value);
  }
}

/**
 * The answers in the order the student saw the questions, each with its question's text. Answers to questions the
 * template no longer has (it should not happen, but templates are versioned) come last under their key.
 */
export function answeredQuestions(
  questions: readonly SurveyQuestion[],
  answers: Readonly<Record<string, SurveyAnswerValue>>,
): AnsweredQuestion[] {
  const known = new Set(questions.map((question) => question.key));
  const inOrder = questions
    .filter((question) => answers[question.key] !== undefined && answers[question.key] !== null)
    .map((question) => ({
      key: question.key,
      text: question.text,
      answer: formatAnswer(question, answers[question.key]),
      written: question.type === 'text',
    }));
  const unknown = Object.entries(answers)
    .filter(([key]) => !known.has(key))
    .map(([key, value]) => ({
      key,
      text: key,
      answer: formatAnswer(undefined, value),
      written: typeof value === 'string',
    }));
  return [...inOrder, ...unknown];
}
