import { SurveyQuestion } from '@pathway/contracts';
import { answeredQuestions, formatAnswer } from './answer-format';

const questions: SurveyQuestion[] = [
  { key: 'overall', domain: 'overall', type: 'likert5', required: true, text: 'Overall, this was a good placement.' },
  { key: 'recommend', domain: 'recommend', type: 'nps', required: true, text: 'Would you recommend it?' },
  { key: 'safe', domain: 'raising_concerns', type: 'yes_no', required: true, text: 'I felt able to raise a concern.' },
  { key: 'went_well', domain: 'comments', type: 'text', required: false, text: 'What went well?' },
];

describe('answer format', () => {
  it('reads each kind of answer as a reviewer would say it', () => {
    expect(formatAnswer(questions[0], 4)).toBe('4 – Agree');
    expect(formatAnswer(questions[1], 0)).toBe('0 out of 10');
    expect(formatAnswer(questions[2], false)).toBe('No');
    expect(formatAnswer(undefined, 'Early')).toBe('Early');
  });

  it('lists answers in question order with the question text, skipping unanswered ones', () => {
    expect(answeredQuestions(questions, { went_well: 'Kind team', overall: 2, safe: true, retired: 3 })).toEqual([
      { key: 'overall', text: 'Overall, this was a good placement.', answer: '2 – Disagree', written: false },
      { key: 'safe', text: 'I felt able to raise a concern.', answer: 'Yes', written: false },
      { key: 'went_well', text: 'What went well?', answer: 'Kind team', written: true },
      { key: 'retired', text: 'retired', answer: '3', written: false },
    ]);
  });
});
