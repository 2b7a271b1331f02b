import { SurveyQuestion } from '@pathway/contracts';

export const DEFAULT_TEMPLATE_NAME = 'Clinical placement experience';

/** The default placement-experience survey: one question per domain, plus what went well and what to improve. */
export const DEFAULT_QUESTIONS: SurveyQuestion[] = [
  { key: 'induction', domain: 'induction', type: 'likert5', required: true, text: 'I had a clear induction: I knew where to go, who to ask and what was expected of me.' },
  { key: 'supervision', domain: 'supervision', type: 'likert5', required: true, text: 'My practice educator gave me enough time, support and feedback.' },
  { key: 'learning', domain: 'learning', type: 'likert5', required: true, text: 'I had good chances to learn and practise the skills of my profession.' },
  { key: 'team', domain: 'team', type: 'likert5', required: true, text: 'The team made me feel welcome and part of the department.' },
  { key: 'facilities', domain: 'facilities', type: 'likert5', required: true, text: 'I had what I needed: somewhere to work, study and take a break, and access to the systems.' },
  { key: 'raising_concerns', domain: 'raising_concerns', type: 'yes_no', required: true, text: 'I knew how to raise a concern and felt able to do so.' },
  { key: 'overall', domain: 'overall', type: 'likert5', required: true, text: 'Overall, this was a good placement.' },
  { key: 'recommend', domain: 'recommend', type: 'nps', required: true, text: 'How likely are you to recommend this placement to another student? (0 = not at all, 10 = extremely)' },
  { key: 'went_well', domain: 'comments', type: 'text', required: false, text: 'What went well?' },
  { key: 'improve', domain: 'comments', type: 'text', required: false, text: 'What could be better?' },
];
