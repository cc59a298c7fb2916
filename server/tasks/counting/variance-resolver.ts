// A count variance waiting for a decision: the console's approve, reject and recount run
// counting's own decision (server/counting/approve.ts) in the action's transaction, so book
// stock, the variance, its recount task and the exception change together.
import { applyVarianceDecision, type VarianceDecision } from './approve.ts';
import { registerResolver, type ResolveContext } from '../../console/resolvers.ts';

async function decide(c: ResolveContext, decision: VarianceDecision) {
  const varianceId = c.exception.ref;
  if (!varianceId) return { variance: null };
  const r = await applyVarianceDecision(c.w, { varianceId, by: c.user, decision, at: c.at });
  return { variance: varianceId, movements: r.movements, recountTask: r.recountTask };
}

export function registerCountVariance(): void {
  registerResolver('count-variance', {
    approve: (c) => decide(c, { action: 'approve', ...(c.reason ? { reason: c.reason } : {}) }),
    reject: (c) => decide(c, { action: 'reject', reason: c.reason ?? '' }),
    recount: (c) => decide(c, { action: 'recount', ...(c.reason ? { reason: c.reason } : {}) }),
  });
}
