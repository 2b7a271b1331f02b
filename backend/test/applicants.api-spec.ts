import { ApplicantDto, Role, ROLES } from '@pathway/contracts';
import { bearer, startTestApp, TestApp } from './support/test-app';

describe('applicants (API)', () => {
  let t: TestApp;
  let officer: string;
  let officerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    officerId = (await t.http.get('/api/v1/auth/me').set(bearer(officer))).body.id;
  });
  afterAll(() => t.close());

  let counter = 0;
  const create = async (fields: Record<string, unknown> = {}, token = officer): Promise<ApplicantDto> => {
    counter++;
    const response = await t.http
      .post('/api/v1/applicants')
      .set(bearer(token))
      .send({ firstName: 'Alex', lastName: `Person${counter}`, ...fields });
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  it('creates with only a name, starting at enquiry, owned by the officer, with its first stage change', async () => {
    const applicant = await create();
    expect(applicant).toMatchObject({
      stage: 'enquiry',
      ownerId: officerId,
      ownerName: 'Jordan Ellis',
      version: 1,
      archivedAt: null,
      professionsOfInterest: [],
      tags: [],
    });
    expect(applicant.consent).toEqual({
      given: false,
      givenAt: null,
      source: null,
      wordingVersion: null,
      withdrawnAt: null,
    });
    expect(applicant).not.toHaveProperty('wideningParticipation');
    expect(applicant).not.toHaveProperty('wpEthnicity');
  });

  it('stores every field in its canonical form and records consent with the notice version', async () => {
    const { body: organisation } = await t.http
      .post('/api/v1/organisations')
      .set(bearer(officer))
      .send({ name: 'Northfield Academy', kind: 'school', region: 'north_east' })
      .expect(201);
    const applicant = await create({
      firstName: '  Zoë ',
      lastName: 'Okafor',
      email: ' Zoe.Okafor@Example.ORG ',
      phone: '+44 7700 900123',
      postcode: 'ne1 4st',
      audience: 'school_student',
      region: 'north_east',
      organisationId: organisation.id,
      dateOfBirth: '2009-03-14',
      professionsOfInterest: ['podiatry', 'orthoptics', 'podiatry'],
      source: 'school_visit',
      firstContactAt: '2026-10-01T09:30:00.000Z',
      consentToContact: true,
      tags: ['Year-11', 'open day'],
      wpFirstInFamily: true,
      wpEthnicity: 'Black British',
    });
    expect(applicant).toMatchObject({
      firstName: 'Zoë',
      email: 'zoe.okafor@example.org',
      phone: '+44 7700 900123',
      postcode: 'NE1 4ST',
      organisationName: 'Northfield Academy',
      professionsOfInterest: ['orthoptics', 'podiatry'],
      tags: ['open day', 'year-11'],
      firstContactAt: '2026-10-01T09:30:00.000Z',
    });
    expect(applicant.consent).toMatchObject({
      given: true,
      source: 'recorded_by_staff',
      wordingVersion: '2026-09',
      withdrawnAt: null,
    });

    const wp = await t.http
      .get(`/api/v1/applicants/${applicant.id}/widening-participation`)
      .set(bearer(officer))
      .expect(200);
    expect(wp.body).toEqual({
      wpFirstInFamily: true,
      wpCareExperienced: null,
      wpDisability: null,
      wpEthnicity: 'Black British',
    });
    await t.http
      .get(`/api/v1/applicants/${applicant.id}/widening-participation`)
      .set(bearer(await t.tokenFor('manager')))
      .expect(403);

    const audit = await t.http
      .get(`/api/v1/audit?entity=applicant&entityId=${applicant.id}`)
      .set(bearer(await t.tokenFor('admin')))
      .expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(['read_sensitive', 'create']);
    expect(JSON.stringify(audit.body)).not.toContain('Black British');
    expect(audit.body.items[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'wpEthnicity', redacted: true },
        { field: 'wpFirstInFamily', redacted: true },
      ]),
    );
  });

  it('keeps the campaign and event of first contact, named in lists and on the record', async () => {
    const manager = await t.tokenFor('manager');
    const campaign = (
      await t.http
        .post('/api/v1/campaigns')
        .set(bearer(manager))
        .send({ name: 'Sixth-form tour', startsOn: '2026-01-01', endsOn: '2026-12-31' })
        .expect(201)
    ).body;
    const event = (
      await t.http
        .post('/api/v1/events')
        .set(bearer(officer))
        .send({
          title: 'Careers fair at Fenwick',
          type: 'careers_fair',
          format: 'in_person',
          startsAt: '2026-03-04T10:00:00Z',
          endsAt: '2026-03-04T15:00:00Z',
          campaignId: campaign.id,
        })
        .expect(201)
    ).body;
    const created = await create({ lastName: 'Attributed', campaignId: campaign.id, eventId: event.id });
    expect(created).toMatchObject({
      campaignId: campaign.id,
      campaignName: 'Sixth-form tour',
      eventId: event.id,
      eventTitle: 'Careers fair at Fenwick',
    });
    const listed = await t.http.get(`/api/v1/applicants?campaignId=${campaign.id}`).set(bearer(officer)).expect(200);
    expect(listed.body.items.map((item: ApplicantDto) => [item.id, item.campaignName, item.eventTitle])).toEqual([
      [created.id, 'Sixth-form tour', 'Careers fair at Fenwick'],
    ]);
    const cleared = await t.http
      .patch(`/api/v1/applicants/${created.id}`)
      .set(bearer(officer))
      .send({ eventId: null, version: created.version })
      .expect(200);
    expect(cleared.body).toMatchObject({ campaignName: 'Sixth-form tour', eventId: null, eventTitle: null });
  });

  it('keeps every consent decision with its source, notice version and who recorded it', async () => {
    const person = await create({ lastName: 'Consenting', consentToContact: true });
    const withdrawn = await t.http
      .patch(`/api/v1/applicants/${person.id}`)
      .set(bearer(officer))
      .send({ consentToContact: false, version: person.version })
      .expect(200);
    await t.http
      .patch(`/api/v1/applicants/${person.id}`)
      .set(bearer(officer))
      .send({ consentToContact: true, version: withdrawn.body.version })
      .expect(200);
    const { body } = await t.http
      .get(`/api/v1/applicants/${person.id}/consent-history`)
      .set(bearer(officer))
      .expect(200);
    expect(body).toEqual([
      {
        given: true,
        at: expect.any(String),
        source: 'recorded_by_staff',
        wordingVersion: expect.any(String),
        byName: 'Jordan Ellis',
      },
      { given: false, at: expect.any(String), source: null, wordingVersion: null, byName: 'Jordan Ellis' },
      {
        given: true,
        at: expect.any(String),
        source: 'recorded_by_staff',
        wordingVersion: expect.any(String),
        byName: 'Jordan Ellis',
      },
    ]);
    const none = await create({ lastName: 'Unasked' });
    expect(
      (await t.http.get(`/api/v1/applicants/${none.id}/consent-history`).set(bearer(officer)).expect(200)).body,
    ).toEqual([]);
    await t.http
      .get('/api/v1/applicants/00000000-0000-4000-8000-000000000000/consent-history')
      .set(bearer(officer))
      .expect(404);
  });

  it('names every bad field and writes nothing', async () => {
    const before = (await t.http.get('/api/v1/applicants?pageSize=1').set(bearer(officer))).body.total;
    const response = await t.http
      .post('/api/v1/applicants')
      .set(bearer(officer))
      .send({
        firstName: '',
        lastName: 42,
        email: 'nope',
        region: 'atlantis',
        professionsOfInterest: 'podiatry',
        dateOfBirth: '2009-02-30',
        tags: ['<script>'],
        hairColour: 'red',
      })
      .expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(
      ['dateOfBirth', 'email', 'firstName', 'hairColour', 'lastName', 'professionsOfInterest', 'region', 'tags'].sort(),
    );
    const unknownRefs = await t.http
      .post('/api/v1/applicants')
      .set(bearer(officer))
      .send({
        firstName: 'A',
        lastName: 'B',
        professionsOfInterest: ['astrology'],
        ownerId: '00000000-0000-4000-8000-000000000000',
        organisationId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    expect(unknownRefs.body.details).toEqual([
      { field: 'organisationId', message: 'is not a known organisation' },
      { field: 'ownerId', message: 'is not a known user' },
      { field: 'professionsOfInterest', message: 'has unknown professions: astrology' },
    ]);
    expect((await t.http.get('/api/v1/applicants?pageSize=1').set(bearer(officer))).body.total).toBe(before);
  });

  it('finds likely duplicates by email, phone, or name and date of birth, and creates anyway when asked', async () => {
    const first = await create({
      firstName: 'Sam',
      lastName: 'Dupe',
      email: 'sam.dupe@example.org',
      phone: '07700 900555',
      dateOfBirth: '2008-01-02',
    });
    for (const [fields, reason] of [
      [{ email: 'SAM.DUPE@example.org' }, 'email'],
      [{ phone: '+44 (0)7700-900-555' }, 'phone'],
      [{ firstName: 'sam', lastName: 'DUPE', dateOfBirth: '2008-01-02' }, 'name_and_date_of_birth'],
    ] as const) {
      const response = await t.http
        .post('/api/v1/applicants')
        .set(bearer(officer))
        .send({ firstName: 'Other', lastName: 'Name', ...fields })
        .expect(409);
      expect(response.body.code).toBe('duplicate_applicant');
      expect(response.body.candidates).toEqual([expect.objectContaining({ id: first.id, matchedOn: [reason] })]);
    }
    const anyway = await t.http
      .post('/api/v1/applicants')
      .set(bearer(officer))
      .send({ firstName: 'Sam', lastName: 'Dupe', email: 'sam.dupe@example.org', allowDuplicate: true })
      .expect(201);
    expect(anyway.body.id).not.toBe(first.id);
  });

  it('searches from the start of any word of name, email, phone or postcode, and filters', async () => {
    const marker = `Qx${Date.now() % 100000}`;
    const a = await create({
      firstName: 'Priya',
      lastName: `${marker}-Kaur`,
      email: 'priya.k@college.ac.uk',
      phone: '01914 980001',
      postcode: 'DH1 3LE',
      region: 'north_east',
      source: 'event',
      professionsOfInterest: ['podiatry'],
      tags: ['fair'],
    });
    const b = await create({
      firstName: 'Ben',
      lastName: marker,
      region: 'london',
      source: 'website',
      audience: 'career_changer',
      professionsOfInterest: ['orthoptics'],
    });
    const ids = async (query: string) =>
      (await t.http.get(`/api/v1/applicants?${query}&pageSize=100`).set(bearer(officer)).expect(200)).body.items.map(
        (item: { id: string }) => item.id,
      );
    expect(await ids(`search=${marker.toLowerCase()}`)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await ids('search=kaur')).toContain(a.id);
    expect(await ids(`search=priya%20${marker}`)).toEqual([a.id]);
    expect(await ids('search=college')).toContain(a.id);
    expect(await ids('search=01914%20980')).toEqual([a.id]);
    expect(await ids('search=dh1')).toEqual([a.id]);
    expect(await ids('search=aur')).not.toContain(a.id);
    expect(await ids(`search=${marker}&region=london`)).toEqual([b.id]);
    expect(await ids(`search=${marker}&source=event`)).toEqual([a.id]);
    expect(await ids(`search=${marker}&audience=career_changer`)).toEqual([b.id]);
    expect(await ids(`search=${marker}&profession=orthoptics`)).toEqual([b.id]);
    expect(await ids(`search=${marker}&tag=fair`)).toEqual([a.id]);
    expect(await ids(`search=${marker}&stage=engaged`)).toEqual([]);
    expect(await ids(`search=${marker}&ownerId=${officerId}&sort=firstName`)).toEqual([b.id, a.id]);
    expect(await ids(`search=${marker}&createdFrom=${new Date(Date.now() + 60_000).toISOString()}`)).toEqual([]);

    // Terms keep their punctuation and spaces; a word matches only from a term's start.
    const c = await create({
      firstName: `Mary-Jane ${marker}`,
      lastName: 'Zoë',
      email: `MJ+${marker}@Oster.example`,
      postcode: 'sw1a1aa',
    });
    const search = (words: string) => ids(`search=${encodeURIComponent(words)}`);
    expect(await search(`mary-jane ${marker}`)).toEqual([c.id]);
    expect(await search(`MARY-J ZOE ${marker}`)).toEqual([c.id]);
    expect(await search(`mj+${marker}@ost`)).toEqual([c.id]);
    expect(await search(`oster ${marker}`)).toEqual([c.id]);
    expect(await search(`oster.ex ${marker}`)).toEqual([]);
    expect(await search(`sw1a1 ${marker}`)).toEqual([c.id]);
    expect(await search(`jane-m ${marker}`)).toEqual([]);
    expect(await search(`ster ${marker}`)).toEqual([]);
    expect(await search(`1aa ${marker}`)).toEqual([]);
    const bad = await t.http
      .get('/api/v1/applicants?stage=nowhere&sort=secret&pageSize=500')
      .set(bearer(officer))
      .expect(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'pageSize',
      'sort',
      'stage',
    ]);
  });

  it('updates with the version, refuses a stale one, and records consent withdrawal', async () => {
    const applicant = await create({ consentToContact: true, phone: '07700 900777' });
    const updated = await t.http
      .patch(`/api/v1/applicants/${applicant.id}`)
      .set(bearer(officer))
      .send({ version: 1, lastName: 'Renamed', consentToContact: false, tags: ['callback'] })
      .expect(200);
    expect(updated.body).toMatchObject({ lastName: 'Renamed', version: 2, tags: ['callback'], phone: '07700 900777' });
    expect(updated.body.consent.given).toBe(false);
    expect(updated.body.consent.withdrawnAt).not.toBeNull();
    const stale = await t.http
      .patch(`/api/v1/applicants/${applicant.id}`)
      .set(bearer(officer))
      .send({ version: 1, lastName: 'Lost' })
      .expect(409);
    expect(stale.body.code).toBe('stale_version');
    const found = await t.http.get('/api/v1/applicants?search=renamed').set(bearer(officer));
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(applicant.id);
  });

  it('archives and restores, hiding archived records from lists', async () => {
    const applicant = await create({ lastName: 'Archivable' });
    await t.http.delete(`/api/v1/applicants/${applicant.id}`).set(bearer(officer)).expect(204);
    const active = await t.http.get('/api/v1/applicants?search=archivable').set(bearer(officer));
    expect(active.body.items.map((item: { id: string }) => item.id)).not.toContain(applicant.id);
    const archived = await t.http.get('/api/v1/applicants?search=archivable&archived=true').set(bearer(officer));
    expect(archived.body.items.map((item: { id: string }) => item.id)).toContain(applicant.id);
    const restored = await t.http.post(`/api/v1/applicants/${applicant.id}/restore`).set(bearer(officer)).expect(200);
    expect(restored.body.archivedAt).toBeNull();
  });

  it('assigns an owner and adds tags in bulk, all or nothing', async () => {
    const [a, b] = [await create(), await create()];
    const { body: managerUser } = await t.http.get('/api/v1/auth/me').set(bearer(await t.tokenFor('manager')));
    await t.http
      .post('/api/v1/applicants/bulk')
      .set(bearer(officer))
      .send({ ids: [a.id, b.id], ownerId: managerUser.id, addTags: ['Priority'] })
      .expect(200, { updated: 2 });
    for (const id of [a.id, b.id]) {
      const { body } = await t.http.get(`/api/v1/applicants/${id}`).set(bearer(officer));
      expect(body).toMatchObject({ ownerId: managerUser.id, tags: ['priority'] });
    }
    await t.http
      .post('/api/v1/applicants/bulk')
      .set(bearer(officer))
      .send({ ids: [a.id, '00000000-0000-4000-8000-000000000000'], addTags: ['never'] })
      .expect(400);
    const { body: unchanged } = await t.http.get(`/api/v1/applicants/${a.id}`).set(bearer(officer));
    expect(unchanged.tags).toEqual(['priority']);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    await t.http.get('/api/v1/applicants/00000000-0000-4000-8000-000000000000').set(bearer(officer)).expect(404);
    await t.http
      .patch('/api/v1/applicants/00000000-0000-4000-8000-000000000000')
      .set(bearer(officer))
      .send({ version: 1 })
      .expect(404);
    await t.http.get('/api/v1/applicants/123').set(bearer(officer)).expect(400);
  });

  it('lets each role do exactly what the permission table says', async () => {
    const applicant = await create();
    const expected: Record<Role, { read: number; write: number }> = {
      admin: { read: 200, write: 201 },
      manager: { read: 200, write: 403 },
      officer: { read: 200, write: 201 },
      coordinator: { read: 403, write: 403 },
    };
    for (const role of ROLES) {
      const token = await t.tokenFor(role);
      expect({ role, status: (await t.http.get('/api/v1/applicants').set(bearer(token))).status }).toEqual({
        role,
        status: expected[role].read,
      });
      expect({
        role,
        status: (await t.http.get(`/api/v1/applicants/${applicant.id}`).set(bearer(token))).status,
      }).toEqual({ role, status: expected[role].read });
      expect({ role, status: (await t.http.get('/api/v1/pipeline/board').set(bearer(token))).status }).toEqual({
        role,
        status: expected[role].read,
      });
      const created = await t.http
        .post('/api/v1/applicants')
        .set(bearer(token))
        .send({ firstName: 'Role', lastName: `Check ${role}` });
      expect({ role, status: created.status }).toEqual({ role, status: expected[role].write });
    }
  });
});
