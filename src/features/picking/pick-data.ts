// Picking data on the device, offline: pick lists and lines from the synced tables with this
// device's waiting pick ops folded on top (P15), lines in route order, the stock on the current
// pick face, and what this device picked on a list (for a claim that lost).
import { useLiveQuery } from 'dexie-react-hooks';
import { claimLost } from '#core/picking/claim.ts';
import type { PickList } from '#core/picking/entities.ts';
import { overlayPickLines, overlayPickList } from '#core/picking/overlay.ts';
import { listProgress, type ListProgress } from '#core/picking/progress.ts';
import type { Stock } from '#core/entities.ts';
import { handoverTotals, type HandoverSaid } from '#core/ops/picking-handover.ts';
import { db } from '../../db/database.ts';
import { getDevice, getSession } from '../../db/meta.ts';
import { overlayOps } from '../stock-hooks.ts';
import { inRoute, viewOf, type Me, type PickBase, type PickView } from './pick-memory.ts';

export type { Me, PickView } from './pick-memory.ts';

export const pickPath = (number: string): string => `/pick?l=${encodeURIComponent(number)}`;

export async function me(): Promise<Me> {
  const [device, session] = await Promise.all([getDevice(), getSession()]);
  return { userId: session?.user.id ?? '', deviceId: device.deviceId };
}

/** This device's pick ops, every status but rejected unless asked (seq order). */
async function myPickOps(list: string, withRejected = false) {
  const ops = await db.outbox
    .where('status')
    .anyOf('pending', 'acked', 'done', 'rejected')
    .sortBy('seq');
  return ops.filter(
    (o) =>
      o.type.startsWith('pick.') &&
      (o.payload as { list?: string }).list === list &&
      (withRejected || o.status !== 'rejected'),
  );
}

/**
 * Whether this device still means to hold the list: its last claim or release of it is a claim
 * (a release it recorded itself ends that, so a later claim by someone else is no lost claim).
 */
export function stillClaimedHere(ops: readonly { type: string; payload: unknown }[], list: string) {
  let held = false;
  for (const o of ops) {
    if ((o.payload as { list?: string }).list !== list) continue;
    if (o.type === 'pick.claim') held = true;
    else if (o.type === 'pick.release') held = false;
  }
  return held;
}

const nameOf = async (id: string | null): Promise<string | null> =>
  id ? ((await db.users.get(id))?.name ?? id) : null;

export interface MyPick {
  sku: string;
  location: string;
  qty: number;
}

/** What this device picked on a list, summed per item and location. */
export async function myPicks(list: string): Promise<MyPick[]> {
  const out = new Map<string, MyPick>();
  for (const o of await myPickOps(list)) {
    if (o.type !== 'pick.line') continue;
    const p = o.payload as MyPick;
    const k = `${p.sku}|${p.location}`;
    const m = out.get(k) ?? { sku: p.sku, location: p.location, qty: 0 };
    out.set(k, { ...m, qty: m.qty + p.qty });
  }
  return [...out.values()];
}

/** The open list as held in memory: one round of reads, lines sorted into the route once. */
export async function loadPickBase(number: string): Promise<PickBase | null> {
  // The seq first: every op below it is committed, so it is in the ops read after it (or synced).
  const device = await getDevice();
  const base = await db.pickLists.get(number);
  if (!base) return null;
  const [ops, baseLines, session] = await Promise.all([
    overlayOps(),
    db.pickLines.where('list').equals(number).toArray(),
    getSession(),
  ]);
  const mine: Me = { userId: session?.user.id ?? '', deviceId: device.deviceId };
  const codes = [...new Set(baseLines.map((l) => l.location))];
  const [locs, stock] = await Promise.all([
    db.locations.bulkGet(codes),
    db.stock.where('location').anyOf(codes).toArray(),
  ]);
  const seqs = new Map<string, number>();
  for (const l of locs) if (l) seqs.set(l.code, l.walkSeq);
  const faces = new Map<string, Stock[]>();
  for (const s of stock) faces.set(s.location, [...(faces.get(s.location) ?? []), s]);
  const list = overlayPickList(base, ops, mine);
  // Reading the whole outbox is only worth it when this device does not hold the list.
  const notHere = list.claimedDevice !== mine.deviceId;
  const claimedHere = notHere && stillClaimedHere(await myPickOps(number, true), number);
  const [holder, releasedBy] = await Promise.all([nameOf(list.claimedBy), nameOf(list.releasedBy)]);
  return {
    list: base,
    lines: inRoute(baseLines, seqs),
    stock: faces,
    ops,
    nextSeq: device.nextSeq,
    me: mine,
    claimedHere,
    holder,
    releasedBy,
  };
}

export async function pickView(number: string): Promise<PickView | null> {
  const base = await loadPickBase(number);
  return base && viewOf(base);
}

export interface ListSummary {
  list: PickList;
  progress: ListProgress;
  mine: boolean;
  /** Held by this picker on another device: opening it here takes it over (K8). */
  elsewhere: boolean;
}

/**
 * Lists this picker may work on: claimed by this device, by them on another device, assigned to
 * them, or open to anyone.
 */
export async function listSummaries(): Promise<ListSummary[]> {
  const [lists, lines, ops, who] = await Promise.all([
    db.pickLists.toArray(),
    db.pickLines.toArray(),
    overlayOps(),
    me(),
  ]);
  const all = overlayPickLines(lines, ops);
  const out: ListSummary[] = [];
  for (const base of lists) {
    const list = overlayPickList(base, ops, who);
    if (list.status === 'complete') continue;
    const mine = list.claimedDevice === who.deviceId;
    const elsewhere = !mine && who.userId !== '' && list.claimedBy === who.userId;
    const free =
      list.claimedBy === null && (list.assignedTo === null || list.assignedTo === who.userId);
    if (!mine && !free && !elsewhere) continue;
    const progress = listProgress(all.filter((l) => l.list === list.number));
    out.push({ list, mine, elsewhere, progress });
  }
  // Mine first (here, then elsewhere), then assigned to me, then open; by number within each.
  const rank = (s: ListSummary) =>
    s.mine ? 0 : s.elsewhere ? 1 : s.list.assignedTo === who.userId ? 2 : 3;
  return out.sort((a, b) => rank(a) - rank(b) || a.list.number.localeCompare(b.list.number));
}

export const useListSummaries = () => useLiveQuery(listSummaries, []);

export interface PickTask {
  kind: 'lost' | 'over-pick' | 'collect';
  list: string;
  /** K13: the server's handover for this device's counted picks (lost), or one coming (collect). */
  handover?: { items: { sku: string; qty: number }[]; open: boolean; from?: string };
  holder?: string;
  /** The list moved to this same user's other device (a takeover). */
  holderIsMe?: boolean;
  picks?: MyPick[];
  /** Everything this device picked for a lost list is extra: it all goes back (K11, K13). */
  allBack?: boolean;
  sku?: string;
  location?: string;
  qty?: number;
  id: string;
}

/** What this device must do about picks that went wrong: lost claims and over-picks. */
export async function pickTasks(only?: string): Promise<PickTask[]> {
  const who = await me();
  const out: PickTask[] = [];
  // Only a list another device holds (or finished) can be a lost claim: the outbox (every scan's
  // op) is read only then, not on every scan.
  const overs = await db.exceptions.where('status').equals('open').toArray();
  const isHandover = (x: { kind: string; said: Record<string, unknown> }) =>
    x.kind === 'handover' && (only === undefined || x.said['list'] === only);
  const held = (
    only === undefined ? await db.pickLists.toArray() : [await db.pickLists.get(only)]
  ).filter((l) => l && claimLost(l, who.deviceId, true));
  // Closed handovers matter only for a lost list ("handed over"); the rest read open ones only.
  const handovers = held.length
    ? (await db.exceptions.where('status').anyOf('open', 'resolved').toArray()).filter(isHandover)
    : overs.filter(isHandover);
  const claims = held.length
    ? (
        await db.outbox.where('status').anyOf('pending', 'acked', 'done', 'rejected').sortBy('seq')
      ).filter((o) => o.type === 'pick.claim' || o.type === 'pick.release')
    : [];
  for (const list of held) {
    if (!list || !stillClaimedHere(claims, list.number)) continue;
    const number = list.number;
    // Units the server already told this device to put back are not the holder's.
    const extra = (sku: string, location: string) =>
      overs
        .filter(
          (x) => x.kind === 'over-pick' && x.deviceId === who.deviceId && x.said['list'] === number,
        )
        .map((x) => x.said as { sku?: string; location?: string; extra?: number })
        .filter((o) => o.sku === sku && o.location === location)
        .reduce((n, o) => n + (o.extra ?? 0), 0);
    const all = await myPicks(number);
    const picks = all
      .map((p) => ({ ...p, qty: p.qty - extra(p.sku, p.location) }))
      .filter((p) => p.qty > 0);
    // A list finished by its holder still needs what this device picked handed over (M2).
    if (list.status === 'complete' && !all.length) continue;
    const holder = (await nameOf(list.claimedBy)) ?? '';
    const holderIsMe = list.claimedBy === who.userId;
    const mine = handovers.filter((x) => x.deviceId === who.deviceId && x.said['list'] === number);
    const open = mine.find((x) => x.status === 'open');
    const said = (open ?? mine[0])?.said as unknown as HandoverSaid | undefined;
    // The server's word on what counted (K13) replaces the raw picks: what is not in it is put back.
    const handover = said && { items: handoverTotals(said.items), open: open !== undefined };
    out.push({
      kind: 'lost',
      list: number,
      holder,
      holderIsMe,
      picks: said ? [] : picks,
      allBack: all.length > 0 && picks.length === 0,
      handover,
      id: `lost:${number}`,
    });
  }
  // The holder's side: goods another picker still has for a list held here.
  for (const x of handovers) {
    const said = x.said as unknown as HandoverSaid;
    if (x.status !== 'open' || x.deviceId === who.deviceId || said.to !== who.userId) continue;
    out.push({
      kind: 'collect',
      list: said.list,
      handover: { items: handoverTotals(said.items), open: true, from: said.fromName },
      id: x.id,
    });
  }
  for (const x of overs) {
    if (x.kind !== 'over-pick' || x.deviceId !== who.deviceId) continue;
    const said = x.said as { list?: string; sku?: string; location?: string; extra?: number };
    if (only !== undefined && said.list !== only) continue;
    out.push({
      kind: 'over-pick',
      list: String(said.list),
      sku: said.sku,
      location: said.location,
      qty: said.extra,
      id: x.id,
    });
  }
  return out;
}

export const usePickTasks = (only?: string) => useLiveQuery(() => pickTasks(only), [only]);
