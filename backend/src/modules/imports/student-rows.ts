import { ImportField, StudentImportDefaults } from '@pathway/contracts';
import { foldText } from '@pathway/domain';
import { CreateStudentDto } from '../students/dto/student.dto';
import { CheckedLine } from './applicant-rows';
import { CsvLine } from './csv-file';
import { cellsOf } from './import-mapping-check';
import { validatePlain } from './validate-plain';

/** Lower-case words joined by "_": "Degree Apprenticeship" → "degree_apprenticeship", as the codes are written. */
function asCode(cell: string): string {
  return foldText(cell)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Profession codes by their code and by their name, both as codes are written. */
export function professionLookup(professions: { code: string; name: string }[]): Map<string, string> {
  return new Map(
    professions.flatMap(({ code, name }) => [[asCode(name), code] as const, [asCode(code), code] as const]),
  );
}

/** Spellings of the study routes seen in enrolment lists. */
const ROUTES: Record<string, string> = {
  bsc: 'bsc',
  bsc_hons: 'bsc',
  undergraduate: 'bsc',
  msc: 'msc_pre_registration',
  msc_pre_registration: 'msc_pre_registration',
  pre_registration_msc: 'msc_pre_registration',
  postgraduate: 'msc_pre_registration',
  apprenticeship: 'degree_apprenticeship',
  degree_apprenticeship: 'degree_apprenticeship',
};

/**
 * Turns each line into a create-student request and validates it with the same DTO as `POST /students`. A profession
 * may be written as its code or its name, a route as its code or a common spelling; withdrawn students are refused
 * (a withdrawal needs its reason, which is recorded in Pathway).
 */
export function studentLineCheck(
  columns: Map<number, ImportField>,
  defaults: StudentImportDefaults,
  professionByName: Map<string, string>,
): (line: CsvLine) => CheckedLine<CreateStudentDto> {
  return (line) => {
    const cells = cellsOf(line.values, columns);
    const plain: Record<string, unknown> = { ...defaults };
    for (const [field, cell] of cells) {
      if (field === 'profession') plain[field] = professionByName.get(asCode(cell)) ?? cell;
      else if (field === 'route') plain[field] = ROUTES[asCode(cell)] ?? cell;
      else if (field === 'status') plain[field] = asCode(cell);
      else if (field === 'cohort') plain[field] = /^\d{4}$/.test(cell) ? Number(cell) : cell;
      else plain[field] = cell;
    }
    const { value: input, errors } = validatePlain(CreateStudentDto, plain);
    if (
      !errors.some((error) => error.field === 'profession') &&
      ![...professionByName.values()].includes(input.profession)
    )
      errors.push({ field: 'profession', message: 'is not a known profession' });
    if (input.status === 'withdrawn')
      errors.push({
        field: 'status',
        message: 'cannot be withdrawn on import: record the withdrawal and its reason in Pathway',
      });
    return { line, row: errors.length ? null : input, errors };
  };
}
