import { useId, type TextareaHTMLAttributes } from 'react';

/** A labelled textarea; like Field, its hint or error is tied to it for screen readers. */
export function TextArea(
  props: TextareaHTMLAttributes<HTMLTextAreaElement> & {
    label: string;
    hint?: string;
    error?: string | null;
  },
) {
  const { label, hint, error, ...area } = props;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={hint || error ? `${id}-note` : undefined}
        {...area}
      />
      {(hint || error) && (
        <div id={`${id}-note`} className={error ? 'field-error' : 'field-hint'}>
          {error ?? hint}
        </div>
      )}
    </div>
  );
}
