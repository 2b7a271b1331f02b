/**
 * Canonical forms of contact details, so that the same person typed two ways is recognised as one (duplicate
 * detection) and found by any of the ways people type them (search).
 */

/** UK numbers to national form: "+44 (0)7700 900123", "0044 7700900123" and "07700-900123" all become "07700900123". */
export function normalisePhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('44') && digits.length === 12) digits = `0${digits.slice(2)}`;
  digits = digits.replace(/\+/g, '');
  return digits.length >= 6 ? digits : null;
}

/** UK postcodes upper-case with one space before the inward code: "sw1a1aa" → "SW1A 1AA". Others are just trimmed. */
export function normalisePostcode(postcode: string | null | undefined): string | null {
  if (!postcode) return null;
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  if (!compact) return null;
  return /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : postcode.trim().toUpperCase();
}

export function normaliseEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

/** Lower-case, accents folded ("Zoë" → "zoe"), for matching names however they were typed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The key two records share when they have the same name and date of birth. */
export function nameAndBirthKey(firstName: string, lastName: string, dateOfBirth: string | null | undefined): string | null {
  if (!dateOfBirth) return null;
  return `${foldText(firstName).replace(/[^a-z]/g, '')}|${foldText(lastName).replace(/[^a-z]/g, '')}|${dateOfBirth}`;
}

export interface SearchableContact {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  postcode?: string | null;
}

export const MAX_TERM_LENGTH = 60;

/**
 * The terms a person can be found by: each word of the name, the email and each part of it, the phone in national
 * and international form, and the postcode with and without its space. A search word matches a term it starts.
 */
export function searchTerms(contact: SearchableContact): string[] {
  const terms = new Set<string>();
  const add = (term: string | null | undefined) => {
    const cleaned = term?.trim();
    if (cleaned) terms.add(cleaned.slice(0, MAX_TERM_LENGTH));
  };
  for (const word of foldText(`${contact.firstName} ${contact.lastName}`).split(/[\s'’.-]+/)) add(word);
  add(foldText(`${contact.firstName} ${contact.lastName}`).replace(/\s+/g, ' '));
  const email = normaliseEmail(contact.email);
  if (email) {
    add(email);
    for (const part of email.split(/[@._+-]+/)) add(part);
  }
  const phone = normalisePhone(contact.phone);
  if (phone) {
    add(phone);
    if (phone.startsWith('0')) add(`44${phone.slice(1)}`);
  }
  const postcode = normalisePostcode(contact.postcode)?.toLowerCase();
  if (postcode) {
    add(postcode);
    add(postcode.replace(/\s+/g, ''));
  }
  return [...terms];
}

/** Splits what someone typed into search words, normalised the way terms are. */
export function searchWords(query: string): string[] {
  const folded = foldText(query).trim();
  if (!folded) return [];
  const phone = normalisePhone(folded);
  if (phone && /^[\d\s()+-]+$/.test(folded)) return [phone];
  return [...new Set(folded.split(/\s+/).map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, 5);
}
