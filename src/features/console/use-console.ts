// The console's live state: loads devices, exceptions, progress and samples, then keeps them
// current from the console event stream: a `device` event replaces that device's row at once,
// a `version` event (anything committed) refetches the rest. Ages tick every second against
// the server's clock, so a device going silent turns at risk without any event.
import { useCallback, useEffect, useRef, useState } from 'react';
import { atRisk } from '#core/console-wire.ts';
import * as A from './console-api.ts';
import type {
  ConsoleDevice,
  ConsoleTiming,
  ExceptionPage,
  Progress,
  SampleSeries,
} from './types.ts';

export interface ConsoleState {
  devices: ConsoleDevice[];
  timing: ConsoleTiming | null;
  /** The page of the queue the filter asks for, with how many matched. */
  exceptions: ExceptionPage | null;
  /** Open exceptions in the warehouse, whatever the filter. */
  openCount: number;
  /** The most valuable open exceptions (for alerts). */
  topOpen: ExceptionPage['exceptions'];
  progress: Progress | null;
  samples: SampleSeries[];
  users: { id: string; name: string }[];
  live: boolean;
  error: { status: number; message: string } | null;
  /** The server cannot be reached: what is shown is what the console last knew. */
  offline: boolean;
  /** Server time of the last answer that reached the console (null before the first). */
  lastOkAt: number | null;
  /** Server time now (ms), ticking every second. */
  now: number;
  refresh: () => void;
}

const REFETCH_MS = 150;

export function useConsole(conn: A.ConsoleConn, filter: URLSearchParams): ConsoleState {
  const [devices, setDevices] = useState<ConsoleDevice[]>([]);
  const [timing, setTiming] = useState<ConsoleTiming | null>(null);
  const [exceptions, setExceptions] = useState<ExceptionPage | null>(null);
  const [openCount, setOpenCount] = useState(0);
  const [topOpen, setTopOpen] = useState<ExceptionPage['exceptions']>([]);
  const [offline, setOffline] = useState(false);
  const [lastOkAt, setLastOkAt] = useState<number | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [samples, setSamples] = useState<SampleSeries[]>([]);
  const [users, setUsers] = useState<{ id: string; name: string }[]>([]);
  const [live, setLive] = useState(false);
  const [error, setError] = useState<ConsoleState['error']>(null);
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const filterKey = filter.toString();
  const filterRef = useRef(filter);
  useEffect(() => {
    filterRef.current = filter;
  }, [filter]);

  const fail = useCallback((e: unknown) => {
    const f = e as { status?: number; message?: string };
    // No answer at all (status 0): offline, keep what was shown; anything else is an error.
    if (!f.status) setOffline(true);
    else setError({ status: f.status, message: f.message ?? String(e) });
  }, []);
  const ok = useCallback(<R>(set: (r: R) => void) => {
    return (r: R) => {
      setOffline(false);
      setLastOkAt(Date.now());
      set(r);
    };
  }, []);

  const loadRest = useCallback(() => {
    void A.getExceptions(conn, filterRef.current).then(ok(setExceptions), fail);
    void A.getExceptions(
      conn,
      new URLSearchParams({ status: 'open', sort: 'value', limit: '5' }),
    ).then(
      ok((r: ExceptionPage) => {
        setOpenCount(r.total);
        setTopOpen(r.exceptions);
      }),
      fail,
    );
    void A.getProgress(conn).then(ok(setProgress), fail);
    void A.getSamples(conn).then(
      ok((r: { series: SampleSeries[] }) => setSamples(r.series)),
      fail,
    );
  }, [conn, fail, ok]);

  const loadDevices = useCallback(() => {
    void A.getDevices(conn).then(
      ok((r: Awaited<ReturnType<typeof A.getDevices>>) => {
        setOffset(r.serverTime - Date.now());
        setTiming(r.timing);
        setDevices(r.devices);
        setError(null);
      }),
      fail,
    );
  }, [conn, fail, ok]);

  useEffect(() => {
    loadDevices();
    void A.getUsers(conn).then((r) => setUsers(r.users), fail);
  }, [conn, loadDevices, fail]);

  useEffect(() => {
    void A.getExceptions(conn, filterRef.current).then(ok(setExceptions), fail);
  }, [conn, filterKey, fail, ok]);

  useEffect(() => {
    loadRest();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const source = new EventSource(A.eventsUrl(conn));
    source.onopen = () => {
      setLive(true);
      // Back after a break: whatever changed meanwhile is fetched once.
      loadRest();
      loadDevices();
    };
    source.onerror = () => setLive(false);
    source.addEventListener('device', (e) => {
      const { device, serverTime } = JSON.parse((e as MessageEvent<string>).data) as {
        device: ConsoleDevice;
        serverTime: number;
      };
      setOffset(serverTime - Date.now());
      setDevices((list) => {
        const i = list.findIndex((d) => d.id === device.id);
        return i < 0 ? [device, ...list] : list.map((d) => (d.id === device.id ? device : d));
      });
    });
    source.addEventListener('version', () => {
      setLive(true);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        loadRest();
        loadDevices();
      }, REFETCH_MS);
    });
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [conn, loadRest, loadDevices]);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  const serverNow = now + offset;
  const shown = timing
    ? devices.map((d) => {
        const silent = serverNow - d.lastSeenAt;
        return {
          ...d,
          online: d.revokedAt === null && silent <= timing.onlineMs,
          stale: atRisk(timing, d, silent),
        };
      })
    : devices;
  const refresh = useCallback(() => {
    loadDevices();
    loadRest();
  }, [loadDevices, loadRest]);
  return {
    devices: shown,
    timing,
    exceptions,
    openCount,
    topOpen,
    progress,
    samples,
    users,
    live,
    error,
    offline,
    lastOkAt: lastOkAt === null ? null : lastOkAt + offset,
    now: serverNow,
    refresh,
  };
}
