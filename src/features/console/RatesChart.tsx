// Lines per hour (document lines, not scans) as SVG bars, one group per hour of the shift, one
// bar per person. Each person has a colour and a fill pattern, so bars differ by more than
// colour; the frame is always drawn at its full size (empty or not), so nothing below it moves
// when the figures arrive.
import { useSettings } from '../../app/settings.ts';
import { useT } from '../../app/use-t.ts';
import { hhmm } from './format.ts';
import { usePlural } from './plural.ts';
import type { Progress } from './types.ts';

const W = 720;
const H = 220;
const PAD = { l: 44, r: 12, t: 12, b: 28 };
const COLOURS = ['#0b57d0', '#0f7b3a', '#b3261e', '#8a5a00', '#6a1b9a', '#00838f'];
/** Pattern per person: solid, stripes, cross-hatch, dots… */
const PATTERNS = ['solid', 'diag', 'cross', 'dots', 'horiz', 'vert'] as const;

function Pattern({ id, kind, colour }: { id: string; kind: string; colour: string }) {
  if (kind === 'solid') return null;
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse">
      <rect width={6} height={6} fill="#fff" />
      {kind === 'diag' && <path d="M0,6 L6,0" stroke={colour} strokeWidth={2} />}
      {kind === 'cross' && <path d="M0,6 L6,0 M0,0 L6,6" stroke={colour} strokeWidth={1.5} />}
      {kind === 'dots' && <circle cx={3} cy={3} r={1.8} fill={colour} />}
      {kind === 'horiz' && <path d="M0,3 L6,3" stroke={colour} strokeWidth={2} />}
      {kind === 'vert' && <path d="M3,0 L3,6" stroke={colour} strokeWidth={2} />}
    </pattern>
  );
}

const fillOf = (i: number) =>
  PATTERNS[i % PATTERNS.length] === 'solid'
    ? COLOURS[i % COLOURS.length]!
    : `url(#rate-p${i % PATTERNS.length}-${i % COLOURS.length})`;

export function RatesChart({ rates }: { rates: Progress['rates'] }) {
  const t = useT();
  const { lang } = useSettings();
  const plural = usePlural();
  const hours = [...new Set(rates.flatMap((r) => r.hours.map((h) => h.at)))].sort((a, b) => a - b);
  const max = Math.max(1, ...rates.flatMap((r) => r.hours.map((h) => h.lines)));
  const groupW = (W - PAD.l - PAD.r) / Math.max(1, hours.length);
  const barW = Math.min(40, Math.max(3, (groupW - 8) / Math.max(1, rates.length)));
  const y = (v: number) => H - PAD.b - (v / max) * (H - PAD.t - PAD.b);
  return (
    <figure className="chart" data-testid="rates-chart">
      <figcaption>{t('console.chart.rates')}</figcaption>
      <div className="chart-scroll">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('console.chart.rates')}>
          <defs>
            {rates.map((_, i) => (
              <Pattern
                key={i}
                id={`rate-p${i % PATTERNS.length}-${i % COLOURS.length}`}
                kind={PATTERNS[i % PATTERNS.length]!}
                colour={COLOURS[i % COLOURS.length]!}
              />
            ))}
          </defs>
          <line x1={PAD.l} y1={y(0)} x2={W - PAD.r} y2={y(0)} className="axis" />
          <text x={PAD.l - 6} y={y(max) + 5} textAnchor="end" className="tick">
            {max}
          </text>
          <text x={PAD.l - 6} y={y(0)} textAnchor="end" className="tick">
            0
          </text>
          {!hours.length && (
            <text x={W / 2} y={H / 2} textAnchor="middle" className="tick">
              {t('console.chart.empty')}
            </text>
          )}
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
                    fill={fillOf(ri)}
                    stroke={COLOURS[ri % COLOURS.length]}
                  >
                    <title>{`${r.userName} ${hhmm(h, lang)}: ${plural('lines', v)}`}</title>
                  </rect>
                );
              })}
              <text
                x={PAD.l + gi * groupW + groupW / 2}
                y={H - 6}
                textAnchor="middle"
                className="tick"
              >
                {hhmm(h, lang)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <ul className="legend">
        {rates.map((r, i) => (
          <li key={r.userId}>
            <svg width={14} height={14} aria-hidden="true" className="swatch-svg">
              <rect width={14} height={14} fill={fillOf(i)} stroke={COLOURS[i % COLOURS.length]} />
            </svg>
            {t('console.chart.perUser', { user: r.userName, lines: plural('lines', r.total) })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
