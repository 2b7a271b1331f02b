export const ROLES = ['admin', 'manager', 'officer', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  manager: 'Manager',
  officer: 'Outreach officer',
  coordinator: 'Placement coordinator',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
