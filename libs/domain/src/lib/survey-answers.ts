import { SurveyAnswerValue, SurveyQuestion } from '@pathway/contracts';

export interface AnswerProblem {
  field: string;
  message: string;
}

export const MAX_TEXT_ANSWER = 4000;

function problemFor(question: SurveyQuestion, value: SurveyAnswerValue): string | null {
  switch (question.type) {
    case 'likert5':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5 ? null : 'must be a whole number from 1 to 5';
    case 'nps':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10 ? null : 'must be a whole number from 0 to 10';
    case 'yes_no':
      return typeof value === 'boolean' ? null : 'must be yes (true) or no (false)';
    case 'text':
      return typeof value !== 'string' ? 'must be text' : value.length > MAX_TEXT_ANSWER ? `must be at most ${MAX_TEXT_ANSWER} characters` : null;
    case 'choice':
      return typeof value === 'string' && (question.options ?? []).includes(value) ? null : `must be one of ${(question.options ?? []).join(', ')}`;
  }
}

/** Checks answers against a template's questions: required ones present, each of the right type, no unknown keys. */
export function answerProblems(questions: readonly SurveyQuestion[], answers: Record<string, unknown>): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set(questions.map((question) => question.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) problems.push({ field: `answers.${key}`, message: 'is not a question of this survey' });
  }
  for (const question of questions) {
    const value = answers[question.key];
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (blank) {
      if (question.required) problems.push({ field: `answers.${question.key}`, message: 'is required' });
      continue;
    }
    const problem = problemFor(question, value as SurveyAnswerValue);
    if (problem) problems.push({ field: `answers.${question.key}`, message: problem });
  }
  return problems;
}
