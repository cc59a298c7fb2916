// Role and warehouse checks every route uses. Admins are members of what they administer like
// anyone else: a role never implies access to a warehouse.
import { ErrorCode } from '#core/errors.ts';
import { hasAnyRole, type Role } from '#core/roles.ts';
import { ApiError } from '../http/api-error.ts';
import type { UserInfo } from './users.ts';

export function requireRole(user: UserInfo, roles: readonly Role[]): void {
  if (!hasAnyRole(user.roles, roles)) {
    throw new ApiError(
      403,
      ErrorCode.FORBIDDEN,
      `This needs one of the roles: ${roles.join(', ')}`,
    );
  }
}

export function requireWarehouse(user: UserInfo, warehouseId: string): void {
  if (!user.warehouseIds.includes(warehouseId)) {
    throw new ApiError(
      403,
      ErrorCode.NOT_IN_WAREHOUSE,
      `You are not a member of warehouse ${warehouseId}`,
    );
  }
}
