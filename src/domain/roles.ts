// The roles a KoDO user may hold (one person may hold several) and what each may do.
export const ROLES = ['participant', 'author', 'expert', 'analyst', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Only admins assign roles (DOMAIN.md: "admin — assigns roles"). */
export function canManageRoles(roles: readonly Role[]): boolean {
  return roles.includes('admin');
}
