import { parse } from 'csv-parse/sync';
import { ApplicantDto, ImportReportDto, ImportSummaryDto } from '@pathway/contracts';
import { bearer, startTestApp, TestApp } from './support/test-app';

/** A sign-up sheet as spreadsheets really save them: BOM, CRLF, quoted commas, quotes and line breaks, a blank line. */
const AWKWARD = [
  'Forename,Surname,E-mail,Mobile,Post Code,DOB,Notes',
  `Aoife,O'Neil,aoife.oneil@example.org,07700 900001,sw1a1aa,01/04/2008,"Likes ""nursing"", and physio"`,
  '',
  '"Jean-Luc","Smith, Jr",jl.smith@example.org,,M1 1AE,,"line one',
  'line two"',
  'Bad,Email,not-an-email,07700 900003,,,',
  'Dana,Existing,DANA.EXISTING@example.org,07700 900004,LS1 4AP,,matches someone already here',
  'Zoë,Ångström,zoe@example.org,+44 7700 900005,,2009-12-31,',
].join('\r\n');

const MAPPING = {
  Forename: 'firstName',
  Surname: 'lastName',
  'E-mail': 'email',
  Mobile: 'phone',
  'Post Code': 'postcode',
  DOB: 'dateOfBirth',
  Notes: null,
};

/** 0 → a, 25 → z, 26 → ba: distinct letter-only names (the name-and-birth rule ignores digits). */
const letters = (index: number): string =>
  (index < 26 ? '' : letters(Math.floor(index / 26))) + String.fromCharCode(97 + (index % 26));

describe('CSV imports (API)', () => {
  let t: TestApp;
  let officer: string;
  let existing: ApplicantDto;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.tokenFor('officer');
    existing = (
      await t.http
        .post('/api/v1/applicants')
        .set(bearer(officer))
        .send({ firstName: 'Dana', lastName: 'Existing', email: 'dana.existing@example.org' })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  /** `mapping: null` leaves the guesses to the server. */
  const upload = (
    content: string | Buffer,
    {
      dryRun = false,
      mapping = MAPPING as object | null,
      defaults = undefined as object | undefined,
      name = 'sign-up.csv',
    } = {},
  ) => {
    const request = t.http
      .post(`/api/v1/imports/applicants${dryRun ? '?dryRun=true' : ''}`)
      .set(bearer(officer))
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(`\uFEFF${content}`, 'utf8'), {
        filename: name,
        contentType: 'text/csv',
      });
    if (mapping) request.field('mapping', JSON.stringify(mapping));
    if (defaults) request.field('defaults', JSON.stringify(defaults));
    return request;
  };
  const applicantTotal = async () =>
    (await t.http.get('/api/v1/applicants?pageSize=1').set(bearer(officer)).expect(200)).body.total as number;
  const importCount = async () =>
    ((await t.http.get('/api/v1/imports').set(bearer(officer)).expect(200)).body as ImportSummaryDto[]).length;

  it('previews headers, guessed mapping and the first rows', async () => {
    const { body } = await t.http
      .post('/api/v1/imports/applicants/preview')
      .set(bearer(officer))
      .attach('file', Buffer.from(`\uFEFF${AWKWARD}`), { filename: 'sign-up.csv', contentType: 'text/csv' })
      .expect(200);
    expect(body.headers).toEqual(['Forename', 'Surname', 'E-mail', 'Mobile', 'Post Code', 'DOB', 'Notes']);
    expect(body.mapping).toEqual(MAPPING);
    expect(body.rows).toBe(5);
    expect(body.sampleRows[1]).toEqual([
      'Jean-Luc',
      'Smith, Jr',
      'jl.smith@example.org',
      '',
      'M1 1AE',
      '',
      'line one\r\nline two',
    ]);
  });

  it('a dry run reports everything and writes nothing', async () => {
    const [before, imports] = [await applicantTotal(), await importCount()];
    const report: ImportReportDto = (await upload(AWKWARD, { dryRun: true }).expect(200)).body;
    expect(report).toMatchObject({
      importId: null,
      dryRun: true,
      rows: 5,
      valid: 4,
      duplicates: 1,
      toCreate: 3,
      toUpdate: 1,
      created: 0,
      updated: 0,
    });
    // Row numbers as a spreadsheet shows them: header 1, blank line 3, the two-line cell is one row.
    expect(report.invalid).toEqual([{ row: 5, errors: [{ field: 'email', message: 'must be an email address' }] }]);
    expect(await applicantTotal()).toBe(before);
    expect(await importCount()).toBe(imports);
  });

  let firstImportId: string;

  it('imports: creates the new people, fills empty fields of the existing one, never overwrites', async () => {
    const before = await applicantTotal();
    const report: ImportReportDto = (await upload(AWKWARD, { defaults: { tags: ['fair-2026'] } }).expect(200)).body;
    expect(report).toMatchObject({ dryRun: false, rows: 5, valid: 4, duplicates: 1, created: 3, updated: 1 });
    expect(report.importId).toEqual(expect.any(String));
    firstImportId = report.importId as string;
    expect(await applicantTotal()).toBe(before + 3);

    const found = (await t.http.get('/api/v1/applicants?search=oneil').set(bearer(officer)).expect(200)).body
      .items as ApplicantDto[];
    const aoife = found.find((applicant) => applicant.lastName === "O'Neil");
    expect(aoife).toBeDefined();
    const detail: ApplicantDto = (await t.http.get(`/api/v1/applicants/${aoife?.id}`).set(bearer(officer)).expect(200))
      .body;
    expect(detail).toMatchObject({
      firstName: 'Aoife',
      email: 'aoife.oneil@example.org',
      postcode: 'SW1A 1AA',
      dateOfBirth: '2008-04-01',
      source: 'import',
      tags: ['fair-2026'],
    });

    const smith = (await t.http.get('/api/v1/applicants?search=jl.smith').set(bearer(officer)).expect(200)).body
      .items as ApplicantDto[];
    expect(smith.map((applicant) => applicant.lastName)).toEqual(['Smith, Jr']);

    const dana: ApplicantDto = (await t.http.get(`/api/v1/applicants/${existing.id}`).set(bearer(officer)).expect(200))
      .body;
    expect(dana).toMatchObject({
      firstName: 'Dana',
      email: 'dana.existing@example.org',
      phone: '07700 900004',
      postcode: 'LS1 4AP',
    });
    // Found by the newly filled phone too: search terms were kept up to date.
    const byPhone = (await t.http.get('/api/v1/applicants?search=07700900004').set(bearer(officer)).expect(200)).body
      .items as ApplicantDto[];
    expect(byPhone.map((applicant) => applicant.id)).toEqual([existing.id]);
  });

  it('re-importing the same file creates nothing new', async () => {
    const before = await applicantTotal();
    const report: ImportReportDto = (await upload(AWKWARD).expect(200)).body;
    expect(report).toMatchObject({ rows: 5, valid: 4, duplicates: 4, created: 0, updated: 0 });
    expect(await applicantTotal()).toBe(before);
  });

  it('lists imports with who, the file and the counts', async () => {
    const list: ImportSummaryDto[] = (await t.http.get('/api/v1/imports').set(bearer(officer)).expect(200)).body;
    expect(list.find((entry) => entry.id === firstImportId)).toMatchObject({
      kind: 'applicants',
      fileName: 'sign-up.csv',
      rows: 5,
      valid: 4,
      invalid: 1,
      created: 3,
      updated: 1,
      undoneAt: null,
      createdBy: { name: expect.any(String) },
    });
  });

  it('gives the rejected rows as they were, with an errors column', async () => {
    const response = await t.http.get(`/api/v1/imports/${firstImportId}/rejected.csv`).set(bearer(officer)).expect(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const rows = parse(response.text, { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Forename', 'Surname', 'E-mail', 'Mobile', 'Post Code', 'DOB', 'Notes', 'errors'],
      ['Bad', 'Email', 'not-an-email', '07700 900003', '', '', '', 'email must be an email address'],
    ]);
  });

  it('undo is refused while someone has changed what the import created', async () => {
    const report: ImportReportDto = (
      await upload('First Name,Last Name,Email\nPat,Touched,pat.touched@example.org\nRo,Untouched,ro@example.org\n', {
        mapping: null,
        name: 'two.csv',
      }).expect(200)
    ).body;
    expect(report.created).toBe(2);
    const pat = (
      (await t.http.get('/api/v1/applicants?search=pat.touched').set(bearer(officer)).expect(200)).body
        .items as ApplicantDto[]
    )[0];
    const current: ApplicantDto = (await t.http.get(`/api/v1/applicants/${pat.id}`).set(bearer(officer)).expect(200))
      .body;
    await t.http
      .patch(`/api/v1/applicants/${pat.id}`)
      .set(bearer(officer))
      .send({ version: current.version, region: 'london' })
      .expect(200);
    const refused = await t.http.post(`/api/v1/imports/${report.importId}/undo`).set(bearer(officer)).expect(409);
    expect(refused.body.message).toMatch(/^1 of the 2 people/);
    expect(await t.http.get(`/api/v1/applicants/${pat.id}`).set(bearer(officer)).expect(200));
  });

  it('undo removes what the import created and leaves the people it only filled in', async () => {
    const before = await applicantTotal();
    const { body } = await t.http.post(`/api/v1/imports/${firstImportId}/undo`).set(bearer(officer)).expect(200);
    expect(body).toEqual({ id: firstImportId, removed: 3 });
    expect(await applicantTotal()).toBe(before - 3);
    expect((await t.http.get('/api/v1/applicants?search=oneil').set(bearer(officer)).expect(200)).body.items).toEqual(
      [],
    );
    await t.http.get(`/api/v1/applicants/${existing.id}`).set(bearer(officer)).expect(200);
    await t.http.post(`/api/v1/imports/${firstImportId}/undo`).set(bearer(officer)).expect(409);
    const list: ImportSummaryDto[] = (await t.http.get('/api/v1/imports').set(bearer(officer)).expect(200)).body;
    expect(list.find((entry) => entry.id === firstImportId)?.undoneAt).toEqual(expect.any(String));
  });

  it('answers 400 with field details for a mapping that does not fit, bad defaults or no file', async () => {
    const badMapping = await upload(AWKWARD, {
      mapping: { Forename: 'firstName', Nope: 'lastName', DOB: 'shoeSize' },
    }).expect(400);
    expect(badMapping.body.details).toEqual(
      expect.arrayContaining([
        { field: 'mapping.Nope', message: 'is not a column of the file' },
        { field: 'mapping.DOB', message: expect.stringMatching(/^must be one of/) },
      ]),
    );
    const badDefaults = await upload(AWKWARD, {
      defaults: { source: 'carrier pigeon', campaignId: '00000000-0000-4000-8000-000000000000' },
    }).expect(400);
    expect(badDefaults.body.details).toEqual([
      { field: 'defaults.source', message: expect.stringMatching(/^must be one of/) },
    ]);
    const unknownCampaign = await upload(AWKWARD, {
      defaults: { campaignId: '00000000-0000-4000-8000-000000000000' },
    }).expect(400);
    expect(unknownCampaign.body.details).toEqual([
      { field: 'defaults.campaignId', message: 'is not a known campaign' },
    ]);
    const noFile = await t.http
      .post('/api/v1/imports/applicants')
      .set(bearer(officer))
      .field('mapping', '{}')
      .expect(400);
    expect(noFile.body.details).toEqual([{ field: 'file', message: 'is required (a CSV file)' }]);
  });

  it('refuses files over 20 MB with 413', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 'a');
    const response = await upload(big).expect(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('refuses a file of more than 50,000 rows, writing the counts as people read them', async () => {
    const lines = ['First Name,Last Name', ...Array.from({ length: 50_001 }, (_, index) => `Row ${index},Many`)];
    const response = await t.http
      .post('/api/v1/imports/applicants/preview')
      .set(bearer(officer))
      .attach('file', Buffer.from(lines.join('\n')), { filename: 'many.csv', contentType: 'text/csv' })
      .expect(400);
    expect(response.body.details).toEqual([
      { field: 'file', message: 'has 50,001 rows; at most 50,000 can be imported at once' },
    ]);
  });

  /** The largest file an import takes; `IMPORT_ROWS=2000` makes a quicker run while working on imports. */
  const BULK_ROWS = Number(process.env['IMPORT_ROWS'] ?? 50_000);

  it(`imports a ${BULK_ROWS}-row generated file, batch after batch`, async () => {
    const lines = ['First Name,Last Name,Email Address,Mobile,Postcode,Date of birth'];
    for (let index = 0; index < BULK_ROWS; index++) {
      lines.push(
        `Person ${letters(index)},Bulk,bulk${index}@example.org,07${String(100000000 + index)},M${(index % 9) + 1} 1AE,20${String(index % 10).padStart(2, '0')}-0${(index % 9) + 1}-1${index % 10}`,
      );
    }
    // Lines the checks refuse and people met again, spread over the batches the import writes one after another.
    const invalidRows = [3, Math.floor(BULK_ROWS / 2), BULK_ROWS - 1];
    for (const index of invalidRows) lines[index + 1] = `Bad ${index},Bulk,not-an-email,,,`;
    const repeated = [Math.floor(BULK_ROWS / 3), BULK_ROWS - 2];
    for (const index of repeated) lines[index + 1] = `Again ${index},Bulk,bulk${index - 1_000}@example.org,,,`;
    const created = BULK_ROWS - invalidRows.length - repeated.length;
    const before = await applicantTotal();
    const started = performance.now();
    const report: ImportReportDto = (await upload(lines.join('\n'), { mapping: null, name: 'bulk.csv' }).expect(200))
      .body;
    const seconds = (performance.now() - started) / 1000;
    console.log(`${BULK_ROWS}-row import: ${seconds.toFixed(1)} s, ${Math.round(BULK_ROWS / seconds)} rows/s`);
    expect(report).toMatchObject({
      rows: BULK_ROWS,
      valid: BULK_ROWS - invalidRows.length,
      created,
      duplicates: repeated.length,
    });
    expect(report.invalid.map((line) => line.row)).toEqual(invalidRows.map((index) => index + 2));
    expect(await applicantTotal()).toBe(before + created);
    const list: ImportSummaryDto[] = (await t.http.get('/api/v1/imports').set(bearer(officer)).expect(200)).body;
    expect(list.find((item) => item.id === report.importId)).toMatchObject({
      rows: BULK_ROWS,
      valid: BULK_ROWS - invalidRows.length,
      invalid: invalidRows.length,
      created,
      duplicates: repeated.length,
    });
    const rejected = await t.http
      .get(`/api/v1/imports/${report.importId}/rejected.csv`)
      .set(bearer(officer))
      .expect(200);
    expect(
      rejected.text
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(invalidRows.map((index) => `Bad ${index}`));
  }, 600_000);
});
