import type { MessageKey, Translate } from './catalogue.js';

const segmentKeys: Record<string, MessageKey> = {
  Champions: 'rfm_segment_champions',
  Loyal: 'rfm_segment_loyal',
  'Potential Loyalist': 'rfm_segment_potential_loyalist',
  New: 'rfm_segment_new',
  Promising: 'rfm_segment_promising',
  'Need Attention': 'rfm_segment_need_attention',
  'About to Sleep': 'rfm_segment_about_to_sleep',
  'At Risk': 'rfm_segment_at_risk',
  "Can't Lose": 'rfm_segment_cant_lose',
  Hibernating: 'rfm_segment_hibernating',
  Lost: 'rfm_segment_lost',
};

/** An RFM segment, which the API names in English, in the reader's language (a segment it adds later keeps its name). */
export function segmentName(t: Translate, segment: string): string {
  const key = segmentKeys[segment];
  return key ? t(key) : segment;
}
