// A small SVG chart of ops waiting on each device over the shift (no chart library): one line
// per device, drawn from the per-minute samples, the latest point live from the devices table.
import { useT } from '../../app/use-t.ts';
import { hhmm } from './format.ts';
import type { ConsoleDevice, SampleSeries } from './types.ts';

const W = 640;
const H = 180;
const PAD = { l: 36, r: 10, t: 10, b: 22 };
const COLOURS = ['#0b57d0', '#b3261e', '#0f7b3a', '#8a5a00', '#6a1b9a', '#00838f', '#c2185b'];

export function WaitingChart(props: {
  series: SampleSeries[];
  devices: ConsoleDevice[];
  now: number;
}) {
  const t = useT();
  const lines = props.series.map((s) => {
    const d = props.devices.find((x) => x.id === s.deviceId);
    const pts = s.points.map((p) => ({ at: p.at, v: p.pending }));
    if (d) pts.push({ at: Math.max(d.lastSeenAt, pts.at(-1)?.at ?? 0), v: d.pendingCount });
    return { id: s.deviceId, name: d?.userName ?? s.deviceId.slice(0, 8), pts };
  });
  const all = lines.flatMap((l) => l.pts);
  if (!all.length) return <p className="muted">{t('console.chart.empty')}</p>;
  const t0 = Math.min(...all.map((p) => p.at));
  const t1 = Math.max(props.now, t0 + 60_000);
  const max = Math.max(1, ...all.map((p) => p.v));
  const x = (at: number) => PAD.l + ((at - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => H - PAD.b - (v / max) * (H - PAD.t - PAD.b);
  return (
    <figure className="chart" data-testid="waiting-chart">
      <figcaption>{t('console.chart.waiting')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('console.chart.waiting')}>
        <line x1={PAD.l} y1={y(0)} x2={W - PAD.r} y2={y(0)} className="axis" />
        <text x={PAD.l - 6} y={y(max) + 4} textAnchor="end" className="tick">
          {max}
        </text>
        <text x={PAD.l - 6} y={y(0) + 4} textAnchor="end" className="tick">
          0
        </text>
        <text x={PAD.l} y={H - 4} className="tick">
          {hhmm(t0)}
        </text>
        <text x={W - PAD.r} y={H - 4} textAnchor="end" className="tick">
          {hhmm(t1)}
        </text>
        {lines.map((l, i) => (
          <polyline
            key={l.id}
            fill="none"
            stroke={COLOURS[i % COLOURS.length]}
            strokeWidth={2.5}
            points={l.pts.map((p) => `${x(p.at).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ')}
          />
        ))}
      </svg>
      <ul className="legend">
        {lines.map((l, i) => (
          <li key={l.id}>
            <span className="swatch" style={{ background: COLOURS[i % COLOURS.length] }} />
            {l.name} <span className="mono muted">{l.id.slice(0, 8)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
