import { FormControl, Validators } from '@angular/forms';
import { fieldError, matching } from './field-error';

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

describe('matching', () => {
  it('lets empty values through and explains a mismatch with its own sentence', () => {
    const control = new FormControl('', matching(/^\d+$/, 'Use digits only'));
    expect(control.errors).toBeNull();
    control.setValue('12a');
    expect(fieldError(control, 'Phone')).toBe('Use digits only');
    control.setValue(' 123 ');
    expect(control.errors).toBeNull();
  });
});
