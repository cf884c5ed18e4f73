import { useUi } from '../ui.js';
import { Definition } from './Definition.js';

/** A KPI card: the figure, and its change against the previous period. */
export function Kpi(props: {
  label: string;
  value: number | null;
  previous: number | null;
  format: (value: number) => string;
  definition?: string | null;
  /** For rates the change is in percentage points, not relative. */
  rate?: boolean;
}) {
  const { t, fmt } = useUi();
  const { value, previous } = props;
  let change: string | null = null;
  let direction = 'flat';
  if (value !== null && previous !== null) {
    const delta = value - previous;
    const sign = delta > 0 ? '+' : '';
    if (props.rate) change = t('percentage_points', { change: `${sign}${fmt.number(delta * 100, 1)}` });
    else if (previous !== 0) change = `${sign}${fmt.percent(delta / Math.abs(previous))}`;
    // From zero a relative change is undefined: show the difference itself.
    else change = `${sign}${props.format(delta)}`;
    if (change) direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  }
  return (
    <div className="kpi">
      <div className="kpi-label">
        {props.label}
        {props.definition && <Definition term={props.label} text={props.definition} />}
      </div>
      <div className="kpi-value" data-testid={`kpi-${props.label}`}>
        {value === null ? t('none') : props.format(value)}
      </div>
      <div className={`kpi-change kpi-${direction}`}>
        {change ? t('vs_previous', { change }) : t('no_previous')}
      </div>
    </div>
  );
}
