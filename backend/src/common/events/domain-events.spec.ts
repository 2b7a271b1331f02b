import { EntityManager } from 'typeorm';
import { DomainEvents } from './domain-events';

describe('DomainEvents', () => {
  it('runs every handler in order with the emitter’s transaction manager', async () => {
    const events = new DomainEvents();
    const calls: string[] = [];
    const manager = {} as EntityManager;
    events.on('applicant.consent_withdrawn', async (received, payload) => {
      expect(received).toBe(manager);
      calls.push(`first:${payload.applicantId}`);
    });
    events.on('applicant.consent_withdrawn', async () => void calls.push('second'));
    await events.emit(manager, 'applicant.consent_withdrawn', { applicantId: 'a1', actorId: null });
    expect(calls).toEqual(['first:a1', 'second']);
  });

  it('lets a failing handler fail the emit, so the transaction rolls back', async () => {
    const events = new DomainEvents();
    events.on('applicant.consent_withdrawn', async () => {
      throw new Error('boom');
    });
    await expect(events.emit({} as EntityManager, 'applicant.consent_withdrawn', { applicantId: 'a1', actorId: null })).rejects.toThrow('boom');
  });
});
