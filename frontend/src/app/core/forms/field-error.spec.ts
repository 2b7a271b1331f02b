import { FormControl, Validators } from '@angular/forms';
import { fieldError } from './field-error';

describe('fieldError', () => {
  it('prefixes API fragments with the label and keeps whole sentences', () => {
    const control = new FormControl('a@b.org');
    control.setErrors({ api: 'is already in use' });
    expect(fieldError(control, 'Email')).toBe('Email is already in use');
    control.setErrors({ api: 'Choose another address' });
    expect(fieldError(control, 'Email')).toBe('Choose another address');
  });

  it('explains client-side validators', () => {
    const control = new FormControl('', [Validators.required, Validators.minLength(12)]);
    expect(fieldError(control, 'Name')).toBe('Enter name');
    control.setValue('short');
    expect(fieldError(control, 'New password')).toBe('New password needs at least 12 characters');
    control.setValue('long enough password');
    expect(fieldError(control, 'New password')).toBe('');
  });
});
