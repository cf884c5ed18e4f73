import type { CustomerDataProvider } from '../customers/index.js';
import { customerRuns, forgetCustomerRuns, runHistory } from './runs-read.js';

/**
 * Journeys' part of a customer (src/server/customer-data.ts lists it): the journeys they are in on
 * their page, every run with its history in the export; erasure ends their runs and drops what the
 * runs carried (entry properties, coupon codes), keeping the anonymous counts the lift needs.
 */
export const journeysCustomerData: CustomerDataProvider = {
  name: 'journeys',
  summary: async (db, workspaceId, customerId) => ({
    journeys: (await customerRuns(db, workspaceId, customerId))
      .filter((run) => run.state !== 'ended')
      .map((run) => run.journeyName),
  }),
  export: async (db, workspaceId, customerId) =>
    Promise.all(
      (await customerRuns(db, workspaceId, customerId)).map(async (run) => ({
        journey: run.journeyName,
        run_id: run.id,
        entered_at: run.enteredAt,
        outcome: run.outcome,
        context: run.context,
        steps: await runHistory(db, run.id),
      })),
    ),
  erase: async (db, workspaceId, customerId) => ({
    runs_ended: await forgetCustomerRuns(db, workspaceId, customerId, new Date()),
  }),
};
