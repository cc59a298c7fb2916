// The carton's label as an SVG at its real size (100×150 mm), printed with the browser's print
// dialog (offline); the print stylesheet hides everything else.
import type { PrintPage } from '#core/shipping/print-page.ts';
import { useT } from '../../app/use-t.ts';

export function LabelView({ page }: { page: PrintPage }) {
  const t = useT();
  return (
    <div className="pack-label" data-testid="label" data-sscc={page.sscc}>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={`${page.widthMm}mm`}
        height={`${page.heightMm}mm`}
        viewBox={`0 0 ${page.widthMm} ${page.heightMm}`}
        role="img"
        aria-label={t('pack.label.aria', { sscc: page.sscc })}
      >
        <rect x={0} y={0} width={page.widthMm} height={page.heightMm} fill="#fff" />
        {page.shapes.map((s, i) =>
          s.kind === 'text' ? (
            <text
              key={i}
              x={s.x}
              y={s.y + s.size * 0.8}
              fontSize={s.size}
              fontWeight={s.bold ? 700 : 400}
              fontFamily="sans-serif"
            >
              {s.text}
            </text>
          ) : s.kind === 'rule' ? (
            <rect key={i} x={2} y={s.y} width={page.widthMm - 4} height={0.4} fill="#000" />
          ) : (
            <g key={i} data-testid="label-barcode" data-hri={s.hri}>
              {s.bars.map((b, j) => (
                <rect key={j} x={b.x} y={s.y} width={b.width} height={s.height} fill="#000" />
              ))}
            </g>
          ),
        )}
      </svg>
      <button className="btn primary" data-testid="print-label" onClick={() => window.print()}>
        {t('pack.print')}
      </button>
    </div>
  );
}
