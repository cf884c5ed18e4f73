import type { MessageKey, Translate } from '../../i18n/catalogue.js';
import { broadcastInFlight, type Broadcast } from '../../hooks/messages.js';
import { useUi } from '../../ui.js';

/** Where a broadcast is, as a marketer reads it: the API's status with "its messages are all out" added. */
export type BroadcastPhase = 'scheduled' | 'enqueuing' | 'sending' | 'finished' | 'canceled';

type Counted = Pick<Broadcast, 'status' | 'enqueued_count' | 'messages'>;

export function broadcastPhase(broadcast: Counted): BroadcastPhase {
  if (broadcast.status === 'scheduled' || broadcast.status === 'canceled' || broadcast.status === 'enqueuing')
    return broadcast.status;
  return broadcastInFlight(broadcast) ? 'sending' : 'finished';
}

export function phaseName(t: Translate, phase: BroadcastPhase): string {
  return t(`broadcast_phase_${phase}` satisfies MessageKey);
}

/** Messages a provider took (delivered ones were sent first). */
export function sentCount(broadcast: Counted): number {
  return broadcast.messages.sent + broadcast.messages.delivered;
}

/** Messages in the outbox that have an outcome: everything but those waiting or being handed over. */
function settledCount(broadcast: Counted): number {
  return broadcast.enqueued_count - broadcast.messages.queued - broadcast.messages.sending;
}

/** A bar of the messages that have an outcome out of those enqueued, with the figures in words. */
export function BroadcastProgress({ broadcast, compact }: { broadcast: Counted; compact?: boolean }) {
  const { t, fmt } = useUi();
  const phase = broadcastPhase(broadcast);
  if (phase === 'scheduled' || phase === 'canceled' || broadcast.enqueued_count === 0) {
    return <span className="muted">{phase === 'finished' ? t('broadcast_nobody') : t('none')}</span>;
  }
  const settled = Math.max(0, settledCount(broadcast));
  const share = settled / broadcast.enqueued_count;
  const words = t('broadcast_progress_of', {
    done: fmt.number(settled),
    total: fmt.number(broadcast.enqueued_count),
  });
  return (
    <div className={compact ? 'broadcast-progress compact' : 'broadcast-progress'}>
      <progress value={settled} max={broadcast.enqueued_count} aria-label={t('broadcast_progress')}>
        {fmt.percent(share)}
      </progress>
      <span>
        {fmt.percent(share)}
        {!compact && ` · ${words}`}
      </span>
      {phase === 'enqueuing' && <span className="muted"> {t('broadcast_still_enqueuing')}</span>}
    </div>
  );
}
