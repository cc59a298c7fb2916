// Lines per hour as SVG bars, one group per hour of the shift, one bar per user.
import { useT } from '../../app/use-t.ts';
import { hhmm } from './format.ts';
import type { Progress } from './types.ts';

const W = 640;
const H = 170;
const PAD = { l: 36, r: 10, t: 10, b: 22 };
const COLOURS = ['#0b57d0', '#0f7b3a', '#b3261e', '#8a5a00', '#6a1b9a', '#00838f'];

export function RatesChart({ rates }: { rates: Progress['rates'] }) {
  const t = useT();
  const hours = [...new Set(rates.flatMap((r) => r.hours.map((h) => h.at)))].sort((a, b) => a - b);
  if (!hours.length) return <p className="muted">{t('console.chart.empty')}</p>;
  const max = Math.max(1, ...rates.flatMap((r) => r.hours.map((h) => h.lines)));
  const groupW = (W - PAD.l - PAD.r) / hours.length;
  const barW = Math.min(40, Math.max(2, (groupW - 6) / rates.length));
  const y = (v: number) => H - PAD.b - (v / max) * (H - PAD.t - PAD.b);
  return (
    <figure className="chart" data-testid="rates-chart">
      <figcaption>{t('console.chart.rates')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('console.chart.rates')}>
        <line x1={PAD.l} y1={y(0)} x2={W - PAD.r} y2={y(0)} className="axis" />
        <text x={PAD.l - 6} y={y(max) + 4} textAnchor="end" className="tick">
          {max}
        </text>
        {hours.map((h, gi) => (
          <g key={h}>
            {rates.map((r, ri) => {
              const v = r.hours.find((x) => x.at === h)?.lines ?? 0;
              return (
                <rect
                  key={r.userId}
                  x={PAD.l + gi * groupW + (groupW - barW * rates.length) / 2 + ri * barW}
                  y={y(v)}
                  width={barW - 1}
                  height={y(0) - y(v)}
                  fill={COLOURS[ri % COLOURS.length]}
                />
              );
            })}
            <text
              x={PAD.l + gi * groupW + groupW / 2}
              y={H - 4}
              textAnchor="middle"
              className="tick"
            >
              {hhmm(h)}
            </text>
          </g>
        ))}
      </svg>
      <ul className="legend">
        {rates.map((r, i) => (
          <li key={r.userId}>
            <span className="swatch" style={{ background: COLOURS[i % COLOURS.length] }} />
            {t('console.p.perUser', { user: r.userName, total: r.total })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
