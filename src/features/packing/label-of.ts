// Builds a carton's GS1 logistic label from what the device holds: settings (ship-from, prefix),
// the order's ship-to and route stop, the carton and its siblings (n of m once all is packed),
// and each item's GTIN (its each barcode, when that is a GTIN).
import { buildLabel, type LabelWords } from '#core/shipping/label.ts';
import { toPrintPage, type PrintPage } from '#core/shipping/print-page.ts';
import { toZpl } from '#core/shipping/zpl.ts';
import { fullyPacked, unitsOf } from '#core/shipping/packing.ts';
import { isGtin } from '#core/barcode/check-digit.ts';
import type { Carton } from '#core/shipping/entities.ts';
import { db } from '../../db/database.ts';
import type { T } from '../../app/use-t.ts';
import type { PackView } from './pack-data.ts';

export const labelWords = (t: T): LabelWords => ({
  from: t('pack.label.from'),
  to: t('pack.label.to'),
  order: t('pack.label.order'),
  carton: (n, m) => (m ? t('pack.label.cartonOf', { n, m }) : t('pack.label.carton', { n })),
  weight: t('pack.label.weight'),
  route: (route, stop) => t('pack.label.route', { route, stop }),
  content: t('pack.label.content'),
  count: t('pack.label.count'),
  sscc: 'SSCC',
});

export async function labelOf(
  carton: Carton,
  view: PackView,
  t: T,
): Promise<{ page: PrintPage; zpl: string } | null> {
  const settings = await db.shippingSettings.get('settings');
  if (!settings || !carton.sscc) return null;
  const items = await db.items.bulkGet([...new Set(carton.contents.map((c) => c.sku))]);
  const gtin = new Map(
    items.flatMap((i) =>
      i ? [[i.sku, i.barcodes.find((b) => b.packQty === 1 && isGtin(b.code))?.code ?? null]] : [],
    ),
  );
  const packed = unitsOf(view.cartons.flatMap((c) => c.contents));
  const allClosed = view.cartons.every((c) => c.status === 'closed');
  const o = view.order;
  const model = buildLabel(
    {
      sscc: carton.sscc,
      companyPrefix: settings.companyPrefix,
      shipFrom: settings.shipFrom,
      shipTo: o
        ? { name: o.shipTo.name, lines: o.shipTo.address, phone: o.shipTo.phone }
        : { name: carton.order, lines: [], phone: '' },
      order: carton.order,
      cartonNo: carton.cartonNo,
      cartonCount: allClosed && fullyPacked(view.picked, packed) ? view.cartons.length : null,
      weightGrams: carton.weightGrams,
      route: o?.route ?? null,
      stop: o?.stop ?? null,
      contents: carton.contents.map((c) => ({
        sku: c.sku,
        qty: c.qty,
        gtin: gtin.get(c.sku) ?? null,
      })),
    },
    labelWords(t),
  );
  return { page: toPrintPage(model), zpl: toZpl(model) };
}
