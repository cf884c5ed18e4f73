import { RetainError, notFound } from '../../../core/errors.js';
import type { Db } from '../../../db/connection.js';
import { findCustomerRef } from '../../customers/index.js';
import { workspaceFrame } from '../frame.js';
import { localDayNumber } from '../calendar.js';
import {
  dateAfter,
  nextPurchase,
  type TimeUnit,
  clvHorizonMonths,
  historyInUnits,
  tryPredict,
  modelOf,
  latestDoneModelFit,
} from '../clv/index.js';
import { customerAggregates } from '../aggregates.queries.js';
import { AggregateBuilder, dayHistory } from './scoring.js';
import { predictionState } from './prediction-state.js';

/** A customer the model has no history of: an answer, not an error. */
export interface NotEnoughHistory {
  object: 'customer_predictions';
  state: 'not_enough_history';
  customer_id: string;
  model_id: string;
  as_of: string;
}

export interface CustomerPredictions {
  object: 'customer_predictions';
  state: 'predicted';
  customer_id: string;
  model_id: string;
  as_of: string;
  time_unit: TimeUnit;
  history: {
    orders: number;
    frequency: number;
    recency: number;
    T: number;
    mean_repeat_order_value_minor: number;
  };
  probability_alive: number;
  expected_purchases: { days_30: number; days_90: number; days_365: number };
  expected_order_value_minor: number | null;
  clv_12_months_minor: number | null;
  clv_horizon_months: number;
  monthly_discount_rate: number;
  expected_next_order_at: string;
}

/**
 * A customer's predictions from their history up to the current model's as_of (a model fitted as
 * of a past date predicts from that date, as the calibration/holdout split of the literature does).
 */
export async function customerPredictions(
  db: Db,
  workspaceId: string,
  ref: string,
): Promise<CustomerPredictions | NotEnoughHistory> {
  const customerId = await findCustomerRef(db, workspaceId, ref);
  if (!customerId) throw notFound('customer', ref);
  const fit = await latestDoneModelFit(db, workspaceId);
  if (!fit) throw new RetainError('model_not_fitted', 'No CLV model has been fitted for this workspace yet.');
  const model = modelOf(fit);
  const frame = await workspaceFrame(db, workspaceId);
  const [row] = await customerAggregates(db, workspaceId, frame.tz, model.asOf, [customerId]);
  if (!row || predictionState(new Date(row.first_at_ms), model.asOf) !== 'predicted') {
    return {
      object: 'customer_predictions',
      state: 'not_enough_history',
      customer_id: customerId,
      model_id: model.id,
      as_of: model.asOf.toISOString(),
    };
  }
  const builder = new AggregateBuilder();
  builder.add([row]);
  const history = dayHistory(builder.build(), 0, await localDayNumber(db, frame.tz, model.asOf));
  const rate = frame.settings.monthly_discount_rate;
  const p = tryPredict(model, history, rate);
  if (!p) {
    throw new RetainError(
      'prediction_not_computable',
      `The current model (${model.id}) cannot give customer '${ref}' a prediction; refit it, e.g. with a penalizer.`,
      { param: 'id' },
    );
  }
  const inUnits = historyInUnits(history, model.timeUnit);
  const next = nextPurchase(model.bgNbd, inUnits);
  return {
    object: 'customer_predictions',
    state: 'predicted',
    customer_id: customerId,
    model_id: model.id,
    as_of: model.asOf.toISOString(),
    time_unit: model.timeUnit,
    history: {
      orders: row.orders,
      frequency: inUnits.x,
      recency: inUnits.tx,
      T: inUnits.T,
      mean_repeat_order_value_minor: Math.round(history.meanRepeatValueMinor),
    },
    probability_alive: p.probabilityAlive,
    expected_purchases: { days_30: p.expected30, days_90: p.expected90, days_365: p.expected365 },
    expected_order_value_minor: Number.isFinite(p.expectedOrderValueMinor)
      ? Math.round(p.expectedOrderValueMinor)
      : null,
    clv_12_months_minor: Number.isFinite(p.clvMinor) ? Math.round(p.clvMinor) : null,
    clv_horizon_months: clvHorizonMonths,
    monthly_discount_rate: rate,
    expected_next_order_at: dateAfter(model.asOf, next.medianWait, model.timeUnit).toISOString(),
  };
}
