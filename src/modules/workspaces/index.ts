export {
  createWorkspace,
  ensureDefaultWorkspace,
  getWorkspace,
  updateWorkspace,
  updateWorkspaceSettings,
  someWorkspaceAllowsOrigin,
  workspaceAllowsOrigin,
  type Workspace,
  type WorkspaceChanges,
} from './workspaces.js';
export { workspaceErrors } from './errors.js';
export { workspacesRelation } from './relation.js';
