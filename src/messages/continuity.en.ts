// Floor continuity (docs/picking.md K13–K14, replenishment): handovers after two pickers
// collided, skipped lines kept across a reload, offline vs server unreachable, offline sign-in
// with a PIN at shift change, replenishment tasks.
export const continuityEn = {
  'pick.itemQty': '{qty} × {sku}',
  'pick.itemSep': ', ',
  'pick.handoverGive': 'Hand {items} to {holder} at packing.',
  'pick.handoverScan': 'Then scan list {list} there to confirm the handover.',
  'pick.handoverDone': 'Handed over to {holder}. Nothing more to do for this list.',
  'pick.handoverConfirmed': 'Handover of list {list} to {holder} confirmed.',
  'pick.handoverNone': 'Nothing to hand over for list {list}.',
  'pick.collectTitle': 'Collect {items} from {from}',
  'pick.collectBody':
    'List {list} is not ready to pack until {from} hands these over and scans the list.',
  'pick.notReady': 'All lines of {list} are done, but it is not ready to pack yet.',
  'pick.lostAllBack':
    'None of what you picked is for {holder}: put it back as the cards below say.',
  'badge.unreachable': 'Server unreachable',
  'sync.state.unreachable':
    'This device has a network, but the server does not answer. Your scans are saved and are sent when it is back; if it lasts, tell your supervisor.',
  'signin.offlineWrong': 'Wrong password. {tries} more tries on this device without the server.',
  'signin.offline.unknown':
    'No connection to the server, and {user} has not signed in on this device before. This first time needs the server.',
  'signin.offline.expired':
    'No connection to the server, and {user} last signed in here online too long ago. Signing in needs the server.',
  'signin.offline.locked':
    'Too many wrong passwords. This device can no longer sign {user} in without the server.',
  'op.pick.handover': 'Hand over pick list {list}',
} as const;

export type ContinuityKey = keyof typeof continuityEn;
