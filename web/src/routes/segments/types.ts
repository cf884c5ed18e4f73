import type { Answer } from '../../api/client.js';
import type { paths } from '../../api/schema.js';

/**
 * The segments API's shapes, from its OpenAPI document. A definition is kept as the JSON the
 * server stores: the builder edits it without narrowing it to the kinds it shows.
 */
export type Json = Record<string, unknown>;

export type Segment = Answer<'/v1/segments/{id}', 'get'>;
export type SegmentDraft = paths['/v1/segments']['post']['requestBody']['content']['application/json'];
export type FieldCatalogue = Answer<'/v1/segments/fields', 'get'>;
export type FieldType = FieldCatalogue['fields'][number]['type'];
