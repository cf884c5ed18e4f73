import { useState, type FormEvent } from 'react';
import { useCustomers } from '../../hooks/customers.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { CustomerRows } from './CustomerRows.js';

const pageSize = 25;

/** Search and a server-side paginated table: each page is one request of `limit` rows. */
export function Customers() {
  const { t } = useUi();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  // Cursors of the pages before the current one, for "Previous".
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const startingAfter = cursors[cursors.length - 1] ?? null;
  const customers = useCustomers({ search, startingAfter, limit: pageSize });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(draft.trim());
    setCursors([null]);
  };
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
            placeholder={t('customers_search')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">{t('customers_search_button')}</button>
        </form>
      </header>
      <Panel title={t('customers_table')} wide>
        <QueryView
          query={customers}
          what="/v1/customers"
          isEmpty={(page) => page.data.length === 0 && !search}
        >
          {(page) =>
            page.data.length === 0 ? (
              <p className="muted">{t('customers_none_found', { query: search })}</p>
            ) : (
              <>
                <div
                  className={customers.isPlaceholderData ? 'table-scroll stale' : 'table-scroll'}
                  aria-busy={customers.isPlaceholderData}
                >
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('col_name')}</th>
                        <th scope="col">{t('col_email')}</th>
                        <th scope="col">{t('col_stage')}</th>
                        <th scope="col">{t('col_segment')}</th>
                        <th scope="col">{t('col_tier')}</th>
                        <th scope="col" className="num">
                          {t('col_points')}
                        </th>
                        <th scope="col" className="num">
                          {t('col_orders')}
                        </th>
                        <th scope="col" className="num">
                          {t('col_revenue')}
                        </th>
                        <th scope="col" className="num">
                          {t('col_p_alive')}
                        </th>
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
                    disabled={!page.has_more}
                    onClick={() => setCursors([...cursors, String(page.data[page.data.length - 1]!.id)])}
                  >
                    {t('next_page')}
                  </button>
                </nav>
              </>
            )
          }
        </QueryView>
      </Panel>
    </div>
  );
}
