// Who may administer whom. An administrator acts only inside the warehouses they belong to: a
// user they change must have no warehouse outside the administrator's, and the warehouses they
// grant must be their own. Supervisors read the users of their warehouses and unlock them.
import { ErrorCode } from '#core/errors.ts';
import { Role } from '#core/roles.ts';
import { requireRole } from '../auth/guard.ts';
import type { UserInfo } from '../auth/users.ts';
import { ApiError } from '../http/api-error.ts';

export const adminOnly = [Role.admin];
export const adminOrSupervisor = [Role.admin, Role.supervisor];

/** A user the caller may see: one sharing a warehouse (admins also see users with none). */
export function canSee(caller: UserInfo, targetWarehouses: readonly string[]): boolean {
  if (targetWarehouses.length === 0) return caller.roles.includes(Role.admin);
  return targetWarehouses.some((w) => caller.warehouseIds.includes(w));
}

export function requireWithinReach(caller: UserInfo, targetWarehouses: readonly string[]): void {
  const outside = targetWarehouses.filter((w) => !caller.warehouseIds.includes(w));
  if (outside.length) {
    throw new ApiError(
      403,
      ErrorCode.NOT_IN_WAREHOUSE,
      `This user also belongs to ${outside.join(', ')}, which you do not administer`,
    );
  }
}

export function requireAdmin(caller: UserInfo): void {
  requireRole(caller, adminOnly);
}

export function requireAdminOrSupervisor(caller: UserInfo): void {
  requireRole(caller, adminOrSupervisor);
}

/** An administrator cannot lock themselves out: no self-deactivation, no dropping own admin role. */
export function requireNotSelf(caller: UserInfo, targetId: string, what: string): void {
  if (caller.id === targetId)
    throw new ApiError(409, ErrorCode.CONFLICT, `You cannot ${what} yourself; ask another admin`);
}
