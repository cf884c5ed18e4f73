import { useState, type FormEvent } from 'react';
import { Facts } from '../../components/Facts.js';
import { SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import {
  UploadInterrupted,
  useImportCsv,
  type ImportReport,
  type ImportType,
  type UploadProgress,
} from '../../hooks/imports.js';
import { importRowDetail, importRowError } from '../../i18n/import-rows.js';
import { useUi } from '../../ui.js';

type ReportError = ImportReport['errors'][number];

function Progress({ progress }: { progress: UploadProgress }) {
  const { t, fmt, language } = useUi();
  const megabytes = new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  });
  const uploaded = progress.sent >= progress.total;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <progress
        aria-label={t('import_progress_label')}
        max={progress.total || 1}
        // Once the bytes are sent the server is still importing: no value draws an indeterminate bar.
        value={uploaded ? undefined : progress.sent}
      />
      <p className="muted">
        {uploaded
          ? t('import_processing')
          : t('import_uploading', {
              sent: megabytes.format(progress.sent / 1e6),
              total: megabytes.format(progress.total / 1e6),
            })}{' '}
        {!uploaded && progress.total > 0 && fmt.percent(progress.sent / progress.total)}
      </p>
    </div>
  );
}

/** A row's problem in the reader's words; under it, a CSV reader's own sentence when it has one. */
function RowProblem({ error }: { error: ReportError }) {
  const { t, fmt } = useUi();
  const detail = importRowDetail(t, error);
  return (
    <>
      {importRowError(t, fmt, error)}
      {detail && (
        <>
          <br />
          <small className="muted">{detail}</small>
        </>
      )}
    </>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t, fmt } = useUi();
  return (
    <div className="import-report" aria-label={t('import_done')}>
      <p className="ok" role="status">
        {t('import_done')}
      </p>
      <Facts
        items={[
          [t('import_rows'), fmt.number(report.rows)],
          [t('import_imported'), fmt.number(report.imported)],
          [t('import_unchanged'), fmt.number(report.unchanged)],
          [t('import_failed'), fmt.number(report.failed)],
        ]}
      />
      {report.errors.length > 0 && (
        <>
          <h3>{t('import_errors_title')}</h3>
          <Table<ReportError>
            columns={[
              { header: t('import_line'), cell: (row) => fmt.number(row.line), numeric: true },
              // The reader's words for the code, quoting the row's own values and naming the column.
              {
                header: t('import_reason'),
                cell: (row) => <RowProblem error={row} />,
              },
            ]}
            rows={report.errors}
            rowKey={(row) => String(row.line)}
          />
          {report.errors_omitted > 0 && (
            <p className="muted">
              {t('import_errors_omitted', { count: fmt.number(report.errors_omitted) })}
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** CSV upload of customers or orders: the bytes sent, then the import's report and its bad rows. */
export function Import() {
  const { t } = useUi();
  const upload = useImportCsv();
  const [type, setType] = useState<ImportType>('customers');
  const [file, setFile] = useState<File | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate({ file, type });
  };
  return (
    <Panel title={t('import_title')} wide>
      <form className="form" onSubmit={submit} id="import">
        <p className="muted">{t('import_intro')}</p>
        <fieldset disabled={upload.isPending}>
          <SelectField
            label={t('import_type')}
            value={type}
            onChange={(value) => setType(value as ImportType)}
            options={[
              { value: 'customers', label: t('import_type_customers') },
              { value: 'orders', label: t('import_type_orders') },
            ]}
            hint={type === 'orders' ? t('import_columns_orders') : t('import_columns_customers')}
          />
          <div className="field">
            <label htmlFor="import-file">{t('import_file')}</label>
            <input
              id="import-file"
              type="file"
              accept=".csv,.tsv,.txt,text/csv"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={!file}>
              {t('import_submit')}
            </button>
          </div>
        </fieldset>
        {upload.isPending && upload.progress && <Progress progress={upload.progress} />}
        {upload.isError && (
          <p className="form-error" role="alert">
            {upload.error instanceof UploadInterrupted ? t('import_interrupted') : errorText(t, upload.error)}
          </p>
        )}
        {upload.isSuccess && <Report report={upload.data} />}
      </form>
    </Panel>
  );
}
