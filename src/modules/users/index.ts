export { authenticateSession, csrfHeaderName } from './sessions.js';
export { sessionTokenOf } from './cookies.js';
export { signUpOwner } from './users.js';
export { issueSetupToken } from './setup-tokens.js';
export { userErrors } from './errors.js';
export { dashboardUserRole } from './creator-role.js';
export { pruneExpiredInvitations, pruneExpiredPasswordResets, pruneExpiredSessions } from './queries.js';
