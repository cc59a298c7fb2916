// What a supervisor may do with each kind of exception, shared by the server (which offers and
// applies them) and the console (which says them in words). Every action states its effect on
// book stock before it is confirmed: the movements it will post (empty: the book stays), a
// location it flags for a recount, a decision it records. See docs/console.md for the table.

export const XAction = {
  /** count-variance: post the counted difference to the book (the variance is approved). */
  postAdjustment: 'post-adjustment',
  /** count-variance: the book stays; the variance is rejected with the reason. */
  keepBook: 'keep-book',
  /** A recount of the location (a count variance: a recount task by someone else). */
  recount: 'recount',
  /** over-pick: the extra units went back on the shelf: +extra where they were taken. */
  putBack: 'put-back',
  /** over-pick: the extra units leave with the order; the book already shows them gone. */
  shipExtra: 'ship-extra',
  /** short-pick: the shelf is empty: the book at the location goes to 0. */
  writeOffShort: 'write-off-short',
  /** The book went below zero at a location: raise it to 0 (the shelf had what was taken). */
  correctNegative: 'correct-negative',
  /** Received goods are kept as received; the book already holds them. */
  keepReceived: 'keep-received',
  /** Received goods go back to the supplier: −qty where they were put. */
  returnToSupplier: 'return-to-supplier',
  /** Received goods move to a quarantine location: −qty where they are, +qty in quarantine. */
  quarantine: 'quarantine',
  /** Nothing to post (refused goods, a receipt closed short, a face refilled...): noted. */
  acknowledge: 'acknowledge',
} as const;
export type XAction = (typeof XAction)[keyof typeof XAction];

export const xActions = Object.values(XAction) as readonly XAction[];

/** One movement an action will post, with the book before it (the console shows before → after). */
export interface OfferedMovement {
  sku: string;
  location: string;
  lot: string;
  expiry: string;
  delta: number;
  book: number;
}

export interface ActionOffer {
  action: XAction;
  movements: OfferedMovement[];
  /** A location the action flags for a recount. */
  recount: string | null;
  /** The action needs a reason (3 characters or more). */
  needsReason: boolean;
  /** What the sentence names: sku, location, qty, receipt, list... */
  params: Record<string, string | number>;
}

/** The body of POST .../exceptions/:id/actions for a kind's action. */
export interface ActionRequest {
  action: XAction;
  reason?: string;
  /** The movements the supervisor saw: refused (409) when the book moved since. */
  expect?: Pick<OfferedMovement, 'sku' | 'location' | 'lot' | 'expiry' | 'delta'>[];
}

/** The exception kinds the console knows, by family, for filters and icons. */
export const xFamilies = {
  receive: 'receive.',
  pick: [
    'over-pick',
    'short-pick',
    'pick.over_book',
    'replenishment',
    'pick.wrong_lot',
    'pick.expired_lot',
    'pick.held_lot',
  ],
  count: ['count-variance'],
  move: ['move.over_book', 'putaway.over_book'],
  user: ['user.deactivated'],
} as const;

export function familyOf(kind: string): keyof typeof xFamilies | 'other' {
  if (kind.startsWith('receive.')) return 'receive';
  for (const [f, kinds] of Object.entries(xFamilies))
    if (Array.isArray(kinds) && (kinds as readonly string[]).includes(kind))
      return f as keyof typeof xFamilies;
  return 'other';
}
