// Ops waiting on each device over the shift, as SVG (no chart library): one line per device
// from the per-minute samples (the most held in each minute), each with its own dash pattern and
// point marker and labelled by name at its end, so no line rests on colour alone. While a device
// is silent, what it holds is unknown: the line goes on dotted from its last report to now.
import { useSettings } from '../../app/settings.ts';
import { useT } from '../../app/use-t.ts';
import { deviceName } from './device-state.ts';
import { hhmm } from './format.ts';
import type { ConsoleDevice, SampleSeries } from './types.ts';

const W = 720;
const H = 220;
const PAD = { l: 44, r: 120, t: 12, b: 28 };
const COLOURS = ['#0b57d0', '#b3261e', '#0f7b3a', '#8a5a00', '#6a1b9a', '#00838f', '#c2185b'];
const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 2', '16 6', '1 3'];
const MARKS = ['circle', 'square', 'triangle', 'diamond'] as const;

function Mark(props: { kind: (typeof MARKS)[number]; x: number; y: number; colour: string }) {
  const { x, y, colour } = props;
  if (props.kind === 'circle') return <circle cx={x} cy={y} r={4} fill={colour} />;
  if (props.kind === 'square')
    return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
  if (props.kind === 'triangle')
    return <polygon points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} fill={colour} />;
  return (
    <polygon points={`${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`} fill={colour} />
  );
}

export function WaitingChart(props: {
  series: SampleSeries[];
  devices: ConsoleDevice[];
  now: number;
}) {
  const t = useT();
  const { lang } = useSettings();
  const lines = props.series.map((s, i) => {
    const d = props.devices.find((x) => x.id === s.deviceId);
    const pts = s.points.map((p) => ({ at: p.at, v: p.pending }));
    const last = d ? { at: Math.max(d.lastSeenAt, pts.at(-1)?.at ?? 0), v: d.pendingCount } : null;
    if (last) pts.push(last);
    const name = d ? `${d.userName} · ${deviceName(d)}` : s.deviceId.slice(0, 8);
    return { id: s.deviceId, name, pts, silent: d?.stale ? last : null, i };
  });
  const all = lines.flatMap((l) => l.pts);
  if (!all.length) return <p className="muted">{t('console.chart.empty')}</p>;
  const t0 = Math.min(...all.map((p) => p.at));
  const t1 = Math.max(props.now, t0 + 60_000);
  const max = Math.max(1, ...all.map((p) => p.v));
  const x = (at: number) => PAD.l + ((at - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => H - PAD.b - (v / max) * (H - PAD.t - PAD.b);
  const mid = Math.round(max / 2);
  return (
    <figure className="chart" data-testid="waiting-chart" data-max={max}>
      <figcaption>{t('console.chart.waiting')}</figcaption>
      <div className="chart-scroll">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={t('console.chart.waitingAria', { max })}
        >
          <line x1={PAD.l} y1={y(0)} x2={W - PAD.r} y2={y(0)} className="axis" />
          {[max, mid].map((v) => (
            <g key={v}>
              <line x1={PAD.l} y1={y(v)} x2={W - PAD.r} y2={y(v)} className="grid" />
              <text x={PAD.l - 6} y={y(v) + 5} textAnchor="end" className="tick">
                {v}
              </text>
            </g>
          ))}
          <text x={PAD.l - 6} y={y(0) + 5} textAnchor="end" className="tick">
            0
          </text>
          <text x={PAD.l} y={H - 6} className="tick">
            {hhmm(t0, lang)}
          </text>
          <text x={W - PAD.r} y={H - 6} textAnchor="end" className="tick">
            {hhmm(t1, lang)}
          </text>
          {lines.map((l) => {
            const colour = COLOURS[l.i % COLOURS.length]!;
            const end = l.silent ? { at: t1, v: l.silent.v } : l.pts.at(-1)!;
            return (
              <g key={l.id} data-testid="waiting-line" data-device-id={l.id}>
                <polyline
                  fill="none"
                  stroke={colour}
                  strokeWidth={2.5}
                  strokeDasharray={DASHES[l.i % DASHES.length]}
                  points={l.pts.map((p) => `${x(p.at).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ')}
                />
                {l.silent && (
                  <line
                    x1={x(l.silent.at)}
                    y1={y(l.silent.v)}
                    x2={x(t1)}
                    y2={y(l.silent.v)}
                    stroke={colour}
                    strokeWidth={1.5}
                    strokeDasharray="1 5"
                  />
                )}
                {l.pts.map((p, k) => (
                  <Mark
                    key={k}
                    kind={MARKS[l.i % MARKS.length]!}
                    x={x(p.at)}
                    y={y(p.v)}
                    colour={colour}
                  />
                ))}
                <text x={x(end.at) + 8} y={y(end.v) + 5} className="tick end-label" fill={colour}>
                  {l.name.length > 16 ? `${l.name.slice(0, 15)}…` : l.name}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="legend">
        {lines.map((l) => (
          <li key={l.id}>
            <svg width="36" height="12" aria-hidden="true">
              <line
                x1="0"
                y1="6"
                x2="36"
                y2="6"
                stroke={COLOURS[l.i % COLOURS.length]}
                strokeWidth="3"
                strokeDasharray={DASHES[l.i % DASHES.length]}
              />
            </svg>
            {l.name}
            {l.silent ? ` — ${t('console.chart.silent')}` : ''}
          </li>
        ))}
      </ul>
    </figure>
  );
}
