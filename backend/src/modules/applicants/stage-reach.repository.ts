import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProgressStage } from '@pathway/contracts';
import { progressIndexSql, reachedFromFurthest } from '@pathway/domain';

/** How far groups of people got along the pipeline, from their stage history (for attribution and funnels). */
@Injectable()
export class StageReachRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `peopleSql` selects the applicant ids of the group (one column, `applicant_id`), with `$1`-style parameters
   * given in `parameters`. Archived applicants count too: they were reached.
   */
  async reached(peopleSql: string, parameters: unknown[]): Promise<{ stage: ProgressStage; count: number }[]> {
    const sql = `
      SELECT furthest, COUNT(*) AS people FROM (
        SELECT s.applicant_id, MAX(${progressIndexSql('s.to_stage')}) AS furthest
        FROM stage_changes s
        WHERE s.applicant_id IN (${peopleSql})
        GROUP BY s.applicant_id
      ) per_person
      GROUP BY furthest`;
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
