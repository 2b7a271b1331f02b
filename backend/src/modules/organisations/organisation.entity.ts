import { Column, Entity } from 'typeorm';
import { OrganisationKind, Region } from '@pathway/contracts';
import { CreatedAtColumn, UpdatedAtColumn, UuidPrimaryColumn } from '../../database/column-types';

@Entity('organisations')
export class OrganisationEntity {
  @UuidPrimaryColumn()
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Folded name for case- and accent-insensitive search and duplicate checks. */
  @Column({ type: 'varchar', length: 200 })
  nameKey!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganisationKind;

  @Column({ type: 'varchar', length: 30, nullable: true })
  region!: Region | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
