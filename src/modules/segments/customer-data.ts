import type { CustomerDataProvider } from '../customers/index.js';
import { customerSegments, forgetCustomer, membershipRecord } from './reads.js';

/**
 * Segments' part of a customer (src/server/customer-data.ts lists it): the segments they are in on
 * their page, their membership history in the export; erasure takes them out of every segment.
 */
export const segmentsCustomerData: CustomerDataProvider = {
  name: 'segments',
  summary: async (db, workspaceId, customerId) => ({
    segments: (await customerSegments(db, workspaceId, customerId)).map((row) => row.name),
  }),
  export: async (db, workspaceId, customerId) => ({
    memberships: await membershipRecord(db, workspaceId, customerId),
  }),
  erase: async (db, workspaceId, customerId) => ({
    memberships_closed: await forgetCustomer(db, workspaceId, customerId, new Date()),
  }),
};
