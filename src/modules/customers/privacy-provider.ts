import type { Db } from '../../db/connection.js';

/**
 * What another module holds about a customer, offered to the customer's detail view, export and
 * erasure. A module implements this in its own folder and is listed once, in
 * src/server/customer-data.ts; customers never imports the module itself.
 */
export interface CustomerDataProvider {
  /** Its key in the customer, the export (`modules.<name>`) and the erasure counts. */
  name: string;
  /** A few numbers for the customer's detail view (e.g. orders count and revenue). */
  summary?(db: Db, workspaceId: string, customerId: string): Promise<Record<string, unknown>>;
  /** Everything it holds about the person, for a data-subject access request. */
  export(db: Db, workspaceId: string, customerId: string): Promise<unknown>;
  /** Removes personal data, keeps anonymous aggregates; answers counts of what it changed. */
  erase(db: Db, workspaceId: string, customerId: string): Promise<Record<string, number>>;
}
