import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn, UuidColumn, UuidPrimaryColumn } from '../../database/column-types';
import { UserEntity } from '../users/user.entity';

/** A signed-in session. Only the SHA-256 of the bearer token is stored, so a database leak reveals no token. */
@Entity('sessions')
export class SessionEntity {
  @UuidPrimaryColumn()
  id!: string;

  @Index('ix_sessions_user')
  @UuidColumn()
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index('uq_sessions_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @DateTimeColumn()
  expiresAt!: Date;
}
