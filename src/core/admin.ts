// User and warehouse administration, as the console sends it and the server checks it: one
// password rule for the setup page, the console, the CLI and the device's forced change.
import { z } from 'zod';
import { allRoles } from './roles.ts';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Why a new password is refused, or null when it may be used. */
export function passwordProblem(
  password: string,
  username: string,
): 'short' | 'long' | 'username' | null {
  if (password.length < PASSWORD_MIN) return 'short';
  if (password.length > PASSWORD_MAX) return 'long';
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'username';
  return null;
}

const noNul = (s: string) => !s.includes('\u0000');

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,39}$/,
    '2–40 letters, digits, . _ - (starting with a letter or digit)',
  );

export const personNameSchema = z.string().trim().min(1).max(80).refine(noNul, 'no NUL bytes');

export const warehouseIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,15}$/, '1–16 capital letters, digits, _ or -');

export const warehouseNameSchema = z.string().trim().min(1).max(80).refine(noNul, 'no NUL bytes');

const passwordSchema = z.string().min(1).max(PASSWORD_MAX).refine(noNul, 'no NUL bytes');
const roleSchema = z.enum(allRoles as [string, ...string[]]);
const rolesSchema = z.array(roleSchema).min(1).max(allRoles.length);
const warehousesSchema = z.array(warehouseIdSchema).max(50);
const reasonSchema = z.string().trim().min(3).max(500).refine(noNul, 'no NUL bytes');

export const createUserSchema = z.strictObject({
  username: usernameSchema,
  name: personNameSchema,
  password: passwordSchema,
  roles: rolesSchema,
  warehouses: warehousesSchema,
});
export type CreateUserRequest = z.infer<typeof createUserSchema>;

export const editUserSchema = z
  .strictObject({
    name: personNameSchema.optional(),
    roles: rolesSchema.optional(),
    warehouses: warehousesSchema.optional(),
  })
  .refine((e) => Object.keys(e).length > 0, 'nothing to change');
export type EditUserRequest = z.infer<typeof editUserSchema>;

export const reasonBodySchema = z.strictObject({ reason: reasonSchema });
export const resetPasswordSchema = z.strictObject({ password: passwordSchema });
export const changePasswordSchema = z.strictObject({
  currentPassword: passwordSchema,
  newPassword: passwordSchema,
});

export const createWarehouseSchema = z.strictObject({
  id: warehouseIdSchema,
  name: warehouseNameSchema,
});
export const editWarehouseSchema = z.strictObject({ name: warehouseNameSchema });

export const setupSchema = z.strictObject({
  username: usernameSchema,
  name: personNameSchema,
  password: passwordSchema,
  warehouseId: warehouseIdSchema,
  warehouseName: warehouseNameSchema,
});
export type SetupRequest = z.infer<typeof setupSchema>;

/** A user as the administration screens list them. */
export interface AdminUser {
  id: string;
  username: string;
  name: string;
  roles: string[];
  warehouses: string[];
  active: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  createdAt: number;
  deactivatedAt: number | null;
}

export interface AdminWarehouse {
  id: string;
  name: string;
}

export interface AdminAuditEntry {
  id: string;
  at: number;
  by: string;
  byName: string | null;
  action: string;
  targetKind: string;
  target: string;
  reason: string | null;
  data: Record<string, unknown>;
}
