import type { Translate } from '../../i18n/catalogue.js';
import { pathsOf, type GraphNode, type Json } from './graph.js';
import { wordOr } from './words.js';

/** A duration in short words: "1 d 4 h". */
function durationText(t: Translate, value: unknown): string {
  const duration = (value ?? {}) as { days?: number; hours?: number; minutes?: number };
  const parts = [
    duration.days ? t('journey_short_days', { n: duration.days }) : '',
    duration.hours ? t('journey_short_hours', { n: duration.hours }) : '',
    duration.minutes ? t('journey_short_minutes', { n: duration.minutes }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : t('journey_short_none');
}

/** What a node does, in a line short enough for its box on the drawing. */
export function nodeSummary(t: Translate, node: GraphNode): string {
  switch (node.type) {
    case 'message': {
      const template = (node.template ?? {}) as Json;
      const channel = wordOr(t, `channel_${String(node.channel)}`, String(node.channel));
      if ('library' in template) return `${channel} · ${String(template.library || '—')}`;
      const count = Object.keys((template.by_language ?? {}) as Json).length;
      return `${channel} · ${t('journey_summary_languages', { n: count })}`;
    }
    case 'delay':
      if (node.until_time) return t('journey_summary_until', { at: String((node.until_time as Json).at) });
      if (node.until_date) return t('journey_summary_until', { at: String((node.until_date as Json).field) });
      return durationText(t, node.for);
    case 'wait':
      return t('journey_summary_wait', { event: String(node.event), timeout: durationText(t, node.timeout) });
    case 'branch':
      return t('journey_summary_branch');
    case 'split':
      return pathsOf(node)
        .map((path) => `${path.percent}%`)
        .join(' / ');
    case 'points':
      return t('journey_summary_points', { points: Number(node.points) || 0 });
    case 'coupon':
      return String(node.name ?? '');
    case 'trait':
      return `${String(node.trait)} = ${String(node.value)}`;
    case 'event':
      return String(node.event ?? '');
    case 'exit':
      return t('journey_summary_exit');
  }
}
