/**
 * The saved shape of a 客户分级与流失预警 (schema version 1). Numbers are kept as the text the
 * learner typed ("1,200", "１５") and read when used, so nothing typed is lost; a dimension's
 * score is "" (not scored yet) or "1"–"5". Every text and list has the size limits of
 * core/limits.ts.
 */
import * as v from 'valibot';
import { ROWS_MAX } from '../core/limits';
import { id, list, text } from '../core/schema-limits';
import { SIGNALS } from './shape';

export const CustomerSchema = v.object({
  id: id(),
  name: text(),
  /** 年销售额, in the unit the learner chose (万元 in the example). */
  revenue: text(),
  /** 当前销售额, 未来潜力, 战略价值, 合作稳定性: "" or "1"–"5". */
  sales: text(),
  potential: text(),
  strategic: text(),
  stability: text(),
  /** The warning signals ticked this month. */
  signals: list(v.picklist(SIGNALS), SIGNALS.length),
  /**
   * Optional figures of the last 3 months and of the same months a year before: orders (a
   * count) and purchases (money). With both of a pair, they decide 订货频次下降 or 订单金额减少
   * in place of the tick.
   */
  orders3m: text(),
  ordersPrior: text(),
  purchase3m: text(),
  purchasePrior: text(),
  /** 挽回措施, its owner and due date (YYYY-MM-DD or empty), for 黄 and 红. */
  action: text(),
  owner: text(),
  due: text(),
});

export const GradingSchema = v.object({
  /** 团队或区域 and the date of the review. */
  team: text(),
  reviewed: text(),
  customers: list(CustomerSchema, ROWS_MAX),
});

export type Customer = v.InferOutput<typeof CustomerSchema>;
export type GradingData = v.InferOutput<typeof GradingSchema>;
