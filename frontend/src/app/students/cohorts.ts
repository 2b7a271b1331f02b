/** The first intake Pathway's filters offer; the campaign began in 2018. */
const FIRST_COHORT = 2018;

/** Intake years to choose from, newest first: next year's intake down to the first. */
export function cohortYears(today: Date = new Date()): number[] {
  const newest = today.getFullYear() + 1;
  return Array.from({ length: newest - FIRST_COHORT + 1 }, (_, index) => newest - index);
}

/** A cohort from the URL: a plausible intake year, else none. */
export function cohortFromParam(value: string | null): number | null {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}
