import { v7 } from 'uuid';

/**
 * A new record's id: a UUID that starts with the time it was made (version 7), so records written one after another
 * sit next to each other in every index keyed by id. With random ids, an import of 50,000 people into a million
 * touched (and rewrote) most pages of each such index; now it appends to a few.
 *
 * Not for anything that must not reveal when it was made (anonymous survey responses and their concerns keep random
 * ids), nor for secrets (tokens come from `randomBytes`).
 */
export const newId = (): string => v7();
