import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '@pathway/contracts';
import { AppError } from './app-error';

/** Flattens class-validator's tree into `[{ field: 'targets.events', message }]`. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = toFieldErrors(errors).map((detail) =>
        detail.message === `property ${detail.field.split('.').pop()} should not exist`
          ? { field: detail.field, message: 'is not a known field' }
          : detail,
      );
      return AppError.validation(details);
    },
  });
}
