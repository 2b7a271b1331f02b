import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { MonthWindow } from '@pathway/domain';

/** Months per statement: a long period (up to 100 years) is counted in several, far below any limit on parts. */
const MONTHS_PER_STATEMENT = 60;

/**
 * Counts per month window, each month read as its own range of `column` and the months joined into statements with
 * UNION ALL, rather than every row of the period being sorted into its month: with an index on `column` (after any
 * columns the query fixes), the database reads just each month's stretch of it.
 *
 * `count()` builds one month's query, counts selected, without the range; the answer has each month's row, in the
 * order of `months` (undefined for a month the query returns no row for).
 */
export async function countPerMonth<R extends ObjectLiteral>(
  dataSource: DataSource,
  months: readonly MonthWindow[],
  column: string,
  count: () => SelectQueryBuilder<ObjectLiteral>,
): Promise<(R | undefined)[]> {
  const byIndex = new Map<number, R>();
  for (let first = 0; first < months.length; first += MONTHS_PER_STATEMENT) {
    const parts = months.slice(first, first + MONTHS_PER_STATEMENT).map((month, offset) => {
      const index = first + offset;
      return count()
        .addSelect(`${index}`, 'month_index')
        .andWhere(`${column} >= :monthFrom${index}`, { [`monthFrom${index}`]: month.from })
        .andWhere(`${column} < :monthTo${index}`, { [`monthTo${index}`]: month.to });
    });
    const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(
      parts.map((part) => part.getQuery()).join(' UNION ALL '),
      Object.assign({}, ...parts.map((part) => part.getParameters())),
      {},
    );
    const rows: (R & { month_index: number | string })[] = await dataSource.query(sql, parameters);
    for (const row of rows) byIndex.set(Number(row.month_index), row);
  }
  return months.map((_, index) => byIndex.get(index));
}
