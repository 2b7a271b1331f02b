import { Foundation1764000000000 } from './1764000000000-foundation';

/** Every migration, oldest first. Listed by hand because the server is bundled (no file globbing at run time). */
export const MIGRATIONS = [Foundation1764000000000];
