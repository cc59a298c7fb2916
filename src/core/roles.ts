// Roles a user can hold. Which role may record which op lives with each op definition.

export const Role = {
  picker: 'picker',
  receiver: 'receiver',
  counter: 'counter',
  supervisor: 'supervisor',
  admin: 'admin',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const allRoles: readonly Role[] = Object.values(Role);

/** Floor roles plus the people who stand in for them. */
export const floorRoles: readonly Role[] = [
  Role.picker,
  Role.receiver,
  Role.counter,
  Role.supervisor,
  Role.admin,
];

export const hasAnyRole = (held: readonly string[], wanted: readonly Role[]): boolean =>
  wanted.some((r) => held.includes(r));

// Who does each floor task (the op definitions and the home tiles read these; kept here so the
// home screen does not pull the op schemas into the app shell).
export const pickingRoles = [Role.picker, Role.supervisor, Role.admin] as const;
export const receivingRoles = [Role.receiver, Role.supervisor, Role.admin] as const;
export const countingRoles = [Role.counter, Role.supervisor, Role.admin] as const;
