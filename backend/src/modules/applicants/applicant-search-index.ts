import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { insertValues } from '../../database/bulk-insert';

/** The terms one person can be found by (see `searchTerms` in @pathway/domain). */
export interface ApplicantSearchDocument {
  applicantId: string;
  terms: string[];
}

/** A query condition on applicants (alias `a`) with its named parameters. */
export interface SearchCondition {
  sql: string;
  parameters: Record<string, string>;
}

/** The highest character, so `term < word + TERM_END` bounds every term that starts with `word` (byte order). */
const TERM_END = '\uffff';

/**
 * A term as one full-text token: the hex of its UTF-8 bytes. The tokenizer then sees exactly one token per term
 * whatever characters it holds (spaces, dots, @), and a word starts a term exactly when its hex starts the term's hex.
 */
function token(text: string): string {
  // Most terms are ASCII: their hex is read from a table, without a buffer per term (an import makes 300,000).
  let hex = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) return Buffer.from(text, 'utf8').toString('hex');
    hex += ASCII_HEX[code];
  }
  return hex;
}

const ASCII_HEX = Array.from({ length: 0x80 }, (_, code) => code.toString(16).padStart(2, '0'));

const isSqlite = (manager: EntityManager) => manager.connection.options.type !== 'postgres';

/**
 * The index behind applicant search: a search word matches a person when it starts one of their terms.
 *
 * PostgreSQL keeps one row per term in `applicant_search_terms` and matches a byte-order range of its primary key.
 * SQLite keeps one contentless full-text (FTS5) document per person in `applicant_search`, whose integer row id
 * `applicant_search_keys` ties to the person (deleting the person deletes the key, and a trigger the document).
 * There, a dozen rows in three b-trees per person were most of an import's database time; one document costs a
 * tenth of that, in a tenth of the space.
 */
@Injectable()
export class ApplicantSearchIndex {
  /** Indexes new people (no terms of theirs are indexed yet), inside the caller's transaction. */
  async insertMany(manager: EntityManager, documents: ApplicantSearchDocument[]): Promise<void> {
    const indexed = documents.filter((document) => document.terms.length > 0);
    if (indexed.length === 0) return;
    if (!isSqlite(manager)) {
      const rows = indexed.flatMap(({ applicantId, terms }) => terms.map((term) => [term, applicantId]));
      await insertValues(manager, 'applicant_search_terms', ['term', 'applicant_id'], rows);
      return;
    }
    // Writers take turns on SQLite, so the keys after the highest one are free until this transaction ends.
    const [{ highest }] = (await manager.query('SELECT MAX("key") AS highest FROM applicant_search_keys')) as {
      highest: number | null;
    }[];
    const first = (highest ?? 0) + 1;
    const keys = indexed.map((document, index) => [first + index, document.applicantId]);
    await insertValues(manager, 'applicant_search_keys', ['key', 'applicant_id'], keys);
    const texts = indexed.map((document, index) => [first + index, document.terms.map(token).join(' ')]);
    await insertValues(manager, 'applicant_search', ['rowid', 'terms'], texts);
  }

  /** Replaces what one person is found by (after an edit or a merge). */
  async replace(manager: EntityManager, applicantId: string, terms: string[]): Promise<void> {
    await this.remove(manager, applicantId);
    await this.insertMany(manager, [{ applicantId, terms }]);
  }

  /** Stops finding one person (erasure, a merged record). */
  async remove(manager: EntityManager, applicantId: string): Promise<void> {
    if (isSqlite(manager)) await manager.query('DELETE FROM applicant_search_keys WHERE applicant_id = ?', [applicantId]);
    else await manager.query('DELETE FROM applicant_search_terms WHERE applicant_id = $1', [applicantId]);
  }
  /** Applicants (alias `a`) with, for every word, a term that the word starts; `words` come from `searchWords`. */
  condition(manager: EntityManager, words: string[]): SearchCondition | null {
    if (words.length === 0) return null;
    if (isSqlite(manager)) {
      // Full-text terms side by side must all match; `*` makes each a prefix.
      return {
        sql:
          'a.id IN (SELECT k.applicant_id FROM applicant_search JOIN applicant_search_keys k ON k."key" = applicant_search.rowid ' +
          'WHERE applicant_search MATCH :searchQuery)',
        parameters: { searchQuery: words.map((word) => `${token(word)}*`).join(' ') },
      };
    }
    return {
      sql: words
        .map(
          (_, index) =>
            `a.id IN (SELECT t${index}.applicant_id FROM applicant_search_terms t${index} WHERE t${index}.term >= :w${index} AND t${index}.term < :e${index})`,
        )
        .join(' AND '),
      parameters: Object.fromEntries(words.flatMap((word, index) => [[`w${index}`, word], [`e${index}`, word + TERM_END]])),
    };
  }
}
