import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { ProfessionEntity } from '../modules/reference/profession.entity';
import { UserEntity } from '../modules/users/user.entity';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  AuditEntryEntity,
  ProfessionEntity,
];
