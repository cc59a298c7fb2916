// Plain-text tables of the decode benchmark's figures, for the terminal and for docs/decoders.md.

import type { FrameTiming } from './frame-times.ts';
import type { EngineStatus } from './harness-api.ts';
import type { SetRates, VariantRates } from './rates.ts';
import type { VariantSummary } from './summary.ts';

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

const pct = (part: number, whole: number) =>
  whole ? `${((100 * part) / whole).toFixed(0)}%` : '-';
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

export function engineTable(statuses: EngineStatus[]): string {
  return table(
    ['engine', 'available', 'start ms', 'formats'],
    statuses.map((s) => [
      s.id,
      s.available ? 'yes' : `not available (${s.reason ?? ''})`,
      s.startMs === undefined ? '-' : ms(s.startMs),
      s.formats.join(' '),
    ]),
  );
}

function cell(set: SetRates | undefined): string {
  if (!set) return '-';
  return set.rotations
    .map((slot) => {
      const misread = slot.misread ? `m${slot.misread}` : '';
      if (slot.required === undefined) return `${slot.pass}${misread && ` ${misread}`}`;
      return `${slot.pass}/${slot.required}${slot.meets ? '' : '!'}${misread && ` ${misread}`}`;
    })
    .join('  ');
}

/**
 * One row per set, one column per variant; each cell lists pass/required per rotation run (0°,
 * 180°, and 90°/270° for 2D sets when asked). "!" marks a shortfall, mN N misreads.
 */
export function setTable(rates: VariantRates[]): string {
  const sets = rates[0]?.sets ?? [];
  const rows = sets.map((set, i) => [
    `${set.id} (${set.rotations.map((r) => `${r.rotation}°`).join(' ')})`,
    String(set.rotations[0]?.images ?? 0),
    ...rates.map((r) => cell(r.sets[i])),
  ]);
  return table(['set (rotations)', 'images', ...rates.map((r) => r.variant)], rows);
}

export function formatTable(summaries: VariantSummary[]): string {
  const formats = [...new Set(summaries.flatMap((s) => Object.keys(s.formats)))];
  const first = summaries[0];
  const rows = [...formats, 'all'].map((format) => {
    const pick = (s: VariantSummary) =>
      format === 'all' ? s.all : s.formats[format as keyof VariantSummary['formats']];
    const base = first && pick(first);
    return [
      format,
      String(base?.attempts ?? 0),
      ...summaries.map((s) => {
        const t = pick(s);
        return t
          ? `${t.pass} (${pct(t.pass, t.attempts)}) req ${t.requiredPass}/${t.required}`
          : '-';
      }),
    ];
  });
  return table(['format', 'attempts', ...summaries.map((s) => s.variant)], rows);
}

export function verdictTable(summaries: VariantSummary[]): string {
  return table(
    ['variant', 'set-rotations meeting requirement', 'misreads', 'meets every set'],
    summaries.map((s) => [
      s.variant,
      `${s.met}/${s.checks}`,
      String(s.all.misread),
      s.meetsAll ? 'yes' : `no (${s.shortfalls.length} short)`,
    ]),
  );
}

/** Rows: variant x size; columns: frame content, each "median / p95 ms" (+ decoded share). */
export function timingTable(timings: FrameTiming[]): string {
  const contents = [...new Set(timings.map((t) => t.content))];
  const keys = [...new Set(timings.map((t) => `${t.variant}\u0000${t.size}`))];
  const rows = keys.map((key) => {
    const [variant = '', size = ''] = key.split('\u0000');
    const mine = timings.filter((t) => t.variant === variant && t.size === size);
    const frame = mine[0]?.frame ?? size;
    return [
      variant,
      frame === size ? size : `${size}→${frame}`,
      ...contents.map((content) => {
        const t = mine.find((m) => m.content === content);
        if (!t) return '-';
        const missed = t.decoded !== null && t.decoded < 1 ? ` (read ${pct(t.decoded, 1)})` : '';
        return `${ms(t.median)} / ${ms(t.p95)}${missed}`;
      }),
    ];
  });
  return table(['variant', 'frame', ...contents.map((c) => `${c} med/p95 ms`)], rows);
}
