import { Column, Entity, Index } from 'typeorm';
import { Role } from '@pathway/contracts';
import { DateTimeColumn, UuidPrimaryColumn } from '../../database/column-types';
import { VersionedEntity } from '../../database/versioned-entity';

@Entity('users')
export class UserEntity extends VersionedEntity {
  @UuidPrimaryColumn()
  id!: string;

  /** Always stored lower-case; unique. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @DateTimeColumn({ nullable: true })
  lastLoginAt!: Date | null;
}
