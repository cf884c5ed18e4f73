export {
  createWorkspace,
  ensureDefaultWorkspace,
  getWorkspace,
  updateWorkspace,
  updateWorkspaceSettings,
  isTimeZone,
  canonicalLocale,
  type Workspace,
  type WorkspaceChanges,
} from './workspaces.js';
export { workspaceRoutes } from './routes.js';
