import { mergedChanges, MergeableRecord } from './merge';

const base: MergeableRecord = {
  email: null,
  phone: null,
  postcode: null,
  dateOfBirth: null,
  audience: null,
  region: null,
  organisationId: null,
  ageBand: null,
  source: null,
  firstContactAt: null,
  campaignId: null,
  eventId: null,
  ownerId: null,
  guardianEmail: null,
  wpFirstInFamily: null,
  wpCareExperienced: null,
  wpDisability: null,
  wpEthnicity: null,
  consentGiven: false,
  consentGivenAt: null,
  consentSource: null,
  consentWordingVersion: null,
  consentWithdrawnAt: null,
  stage: 'enquiry',
  stageChangedAt: new Date('2026-01-01T00:00:00Z'),
};
const record = (fields: Partial<MergeableRecord>): MergeableRecord => ({ ...base, ...fields });

describe('mergedChanges', () => {
  it('fills empty fields and never overwrites', () => {
    const keep = record({ email: 'keep@example.org', region: 'london', wpDisability: false });
    const merge = record({
      email: 'other@example.org',
      phone: '07700900123',
      region: 'north_west',
      postcode: 'M1 1AE',
      wpDisability: true,
      wpFirstInFamily: true,
    });
    expect(mergedChanges(keep, merge)).toEqual({ phone: '07700900123', postcode: 'M1 1AE', wpFirstInFamily: true });
  });

  it('takes the earlier first contact with where it came from', () => {
    const keep = record({ firstContactAt: new Date('2026-03-01'), source: 'website', campaignId: 'c-keep' });
    const merge = record({
      firstContactAt: new Date('2026-02-01'),
      source: 'event',
      campaignId: 'c-merge',
      eventId: 'e1',
    });
    expect(mergedChanges(keep, merge)).toEqual({
      firstContactAt: new Date('2026-02-01'),
      source: 'event',
      campaignId: 'c-merge',
      eventId: 'e1',
    });
    expect(mergedChanges(merge, keep)).toEqual({});
  });

  it('keeps the most recent consent decision of the two', () => {
    const given = record({
      consentGiven: true,
      consentGivenAt: new Date('2026-01-05'),
      consentSource: 'event',
      consentWordingVersion: '2026-09',
    });
    const withdrawn = record({
      consentGiven: false,
      consentGivenAt: new Date('2026-01-01'),
      consentWithdrawnAt: new Date('2026-02-01'),
    });
    expect(mergedChanges(given, withdrawn)).toMatchObject({
      consentGiven: false,
      consentWithdrawnAt: new Date('2026-02-01'),
    });
    expect(mergedChanges(withdrawn, given)).toEqual({});
    expect(mergedChanges(record({}), given)).toMatchObject({ consentGiven: true, consentSource: 'event' });
  });

  it('moves to the furthest stage, but never out of or into closed', () => {
    const applied = new Date('2026-04-01');
    expect(mergedChanges(record({ stage: 'engaged' }), record({ stage: 'applied', stageChangedAt: applied }))).toEqual({
      stage: 'applied',
      stageChangedAt: applied,
    });
    expect(mergedChanges(record({ stage: 'offer' }), record({ stage: 'applied' }))).toEqual({});
    expect(mergedChanges(record({ stage: 'closed' }), record({ stage: 'applied' }))).toEqual({});
    expect(mergedChanges(record({ stage: 'engaged' }), record({ stage: 'closed' }))).toEqual({});
  });
});
