/**
 * Who may do what in a workspace. The dashboard server enforces these on every route; the browser only
 * mirrors them (hides what a role cannot use). One table, read by both.
 */
export const ROLES = ['owner', 'operator', 'support', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Read partner data: orders, balance, stats, pricing, recipient checks. */
  'orders.read',
  'orders.create',
  'orders.cancel',
  /** Start payments and top-ups from a wallet (and, in the sandbox, the simulated chain's transfers). */
  'payments.send',
  'orders.export',
  /** Bulk order jobs: start a job from a file, pause, resume, cancel, read its results. */
  'bulk.run',
  /** People, invitations, roles, other members' sessions, the partner key, the two-factor policy. */
  'workspace.manage',
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  operator: ['orders.read', 'orders.create', 'orders.cancel', 'payments.send', 'orders.export', 'bulk.run'],
  support: ['orders.read', 'orders.export'],
  viewer: ['orders.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
