import { useId, useState } from 'react';
import { useUi } from '../ui.js';

/**
 * What a figure means, behind a button: a hover title reaches neither a keyboard nor a finger, so
 * the button (focusable, aria-expanded) shows and hides the sentence, and Escape hides it.
 */
export function Definition({ term, text }: { term: string; text: string }) {
  const { t } = useUi();
  const [open, setOpen] = useState(false);
  // Beside the right edge (the last card of a row) the sentence opens leftwards, inside the page.
  const [towardsStart, setTowardsStart] = useState(false);
  const id = useId();
  return (
    <span className="definition-toggle">
      <button
        type="button"
        className="definition-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('definition_of', { term })}
        onClick={(event) => {
          setTowardsStart(event.currentTarget.getBoundingClientRect().left > window.innerWidth / 2);
          setOpen((shown) => !shown);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        <span aria-hidden="true">i</span>
      </button>
      <span
        id={id}
        className={towardsStart ? 'definition-popover definition-popover-start' : 'definition-popover'}
        role="note"
        hidden={!open}
      >
        {text}
      </span>
    </span>
  );
}
