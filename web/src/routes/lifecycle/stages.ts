import type { MessageKey } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';

const stageKeys: Record<string, MessageKey> = {
  prospect: 'stage_prospect',
  new: 'stage_new',
  repeat: 'stage_repeat',
  loyal: 'stage_loyal',
  at_risk: 'stage_at_risk',
  lapsed: 'stage_lapsed',
  reactivated: 'stage_reactivated',
};

/** A lifecycle stage's name in the current language (unknown stages keep their API name). */
export function useStageName(): (stage: string | null | undefined) => string {
  const { t } = useUi();
  return (stage) => (stage ? (stageKeys[stage] ? t(stageKeys[stage]) : stage) : t('none'));
}
