// How a kind that carries its own decision settles it (a count variance waits for approval
// before book stock changes): the console's post-adjustment, keep-book and recount call the
// kind's approve, reject and recount in the action's transaction. Floor tasks register here.
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
