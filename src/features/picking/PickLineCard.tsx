// The line to pick now, readable at arm's length: where to go, what to take, how many, which
// tote, and what to scan next.
import type { Stock } from '#core/entities.ts';
import { isoDay } from '#core/goods/shelf-life.ts';
import type { PickLine } from '#core/picking/entities.ts';
import { lotToTake } from '#core/picking/lots.ts';
import { isLotHeld } from '#core/goods/lot-holds.ts';
import { useHeldLots } from '../stock-hooks.ts';
import { useState } from 'react';
import { useT } from '../../app/use-t.ts';
import type { LocalItem } from '../../db/database.ts';
import { nextStep, type Progress } from './pick-flow.ts';

export function PickLineCard(props: {
  line: PickLine;
  index: number;
  total: number;
  item: LocalItem | undefined;
  /** Stock at the line's location (with waiting ops): the lot to take is named from it. */
  face: readonly Stock[];
  progress: Progress;
}) {
  const t = useT();
  const { line, progress, item } = props;
  const step = nextStep({ line, progress });
  // The shelf-life day is fixed for the card's life: a shift does not cross it mid-line.
  const [today] = useState(() => isoDay(Date.now()));
  const holds = useHeldLots();
  const take = item?.lotTracked
    ? lotToTake(
        props.face.filter((f) => f.sku === line.sku),
        item,
        today,
        (lot) => isLotHeld(holds, line.sku, lot),
      )
    : undefined;
  const prompt =
    step === 'location'
      ? t('pick.stepLocation', { location: line.location })
      : step === 'tote'
        ? t('pick.stepTote', { tote: line.tote ?? '' })
        : step === 'lot'
          ? t('pick.stepLot', { sku: line.sku })
          : step === 'lotReason'
            ? t('pick.lotReasonTitle')
            : t('pick.stepItem', { sku: line.sku });
  return (
    <section
      className="card pick-line"
      data-testid="current-line"
      data-line={line.line}
      data-location={line.location}
      data-sku={line.sku}
      data-step={step}
    >
      <div className="sub">{t('pick.lineOf', { n: props.index + 1, total: props.total })}</div>
      <div className={`pick-where${step === 'location' ? ' todo' : ' done'}`}>
        <span className="sub">{t('pick.goTo')}</span>
        <span className="pick-location" data-testid="line-location">
          {line.location}
        </span>
      </div>
      <div className="pick-what">
        <span className="sub">{t('pick.take')}</span>
        <span className="pick-sku">{line.sku}</span>
        <span className="ellipsis">{props.item?.description ?? ''}</span>
        <span className="pick-qty" data-testid="line-qty">
          {t('pick.pickedOf', { picked: line.pickedQty, qty: line.qty })}
        </span>
      </div>
      {take !== undefined && (
        <div
          className={`pick-lot${take ? '' : ' tag warn'}`}
          data-testid="lot-to-take"
          data-lot={take?.lot ?? ''}
        >
          {take
            ? take.expiry
              ? t('pick.lotToTakeExpiry', { lot: take.lot, expiry: take.expiry })
              : t('pick.lotToTake', { lot: take.lot })
            : t('pick.lotNoneOk')}
        </div>
      )}
      {line.tote !== null && (
        <div className={`pick-tote${step === 'tote' ? ' todo' : ''}`}>
          <span className="sub">{t('pick.toTote')}</span>
          <span className="pick-tote-code">{line.tote}</span>
          <span className="sub">{t('pick.order', { order: line.order })}</span>
        </div>
      )}
      {line.deferReason !== null && (
        <div className="tag warn" data-testid="line-deferred">
          {t('pick.deferredTag', { reason: t(`pick.defer.${line.deferReason}`) })}
        </div>
      )}
      <div
        className={`prompt compact${step === 'lot' || step === 'lotReason' ? ' warn' : ''}`}
        data-testid="prompt"
      >
        {prompt}
      </div>
    </section>
  );
}
