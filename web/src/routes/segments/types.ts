/**
 * The segments API's shapes as the dashboard reads them (`/v1/segments…`). A definition is kept
 * as the JSON the server stores: the builder edits it without narrowing it to the kinds it shows.
 */
export type Json = Record<string, unknown>;

export type FieldType = 'text' | 'number' | 'money' | 'boolean' | 'date';

export interface Rebuild {
  done: number;
  total: number | null;
  started_at: string;
  finished_at: string | null;
}

export interface Segment {
  id: string;
  object: 'segment';
  name: string;
  description: string | null;
  definition: Json;
  explanation: string;
  ready_made: string | null;
  status: 'building' | 'live';
  members: number;
  rebuild: Rebuild | null;
  created_at: string;
  updated_at: string;
}

export interface SegmentDraft {
  name: string;
  description?: string | null;
  definition: Json;
}

export interface Preview {
  count: number;
  sample: { id: string; email: string | null; name: string | null }[];
  explanation: string;
}

export interface Member {
  customer_id: string;
  email: string | null;
  name: string | null;
  entered_at: string;
}

export interface MembersPage {
  object: 'list';
  data: Member[];
  has_more: boolean;
}

export interface HistoryPoint {
  date: string;
  members: number;
}

export interface CustomerSegment {
  segment_id: string;
  name: string;
  entered_at: string;
}

export interface FieldInfo {
  field: string;
  type: FieldType;
  family: string;
  values?: string[];
}

/** What a condition can name: the catalogue, the workspace's traits, events and other segments. */
export interface FieldCatalogue {
  fields: FieldInfo[];
  operators: Partial<Record<FieldType, string[]>>;
  traits: string[];
  events: string[];
  segments: { id: string; name: string }[];
}
