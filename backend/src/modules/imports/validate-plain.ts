import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { FieldError } from '@pathway/contracts';
import { AppError } from '../../common/errors/app-error';
import { toFieldErrors, VALIDATOR_OPTIONS } from '../../common/errors/validation';

/** A plain object as a request DTO, checked with the same rules as the API's validation pipe. */
export function validatePlain<T extends object>(
  type: ClassConstructor<T>,
  plain: Record<string, unknown>,
): { value: T; errors: FieldError[] } {
  const value = plainToInstance(type, plain);
  const errors = toFieldErrors(validateSync(value, VALIDATOR_OPTIONS));
  return { value, errors };
}

/** An import's `defaults` field checked against its DTO: 400 naming `defaults.<field>` for anything wrong. */
export function checkedDefaults<T extends object>(
  type: ClassConstructor<T>,
  value: unknown,
  extraChecks: (defaults: T, errors: FieldError[]) => void = () => undefined,
): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw AppError.field('defaults', 'must be an object of field values');
  const { value: defaults, errors } = validatePlain(type, value as Record<string, unknown>);
  extraChecks(defaults, errors);
  if (errors.length)
    throw AppError.validation(errors.map((error) => ({ field: `defaults.${error.field}`, message: error.message })));
  return defaults;
}
