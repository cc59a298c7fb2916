// A damage photo taken at the dock, fetched with the supervisor's token (never in a URL) and
// shown as a thumbnail that opens full size in a new tab.
import { useEffect, useState } from 'react';
import * as A from './console-api.ts';

export function PhotoThumb(props: { conn: A.ConsoleConn; id: string; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    void A.photoUrl(props.conn, props.id).then((u) => {
      made = u;
      setUrl(u);
    });
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [props.conn, props.id]);
  return (
    <a className="photo-thumb" href={url ?? undefined} target="_blank" rel="noreferrer">
      {url ? <img src={url} alt={props.alt} width={160} height={120} /> : <span>{props.alt}</span>}
    </a>
  );
}
