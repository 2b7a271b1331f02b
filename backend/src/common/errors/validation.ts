import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidatorOptions } from 'class-validator';
import { FieldError } from '@pathway/contracts';
import { AppError } from './app-error';

/** Size and range checks: they only make sense once the value has the right type, so their message comes last. */
const RANGE_CONSTRAINTS = new Set([
  'maxLength',
  'minLength',
  'length',
  'min',
  'max',
  'arrayMinSize',
  'arrayMaxSize',
  'minDate',
  'maxDate',
]);

/**
 * Every check of a field runs (class-validator runs stacked decorators bottom-up, so stopping at the first failure
 * would answer a missing or mistyped value with "must be shorter than …"); the one message kept is the most basic:
 * a missing value is "required", then a wrong type or format, then a size or range.
 */
export const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  validationError: { target: false, value: true },
};

/** The one message worth showing for a field's failed checks, or null when only its children failed. */
export function fieldMessage(error: ValidationError): string | null {
  const constraints = error.constraints ?? {};
  const types = Object.keys(constraints);
  if (types.length === 0) return null;
  if (types.includes('whitelistValidation')) return 'is not a known field';
  const messages = [
    ...types.filter((type) => !RANGE_CONSTRAINTS.has(type)),
    ...types.filter((type) => RANGE_CONSTRAINTS.has(type)),
  ].map((type) => constraints[type]);
  if (error.value === undefined)
    return messages.find((message) => /^(\w+ )?is required/.test(message)) ?? 'is required';
  return messages[0];
}

/** Flattens class-validator's tree into `[{ field: 'targets.events', message }]`, one message per field. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const message = fieldMessage(error);
    const own =
      message === null
        ? []
        : [
            {
              field,
              message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
            },
          ];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => AppError.validation(toFieldErrors(errors)),
  });
}
