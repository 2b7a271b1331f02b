import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SurveyQuestion, SurveyResponseDto } from '@pathway/contracts';
import { ResponseCard, ReviewChange } from './response-card';

const questions: SurveyQuestion[] = [
  { key: 'overall', domain: 'overall', type: 'likert5', required: true, text: 'Overall, this was a good placement.' },
  { key: 'went_well', domain: 'comments', type: 'text', required: false, text: 'What went well?' },
];

const anonymous: SurveyResponseDto = {
  id: 'r1',
  templateId: 't1',
  templateVersion: 1,
  siteId: 's1',
  siteName: 'Eye clinic, Swansea Community Hospital',
  profession: 'orthoptics',
  yearOfStudy: 2,
  cohort: 2025,
  submittedOn: '2026-03-04',
  answers: { overall: 2, went_well: 'The clinic lists' },
  concernRaised: true,
  concernText: 'Nobody supervised me for a week.',
  consentToContact: false,
  student: null,
  reviewStatus: 'new',
  reviewNote: null,
  version: 1,
};

describe('ResponseCard', () => {
  let fixture: ComponentFixture<ResponseCard>;

  async function render(response: SurveyResponseDto): Promise<HTMLElement> {
    fixture.componentRef.setInput('response', response);
    fixture.componentRef.setInput('questions', questions);
    fixture.componentRef.setInput('professionName', 'Orthoptics');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  /** The text a reader meets, piece by piece (jsdom runs adjacent elements' text together). */
  function text(element: Element | null): string {
    const pieces: string[] = [];
    const walker = document.createTreeWalker(element ?? document.createElement('div'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      pieces.push(node.textContent ?? '');
    }
    return pieces
      .map((piece) => piece.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' ');
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ResponseCard], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(ResponseCard);
  });

  it('shows what was answered where, but nothing that identifies a student who did not consent', async () => {
    const element = await render(anonymous);
    const card = text(element);

    expect(card).toContain('Eye clinic, Swansea Community Hospital');
    expect(card).toContain('Orthoptics · Year 2 · 2025 cohort · Submitted 4 Mar 2026');
    expect(card).toContain('Overall, this was a good placement. 2 – Disagree');
    expect(card).toContain('What went well? The clinic lists');
    expect(card).toContain('Concern raised Nobody supervised me for a week.');
    expect(text(element.querySelector('.identity'))).toBe(
      'visibility_off Anonymous: the student did not agree to be contacted',
    );
    expect(element.querySelector('.identity strong')).toBeNull();
    expect(card).not.toMatch(/@|agreed to be contacted about/);
  });

  it('names the student only when they agreed to be contacted', async () => {
    const element = await render({
      ...anonymous,
      consentToContact: true,
      student: { id: 'st1', name: 'Ann Lee', email: 'ann@example.org' },
    });
    expect(text(element.querySelector('.identity'))).toBe(
      'person Ann Lee (ann@example.org) agreed to be contacted about these answers',
    );
  });

  it('emits the review status and note to save', async () => {
    const element = await render(anonymous);
    const reviews: ReviewChange[] = [];
    fixture.componentInstance.review.subscribe((change) => reviews.push(change));
    const note = element.querySelector('textarea') as HTMLTextAreaElement;
    note.value = '  Raised with the site lead ';
    note.dispatchEvent(new Event('input'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    expect(reviews).toEqual([{ reviewStatus: 'new', reviewNote: 'Raised with the site lead' }]);
  });
});
