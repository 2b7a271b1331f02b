import { IsInt, IsOptional, IsString, MaxLength, Min, MinLength, validateSync, ValidationError } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { toFieldErrors, VALIDATOR_OPTIONS } from './validation';

class SampleDto {
  @IsString({ message: 'is required' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(5)
  name!: string;

  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  count?: number;
}

const errorsFor = (plain: Record<string, unknown>) =>
  toFieldErrors(validateSync(plainToInstance(SampleDto, plain), VALIDATOR_OPTIONS));

describe('toFieldErrors', () => {
  it('flattens nested errors into dotted fields and drops the property name from messages', () => {
    const errors = [
      Object.assign(new ValidationError(), {
        property: 'email',
        value: 'x',
        constraints: { isEmail: 'email must be an email address' },
      }),
      Object.assign(new ValidationError(), {
        property: 'targets',
        value: {},
        children: [
          Object.assign(new ValidationError(), {
            property: 'events',
            value: -1,
            constraints: { min: 'events must not be less than 0' },
          }),
        ],
      }),
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'email', message: 'must be an email address' },
      { field: 'targets.events', message: 'must not be less than 0' },
    ]);
  });

  it('calls a missing value required, not too long', () => {
    expect(errorsFor({})).toEqual([{ field: 'name', message: 'is required' }]);
  });

  it('names a wrong type before any size or range', () => {
    expect(errorsFor({ name: 'Sam', count: 'many' })).toEqual([{ field: 'count', message: 'must be a whole number' }]);
    expect(errorsFor({ name: 'Sam', count: 0 })).toEqual([{ field: 'count', message: 'must not be less than 1' }]);
    expect(errorsFor({ name: 'Samantha' })).toEqual([
      { field: 'name', message: 'must be shorter than or equal to 5 characters' },
    ]);
  });

  it('keeps one message per field, and calls an unknown field unknown', () => {
    expect(errorsFor({ name: '', extra: 1 })).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'is required' },
        { field: 'extra', message: 'is not a known field' },
      ]),
    );
    expect(errorsFor({ name: '', extra: 1 })).toHaveLength(2);
  });
});
