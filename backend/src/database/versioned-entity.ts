import { VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from './column-types';

/** When a record was created and last changed, and the version optimistic updates check (see updateIfVersion). */
export abstract class VersionedEntity {
  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
