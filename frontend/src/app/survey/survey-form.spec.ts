import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SurveyForm, SurveyUnavailable } from './survey-form';
import { SURVEY } from './survey-test-data';

const SURVEY_URL = '/api/v1/public/surveys/tok';

describe('SurveyForm', () => {
  let fixture: ComponentFixture<SurveyForm>;
  let backend: HttpTestingController;
  let submitted: string[];
  let unavailable: SurveyUnavailable[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SurveyForm],
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SurveyForm);
    fixture.componentRef.setInput('token', 'tok');
    fixture.componentRef.setInput('survey', SURVEY);
    submitted = [];
    unavailable = [];
    fixture.componentInstance.submitted.subscribe((message) => submitted.push(message));
    fixture.componentInstance.unavailable.subscribe((reason) => unavailable.push(reason));
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  /** Clicks the radio labelled `label` inside the question with this key. */
  async function choose(key: string, label: string): Promise<void> {
    const radios = Array.from(element().querySelectorAll<HTMLElement>(`#question-${key} mat-radio-button`));
    const radio = radios.find((candidate) => text(candidate) === label);
    if (!radio) {
      throw new Error(`No answer "${label}" for ${key}`);
    }
    radio.querySelector('input')?.click();
    await fixture.whenStable();
  }

  function checkbox(label: string): HTMLInputElement {
    const box = Array.from(element().querySelectorAll('mat-checkbox')).find((candidate) =>
      text(candidate).includes(label),
    );
    return box?.querySelector('input') as HTMLInputElement;
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    // Focus moves after the next render.
    await new Promise((resolve) => setTimeout(resolve));
  }

  async function answerRequired(): Promise<void> {
    await choose('induction', 'Agree');
    await choose('raising_concerns', 'No');
    await choose('recommend', '0');
  }

  it('numbers the questions and labels each scale', () => {
    expect(text(element().querySelector('#question-induction legend'))).toBe(
      'Question 1 of 5 I had a clear induction.',
    );
    expect(text(element().querySelector('#question-went_well label'))).toBe(
      'Question 5 of 5 (optional) What went well?',
    );
    const likert = Array.from(element().querySelectorAll('#question-induction mat-radio-button')).map(text);
    expect(likert).toEqual(['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']);
    expect(element().querySelectorAll('#question-recommend mat-radio-button')).toHaveLength(11);
    expect(text(element().querySelector('.progress-text'))).toBe('0 of 3 required questions answered');
  });

  it('will not send until every required question is answered, and says which ones', async () => {
    await submit();

    backend.expectNone(SURVEY_URL);
    const summary = element().querySelector('.error-summary');
    expect(summary?.getAttribute('role')).toBe('alert');
    expect(Array.from(summary?.querySelectorAll('li') ?? []).map(text)).toEqual([
      'Question 1: choose an answer',
      'Question 2: choose an answer',
      'Question 3: choose an answer',
    ]);
    expect(text(element().querySelector('#question-induction .field-error'))).toBe('Choose an answer to this question');
    expect(element().querySelector('#question-went_well .field-error')).toBeNull();
    expect(document.activeElement?.closest('#question-induction')).not.toBeNull();
  });

  it('sends numbers for scales and booleans for yes/no, anonymously by default', async () => {
    await answerRequired();
    expect(text(element().querySelector('.progress-text'))).toBe('3 of 3 required questions answered');
    expect(checkbox('You may contact me').checked).toBe(false);
    await submit();

    const request = backend.expectOne({ method: 'POST', url: SURVEY_URL });
    expect(request.request.body).toEqual({
      answers: { induction: 4, raising_concerns: false, recommend: 0 },
      concernRaised: false,
      concernText: null,
      consentToContact: false,
    });
    request.flush({ message: 'Thank you. Your answers have been received.' }, { status: 201, statusText: 'Created' });
    expect(submitted).toEqual(['Thank you. Your answers have been received.']);
  });

  it('asks what happened when a concern is raised, and sends it', async () => {
    await answerRequired();
    checkbox('I want to raise a concern').click();
    await fixture.whenStable();
    expect(text(element().querySelector('label[for="concern-text"]'))).toBe('What happened?');

    await submit();
    backend.expectNone(SURVEY_URL);
    expect(text(element().querySelector('.error-summary li'))).toBe(
      'Tell us what happened, or untick “I want to raise a concern”',
    );
    expect(document.activeElement?.id).toBe('concern-text');

    const concern = element().querySelector<HTMLTextAreaElement>('#concern-text');
    if (concern) {
      concern.value = 'Nobody supervised me for a week.';
      concern.dispatchEvent(new Event('input'));
    }
    checkbox('You may contact me').click();
    await submit();
    expect(backend.expectOne(SURVEY_URL).request.body).toMatchObject({
      concernRaised: true,
      concernText: 'Nobody supervised me for a week.',
      consentToContact: true,
    });
  });

  it("shows the API's complaint beside the question it names", async () => {
    await answerRequired();
    await submit();
    backend.expectOne(SURVEY_URL).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation_failed',
        message: 'Some answers are not valid',
        details: [{ field: 'answers.recommend', message: 'must be a whole number from 0 to 10' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(element().querySelector('#question-recommend .field-error'))).toBe(
      'This answer was not accepted: must be a whole number from 0 to 10',
    );
    expect(submitted).toEqual([]);
  });

  it('hands a link answered meanwhile or expired to the page', async () => {
    await answerRequired();
    await submit();
    backend
      .expectOne(SURVEY_URL)
      .flush(
        { statusCode: 409, code: 'already_submitted', message: 'Already answered' },
        { status: 409, statusText: 'Conflict' },
      );
    await submit();
    backend
      .expectOne(SURVEY_URL)
      .flush({ statusCode: 410, code: 'link_expired', message: 'Expired' }, { status: 410, statusText: 'Gone' });
    expect(unavailable).toEqual(['answered', 'expired']);
  });
});
