import { FollowUpDto, Page } from '@pathway/contracts';

/** A follow-up for tests, open and due in a day unless told otherwise. */
export function followUp(id: string, changes: Partial<FollowUpDto> = {}): FollowUpDto {
  return {
    id,
    applicantId: `applicant-${id}`,
    applicantName: `Person ${id}`,
    doNotContact: false,
    conversationId: null,
    assigneeId: 'user-7',
    assigneeName: 'Jordan Ellis',
    dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    type: 'call',
    notes: null,
    status: 'open',
    outcome: null,
    completedAt: null,
    bucket: 'week',
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    version: 3,
    ...changes,
  };
}

export function pageOf(items: FollowUpDto[], total = items.length, page = 1, pageSize = 10): Page<FollowUpDto> {
  return { items, total, page, pageSize };
}
