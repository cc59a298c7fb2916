// The console's live state: loads devices, exceptions, progress and samples, then keeps them
// current from the console event stream: a `device` event replaces that device's row at once,
// a `version` event (anything committed) refetches the rest. Ages tick every second against
// the server's clock, so a device going silent turns stale without any event.
import { useCallback, useEffect, useRef, useState } from 'react';
import * as A from './console-api.ts';
import type {
  ConsoleDevice,
  ConsoleException,
  ConsoleTiming,
  Progress,
  SampleSeries,
} from './types.ts';

export interface ConsoleState {
  devices: ConsoleDevice[];
  timing: ConsoleTiming | null;
  exceptions: ConsoleException[];
  progress: Progress | null;
  samples: SampleSeries[];
  users: { id: string; name: string }[];
  live: boolean;
  error: { status: number; message: string } | null;
  /** Server time now (ms), ticking every second. */
  now: number;
  refresh: () => void;
}

const REFETCH_MS = 150;

export function useConsole(conn: A.ConsoleConn, filter: URLSearchParams): ConsoleState {
  const [devices, setDevices] = useState<ConsoleDevice[]>([]);
  const [timing, setTiming] = useState<ConsoleTiming | null>(null);
  const [exceptions, setExceptions] = useState<ConsoleException[]>([]);
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
    setError({ status: f.status ?? 0, message: f.message ?? String(e) });
  }, []);

  const loadRest = useCallback(() => {
    void A.getExceptions(conn, filterRef.current).then((r) => setExceptions(r.exceptions), fail);
    void A.getProgress(conn).then(setProgress, fail);
    void A.getSamples(conn).then((r) => setSamples(r.series), fail);
  }, [conn, fail]);

  const loadDevices = useCallback(() => {
    void A.getDevices(conn).then((r) => {
      setOffset(r.serverTime - Date.now());
      setTiming(r.timing);
      setDevices(r.devices);
      setError(null);
    }, fail);
  }, [conn, fail]);

  useEffect(() => {
    loadDevices();
    void A.getUsers(conn).then((r) => setUsers(r.users), fail);
  }, [conn, loadDevices, fail]);

  useEffect(() => {
    void A.getExceptions(conn, filterRef.current).then((r) => setExceptions(r.exceptions), fail);
  }, [conn, filterKey, fail]);

  useEffect(() => {
    loadRest();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const source = new EventSource(A.eventsUrl(conn));
    source.onopen = () => setLive(true);
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
          stale: d.pendingCount > 0 && silent > timing.staleMs,
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
    progress,
    samples,
    users,
    live,
    error,
    now: serverNow,
    refresh,
  };
}
