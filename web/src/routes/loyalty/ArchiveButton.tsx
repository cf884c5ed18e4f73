import { useState } from 'react';
import { useUi } from '../../ui.js';

/**
 * Archiving cannot be undone from the dashboard (the API keeps no way back), so the first click
 * only asks; the second archives.
 */
export function ArchiveButton({ name, onArchive }: { name: string; onArchive: () => void }) {
  const { t } = useUi();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)} aria-label={t('archive_named', { name })}>
        {t('archive')}
      </button>
    );
  return (
    <span className="actions" role="group" aria-label={t('archive_question', { name })}>
      <button type="button" onClick={onArchive}>
        {t('archive_confirm')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('archive_keep')}
      </button>
    </span>
  );
}
