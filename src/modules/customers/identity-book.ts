import { RetainError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../db/connection.js';
import {
  insertIdentities,
  insertProfiles,
  ownersOfIdentities,
  setExternalIdsIfMissing,
  type IdentityKind,
} from './identity-queries.js';
import { resolveCustomerId, type Identities } from './identity.js';
import {
  erasedOwnerAt,
  findErasedIdentities,
  hashesOf,
  identityHash,
  type ErasedIdentity,
} from './erased-identities.js';

/**
 * `resolveCustomerId` for a whole page at once: the owners of every identity of the page are read
 * in one statement, each event is resolved in memory by the same rules and in log order, and the new
 * identities and profiles are written in one statement each (`flushBook`).
 */
export interface IdentityBook {
  /** `workspace\0kind\0value` → the live owner (merges followed). */
  owners: Map<string, string>;
  /** Profiles that have a userId (the shared-device rule). */
  withUser: Set<string>;
  /** Tombstones of the page's ids: an event from before their erasure joins the erased profile. */
  erased: ErasedIdentity[];
  claims: { w: string; k: IdentityKind; v: string; c: string }[];
  created: { id: string; w: string; e: string | null; at: string }[];
  externalIds: { w: string; id: string; e: string }[];
}

export interface IdentityRequest extends Identities {
  workspaceId: string;
}

const keyOf = (workspaceId: string, kind: IdentityKind, value: string) =>
  `${workspaceId}\u0000${kind}\u0000${value}`;

export function ownerIn(book: IdentityBook, workspaceId: string, kind: IdentityKind, value?: string | null) {
  return value ? book.owners.get(keyOf(workspaceId, kind, value)) : undefined;
}

/** Reads the live owners of every identity the requests name (one statement). */
export async function openIdentityBook(db: Db, requests: IdentityRequest[]): Promise<IdentityBook> {
  const book: IdentityBook = {
    owners: new Map(),
    withUser: new Set(),
    erased: [],
    claims: [],
    created: [],
    externalIds: [],
  };
  const wanted = new Map<string, { w: string; k: IdentityKind; v: string }>();
  for (const { workspaceId: w, userId, anonymousId } of requests) {
    if (userId) wanted.set(keyOf(w, 'user_id', userId), { w, k: 'user_id', v: userId });
    if (anonymousId)
      wanted.set(keyOf(w, 'anonymous_id', anonymousId), { w, k: 'anonymous_id', v: anonymousId });
  }
  if (!wanted.size) return book;
  book.erased = await findErasedIdentities(
    db,
    [...wanted.values()].map(({ w, k, v }) => identityHash(w, k, v)),
  );
  const rows = await ownersOfIdentities(db, [...wanted.values()]);
  for (const row of rows) {
    book.owners.set(keyOf(row.w, row.k, row.v), row.owner);
    if (row.has_user) book.withUser.add(row.owner);
  }
  return book;
}

function claim(book: IdentityBook, w: string, k: IdentityKind, v: string, owner: string): void {
  book.owners.set(keyOf(w, k, v), owner);
  if (k === 'user_id') book.withUser.add(owner);
  book.claims.push({ w, k, v, c: owner });
}

function create(book: IdentityBook, w: string, userId: string | null, anonymousId: string | null, at: Date) {
  const id = newId('customer');
  book.created.push({ id, w, e: userId, at: at.toISOString() });
  if (userId) claim(book, w, 'user_id', userId, id);
  if (anonymousId) claim(book, w, 'anonymous_id', anonymousId, id);
  return id;
}

/** `resolveCustomerId`'s rules, applied to the book; the writes wait for `flushBook`. */
export function resolveInBook(book: IdentityBook, workspaceId: string, ids: Identities, at: Date): string {
  const userId = ids.userId || null;
  const anonymousId = ids.anonymousId || null;
  if (!userId && !anonymousId) {
    throw new RetainError('parameter_missing', 'An event needs a userId or an anonymousId.', {
      param: 'userId',
    });
  }
  const userOwner = ownerIn(book, workspaceId, 'user_id', userId);
  const anonymousOwner = ownerIn(book, workspaceId, 'anonymous_id', anonymousId);
  const owner = userOwner ?? anonymousOwner;
  if (!owner) {
    const erased = erasedOwnerAt(book.erased, hashesOf(workspaceId, userId, anonymousId), at);
    return erased ?? create(book, workspaceId, userId, anonymousId, at);
  }
  if (userId && !userOwner && book.withUser.has(owner)) return create(book, workspaceId, userId, null, at);
  if (userId && !userOwner) {
    claim(book, workspaceId, 'user_id', userId, owner);
    book.externalIds.push({ w: workspaceId, id: owner, e: userId });
  }
  if (anonymousId && !anonymousOwner) claim(book, workspaceId, 'anonymous_id', anonymousId, owner);
  return owner;
}

/** Another transaction claimed one of the page's new identities first: the page is resolved one by one. */
export class IdentityRace extends Error {}

/** Writes the book's new identities, profiles and external ids; throws IdentityRace if an identity was taken. */
export async function flushBook(db: Db, book: IdentityBook): Promise<void> {
  const inserted = await insertIdentities(db, book.claims);
  if (inserted < book.claims.length) throw new IdentityRace('an identity was claimed concurrently');
  await insertProfiles(db, book.created);
  await setExternalIdsIfMissing(db, book.externalIds);
}

/**
 * `resolveCustomerId` for many events of one workspace, in order, with a bounded number of
 * statements; each request's `at` is its event's time (a new profile is first seen then).
 */
export async function resolveCustomerIds(
  db: Db,
  workspaceId: string,
  requests: (Identities & { at: Date })[],
): Promise<string[]> {
  try {
    return await db.transaction(async (savepoint) => {
      const book = await openIdentityBook(
        savepoint,
        requests.map((request) => ({ ...request, workspaceId })),
      );
      const ids = requests.map((request) => resolveInBook(book, workspaceId, request, request.at));
      await flushBook(savepoint, book);
      return ids;
    });
  } catch (error) {
    if (!(error instanceof IdentityRace)) throw error;
  }
  const ids: string[] = [];
  for (const request of requests) ids.push(await resolveCustomerId(db, workspaceId, request, request.at));
  return ids;
}
