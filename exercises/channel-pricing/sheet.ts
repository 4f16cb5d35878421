/**
 * The price chain as a spreadsheet (导出 Excel / 导出 CSV): the settings, the chain per tier
 * (prices, unit margin, margin and markup), the quantity bands and the order, and the
 * scenarios with their whole chains. Money in yuan with two decimals, rates as real fractions
 * shown as percents. Pure; loaded on export.
 */
import type { WorksheetDocument } from '../core/document';
import { fieldsSheet, num, text, type Cell, type Sheet } from '../core/sheets';
import { computeChain, type ChainResult, type TierRow } from './chain';
import { TABLE, TIERS } from './chain-strings';
import { fieldValue, RULE, type Decimal } from './money';
import { computeScenarios } from './scenarios';
import { SCENARIO } from './scenario-strings';
import type { ChannelPricingData } from './schema';
import { SHEET } from './sheet-strings';
import { SETUP, tierName } from './strings';
import { computeVolume } from './volume';
import { VOLUME } from './volume-strings';

const money = (value: Decimal | null | undefined): Cell => num(value?.toNumber(), '0.00');
const rate = (value: Decimal | null | undefined): Cell => num(value?.toNumber(), '0.0%');

function setupSheet(doc: WorksheetDocument<ChannelPricingData>, chain: ChainResult): Sheet {
  const { data } = doc;
  const ctx = chain.context;
  const basis = SETUP[data.priceBasis];
  const retailMinus = data.method === 'retail-minus';
  return fieldsSheet(SHEET.setup, doc, [
    [SETUP.method, text(retailMinus ? SETUP.retailMinus : SETUP.costPlus)],
    [SETUP.basis, text(basis)],
    [SHEET.unitCost, money(ctx.cost)],
    [
      SHEET.money(retailMinus ? SETUP.retailPrice : SETUP.computedRetail, basis),
      retailMinus
        ? money(fieldValue(data.retailPrice, RULE.money))
        : money(chain.ok ? chain.retail : null),
    ],
    [SETUP.vatRate, rate(ctx.vat)],
    [SETUP.ending, text(SETUP.endings[data.ending])],
    // 审批权限: the deepest discount each role may approve, as typed (a ratio, shown as %).
    ...ctx.approvals.map(({ role, limit }): [string, Cell] => [SHEET.approval(role), rate(limit)]),
  ]);
}

/** One row per tier: name, prices, unit margin, margin, markup. */
function tierCells(row: TierRow): Cell[] {
  return [
    text(tierName(row.name, row.index)),
    money(row.buy),
    money(row.sell),
    money(row.unitMargin),
    rate(row.margin),
    rate(row.markup),
  ];
}

function chainSheet(chain: ChainResult, basis: string): Sheet {
  return {
    name: SHEET.chain,
    columns: [
      { header: TABLE.tier },
      { header: SHEET.role, width: 24 },
      { header: SHEET.money(TABLE.buy, basis) },
      { header: SHEET.money(TABLE.sell, basis) },
      { header: SHEET.money(TABLE.unitMargin, basis) },
      { header: TABLE.margin },
      { header: TABLE.markup },
      { header: SHEET.money(SHEET.floor, basis) },
      { header: SHEET.checks, width: 50 },
    ],
    rows: chain.ok
      ? chain.rows.map((row) => {
          const [name, ...figures] = tierCells(row);
          return [
            name,
            text(TIERS.role[row.role]),
            ...figures,
            // 最低限价 of this tier's buying price: only where the company supplies it.
            money(chain.context.floors[row.index]),
            text(row.issues.map((i) => i.message).join('；')),
          ];
        })
      : [[text(TIERS.tooFew)]],
  };
}

function volumeSheets(data: ChannelPricingData, chain: ChainResult, basis: string): Sheet[] {
  const volume = computeVolume(data, chain);
  const name = tierName(data.tiers[volume.tierIndex]?.name ?? '', volume.tierIndex);
  const seller = volume.ok ? tierName(data.tiers[volume.sellerIndex].name, volume.sellerIndex) : '';
  const bands: Sheet = {
    name: SHEET.volume,
    columns: [
      { header: SHEET.from },
      { header: SHEET.to },
      { header: VOLUME.discount },
      { header: SHEET.money(VOLUME.price, basis) },
      { header: SHEET.money(VOLUME.unitMargin(seller), basis) },
      { header: VOLUME.margin(seller) },
    ],
    rows: volume.ok
      ? volume.bands.map((band) => [
          num(band.above + 1, '#,##0'),
          num(band.upTo, '#,##0'),
          band.factor
            ? num(band.factor.value.times(10).toNumber(), 'General')
            : text(VOLUME.noDiscount),
          money(band.price),
          money(band.seller.unitMargin),
          rate(band.seller.margin),
        ])
      : [[text(VOLUME.noPrice(name))]],
  };
  const order = volume.ok ? volume.order : null;
  const orders: Sheet = {
    name: SHEET.order,
    columns: [
      { header: VOLUME.method },
      { header: VOLUME.quantity },
      { header: VOLUME.total },
      { header: VOLUME.average },
    ],
    rows: order
      ? [
          [
            text(VOLUME.allUnits),
            num(order.quantity, '#,##0'),
            money(order.allUnits.total),
            money(order.allUnits.price),
          ],
          [
            text(VOLUME.tiered),
            num(order.quantity, '#,##0'),
            money(order.tiered.total),
            money(order.tiered.average),
          ],
        ]
      : [[text(volume.ok ? VOLUME.needQuantity : VOLUME.noPrice(name))]],
  };
  return [bands, orders];
}

function scenarioSheets(data: ChannelPricingData, chain: ChainResult, basis: string): Sheet[] {
  const results = computeScenarios(chain, data.scenarios);
  const label = (name: string, i: number) => name.trim() || SCENARIO.fallbackName(i + 1);
  const scenarios: Sheet = {
    name: SHEET.scenarios,
    columns: [
      { header: SCENARIO.name },
      { header: SCENARIO.tier },
      { header: SCENARIO.extraOff.replace('（%）', '') },
      { header: SHEET.fromPrice },
      { header: SHEET.toPrice },
    ],
    rows: results.map((r, i) => [
      text(label(r.name, i)),
      text(tierName(data.tiers[r.tierIndex]?.name ?? '', r.tierIndex)),
      rate(r.extra),
      money(r.from),
      money(r.to),
    ]),
  };
  const compareRows = (name: string, rows: readonly TierRow[] | null): Cell[][] =>
    (rows ?? []).map((row) => [text(name), ...tierCells(row)]);
  const compare: Sheet = {
    name: SHEET.compare,
    columns: [
      { header: SCENARIO.name },
      { header: TABLE.tier },
      { header: SHEET.money(TABLE.buy, basis) },
      { header: SHEET.money(TABLE.sell, basis) },
      { header: SHEET.money(TABLE.unitMargin, basis) },
      { header: TABLE.margin },
      { header: TABLE.markup },
    ],
    rows: [
      ...compareRows(SCENARIO.base, chain.ok ? chain.rows : null),
      ...results.flatMap((r, i) => compareRows(label(r.name, i), r.rows)),
    ],
  };
  return [scenarios, compare];
}

export function channelPricingSheets(doc: WorksheetDocument<ChannelPricingData>): Sheet[] {
  const chain = computeChain(doc.data);
  const basis = SETUP[doc.data.priceBasis];
  return [
    setupSheet(doc, chain),
    chainSheet(chain, basis),
    ...volumeSheets(doc.data, chain, basis),
    ...scenarioSheets(doc.data, chain, basis),
  ];
}
