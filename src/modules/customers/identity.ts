import { RetainError } from '../../core/errors.js';
import { hasPrefix, newId } from '../../core/ids.js';
import { customerMergeHopsMax } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { erasedOwnerAt, findErasedIdentities, hashesOf } from './erased-identities.js';
import {
  claimIdentity,
  findCustomerById,
  findIdentityOwners,
  findUserIdOwner,
  insertCustomer,
  setExternalIdIfMissing,
} from './identity-queries.js';
import { hasUserIdentity } from './profile-queries.js';

export interface Identities {
  userId?: string | null | undefined;
  anonymousId?: string | null | undefined;
}

/**
 * Finds or creates the profile these identities belong to. Idempotent and safe under concurrency:
 * identities are claimed with ON CONFLICT, so two transactions racing on a new userId end on one
 * profile. When userId and anonymousId already belong to two profiles it answers the userId's and
 * leaves merging to the customers consumer (`identify`/`alias`). Pass the transaction handle.
 */
export async function resolveCustomerId(
  db: Db,
  workspaceId: string,
  ids: Identities,
  at: Date,
): Promise<string> {
  const userId = ids.userId || null;
  const anonymousId = ids.anonymousId || null;
  if (!userId && !anonymousId) {
    throw new RetainError('parameter_missing', 'An event needs a userId or an anonymousId.', {
      param: 'userId',
    });
  }
  const owners = await findIdentityOwners(db, workspaceId, userId, anonymousId);
  let owner = owners.user ?? owners.anonymous;
  if (!owner) {
    const hashes = hashesOf(workspaceId, userId, anonymousId);
    const erased = erasedOwnerAt(await findErasedIdentities(db, hashes), hashes, at);
    return erased ?? createProfile(db, workspaceId, userId, anonymousId, at);
  }
  // A new userId on a device already signed in as someone else is another person, not a new id
  // of the same one: they get their own profile and the device stays where it was.
  if (userId && !owners.user && (await hasUserIdentity(db, workspaceId, owner))) {
    return createProfile(db, workspaceId, userId, null, at);
  }
  if (userId && !owners.user) {
    const claim = await claimIdentity(db, workspaceId, 'user_id', userId, owner);
    if (claim.claimed) await setExternalIdIfMissing(db, workspaceId, owner, userId);
    owner = claim.owner;
  }
  if (anonymousId && !owners.anonymous)
    await claimIdentity(db, workspaceId, 'anonymous_id', anonymousId, owner);
  return owner;
}

async function createProfile(
  db: Db,
  workspaceId: string,
  userId: string | null,
  anonymousId: string | null,
  at: Date,
): Promise<string> {
  const id = newId('customer');
  const first = await claimIdentity(
    db,
    workspaceId,
    userId ? 'user_id' : 'anonymous_id',
    (userId ?? anonymousId)!,
    id,
  );
  if (!first.claimed) return resolveCustomerId(db, workspaceId, { userId, anonymousId }, at);
  await insertCustomer(db, { id, workspaceId, externalId: userId, seenAt: at });
  if (userId && anonymousId) await claimIdentity(db, workspaceId, 'anonymous_id', anonymousId, id);
  return id;
}

/** `cus_…` or the shop's own userId → the live customer id (following merges), or null. */
export async function findCustomerRef(db: Db, workspaceId: string, ref: string): Promise<string | null> {
  let id = hasPrefix(ref, 'customer') ? ref : null;
  if (id && !(await findCustomerById(db, workspaceId, id))) id = null;
  id ??= await findUserIdOwner(db, workspaceId, ref);
  for (let hop = 0; id && hop < customerMergeHopsMax; hop++) {
    const row = await findCustomerById(db, workspaceId, id);
    if (!row) return null;
    if (!row.mergedInto) return row.id;
    id = row.mergedInto;
  }
  return null;
}
