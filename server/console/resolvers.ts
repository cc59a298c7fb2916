// What approving, rejecting or recounting means for a kind of exception that carries a pending
// decision (a count variance waits for approval before book stock changes). Floor tasks register
// their kind here; kinds without an entry can be accepted, rejected, recounted by location and
// assigned, but not approved: there is nothing to approve.
import type { UserInfo } from '../auth/users.ts';
import type { FeedWriter } from '../sync/feed.ts';
import type { ExceptionTable } from '../store/schema.ts';

export interface ResolveContext {
  w: FeedWriter;
  exception: ExceptionTable;
  /** The deciding user's id, and the user (kinds check their own rules on roles). */
  by: string;
  user: UserInfo;
  at: number;
  reason: string | null;
}

/** Each returns what it changed, for the audit row. */
export interface KindResolver {
  approve?(c: ResolveContext): Promise<Record<string, unknown>>;
  reject?(c: ResolveContext): Promise<Record<string, unknown>>;
  recount?(c: ResolveContext): Promise<Record<string, unknown>>;
}

const resolvers = new Map<string, KindResolver>();

export function registerResolver(kind: string, r: KindResolver): void {
  resolvers.set(kind, r);
}

export const resolverOf = (kind: string): KindResolver | undefined => resolvers.get(kind);
