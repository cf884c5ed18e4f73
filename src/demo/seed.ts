import type { Db } from '../db/connection.js';
import { getWorkspace, updateWorkspace, updateWorkspaceSettings } from '../modules/workspaces/index.js';
import { hasOrders } from '../modules/orders/index.js';
import type { DemoOptions, DemoShop } from './simulate.js';

/** What the workspace records about the demo it holds (`settings.demo`). */
export interface DemoMarker {
  seed: number;
  customers: number;
  currency: string;
  today: string;
  status: 'seeding' | 'ready';
}

export async function demoMarker(db: Db, workspaceId: string): Promise<DemoMarker | null> {
  const workspace = await getWorkspace(db, workspaceId);
  return (workspace.settings.demo as DemoMarker | undefined) ?? null;
}

/** Orders of the shop's own: the demo never writes beside real data. */
export const holdsOwnData = (db: Db, workspaceId: string) => hasOrders(db, workspaceId);

/**
 * Makes the workspace the demo shop's (name, currency, zone, locale) and marks it as a demo
 * being seeded, before any event lands: a crash half-way still leaves it recognisably the demo's.
 */
export async function prepareDemoWorkspace(
  db: Db,
  workspaceId: string,
  shop: DemoShop,
  options: DemoOptions,
) {
  const { profile } = shop;
  await updateWorkspace(
    db,
    workspaceId,
    {
      name: profile.shopName,
      currency: profile.currency,
      timezone: profile.timezone,
      locale: profile.locale,
    },
    hasOrders,
  );
  await setMarker(db, workspaceId, options, 'seeding');
}

export async function setMarker(
  db: Db,
  workspaceId: string,
  options: DemoOptions,
  status: DemoMarker['status'],
) {
  const marker: DemoMarker = {
    seed: options.seed,
    customers: options.customers,
    currency: options.currency,
    today: options.today.toISOString(),
    status,
  };
  await updateWorkspaceSettings(db, workspaceId, 'demo', marker);
}
