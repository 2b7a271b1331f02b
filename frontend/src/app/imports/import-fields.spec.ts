import { HttpErrorResponse } from '@angular/common/http';
import { IMPORT_MAX_BYTES, IMPORT_REQUIRED_FIELDS } from '@pathway/contracts';
import { describeErrors, fileProblem, formatFileSize, importErrorMessages, mappingProblems } from './import-fields';

const csv = (name: string, size: number, type = 'text/csv') => {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
};

describe('import fields', () => {
  it('asks for both names and for each field from one column only', () => {
    expect(mappingProblems({ Forename: 'firstName', Surname: 'lastName', Notes: null })).toEqual([]);
    expect(mappingProblems({ Forename: 'firstName', Notes: null })).toEqual([
      'Choose the column that holds the last name.',
    ]);
    expect(
      mappingProblems({ Forename: 'firstName', Surname: 'lastName', Email: 'email', 'Parent email': 'email' }),
    ).toEqual(['Email is chosen for 2 columns (“Email”, “Parent email”); keep one.']);
  });

  it("takes a student import's required fields from a column or from a default", () => {
    const required = IMPORT_REQUIRED_FIELDS.students;
    const names = { Forename: 'firstName', Surname: 'lastName' } as const;
    expect(mappingProblems(names, required)).toEqual([
      'Choose the column that holds the profession, or set it below for every row.',
      'Choose the column that holds the study route, or set it below for every row.',
      'Choose the column that holds the cohort (intake year), or set it below for every row.',
    ]);
    expect(mappingProblems({ ...names, Programme: 'profession' }, required, new Set(['route', 'cohort']))).toEqual([]);
    // A default never stands in for a name.
    expect(
      mappingProblems({ Surname: 'lastName', Intake: 'cohort' }, required, new Set(['profession', 'route'])),
    ).toEqual(['Choose the column that holds the first name.']);
  });

  it('turns away files that are not CSV, empty or too big before sending them', () => {
    expect(fileProblem(csv('sheet.csv', 120))).toBe('');
    expect(fileProblem(csv('SHEET.CSV', 120, ''))).toBe('');
    expect(fileProblem(csv('sheet.xlsx', 120, 'application/vnd.ms-excel'))).toContain('is not a CSV file');
    expect(fileProblem(csv('sheet.csv', 0))).toBe('sheet.csv is empty.');
    expect(fileProblem(csv('sheet.csv', IMPORT_MAX_BYTES + 1))).toBe(
      'sheet.csv is 20.0 MB; files up to 20.0 MB can be imported.',
    );
  });

  it('writes file sizes for people', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(812)).toBe('812 bytes');
    expect(formatFileSize(14_540)).toBe('14.2 KB');
    expect(formatFileSize(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });

  it('names the field and its column in row problems', () => {
    expect(
      describeErrors(
        [
          { field: 'email', message: 'must be an email address' },
          { field: 'region', message: 'must be one of london, wales' },
        ],
        { 'E-mail': 'email', Forename: 'firstName' },
      ),
    ).toEqual(['Email (column “E-mail”) must be an email address', 'Region must be one of london, wales']);
  });

  it('explains API errors by their field details, else by their message', () => {
    const validation = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        code: 'validation_failed',
        message: 'The column mapping does not fit the file',
        details: [
          { field: 'mapping.Mail', message: 'maps email a second time' },
          { field: 'defaults.campaignId', message: 'does not exist' },
          { field: 'file', message: 'has no header row' },
        ],
      },
    });
    expect(importErrorMessages(validation)).toEqual([
      'Column “Mail” maps email a second time',
      'Default campaign does not exist',
      'The file has no header row',
    ]);
    const tooLarge = new HttpErrorResponse({
      status: 413,
      error: { statusCode: 413, code: 'payload_too_large', message: 'The request body is too large' },
    });
    expect(importErrorMessages(tooLarge)).toEqual(['The request body is too large']);
  });
});
