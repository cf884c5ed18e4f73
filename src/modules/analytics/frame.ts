import type { Db } from '../../db/connection.js';
import { getWorkspace } from '../workspaces/index.js';
import { settingsFrom, type AnalyticsSettings } from './settings.js';

/** What every analytics computation needs to know about the workspace. */
export interface WorkspaceFrame {
  workspaceId: string;
  tz: string;
  currency: string;
  settings: AnalyticsSettings;
}

export async function workspaceFrame(db: Db, workspaceId: string): Promise<WorkspaceFrame> {
  const workspace = await getWorkspace(db, workspaceId);
  return {
    workspaceId,
    tz: workspace.timezone,
    currency: workspace.currency,
    settings: settingsFrom(workspace.settings['analytics']),
  };
}
