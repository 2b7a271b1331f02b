import { Transform } from 'class-transformer';

/** Query strings carry text: "true"/"false" become booleans; anything else stays as it is and fails validation. */
export function QueryBoolean() {
  return Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
}

/** Trims strings; leaves other values for the validators to reject. */
export function Trim() {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}

export function LowerCaseTrim() {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));
}
