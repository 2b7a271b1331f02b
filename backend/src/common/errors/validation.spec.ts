import { ValidationError } from 'class-validator';
import { toFieldErrors } from './validation';

describe('toFieldErrors', () => {
  it('flattens nested errors into dotted fields and drops the property name from messages', () => {
    const errors = [
      Object.assign(new ValidationError(), { property: 'email', constraints: { isEmail: 'email must be an email address' } }),
      Object.assign(new ValidationError(), {
        property: 'targets',
        children: [Object.assign(new ValidationError(), { property: 'events', constraints: { min: 'events must not be less than 0' } })],
      }),
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'email', message: 'must be an email address' },
      { field: 'targets.events', message: 'must not be less than 0' },
    ]);
  });
});
