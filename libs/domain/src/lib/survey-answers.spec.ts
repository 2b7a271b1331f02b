import { SurveyQuestion } from '@pathway/contracts';
import { answerProblems } from './survey-answers';

const questions: SurveyQuestion[] = [
  { key: 'induction', domain: 'induction', text: 'Induction', type: 'likert5', required: true },
  { key: 'recommend', domain: 'recommend', text: 'Recommend', type: 'nps', required: true },
  { key: 'safe', domain: 'raising_concerns', text: 'Safe', type: 'yes_no', required: false },
  { key: 'shift', domain: 'learning', text: 'Shift', type: 'choice', required: false, options: ['Early', 'Late'] },
  { key: 'better', domain: 'comments', text: 'Better', type: 'text', required: false },
];

describe('answerProblems', () => {
  it('accepts well-formed answers and blanks for optional questions', () => {
    expect(answerProblems(questions, { induction: 4, recommend: 9, safe: true, shift: 'Late', better: 'More time on the ward' })).toEqual([]);
    expect(answerProblems(questions, { induction: 1, recommend: 0, better: '  ' })).toEqual([]);
  });

  it('asks for required answers', () => {
    expect(answerProblems(questions, {})).toEqual([
      { field: 'answers.induction', message: 'is required' },
      { field: 'answers.recommend', message: 'is required' },
    ]);
  });

  it('checks each type', () => {
    expect(answerProblems(questions, { induction: 6, recommend: 10.5, safe: 'yes', shift: 'Night', better: 42 })).toEqual([
      { field: 'answers.induction', message: 'must be a whole number from 1 to 5' },
      { field: 'answers.recommend', message: 'must be a whole number from 0 to 10' },
      { field: 'answers.safe', message: 'must be yes (true) or no (false)' },
      { field: 'answers.shift', message: 'must be one of Early, Late' },
      { field: 'answers.better', message: 'must be text' },
    ]);
  });

  it('refuses answers to questions the survey does not have', () => {
    expect(answerProblems(questions, { induction: 3, recommend: 5, name: 'Ann' })).toEqual([{ field: 'answers.name', message: 'is not a question of this survey' }]);
  });
});
