import { ConversationLoggedDto } from '@pathway/contracts';
import { conversationLoggedMessage } from './conversation-form';

const logged = (changes: Partial<ConversationLoggedDto>) =>
  ({ id: 'c1', serious: true, stageChangedFrom: null, followUpId: null, ...changes }) as ConversationLoggedDto;

describe('conversationLoggedMessage', () => {
  const now = new Date(2026, 10, 25, 10, 0);

  it('says only that it was logged when nothing else happened', () => {
    expect(conversationLoggedMessage(logged({ serious: false }), now)).toBe('Conversation logged');
  });

  it('says when it moved the person on and planned a follow-up a week later', () => {
    expect(conversationLoggedMessage(logged({ stageChangedFrom: 'engaged', followUpId: 'f1' }), now)).toBe(
      'Conversation logged — moved to Serious conversation — follow-up planned for 2 Dec 2026',
    );
  });

  it('mentions the follow-up alone when they were already further on', () => {
    expect(conversationLoggedMessage(logged({ followUpId: 'f1' }), now)).toBe(
      'Conversation logged — follow-up planned for 2 Dec 2026',
    );
  });
});
