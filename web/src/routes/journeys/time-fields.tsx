import { useId } from 'react';
import { Field } from '../../components/Field.js';
import { useUi } from '../../ui.js';
import { NumberInput } from '../segments/inputs.js';
import type { Json } from './graph.js';

/** Days, hours and minutes; a part left empty is left out (the server wants at least a minute in all). */
export function DurationFields(props: {
  legend: string;
  value: Json | undefined;
  error: string | null;
  onChange: (value: Json) => void;
}) {
  const { t } = useUi();
  const value = props.value ?? {};
  const part = (key: 'days' | 'hours' | 'minutes') => (amount: number | undefined) => {
    const { [key]: _dropped, ...rest } = value;
    props.onChange(amount === undefined || amount === 0 ? rest : { ...rest, [key]: amount });
  };
  return (
    <fieldset className="journey-duration" aria-invalid={props.error ? true : undefined}>
      <legend>{props.legend}</legend>
      <div className="journey-row">
        <NumberInput label={t('journey_days')} value={value.days} min={0} step={1} onChange={part('days')} />
        <NumberInput
          label={t('journey_hours')}
          value={value.hours}
          min={0}
          step={1}
          onChange={part('hours')}
        />
        <NumberInput
          label={t('journey_minutes')}
          value={value.minutes}
          min={0}
          step={1}
          onChange={part('minutes')}
        />
      </div>
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

/** A time of day in the customer's zone, HH:MM. */
export function LocalTimeField(props: {
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  const { t } = useUi();
  return (
    <Field
      label={t('journey_local_time')}
      hint={t('journey_local_time_hint')}
      type="time"
      value={props.value}
      error={props.error}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

/** The weekdays a delay may end on (1 = Monday … 7 = Sunday); none ticked: any day. */
export function WeekdayFields(props: {
  value: number[] | undefined;
  onChange: (value: number[] | undefined) => void;
}) {
  const { t, language } = useUi();
  const id = useId();
  const chosen = new Set(props.value ?? []);
  // 2024-01-01 was a Monday: day n of that week named in the reader's language.
  const dayName = (day: number) =>
    new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));
  const toggle = (day: number, on: boolean) => {
    const next = [1, 2, 3, 4, 5, 6, 7].filter((one) => (one === day ? on : chosen.has(one)));
    props.onChange(next.length === 0 ? undefined : next);
  };
  return (
    <fieldset className="journey-weekdays" aria-describedby={`${id}-hint`}>
      <legend>{t('journey_weekdays')}</legend>
      {[1, 2, 3, 4, 5, 6, 7].map((day) => (
        <label key={day} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.has(day)}
            onChange={(event) => toggle(day, event.target.checked)}
          />
          {dayName(day)}
        </label>
      ))}
      <div id={`${id}-hint`} className="field-hint">
        {t('journey_weekdays_hint')}
      </div>
    </fieldset>
  );
}
