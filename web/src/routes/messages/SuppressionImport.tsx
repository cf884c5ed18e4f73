import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { Panel } from '../../components/Panel.js';
import { errorText } from '../../components/States.js';
import { useImportSuppressions, type SuppressionImportReport } from '../../hooks/messages.js';
import type { MessageKey, Translate } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';

type ImportError = SuppressionImportReport['errors'][number];

const problemKeys: Record<string, MessageKey> = {
  channel: 'suppression_import_bad_channel',
  address: 'suppression_import_bad_address',
  reason: 'suppression_import_bad_reason',
};

/** What is wrong with a row, in the reader's words (the server's reason is English). */
function problem(t: Translate, error: ImportError): string {
  const key = problemKeys[error.param];
  return key ? t(key) : t('error_field_invalid');
}

/** The file's own text of a line (1-based, the header being line 1), so the reader sees what to fix. */
function lineText(csv: string, line: number): string {
  return csv.split(/\r?\n/)[line - 1] ?? '';
}

function Report({ report, csv }: { report: SuppressionImportReport; csv: string }) {
  const { t, fmt } = useUi();
  if (report.applied) {
    return (
      <p className="form-done" role="status">
        {t('suppression_import_done', {
          rows: fmt.number(report.rows),
          suppressed: fmt.number(report.suppressed),
          unchanged: fmt.number(report.unchanged),
        })}
      </p>
    );
  }
  return (
    <div role="alert" data-testid="suppression-import-errors">
      <p className="form-error">
        {t('suppression_import_refused', { bad: fmt.number(report.errors.length + report.errors_omitted) })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('suppression_import_line')}
            </th>
            <th scope="col">{t('suppression_import_problem')}</th>
            <th scope="col">{t('suppression_import_content')}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((error) => (
            <tr key={`${error.line}:${error.param}`}>
              <td className="num">{fmt.number(error.line)}</td>
              <td>{problem(t, error)}</td>
              <td>
                <code>{lineText(csv, error.line)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.errors_omitted > 0 && (
        <p className="muted">{t('suppression_import_more', { count: fmt.number(report.errors_omitted) })}</p>
      )}
    </div>
  );
}

/** A CSV of addresses to suppress: every row is checked first, and one bad row imports nothing. */
export function SuppressionImport() {
  const { t } = useUi();
  const upload = useImportSuppressions();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState('');
  const inputId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    upload.mutate(text);
  };
  // A file that is not CSV, or lacks a column, is refused whole (param body): say so in this form's words.
  const wholeFileRefused = upload.error instanceof ApiError && upload.error.param === 'body';
  return (
    <Panel title={t('suppression_import_title')} definition={t('suppression_import_def')} wide>
      <form className="form" aria-label={t('suppression_import_title')} onSubmit={submit}>
        <div className="field">
          <label htmlFor={inputId}>{t('suppression_import_file')}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              upload.reset();
            }}
          />
          <div className="field-hint">
            {t('suppression_import_hint')} <code>channel,address,reason</code>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={!file || upload.isPending}>
            {t('suppression_import_run')}
          </button>
        </div>
        {upload.error && (
          <p className="form-error" role="alert">
            {wholeFileRefused ? t('suppression_import_not_csv') : errorText(t, upload.error)}
          </p>
        )}
        {upload.data && <Report report={upload.data} csv={csv} />}
      </form>
    </Panel>
  );
}
