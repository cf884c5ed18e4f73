import type { ApiError } from '../../api/client.js';
import { fieldErrorText } from '../../components/States.js';
import { catalogue, type Language, type MessageKey, type Translate } from '../../i18n/catalogue.js';
import { segmentName } from '../../i18n/segments.js';

const isKey = (key: string): key is MessageKey => key in catalogue.en;

const wordOr = (t: Translate, key: string, fallback: string) => (isKey(key) ? t(key) : fallback);

/** A catalogue field (`orders.count`) in words; a trait is its own name. */
export function fieldLabel(t: Translate, field: string): string {
  if (field.startsWith('traits.')) return field.slice('traits.'.length);
  return wordOr(t, `segment_field_${field.replace('.', '_')}`, field);
}

/** The group a field is listed under in the picker (profile, orders, scores…). */
export const familyLabel = (t: Translate, family: string) => wordOr(t, `segment_family_${family}`, family);

/** A ready-made segment retain cannot build yet, by its key, in words; the server's English name otherwise. */
export const readyMadeName = (t: Translate, key: string, name: string) =>
  wordOr(t, `segment_ready_made_${key}`, name);

export const operatorLabel = (t: Translate, op: string) => wordOr(t, `segment_op_${op}`, op);

const stageKeys: Record<string, MessageKey> = {
  prospect: 'stage_prospect',
  new: 'stage_new',
  repeat: 'stage_repeat',
  loyal: 'stage_loyal',
  at_risk: 'stage_at_risk',
  lapsed: 'stage_lapsed',
  reactivated: 'stage_reactivated',
};

/** One of a field's fixed values in words: a lifecycle stage, an RFM segment; others as written. */
export function valueLabel(t: Translate, field: string, value: string): string {
  if (field === 'lifecycle.stage') return stageKeys[value] ? t(stageKeys[value]) : value;
  if (field === 'rfm.segment') return segmentName(t, value);
  return value;
}

/**
 * A refusal beside the part of a condition it names. The server's sentence is English; English
 * readers also get its detail ("must be a whole number from 1 to 3650."), others the sentence in
 * their language alone.
 */
export function conditionErrorText(t: Translate, language: Language, error: ApiError): string {
  const text = fieldErrorText(t, error, error.param ?? '') ?? t('error_field_invalid');
  if (language !== 'en' || !error.param || !error.message.startsWith(`${error.param} `)) return text;
  return `${text} (${error.message.slice(error.param.length + 1)})`;
}
