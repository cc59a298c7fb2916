// Picking rules shared by device and server: claim, pick, short pick, completion, the route
// ordering and the op payloads (docs/picking.md, K1–K7).
import { describe, expect, it } from 'vitest';
import {
  assigned,
  claimLost,
  judgeClaim,
  judgeRelease,
  released,
} from '../../../src/core/picking/claim.ts';
import type { PickLine, PickList } from '../../../src/core/picking/entities.ts';
import {
  allDone,
  applyPick,
  applyShort,
  listProgress,
  overPickBy,
  pickFaceLow,
  remaining,
  shortQty,
} from '../../../src/core/picking/progress.ts';
import { routeOrder } from '../../../src/core/picking/route.ts';
import { overlayPickLines, overlayPickList } from '../../../src/core/picking/overlay.ts';
import {
  pickLineOp,
  pickLinePayloadV1,
  pickShortPayloadV1,
} from '../../../src/core/ops/picking.ts';
import { findOp } from '../../../src/core/ops/registry.ts';

const line = (over: Partial<PickLine> = {}): PickLine => ({
  key: 'PL-1|1',
  list: 'PL-1',
  line: 1,
  order: 'SO-1',
  tote: 'T-1',
  sku: 'S1',
  location: 'A-01-1',
  qty: 5,
  pickedQty: 0,
  status: 'open',
  shortReason: null,
  lots: [],
  deferReason: null,
  deferredBy: null,
  ...over,
});

const list = (over: Partial<PickList> = {}): PickList => ({
  number: 'PL-1',
  barcode: 'PL-1',
  kind: 'batch',
  orders: [{ order: 'SO-1', tote: 'T-1' }],
  assignedTo: null,
  status: 'open',
  claimedBy: null,
  claimedDevice: null,
  claimedAt: null,
  completedBy: null,
  completedAt: null,
  createdAt: 0,
  releasedBy: null,
  releasedAt: null,
  ...over,
});

const me = { userId: 'u1', deviceId: 'd1', office: false };

describe('K1 claim', () => {
  it('an open list is claimed; the same device claiming again changes nothing', () => {
    expect(judgeClaim(list(), me)).toEqual({ ok: true, already: false, takeover: false });
    expect(judgeClaim(list({ claimedBy: 'u1', claimedDevice: 'd1' }), me)).toEqual({
      ok: true,
      already: true,
      takeover: false,
    });
  });
  it('the first claim wins: another user’s device loses', () => {
    expect(judgeClaim(list({ claimedBy: 'u2', claimedDevice: 'd2' }), me)).toEqual({
      ok: false,
      why: 'taken',
    });
    expect(
      judgeClaim(list({ claimedBy: 'u2', claimedDevice: 'd2' }), { ...me, office: true }).ok,
    ).toBe(false);
  });
  it('K8: the same user on another device takes their own list over', () => {
    expect(judgeClaim(list({ claimedBy: 'u1', claimedDevice: 'd9' }), me)).toEqual({
      ok: true,
      already: false,
      takeover: true,
    });
  });
  it('an assigned list is its picker’s, unless the office takes it; a complete one is closed', () => {
    expect(judgeClaim(list({ assignedTo: 'u2' }), me)).toEqual({ ok: false, why: 'assigned' });
    expect(judgeClaim(list({ assignedTo: 'u2' }), { ...me, office: true }).ok).toBe(true);
    expect(judgeClaim(list({ assignedTo: 'u1' }), me).ok).toBe(true);
    expect(judgeClaim(list({ status: 'complete' }), me)).toEqual({ ok: false, why: 'complete' });
  });
  it('a device learns its claim lost when the list names another device', () => {
    expect(claimLost(list({ claimedDevice: 'd2' }), 'd1', true)).toBe(true);
    expect(claimLost(list({ claimedDevice: 'd1' }), 'd1', true)).toBe(false);
    expect(claimLost(list({ claimedDevice: 'd2' }), 'd1', false)).toBe(false);
    expect(claimLost(list(), 'd1', true)).toBe(false);
  });
});

describe('K9 release and reassign', () => {
  const held = list({ status: 'claimed', claimedBy: 'u1', claimedDevice: 'd1', claimedAt: 5 });
  it('the holder releases from the holding device; the list is open, the release recorded', () => {
    expect(judgeRelease(held, me)).toEqual({ ok: true, change: true });
    expect(released(held, 'u1', 9)).toMatchObject({
      status: 'open',
      claimedBy: null,
      claimedDevice: null,
      claimedAt: null,
      releasedBy: 'u1',
      releasedAt: 9,
    });
  });
  it('a picker may not release another picker’s list; a supervisor may, wherever it is', () => {
    expect(judgeRelease(held, { userId: 'u2', deviceId: 'd2', office: false })).toEqual({
      ok: false,
      why: 'not_holder',
    });
    expect(judgeRelease(held, { userId: 's1', deviceId: 'd7', office: true })).toEqual({
      ok: true,
      change: true,
    });
  });
  it('a late release from a device the claim moved away from, or of a free list, changes nothing', () => {
    expect(judgeRelease(held, { ...me, deviceId: 'd-old' })).toEqual({ ok: true, change: false });
    expect(judgeRelease(list(), me)).toEqual({ ok: true, change: false });
    expect(judgeRelease(list({ status: 'complete' }), { ...me, office: true }).ok).toBe(false);
  });
  it('assigning to another picker ends the current claim; to the holder it keeps it', () => {
    expect(assigned(held, 'u2', 's1', 9)).toMatchObject({
      assignedTo: 'u2',
      claimedBy: null,
      status: 'open',
    });
    expect(assigned(held, 'u1', 's1', 9)).toMatchObject({ assignedTo: 'u1', claimedBy: 'u1' });
  });
});

describe('K2 pick', () => {
  it('adds to the line and picks it when the quantity is reached; lots are kept', () => {
    const a = applyPick(line(), 2, 'L1');
    expect(a).toMatchObject({ pickedQty: 2, status: 'open', lots: ['L1'] });
    expect(remaining(a)).toBe(3);
    const b = applyPick(a, 3, 'L1');
    expect(b).toMatchObject({ pickedQty: 5, status: 'picked', lots: ['L1'] });
    expect(remaining(b)).toBe(0);
  });
  it('a pick beyond what the line needs is an over-pick of the excess, and still counts', () => {
    expect(overPickBy(line(), 5)).toBe(0);
    expect(overPickBy(line({ pickedQty: 4 }), 3)).toBe(2);
    const done = line({ pickedQty: 5, status: 'picked' });
    expect(overPickBy(done, 2)).toBe(2);
    expect(applyPick(done, 2)).toMatchObject({ pickedQty: 7, status: 'picked' });
    expect(overPickBy(line({ status: 'short', pickedQty: 1 }), 1)).toBe(1);
  });
  it('stock leaves the source location', () => {
    const p = pickLinePayloadV1.parse({ list: 'PL-1', line: 1, sku: 'S1', location: 'A', qty: 2 });
    expect(pickLineOp.stockDeltas(p)).toEqual([
      { location: 'A', sku: 'S1', lot: '', expiry: '', delta: -2 },
    ]);
    expect(pickLinePayloadV1.safeParse({ ...p, qty: 0 }).success).toBe(false);
  });
});

describe('K3 short pick', () => {
  it('closes an open line short with its reason; what is missing is the rest', () => {
    const s = applyShort(line({ pickedQty: 2 }), 'empty');
    expect(s).toMatchObject({ status: 'short', shortReason: 'empty' });
    expect(shortQty(s)).toBe(3);
    expect(remaining(s)).toBe(0);
  });
  it('a line already picked in full stays picked', () => {
    const done = line({ pickedQty: 5, status: 'picked' });
    expect(applyShort(done, 'damaged')).toBe(done);
  });
  it('reasons are empty, damaged, not found', () => {
    const base = { list: 'PL-1', line: 1, sku: 'S1', location: 'A' };
    for (const reason of ['empty', 'damaged', 'not_found'])
      expect(pickShortPayloadV1.safeParse({ ...base, reason }).success).toBe(true);
    expect(pickShortPayloadV1.safeParse({ ...base, reason: 'lazy' }).success).toBe(false);
  });
  it('a pick face is low when the book no longer covers open demand, is empty, or was short', () => {
    expect(pickFaceLow(10, 4, false)).toBe(false);
    expect(pickFaceLow(3, 4, false)).toBe(true);
    expect(pickFaceLow(0, 0, false)).toBe(true);
    expect(pickFaceLow(50, 0, true)).toBe(true);
  });
});

describe('K4 complete', () => {
  it('a list is complete when every line is picked or short', () => {
    const lines = [line(), line({ key: 'PL-1|2', line: 2 })];
    expect(allDone(lines)).toBe(false);
    const done = [applyPick(lines[0]!, 5), applyShort(lines[1]!, 'not_found')];
    expect(allDone(done)).toBe(true);
    expect(listProgress(done)).toEqual({ lines: 2, done: 2, short: 1, units: 10, picked: 5 });
    expect(allDone([])).toBe(false);
  });
});

describe('K5 route ordering', () => {
  it('sorts by walking sequence, keeps one location together, unknown locations last', () => {
    const walk: Record<string, number> = { 'A-01-1': 30, 'B-06-1': 10, 'C-02-2': 20 };
    const lines = [
      line({ line: 1, location: 'A-01-1', sku: 'S2' }),
      line({ line: 2, location: 'ZZ', sku: 'S1' }),
      line({ line: 3, location: 'B-06-1', sku: 'S1', order: 'SO-2' }),
      line({ line: 4, location: 'A-01-1', sku: 'S1' }),
      line({ line: 5, location: 'B-06-1', sku: 'S1', order: 'SO-1' }),
      line({ line: 6, location: 'C-02-2', sku: 'S3' }),
    ];
    expect(routeOrder(lines, (c) => walk[c]).map((l) => l.line)).toEqual([5, 3, 6, 4, 1, 2]);
  });
});

describe('K6 the device replays its waiting pick ops like the server', () => {
  const op = (type: string, payload: object) => ({ type, v: 1, payload });
  it('picks and shorts fold over base lines of the list; lines it does not hold are skipped', () => {
    const base = [line(), line({ key: 'PL-1|2', line: 2 })];
    const at = { list: 'PL-1', sku: 'S1', location: 'A-01-1' };
    const out = overlayPickLines(base, [
      op('pick.line', { ...at, line: 1, qty: 2 }),
      op('pick.line', { ...at, line: 1, qty: 3 }),
      op('pick.short', { ...at, line: 2, reason: 'damaged' }),
      op('pick.line', { ...at, line: 9, qty: 1 }),
      op('pick.line', { ...at, list: 'PL-2', line: 1, qty: 1 }),
      op('pick.line', { ...at, line: 1, qty: -1 }),
    ]);
    expect(out.map((l) => [l.pickedQty, l.status])).toEqual([
      [5, 'picked'],
      [0, 'short'],
    ]);
  });
  it('a waiting claim shows the list as mine; a waiting completion shows it complete', () => {
    const who = { userId: 'u1', deviceId: 'd1' };
    const mine = overlayPickList(list(), [op('pick.claim', { list: 'PL-1' })], who);
    expect(mine).toMatchObject({ status: 'claimed', claimedBy: 'u1', claimedDevice: 'd1' });
    const taken = list({ status: 'claimed', claimedBy: 'u2', claimedDevice: 'd2' });
    expect(overlayPickList(taken, [op('pick.claim', { list: 'PL-1' })], who).claimedBy).toBe('u2');
    const done = overlayPickList(mine, [op('pick.complete', { list: 'PL-1' })], who);
    expect(done.status).toBe('complete');
  });
});

describe('K7 registry', () => {
  it('every pick op is known at v1', () => {
    for (const type of ['pick.claim', 'pick.line', 'pick.short', 'pick.complete'])
      expect(findOp(type, 1).ok).toBe(true);
    expect(findOp('pick.line', 2)).toEqual({ ok: false, reason: 'unknown-version' });
  });
});
