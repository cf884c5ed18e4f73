import { RetainError } from '../../../core/errors.js';
import { earnRulesLiveMax, rewardsLiveMax, tiersLiveMax } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { countLiveLocked, type CappedTable } from './caps.queries.js';

const caps: Record<CappedTable, { max: number; refusal: () => RetainError }> = {
  earn_rules: {
    max: earnRulesLiveMax,
    refusal: () =>
      new RetainError(
        'earn_rules_limit_reached',
        `A workspace has at most ${earnRulesLiveMax} live earn rules; archive one before adding another.`,
      ),
  },
  loyalty_tiers: {
    max: tiersLiveMax,
    refusal: () =>
      new RetainError(
        'tiers_limit_reached',
        `A workspace has at most ${tiersLiveMax} tiers; delete one before adding another.`,
      ),
  },
  loyalty_rewards: {
    max: rewardsLiveMax,
    refusal: () =>
      new RetainError(
        'rewards_limit_reached',
        `A workspace has at most ${rewardsLiveMax} live rewards; archive one before adding another.`,
      ),
  },
};

/** Inside the creating transaction: refuses a row past the workspace's cap on the table. */
export async function refuseBeyondCap(tx: Db, workspaceId: string, table: CappedTable): Promise<void> {
  const cap = caps[table];
  if ((await countLiveLocked(tx, workspaceId, table)) >= cap.max) throw cap.refusal();
}
