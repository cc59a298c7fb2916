// Quarantine holds (rule Q1, docs/receiving.md): stock in a quarantine location goes to a
// location that is not quarantine only through a release, by a supervisor, with a reason. The
// device refuses such a move from its own data (offline too); the server refuses it as well.
import { Role } from '../roles.ts';

/** Who may release quarantined stock. */
export const releaseRoles = [Role.supervisor, Role.admin] as const;

/** True when a move from `from` to `to` takes stock out of quarantine (a release, not a move). */
export const leavesQuarantine = (from: { kind: string }, to: { kind: string }): boolean =>
  from.kind === 'quarantine' && to.kind !== 'quarantine';
