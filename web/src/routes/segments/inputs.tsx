import { useEffect, useId, useState } from 'react';
import { Field } from '../../components/Field.js';

/**
 * A number the marketer types: the text is theirs while they type ("12." stays), the condition gets
 * the number it reads as, or undefined while it reads as none (the live count then says why).
 * `scale` shows minor units as major ones (money: 1250 minor is 12.50).
 */
export function NumberInput(props: {
  label: string;
  value: unknown;
  onChange: (value: number | undefined) => void;
  error?: string | null;
  hint?: string;
  scale?: number;
  min?: number;
  step?: number | 'any';
}) {
  const scale = props.scale ?? 1;
  const shown = typeof props.value === 'number' ? String(props.value / scale) : '';
  const [text, setText] = useState(shown);
  // A change from outside (another operator's default) replaces what is typed; the reader's own typing does not.
  useEffect(() => {
    setText((current) => (readNumber(current, scale) === props.value ? current : shown));
  }, [shown, props.value, scale]);
  return (
    <Field
      label={props.label}
      type="number"
      inputMode="decimal"
      min={props.min}
      step={props.step ?? 'any'}
      value={text}
      error={props.error}
      hint={props.hint}
      onChange={(event) => {
        setText(event.target.value);
        props.onChange(readNumber(event.target.value, scale));
      }}
    />
  );
}

function readNumber(text: string, scale: number): number | undefined {
  if (text.trim() === '') return undefined;
  const number = Number(text);
  if (!Number.isFinite(number)) return undefined;
  return scale === 1 ? number : Math.round(number * scale);
}

/** A select with its options in named groups (the field picker by family). */
export function GroupedSelect(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  groups: { label: string; options: { value: string; label: string }[] }[];
  error?: string | null;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-note` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {props.error && (
        <div id={`${id}-note`} className="field-error">
          {props.error}
        </div>
      )}
    </div>
  );
}

/** A select whose error, when the server names it, sits beside it. */
export function Choice(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string | null;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-note` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.error && (
        <div id={`${id}-note`} className="field-error">
          {props.error}
        </div>
      )}
    </div>
  );
}
