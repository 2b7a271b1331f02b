import { Column, Entity } from 'typeorm';
import { FieldError, ImportKind } from '@pathway/contracts';
import {
  CreatedAtColumn,
  DateTimeColumn,
  JsonColumn,
  UuidColumn,
  UuidPrimaryColumn,
} from '../../database/column-types';

/** A rejected line as it was in the file, with why it was rejected. */
export interface RejectedLine {
  row: number;
  values: string[];
  errors: FieldError[];
}

@Entity('imports')
export class ImportEntity {
  @UuidPrimaryColumn()
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ImportKind;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  /** The event an attendee import registered people for. */
  @UuidColumn({ nullable: true })
  eventId!: string | null;

  @UuidColumn({ nullable: true })
  createdById!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @Column({ type: 'integer', default: 0 })
  rows!: number;

  @Column({ type: 'integer', default: 0 })
  valid!: number;

  @Column({ type: 'integer', default: 0 })
  invalid!: number;

  @Column({ type: 'integer', default: 0 })
  duplicates!: number;

  @Column({ type: 'integer', default: 0 })
  created!: number;

  @Column({ type: 'integer', default: 0 })
  updated!: number;

  /** The applicants (or students) it created. */
  @JsonColumn()
  createdIds!: string[];

  /** The event registrations an attendee import created. */
  @JsonColumn({ nullable: true })
  createdAttendanceIds!: string[] | null;

  /** The file's header and its rejected lines. */
  @JsonColumn()
  rejected!: { header: string[]; lines: RejectedLine[] };

  @DateTimeColumn({ nullable: true })
  undoneAt!: Date | null;
}
