import { bearer, startTestApp, TestApp } from './support/test-app';

const HOUR = 3_600_000;

describe('public event sign-up (API)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
  });
  afterAll(() => t.close());

  const event = async (fields: Record<string, unknown> = {}) =>
    (
      await t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({ title: 'Open evening', type: 'open_day', format: 'in_person', startsAt: new Date(Date.now() + 48 * HOUR).toISOString(), endsAt: new Date(Date.now() + 50 * HOUR).toISOString(), professions: ['podiatry'], ...fields })
        .expect(201)
    ).body;
  const person = (fields: Record<string, unknown> = {}) => ({ firstName: 'Sasha', lastName: 'Grey', email: 'sasha.grey@example.org', ageBand: '16_18', audience: 'school_student', consentToContact: true, ...fields });
  const register = (slug: string, body: Record<string, unknown>, address = '10.1.1.1') => t.http.post(`/api/v1/public/events/${slug}/register`).set('X-Forwarded-For', address).send(body);
  const attendees = async (id: string) => (await t.http.get(`/api/v1/events/${id}/attendees`).set(bearer(officer))).body;

  it('shows the event without signing in, revealing nothing internal', async () => {
    const e = await event({ venue: 'Main hall' });
    const response = await t.http.get(`/api/v1/public/events/${e.slug}`).expect(200);
    expect(response.body).toEqual({
      title: 'Open evening',
      type: 'open_day',
      format: 'in_person',
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      venue: 'Main hall',
      professions: [{ code: 'podiatry', name: 'Podiatry' }],
      registrationOpen: true,
      full: false,
      privacyNoticeVersion: '2026-09',
    });
    await t.http.get('/api/v1/public/events/no-such-event').expect(404);
    await t.http.get('/api/v1/public/events/..%2Fetc').expect(404);
  });

  it('creates the applicant with source, event, campaign and consent, and one attendance even when sent twice', async () => {
    const { body: campaign } = await t.http.post('/api/v1/campaigns').set(bearer(await t.tokenFor('manager'))).send({ name: 'Open evenings', startsOn: '2026-01-01', endsOn: '2027-12-31' }).expect(201);
    const e = await event({ campaignId: campaign.id });
    const first = await register(e.slug, person({ professionsOfInterest: ['podiatry'] })).expect(201);
    const second = await register(e.slug, person({ firstName: 'Changed' })).expect(201);
    expect(second.body).toEqual(first.body);
    expect(first.body).toEqual({ message: "Thank you for signing up. We'll be in touch with the details." });

    const list = await attendees(e.id);
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ firstName: 'Sasha', how: 'self_registered', stage: 'enquiry' });
    const { body: applicant } = await t.http.get(`/api/v1/applicants/${list.items[0].applicantId}`).set(bearer(officer));
    expect(applicant).toMatchObject({ source: 'event', eventId: e.id, campaignId: campaign.id, professionsOfInterest: ['podiatry'], firstName: 'Sasha' });
    expect(applicant.consent).toMatchObject({ given: true, source: 'public_sign_up', wordingVersion: '2026-09' });
  });

  it('adds only an attendance for a known email, never changing the record', async () => {
    const { body: known } = await t.http.post('/api/v1/applicants').set(bearer(officer)).send({ firstName: 'Kim', lastName: 'Known', email: 'kim.known@example.org', phone: '07700 900999' }).expect(201);
    const e = await event();
    await register(e.slug, person({ firstName: 'Someone', lastName: 'Else', email: 'KIM.KNOWN@example.org', phone: '01234 567890' })).expect(201);
    const list = await attendees(e.id);
    expect(list.items.map((item: { applicantId: string }) => item.applicantId)).toEqual([known.id]);
    const { body: after } = await t.http.get(`/api/v1/applicants/${known.id}`).set(bearer(officer));
    expect(after).toMatchObject({ firstName: 'Kim', lastName: 'Known', phone: '07700 900999', version: 1 });
  });

  it('requires consent and explains every bad field, storing nothing', async () => {
    const e = await event();
    const noConsent = await register(e.slug, person({ consentToContact: false })).expect(400);
    expect(noConsent.body.details).toEqual([{ field: 'consentToContact', message: 'must be given: we can only keep your details if you agree to be contacted' }]);
    const bad = await register(e.slug, { firstName: '', email: 'nope', ageBand: 'toddler', consentToContact: true, isAdmin: true }).expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['ageBand', 'email', 'firstName', 'isAdmin', 'lastName']);
    const unknownProfession = await register(e.slug, person({ email: 'prof@example.org', professionsOfInterest: ['wizardry'] })).expect(400);
    expect(unknownProfession.body.details[0].field).toBe('professionsOfInterest');
    expect((await attendees(e.id)).total).toBe(0);
  });

  it('asks a parent or guardian for under-13s, and stores nothing without them', async () => {
    const e = await event();
    const refused = await register(e.slug, person({ email: 'young.one@example.org', ageBand: 'under_13' })).expect(400);
    expect(refused.body.message).toBe('Anyone under 13 needs a parent or guardian to agree. Nothing has been saved.');
    expect(refused.body.details.map((detail: { field: string }) => detail.field)).toEqual(['guardianEmail', 'guardianConsent']);
    expect((await attendees(e.id)).total).toBe(0);
    await register(e.slug, person({ email: 'young.one@example.org', ageBand: 'under_13', guardianEmail: 'parent@example.org', guardianConsent: true })).expect(201);
    const [attendee] = (await attendees(e.id)).items;
    const { body: child } = await t.http.get(`/api/v1/applicants/${attendee.applicantId}`).set(bearer(officer));
    expect(child.consent.source).toBe('guardian_via_public_sign_up');
  });

  it('quietly ignores bots that fill the hidden field', async () => {
    const e = await event();
    const response = await register(e.slug, person({ email: 'bot@example.org', website: 'http://spam.example' })).expect(201);
    expect(response.body.message).toContain('Thank you');
    expect((await attendees(e.id)).total).toBe(0);
  });

  it('refuses politely when sign-up is closed or the event is full', async () => {
    const closed = await event({ registrationOpen: false });
    expect((await register(closed.slug, person({ email: 'late@example.org' })).expect(409)).body.code).toBe('registration_closed');
    const small = await event({ capacity: 1 });
    await register(small.slug, person({ email: 'first.in@example.org' })).expect(201);
    expect((await register(small.slug, person({ email: 'second.in@example.org' })).expect(409)).body).toMatchObject({ code: 'event_full', message: 'Sorry, this event is full.' });
    // The person already signed up gets the same thank-you again, not "full".
    await register(small.slug, person({ email: 'first.in@example.org' })).expect(201);
    await register('no-such-event', person()).expect(404);
  });
});

describe('public routes rate limit (API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ trustProxy: true, publicRateLimit: 120 });
  });
  afterAll(() => t.close());

  it('allows 120 requests a minute from one address, then answers 429; other addresses are unaffected', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 121; request++) {
      statuses.push((await t.http.get('/api/v1/public/events/no-such-event').set('X-Forwarded-For', '203.0.113.7')).status);
    }
    expect(statuses.slice(0, 120).every((status) => status === 404)).toBe(true);
    expect(statuses[120]).toBe(429);
    const limited = await t.http.get('/api/v1/public/events/no-such-event').set('X-Forwarded-For', '203.0.113.7').expect(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    await t.http.get('/api/v1/public/events/no-such-event').set('X-Forwarded-For', '203.0.113.8').expect(404);
    // Signed-in use is never rate-limited.
    const officer = await t.tokenFor('officer');
    for (let request = 0; request < 130; request++) await t.http.get('/api/v1/events?pageSize=1').set(bearer(officer)).set('X-Forwarded-For', '203.0.113.7').expect(200);
  }, 60_000);
});
