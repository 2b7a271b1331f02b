import { answerValue, buildSurveyForm, requiredProgress, submissionFrom, surveyProblems } from './survey-answers';
import { QUESTIONS } from './survey-test-data';

describe('survey answers', () => {
  it('requires every required question and nothing else', () => {
    const form = buildSurveyForm(QUESTIONS);
    expect(form.valid).toBe(false);
    expect(surveyProblems(QUESTIONS, form)).toEqual([
      { field: 'question-induction', message: 'Question 1: choose an answer' },
      { field: 'question-raising_concerns', message: 'Question 2: choose an answer' },
      { field: 'question-recommend', message: 'Question 3: choose an answer' },
    ]);

    form.controls.answers.setValue({
      induction: 4,
      raising_concerns: false,
      recommend: 0,
      shift: null,
      went_well: null,
    });
    expect(form.valid).toBe(true);
    expect(surveyProblems(QUESTIONS, form)).toEqual([]);
  });

  it('needs the concern text only while a concern is being raised', () => {
    const form = buildSurveyForm(QUESTIONS);
    form.controls.answers.patchValue({ induction: 4, raising_concerns: true, recommend: 9 });
    form.controls.concernRaised.setValue(true);
    form.controls.concernText.setValue('   ');
    expect(form.valid).toBe(false);
    expect(surveyProblems(QUESTIONS, form)).toEqual([
      { field: 'concern-text', message: 'Tell us what happened, or untick “I want to raise a concern”' },
    ]);

    form.controls.concernRaised.setValue(false);
    expect(form.valid).toBe(true);
  });

  it('is anonymous unless the student chooses to be contacted', () => {
    const form = buildSurveyForm(QUESTIONS);
    expect(form.controls.consentToContact.value).toBe(false);
    expect(form.controls.concernRaised.value).toBe(false);
  });

  it('sends numbers for scales, booleans for yes/no, trimmed text, and leaves out unanswered questions', () => {
    const form = buildSurveyForm(QUESTIONS);
    form.controls.answers.setValue({
      induction: '4',
      raising_concerns: 'false',
      recommend: 0,
      shift: 'Late',
      went_well: '  The team  ',
    });
    expect(submissionFrom(QUESTIONS, form)).toEqual({
      answers: { induction: 4, raising_concerns: false, recommend: 0, shift: 'Late', went_well: 'The team' },
      concernRaised: false,
      concernText: null,
      consentToContact: false,
    });

    form.controls.answers.patchValue({ shift: null, went_well: '   ' });
    form.controls.concernRaised.setValue(true);
    form.controls.concernText.setValue(' I was left alone. ');
    form.controls.consentToContact.setValue(true);
    const submission = submissionFrom(QUESTIONS, form);
    expect(Object.keys(submission.answers)).toEqual(['induction', 'raising_concerns', 'recommend']);
    expect(submission).toMatchObject({ concernRaised: true, concernText: 'I was left alone.', consentToContact: true });
  });

  it('converts each kind of answer and counts required answers for the progress bar', () => {
    expect(answerValue('likert5', '5')).toBe(5);
    expect(answerValue('nps', 0)).toBe(0);
    expect(answerValue('yes_no', true)).toBe(true);
    expect(answerValue('yes_no', 'false')).toBe(false);
    expect(answerValue('text', '')).toBeUndefined();
    expect(answerValue('choice', null)).toBeUndefined();
    expect(requiredProgress(QUESTIONS, { induction: 3, recommend: 0, went_well: 'x' })).toEqual({
      answered: 2,
      total: 3,
    });
  });
});
