import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { STUDENT_STATUSES, StudentImportDefaults, STUDY_ROUTES } from '@pathway/contracts';

const nullable = (_: object, value: unknown) => value !== null;
const IMPORTABLE_STATUSES = STUDENT_STATUSES.filter((status) => status !== 'withdrawn');

/** Values for every imported student that has none of its own (same rules as the student fields). */
export class StudentImportDefaultsDto implements StudentImportDefaults {
  @IsOptional()
  @IsString()
  @MaxLength(60)
  profession?: string;

  @IsOptional()
  @IsIn(STUDY_ROUTES, { message: `must be one of ${STUDY_ROUTES.join(', ')}` })
  route?: string;

  @IsOptional()
  @IsInt({ message: 'must be a year' })
  @Min(2000)
  @Max(2100)
  cohort?: number;

  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(200)
  educationProvider?: string | null;

  @IsOptional()
  @IsIn(IMPORTABLE_STATUSES, { message: `must be one of ${IMPORTABLE_STATUSES.join(', ')}` })
  status?: string;
}
