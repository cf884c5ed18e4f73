import { useState, type FormEvent } from 'react';
import {
  exportHref,
  filterParameters,
  filtersFromUrl,
  noFilters,
  useCustomers,
  type CustomerFilters,
  type SortColumn,
} from '../../hooks/customers.js';
import { useTiers } from '../../hooks/loyalty.js';
import { SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { segmentName } from '../../i18n/segments.js';
import { useUi } from '../../ui.js';
import { useStageName } from '../lifecycle/stages.js';
import { CustomerRows } from './CustomerRows.js';
import './customers.css';
import { listColumns, stages, segments } from './list-columns.js';

const pageSize = 25;

/** The filters in the address bar, so a filtered list can be linked to, bookmarked and reloaded. */
function showInUrl(filters: CustomerFilters): void {
  const query = new URLSearchParams(filterParameters(filters)).toString();
  window.history.replaceState(null, '', query ? `/customers?${query}` : '/customers');
}

/** The filters a chart's cell sets, which have no control of their own: said in words. */
function CellFilters({ filters }: { filters: CustomerFilters }) {
  const { t, fmt } = useUi();
  const month = (day: string) => fmt.month(`${day}T12:00:00Z`);
  return (
    <>
      {(filters.recencyScore || filters.frequencyScore) && (
        <p className="filter-note">
          {t('customers_filter_rfm_cell', {
            r: filters.recencyScore || t('customers_filter_any'),
            f: filters.frequencyScore || t('customers_filter_any'),
          })}
        </p>
      )}
      {filters.cohort && (
        <p className="filter-note">
          {filters.cohortActive
            ? t('customers_filter_cohort_active', {
                cohort: month(filters.cohort),
                month: month(filters.cohortActive),
              })
            : t('customers_filter_cohort', { cohort: month(filters.cohort) })}
        </p>
      )}
    </>
  );
}

function Filters({
  filters,
  onChange,
}: {
  filters: CustomerFilters;
  onChange: (filters: CustomerFilters) => void;
}) {
  const { t } = useUi();
  const stageName = useStageName();
  const tiers = useTiers();
  const [points, setPoints] = useState({ min: filters.pointsMin, max: filters.pointsMax });
  const set = (changes: Partial<CustomerFilters>) => onChange({ ...filters, ...changes });
  const applyPoints = (event: FormEvent) => {
    event.preventDefault();
    set({ pointsMin: points.min, pointsMax: points.max });
  };
  return (
    <div className="filters" role="group" aria-label={t('customers_filters')}>
      <SelectField
        label={t('col_stage')}
        value={filters.stage}
        onChange={(stage) => set({ stage: stage as CustomerFilters['stage'] })}
        options={[
          { value: '', label: t('customers_filter_any') },
          ...stages.map((stage) => ({ value: stage, label: stageName(stage) })),
        ]}
      />
      <SelectField
        label={t('col_segment')}
        value={filters.segment}
        onChange={(segment) => set({ segment: segment as CustomerFilters['segment'] })}
        options={[
          { value: '', label: t('customers_filter_any') },
          ...segments.map((segment) => ({ value: segment, label: segmentName(t, segment) })),
        ]}
      />
      <SelectField
        label={t('col_tier')}
        value={filters.tier}
        onChange={(tier) => set({ tier })}
        options={[
          { value: '', label: t('customers_filter_any') },
          ...(tiers.data?.data ?? []).map((tier) => ({ value: tier.id, label: tier.name })),
        ]}
      />
      <form className="points-range" onSubmit={applyPoints}>
        <fieldset>
          <legend>{t('col_points')}</legend>
          <label>
            <span className="visually-hidden">{t('customers_points_min')}</span>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              placeholder={t('customers_points_min')}
              value={points.min}
              onChange={(event) => setPoints({ ...points, min: event.target.value })}
            />
          </label>
          <label>
            <span className="visually-hidden">{t('customers_points_max')}</span>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              placeholder={t('customers_points_max')}
              value={points.max}
              onChange={(event) => setPoints({ ...points, max: event.target.value })}
            />
          </label>
          <button type="submit">{t('customers_apply')}</button>
        </fieldset>
      </form>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setPoints({ min: '', max: '' });
          onChange({ ...noFilters, query: filters.query, sort: filters.sort, direction: filters.direction });
        }}
      >
        {t('customers_clear_filters')}
      </button>
      <CellFilters filters={filters} />
    </div>
  );
}

/** Search, filters, a sortable server-side table with the total, and the CSV of it all. */
export function Customers() {
  const { t, fmt } = useUi();
  const [filters, setFiltersState] = useState<CustomerFilters>(() => filtersFromUrl(window.location.search));
  const [draft, setDraft] = useState(filters.query);
  // Cursors of the pages before the current one, for "Previous".
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const customers = useCustomers(filters, cursor, pageSize);

  const setFilters = (next: CustomerFilters) => {
    setFiltersState(next);
    setCursors([null]);
    showInUrl(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ ...filters, query: draft.trim() });
  };
  const sortBy = (column: SortColumn) =>
    setFilters({
      ...filters,
      sort: column,
      direction: filters.sort === column && filters.direction === 'desc' ? 'asc' : 'desc',
    });
  const filtered =
    Object.keys(filterParameters({ ...filters, sort: 'created', direction: 'desc' })).length > 0;
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('nav_customers')}</h1>
        <form className="search" role="search" onSubmit={submit}>
          <label htmlFor="customer-search" className="visually-hidden">
            {t('customers_search')}
          </label>
          <input
            id="customer-search"
            type="search"
            placeholder={t('customers_search_anything')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">{t('customers_search_button')}</button>
        </form>
      </header>
      <Filters filters={filters} onChange={setFilters} />
      <Panel title={t('customers_table')} wide>
        <QueryView
          query={customers}
          what="/v1/customers"
          isEmpty={(page) => page.data.length === 0 && !filtered}
        >
          {(page) => (
            <>
              <div className="list-bar">
                <p className="total" aria-live="polite">
                  {t(filtered ? 'customers_total_matching' : 'customers_total', {
                    count: fmt.number(page.total_count),
                  })}
                </p>
                <a className="button" href={exportHref(filters)} download>
                  {t('customers_export_csv')}
                </a>
              </div>
              {page.data.length === 0 ? (
                <p className="muted">{t('customers_none_match')}</p>
              ) : (
                <>
                  <div
                    className={customers.isPlaceholderData ? 'table-scroll stale' : 'table-scroll'}
                    aria-busy={customers.isPlaceholderData}
                  >
                    <table>
                      <thead>
                        <tr>
                          {listColumns.map((column) => {
                            const sorted = column.sort && filters.sort === column.sort;
                            return (
                              <th
                                key={column.key}
                                scope="col"
                                className={column.numeric ? 'num' : undefined}
                                aria-sort={
                                  sorted
                                    ? filters.direction === 'asc'
                                      ? 'ascending'
                                      : 'descending'
                                    : undefined
                                }
                              >
                                {column.sort ? (
                                  <button
                                    type="button"
                                    className="sort-button"
                                    onClick={() => sortBy(column.sort!)}
                                  >
                                    {t(column.header)}
                                    <span aria-hidden="true">
                                      {sorted ? (filters.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                                    </span>
                                  </button>
                                ) : (
                                  t(column.header)
                                )}
                              </th>
                            );
                          })}
                        </tr>
                      </thead>
                      <CustomerRows rows={page.data} />
                    </table>
                  </div>
                  <nav className="pager" aria-label={t('customers_table')}>
                    <button
                      type="button"
                      disabled={cursors.length === 1}
                      onClick={() => setCursors(cursors.slice(0, -1))}
                    >
                      {t('previous_page')}
                    </button>
                    <button
                      type="button"
                      disabled={!page.next_cursor}
                      onClick={() => setCursors([...cursors, page.next_cursor])}
                    >
                      {t('next_page')}
                    </button>
                  </nav>
                </>
              )}
            </>
          )}
        </QueryView>
      </Panel>
    </div>
  );
}
