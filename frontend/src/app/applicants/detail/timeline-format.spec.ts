import { TimelineEntryDto } from '@pathway/contracts';
import { describeEntry } from './timeline-format';

const at = '2026-03-01T10:00:00Z';

describe('describeEntry', () => {
  it('tells a stage change with who moved it and why', () => {
    const entry: TimelineEntryDto = {
      id: '1',
      type: 'stage_change',
      at,
      actorName: 'Jordan Ellis',
      stageChange: { id: '1', from: 'applied', to: 'engaged', at, byId: 'u', byName: 'Jordan Ellis', reason: 'Deferred a year' },
    };
    expect(describeEntry(entry)).toEqual({
      icon: 'swap_horiz',
      text: 'Stage changed from Applied to Engaged — by Jordan Ellis — Deferred a year',
    });
  });

  it('names the close reason by its label', () => {
    const entry: TimelineEntryDto = {
      id: '2',
      type: 'stage_change',
      at,
      actorName: null,
      stageChange: { id: '2', from: 'offer', to: 'closed', at, byId: null, byName: null, reason: 'chose_other_course' },
    };
    expect(describeEntry(entry).text).toBe('Stage changed from Offer to Closed — Chose another course');
  });

  it('lists edited fields by label and hides special-category values', () => {
    const entry: TimelineEntryDto = {
      id: '3',
      type: 'edit',
      at,
      actorName: 'Alex Morgan',
      changes: [
        { field: 'lastName', from: 'Lee', to: 'Li' },
        { field: 'email', from: null, to: 'a@b.org' },
        { field: 'wpDisability', redacted: true },
      ],
    };
    expect(describeEntry(entry).text).toBe('Edited: Last name, Email, Disability (hidden) — by Alex Morgan');
  });

  it('tells when the record was added, archived and restored', () => {
    expect(describeEntry({ id: '4', type: 'created', at, actorName: 'Jordan Ellis' }).text).toBe(
      'Added to Pathway — by Jordan Ellis',
    );
    expect(describeEntry({ id: '5', type: 'archived', at, actorName: null }).icon).toBe('archive');
    expect(describeEntry({ id: '6', type: 'restored', at, actorName: null }).text).toBe('Restored');
  });
});

describe('describeEntry for conversations and follow-ups', () => {
  it('marks a serious conversation and names its channel', () => {
    const entry: TimelineEntryDto = {
      id: '7',
      type: 'conversation',
      at,
      actorName: 'Jordan Ellis',
      conversation: { id: 'c', channel: 'phone', serious: true, summary: 'Talked about podiatry', nextStep: null },
    };
    expect(describeEntry(entry)).toEqual({
      icon: 'star',
      text: 'Conversation (Phone) — by Jordan Ellis',
      badge: 'Serious conversation',
      details: ['Talked about podiatry'],
    });
  });

  it('shows the agreed next step, and no badge for a conversation that did not count', () => {
    const entry: TimelineEntryDto = {
      id: '7b',
      type: 'conversation',
      at,
      actorName: null,
      conversation: { id: 'c', channel: 'event_stand', serious: false, summary: null, nextStep: 'Send the prospectus' },
    };
    expect(describeEntry(entry)).toEqual({
      icon: 'forum',
      text: 'Conversation (Event stand)',
      details: ['Next step: Send the prospectus'],
    });
  });

  it('tells when a follow-up is planned and when it is done', () => {
    const followUp = { id: 'f', type: 'call', status: 'open', dueAt: '2026-03-08T09:00:00Z', assigneeName: 'Jordan Ellis', outcome: null };
    expect(describeEntry({ id: '8', type: 'follow_up', at, actorName: null, followUp }).text).toBe(
      'Follow-up planned: Call, due 8 Mar 2026 — assigned to Jordan Ellis',
    );
    expect(
      describeEntry({ id: '9', type: 'follow_up_closed', at, actorName: null, followUp: { ...followUp, status: 'done', outcome: 'Booked an open day' } }).text,
    ).toBe('Follow-up done: Call — Booked an open day');
    expect(
      describeEntry({ id: '10', type: 'follow_up_closed', at, actorName: null, followUp: { ...followUp, status: 'cancelled', outcome: null } }).text,
    ).toBe('Follow-up cancelled: Call');
  });
});
