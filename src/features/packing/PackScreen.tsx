// The pack station, offline: scan a tote or pick list → the order's picked lines; open a carton
// (package type) → scan each item (blocked when wrong or more than picked, S4) → close with an
// optional typed weight → the carton's SSCC and its GS1 label, printed from the browser.
import { useRef, useState } from 'react';
import { packageTypes, packLeft, type PackageType } from '#core/shipping/packing.ts';
import type { PrintPage } from '#core/shipping/print-page.ts';
import { AppShell } from '../../components/AppShell.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { NoticeLine } from '../../components/NoticeLine.tsx';
import { useT } from '../../app/use-t.ts';
import { recordOp } from '../../db/outbox.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { useScanSession } from '../../scan/use-scan-session.ts';
import { packView, sourceOf, usePackView } from './pack-data.ts';
import { judgeScan } from './pack-scan.ts';
import { packedUnitsOf } from './pack-units.ts';
import { takeSscc } from './sscc-wallet.ts';
import { labelOf } from './label-of.ts';
import { LabelView } from './LabelView.tsx';
import '../picking/pick-list-lookup.ts';
import './packing.css';

const cartonId = () => `CT-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export function PackScreen() {
  const t = useT();
  const [at, setAtView] = useState<{ list: string; order: string } | null>(null);
  const [choose, setChoose] = useState<{ list: string; orders: string[] } | null>(null);
  const [label, setLabel] = useState<PrintPage | null>(null);
  const [weight, setWeight] = useState('');
  // Scans are judged against the latest order, not the one of the last render.
  const where = useRef(at);
  const setAt = (next: { list: string; order: string }) => {
    where.current = next;
    setAtView(next);
  };
  const view = usePackView(at?.list ?? null, at?.order ?? null);
  const { notice, say, enqueue } = useScanSession();
  const open = view?.cartons.find((c) => c.status === 'open') ?? null;

  const pickOrder = (list: string, order: string) => {
    setAt({ list, order });
    setChoose(null);
    setLabel(null);
    say('success', t('pack.orderOpen', { order }));
  };

  useScanHandler((scan) =>
    enqueue(async () => {
      const r = await resolveScan(scan.text, scan.symbology);
      const cur = where.current;
      const latest = cur ? await packView(cur.list, cur.order) : null;
      const openNow = latest?.cartons.find((c) => c.status === 'open') ?? null;
      const j = judgeScan(r, latest, openNow, cur?.order ?? null);
      if (j.kind === 'reject') return say('error', t(j.message, j.params));
      if (j.kind === 'source') {
        const s = await sourceOf(j.text, j.list);
        if (!s) return say('error', t('pack.notHere', { text: j.text }));
        if (s.kind === 'order') return pickOrder(s.list, s.order);
        setChoose({ list: s.list, orders: s.orders });
        return say('success', t('pack.chooseOrder', { list: s.list }));
      }
      await recordOp('pack.item', 1, {
        carton: openNow!.id,
        order: cur!.order,
        sku: j.sku,
        qty: j.qty,
        lot: j.lot,
        expiry: j.expiry,
        scans: [{ text: scan.text.slice(0, 200), source: scan.source }],
      });
      say('success', t('pack.added', { qty: j.qty, sku: j.sku }));
    }),
  );

  const openCarton = (packageType: PackageType) =>
    enqueue(async () => {
      if (!at || !view) return;
      const cartonNo = view.cartons.length + 1;
      await recordOp('pack.open', 1, {
        carton: cartonId(),
        list: at.list,
        order: at.order,
        packageType,
        cartonNo,
      });
      setLabel(null);
      say('success', t('pack.cartonOpen', { n: cartonNo }));
    });

  const close = () =>
    enqueue(async () => {
      if (!at || !open) return;
      if (!open.contents.length) return say('error', t('pack.empty'));
      const kg = weight.trim() ? Number(weight.replace(',', '.')) : null;
      if (kg !== null && !(kg > 0 && kg < 2000)) return say('error', t('pack.badWeight'));
      const sscc = await takeSscc();
      if (!sscc) return say('error', t('pack.noSscc'));
      const weightGrams = kg === null ? null : Math.round(kg * 1000);
      await recordOp('pack.close', 1, { carton: open.id, sscc, weightGrams });
      setWeight('');
      const after = await packView(at.list, at.order);
      const closed = after.cartons.find((c) => c.id === open.id)!;
      const made = await labelOf(closed, after, t);
      setLabel(made?.page ?? null);
      say('success', t('pack.closed', { sscc }));
    });

  const left = view ? packLeft(view.picked, packedUnitsOf(view)) : [];
  return (
    <AppShell
      title={at ? t('pack.titleOrder', { order: at.order }) : t('pack.title')}
      footer={<ScanBar />}
    >
      <div className="prompt" data-testid="prompt">
        {!at
          ? t('pack.scanSource')
          : open
            ? t('pack.scanItems', { n: open.cartonNo })
            : t('pack.openPrompt')}
      </div>
      <NoticeLine notice={notice} />
      {choose && (
        <div className="pack-choose" data-testid="choose-order">
          {choose.orders.map((o) => (
            <button
              key={o}
              className="btn"
              data-testid="order-button"
              data-order={o}
              onClick={() => pickOrder(choose.list, o)}
            >
              {o}
            </button>
          ))}
        </div>
      )}
      {at && view && (
        <>
          {view.order && (
            <div className="muted" data-testid="ship-to">
              {t('pack.shipTo', { name: view.order.shipTo.name })}
              {view.order.route &&
                ` · ${t('pack.label.route', { route: view.order.route, stop: view.order.stop ?? 0 })}`}
            </div>
          )}
          <table className="pack-lines" data-testid="pack-lines">
            <tbody>
              {left.map((l) => (
                <tr key={l.sku} data-testid="pack-line" data-sku={l.sku} data-left={l.left}>
                  <td>{l.sku}</td>
                  <td>{t('pack.lineProgress', { packed: l.packed, picked: l.picked })}</td>
                  <td>{l.left > 0 ? t('pack.left', { left: l.left }) : t('pack.allIn')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {open ? (
            <div className="pack-close" data-testid="open-carton" data-carton={open.id}>
              <label>
                {t('pack.weight')}
                <input
                  data-testid="weight"
                  inputMode="decimal"
                  value={weight}
                  onChange={(e) => setWeight(e.target.value)}
                />
              </label>
              <button className="btn primary" data-testid="close-carton" onClick={close}>
                {t('pack.close')}
              </button>
            </div>
          ) : (
            <div className="pack-types" data-testid="package-types">
              {packageTypes.map((p) => (
                <button
                  key={p}
                  className="btn"
                  data-testid="open-carton-button"
                  data-type={p}
                  onClick={() => openCarton(p)}
                >
                  {t(`pack.type.${p}`)}
                </button>
              ))}
            </div>
          )}
          <ul className="pack-cartons" data-testid="cartons">
            {view.cartons.map((c) => (
              <li key={c.id} data-testid="carton" data-status={c.status} data-sscc={c.sscc ?? ''}>
                {t('pack.cartonLine', {
                  n: c.cartonNo,
                  units: c.contents.reduce((n, x) => n + x.qty, 0),
                })}
                {c.sscc && ` · ${c.sscc}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {label && <LabelView page={label} />}
    </AppShell>
  );
}
