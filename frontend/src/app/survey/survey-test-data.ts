import { PublicSurveyDto, SurveyQuestion } from '@pathway/contracts';

/** A survey with one question of each type, the way the API sends it. */
export const QUESTIONS: SurveyQuestion[] = [
  { key: 'induction', domain: 'induction', type: 'likert5', required: true, text: 'I had a clear induction.' },
  {
    key: 'raising_concerns',
    domain: 'raising_concerns',
    type: 'yes_no',
    required: true,
    text: 'I knew how to raise a concern.',
  },
  { key: 'recommend', domain: 'recommend', type: 'nps', required: true, text: 'Would you recommend it?' },
  {
    key: 'shift',
    domain: 'team',
    type: 'choice',
    required: false,
    text: 'Which shift suited you?',
    options: ['Early', 'Late'],
  },
  { key: 'went_well', domain: 'comments', type: 'text', required: false, text: 'What went well?' },
];

export const SURVEY: PublicSurveyDto = { siteName: 'Eye clinic, Swansea Community Hospital', questions: QUESTIONS };
