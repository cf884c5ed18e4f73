import type { CustomerDataProvider } from '../customers/index.js';
import { customerScores, currentModelAsOf } from './reports/index.js';
import { predictionState, stageHistoryOf } from './scoring/index.js';

/**
 * Analytics' part of a customer (src/server/customer-data.ts lists it): stage, RFM segment and
 * predictions on the profile; scores and stage history in the export. Scores are derived numbers
 * without personal data, so erasure leaves them.
 */
export const analyticsCustomerData: CustomerDataProvider = {
  name: 'analytics',
  summary: async (db, workspaceId, customerId) => {
    const scores = await customerScores(db, workspaceId, customerId);
    if (scores) return { ...scores };
    const state = predictionState(null, await currentModelAsOf(db, workspaceId));
    return { object: 'customer_scores', stage: 'prospect', prediction_state: state };
  },
  export: async (db, workspaceId, customerId) => ({
    scores: await customerScores(db, workspaceId, customerId),
    stage_history: (await stageHistoryOf(db, workspaceId, customerId)).map((row) => ({
      from_stage: row.from_stage,
      to_stage: row.to_stage,
      changed_at: new Date(row.changed_at).toISOString(),
    })),
  }),
  erase: async () => ({}),
};
