// One scan session per floor screen: scans (and the screen's own actions) are handled one after
// another in a queue, against the latest state, none dropped; each result is said the same way on
// every screen (tone, vibration, flash) and stays written on the screen until the next one. The
// wedge (wedge.ts) already keeps a burst out of the field the worker is typing in.
import { useRef, useState } from 'react';
import { useT } from '../app/use-t.ts';
import { feedback, type FeedbackKind } from '../feedback/feedback.ts';
import { failureText } from '../feedback/failure-text.ts';

export type Notice = { kind: 'ok' | 'warn' | 'err'; text: string } | null;

const NOTICE_KIND = { success: 'ok', warning: 'warn', error: 'err' } as const;

export interface ScanSession {
  notice: Notice;
  /** Tone, vibration and flash, and the words kept on screen. */
  say: (kind: FeedbackKind, text: string) => void;
  /** Runs `job` after every scan and job before it; a failure is said, never swallowed. */
  enqueue: (job: () => Promise<unknown> | undefined) => void;
  clearNotice: () => void;
}

/**
 * The screen's scans are queued with `useScanHandler((scan) => session.enqueue(...))`, after
 * the screen has declared what a scan does.
 */
export function useScanSession(): ScanSession {
  const t = useT();
  const [notice, setNotice] = useState<Notice>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const say = (kind: FeedbackKind, text: string) => {
    feedback(kind, text);
    setNotice({ kind: NOTICE_KIND[kind], text });
  };
  const enqueue = (job: () => Promise<unknown> | undefined) => {
    queue.current = queue.current
      .then(job)
      .catch((err: unknown) => say('error', failureText(t, err)));
  };
  return { notice, say, enqueue, clearNotice: () => setNotice(null) };
}
