import { ProfessionDto } from '@pathway/contracts';

/** Shortage professions (the ones the campaign promotes) first, then the rest; each group by name. */
export function shortageFirst(professions: readonly ProfessionDto[]): ProfessionDto[] {
  return [...professions].sort(
    (a, b) => Number(b.shortage) - Number(a.shortage) || a.name.localeCompare(b.name, 'en-GB'),
  );
}

/**
 * The abbreviation people in allied health use on a crowded card: one-word names stay whole ("Podiatry"),
 * longer ones become initials ("Occupational therapy" → "OT", "Speech and language therapy" → "SLT"), and a
 * pair joined by "and" keeps its ampersand ("Prosthetics and orthotics" → "P&O").
 */
export function professionShortName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) {
    return name;
  }
  if (words.length === 3 && words[1].toLowerCase() === 'and') {
    return `${initial(words[0])}&${initial(words[2])}`;
  }
  return words
    .filter((word) => word.toLowerCase() !== 'and')
    .map(initial)
    .join('');
}

const initial = (word: string) => word.charAt(0).toUpperCase();
