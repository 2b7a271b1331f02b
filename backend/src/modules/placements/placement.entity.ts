import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Region } from '@pathway/contracts';
import { CreatedAtColumn, UpdatedAtColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';

@Entity('placement_sites')
export class PlacementSiteEntity {
  @UuidPrimaryColumn()
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  department!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  region!: Region | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

@Entity('placement_site_professions')
export class PlacementSiteProfessionEntity {
  @UuidPrimaryColumn()
  siteId!: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  professionCode!: string;
}

@Entity('placements')
export class PlacementEntity {
  @UuidPrimaryColumn()
  id!: string;

  @UuidColumn()
  studentId!: string;

  @UuidColumn()
  siteId!: string;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  startsOn!: string;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  endsOn!: string;

  @Column({ type: 'integer' })
  yearOfStudy!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  practiceEducator!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
