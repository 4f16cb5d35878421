/**
 * The quantity break results: each band's unit price and what the selling tier keeps there
 * (with the checks), the order settled both ways with the arithmetic written out, and the
 * cliffs where 全量折扣 makes one more unit cheaper in total.
 */
import { useId } from 'preact/hooks';
import { ScrollBox } from '../core/ui/ScrollBox';
import { Figure } from './fields';
import type { ChainResult } from './chain';
import { formatCount, formatYuan, showPercent, showYuan } from './money';
import type { Band, VolumeResult } from './volume';
import { VOLUME as T } from './volume-strings';

interface Props {
  chain: ChainResult;
  volume: VolumeResult;
}

/** 「500 件及以下」「501–1,000 件」「超过 1,000 件」, as the chapter writes the bands (以上 would include 1,000). */
export function bandLabel(band: Band, index: number): string {
  if (index === 0) return band.upTo === null ? T.bandAll : T.bandUpTo(formatCount(band.upTo));
  if (band.upTo === null) return T.bandFrom(formatCount(band.above));
  return T.bandRange(formatCount(band.above + 1), formatCount(band.upTo));
}

export function VolumeResults({ chain, volume }: Props) {
  const id = useId();
  if (!volume.ok) {
    const name = chain.ok ? (chain.rows[volume.tierIndex]?.name ?? '') : '';
    return <p class="ws-hint ws-pending">{volume.reason === 'noPrice' ? T.noPrice(name) : ''}</p>;
  }
  const seller = chain.ok ? chain.rows[volume.sellerIndex].name : '';
  const { order, bands } = volume;
  return (
    <>
      <ScrollBox labelledBy={`${id}-bands`}>
        <table class="cp-table">
          <caption id={`${id}-bands`}>{T.bandsCaption(seller)}</caption>
          <thead>
            <tr>
              <th scope="col">{T.band}</th>
              <th scope="col" class="ws-num">
                {T.zhe}
              </th>
              <th scope="col" class="ws-num">
                {T.price}
              </th>
              <th scope="col" class="ws-num">
                {T.unitMargin(seller)}
              </th>
              <th scope="col" class="ws-num">
                {T.margin(seller)}
              </th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band, i) => (
              <tr key={band.above}>
                <th scope="row">{bandLabel(band, i)}</th>
                <td class="ws-num">{band.factor ? band.factor.label : T.noDiscount}</td>
                <td class="ws-num">
                  <Figure
                    value={formatYuan(band.price)}
                    issues={band.issues.filter(
                      (x) =>
                        x.kind === 'stacked' || x.kind === 'belowFloor' || x.kind === 'approval',
                    )}
                  />
                </td>
                <td class="ws-num">
                  <Figure
                    value={showYuan(band.seller.unitMargin)}
                    issues={band.issues.filter((x) => x.kind === 'costAbovePrice')}
                  />
                </td>
                <td class="ws-num">
                  <Figure
                    value={showPercent(band.seller.margin)}
                    issues={band.issues.filter((x) => x.at === 'margin')}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {!order ? (
        <p class="ws-hint ws-pending">{T.needQuantity}</p>
      ) : (
        <ScrollBox labelledBy={`${id}-order`}>
          <table class="cp-table">
            <caption id={`${id}-order`}>{T.orderHeading(formatCount(order.quantity))}</caption>
            <thead>
              <tr>
                <th scope="col">{T.method}</th>
                <th scope="col">{T.calc}</th>
                <th scope="col" class="ws-num">
                  {T.total}
                </th>
                <th scope="col" class="ws-num">
                  {T.average}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{T.allUnits}</th>
                <td class="cp-calc">
                  <span>{`${formatCount(order.quantity)} × ${formatYuan(order.allUnits.price)}`}</span>
                </td>
                <td class="ws-num">{formatYuan(order.allUnits.total)}</td>
                <td class="ws-num">{formatYuan(order.allUnits.price)}</td>
              </tr>
              <tr>
                <th scope="row">{T.tiered}</th>
                <td class="cp-calc">
                  {order.tiered.parts.map((p, i) => (
                    <span key={p.band}>
                      {i > 0 && ' + '}
                      {`${formatCount(p.quantity)} × ${formatYuan(p.price)}`}
                    </span>
                  ))}
                </td>
                <td class="ws-num">{formatYuan(order.tiered.total)}</td>
                <td class="ws-num">{formatYuan(order.tiered.average)}</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
      )}
      {order && (
        <p>{order.difference.eq(0) ? T.same : T.difference(formatYuan(order.difference.abs()))}</p>
      )}
      {volume.cliffs.length > 0 && (
        <ul class="cp-cliffs">
          {volume.cliffs.map((c) => (
            <li key={c.above}>
              {T.cliff(
                formatCount(c.above),
                formatYuan(c.payAt),
                formatCount(c.above + 1),
                formatYuan(c.payAbove),
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
