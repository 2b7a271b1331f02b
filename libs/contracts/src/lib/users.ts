import { PageQuery } from './pagination';
import { Role } from './roles';

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export interface UpdateUserRequest {
  version: number;
  name?: string;
  role?: Role;
  active?: boolean;
  /** A new password set by an admin; signs the user out everywhere. */
  password?: string;
}

export interface UserListQuery extends PageQuery {
  search?: string;
  role?: Role;
  active?: boolean;
}

export const USER_SORT_FIELDS = ['name', 'email', 'role', 'createdAt', 'lastLoginAt'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

/** The user directory entry everyone may read (to pick an owner or assignee). */
export interface DirectoryUserDto {
  id: string;
  name: string;
  role: Role;
}
