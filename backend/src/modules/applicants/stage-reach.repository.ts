import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProgressStage } from '@pathway/contracts';
import { reachedFromFurthest } from '@pathway/domain';

/** How far groups of people got along the pipeline, from `applicant_progress` (for attribution and funnels). */
@Injectable()
export class StageReachRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `peopleSql` selects the applicant ids of the group (one column, `applicant_id`), with `$1`-style parameters
   * given in `parameters`. Archived applicants count too: they were reached.
   */
  async reached(peopleSql: string, parameters: unknown[]): Promise<{ stage: ProgressStage; count: number }[]> {
    const sql = `
      SELECT p.furthest AS furthest, COUNT(*) AS people
      FROM applicant_progress p
      WHERE p.applicant_id IN (${peopleSql})
      GROUP BY p.furthest`;
    const rows: { furthest: number | string; people: number | string }[] = await this.dataSource.query(
      this.placeholders(sql),
      parameters,
    );
    return reachedFromFurthest(new Map(rows.map((row) => [Number(row.furthest), Number(row.people)])));
  }

  /** SQLite's driver takes `?`; PostgreSQL takes `$1`. Queries here are written with `$n`. */
  private placeholders(sql: string): string {
    return this.dataSource.options.type === 'postgres' ? sql : sql.replace(/\$\d+/g, '?');
  }
}
