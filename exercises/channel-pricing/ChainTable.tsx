/**
 * The price chain table: each tier's 进价, 售价, 单位毛利, 毛利率 and 加价率, the same money in
 * the other tax basis under each figure, how each price was worked out, and the checks next
 * to the figure they are about.
 */
import { useId } from 'preact/hooks';
import { ScrollBox } from '../core/ui/ScrollBox';
import { Figure } from './fields';
import { computeChain, missingInputs, type Issue, type TierRow } from './chain';
import { formatCost, showPercent, showYuan, type Decimal } from './money';
import { TABLE as T, TIERS } from './chain-strings';
import type { ChannelPricingData } from './model';
import { SETUP } from './strings';

export interface ChainTableProps {
  data: ChannelPricingData;
}

const at = (row: TierRow, where: Issue['at']) => row.issues.filter((i) => i.at === where);

export function ChainTable({ data }: ChainTableProps) {
  const chain = computeChain(data);
  const missing = missingInputs(data);
  const id = useId();
  const basis = chain.context.basis;
  const otherName = basis === 'gross' ? SETUP.net : SETUP.gross;
  const other = (value: Decimal | null) => (value ? SETUP.other(otherName, showYuan(value)) : null);

  return (
    <section class="cp-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      {!chain.ok ? (
        <p class="ws-hint">{TIERS.tooFew}</p>
      ) : (
        <>
          <ScrollBox labelledBy={`${id}-cap`}>
            <table class="cp-table">
              <caption id={`${id}-cap`}>{T.caption(SETUP[basis])}</caption>
              <thead>
                <tr>
                  <th scope="col">{T.tier}</th>
                  <th scope="col" class="ws-num">
                    {T.buy}
                  </th>
                  <th scope="col" class="ws-num">
                    {T.sell}
                  </th>
                  <th scope="col" class="ws-num">
                    {T.unitMargin}
                  </th>
                  <th scope="col" class="ws-num">
                    {T.margin}
                  </th>
                  <th scope="col" class="ws-num">
                    {T.markup}
                  </th>
                  <th scope="col">{T.how}</th>
                </tr>
              </thead>
              <tbody>
                {chain.rows.map((row) => {
                  const producer = row.role === 'producer';
                  const buyer = row.role === 'buyer';
                  return (
                    <tr key={row.id}>
                      <th scope="row">
                        {row.name}
                        <span class="cp-sub">{TIERS.role[row.role]}</span>
                      </th>
                      <td class="ws-num">
                        <Figure
                          value={producer && row.buy ? formatCost(row.buy) : showYuan(row.buy)}
                          sub={producer ? T.costNote : other(row.buyOther)}
                          issues={at(row, 'buy')}
                        />
                      </td>
                      <td class="ws-num">
                        {buyer ? (
                          T.empty
                        ) : (
                          <Figure value={showYuan(row.sell)} sub={other(row.sellOther)} />
                        )}
                      </td>
                      <td class="ws-num">
                        {buyer ? (
                          T.empty
                        ) : (
                          <Figure
                            value={showYuan(row.unitMargin)}
                            sub={
                              producer
                                ? row.sellNet && T.netMarginNote(showYuan(row.sellNet))
                                : other(row.unitMarginOther)
                            }
                          />
                        )}
                      </td>
                      <td class="ws-num">
                        {buyer ? (
                          T.empty
                        ) : (
                          <Figure value={showPercent(row.margin)} issues={at(row, 'margin')} />
                        )}
                      </td>
                      <td class="ws-num">{buyer ? T.empty : showPercent(row.markup)}</td>
                      <td class="cp-how">
                        {row.how.length > 0 && (
                          <ul>
                            {row.how.map((line) => (
                              <li key={line}>{line}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
          <p class="ws-hint">{T.formulas}</p>
          {missing.length > 0 && (
            <p class="cp-missing ws-pending">{T.missing(missing.join('、'))}</p>
          )}
        </>
      )}
    </section>
  );
}
