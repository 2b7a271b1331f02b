import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page } from '@pathway/contracts';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export interface Paging {
  page: number;
  pageSize: number;
  skip: number;
}

export function paging(query: PageQueryDto): Paging {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, skip: (page - 1) * pageSize };
}

export function toPage<T>(items: T[], total: number, { page, pageSize }: Paging): Page<T> {
  return { items, total, page, pageSize };
}

/** `'-createdAt'` → `{ field: 'createdAt', direction: 'DESC' }`; the DTO has already checked the field. */
export function sortOrder<F extends string>(sort: string | undefined, fallback: `${F}` | `-${F}`): { field: F; direction: 'ASC' | 'DESC' } {
  const value = sort ?? fallback;
  return value.startsWith('-') ? { field: value.slice(1) as F, direction: 'DESC' } : { field: value as F, direction: 'ASC' };
}

/** Allowed values for a `sort` parameter: each field, ascending or descending. */
export function sortValues(fields: readonly string[]): string[] {
  return fields.flatMap((field) => [field, `-${field}`]);
}
