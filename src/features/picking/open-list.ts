// Opening a pick list from the list screen or a scan: a list this device holds opens; a free one
// is claimed first (an op, so it works offline; the server decides who got it first); one this
// same user holds on another device is taken over by a claim here (K8).
import { navigate } from '../../app/router.ts';
import { db } from '../../db/database.ts';
import { recordOp } from '../../db/outbox.ts';
import { getSession } from '../../db/meta.ts';
import { feedback } from '../../feedback/feedback.ts';
import type { MessageKey } from '../../messages/i18n.ts';
import { me, pickPath, pickView } from './pick-data.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export async function openList(number: string, t: T): Promise<void> {
  const [view, session, who] = await Promise.all([pickView(number), getSession(), me()]);
  if (!view) return feedback('error', t('pick.unknownList', { text: number }));
  const { list } = view;
  const userId = session?.user.id ?? '';
  const office = session?.user.roles.some((r) => r === 'supervisor' || r === 'admin') ?? false;
  const free =
    list.claimedBy === null && (list.assignedTo === null || list.assignedTo === userId || office);
  const mine = list.claimedDevice === who.deviceId;
  const takeover = !mine && userId !== '' && list.claimedBy === userId;
  if (list.status !== 'complete' && !mine && !free && !takeover) {
    if (list.claimedBy !== null)
      return feedback('error', t('pick.notForYou', { list: number, holder: view.holder ?? '' }));
    const assignee = list.assignedTo ? await db.users.get(list.assignedTo) : undefined;
    return feedback(
      'error',
      t('pick.assignedElse', { list: number, holder: assignee?.name ?? t('pick.someoneElse') }),
    );
  }
  if ((free || takeover) && list.status !== 'complete') {
    await recordOp('pick.claim', 1, { list: number });
    feedback('success', t(takeover ? 'pick.takenOver' : 'pick.claimed', { list: number }));
  } else feedback('success', number);
  navigate(pickPath(number));
}
