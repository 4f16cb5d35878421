/** The input rules of this worksheet's number fields (core/numbers.ts kinds). */
import { quantityInput } from '../core/numbers';

export const MONEY_INPUT = quantityInput('money');
export const PROBABILITY_INPUT = quantityInput('percent', { min: 0, max: 100 });
