// The result of the last scan, written on the screen until the next one (see use-scan-session.ts).
import type { Notice } from '../scan/use-scan-session.ts';

export function NoticeLine(props: { notice: Notice }) {
  if (!props.notice) return null;
  const { kind, text } = props.notice;
  return (
    <div
      className={`notice ${kind}`}
      data-testid="notice"
      role={kind === 'err' ? 'alert' : 'status'}
    >
      {text}
    </div>
  );
}
