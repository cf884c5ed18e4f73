import { useCustomer } from '../../hooks/customers.js';
import { useCustomerScores } from '../../hooks/analytics.js';
import { QueryView } from '../../components/States.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { useStageName } from '../lifecycle/stages.js';
import { customerView } from './fields.js';
import { CustomerOrders } from './CustomerOrders.js';
import { CustomerTimeline } from './CustomerTimeline.js';
import { CustomerLoyalty } from './CustomerLoyalty.js';
import { CustomerLedger } from './CustomerLedger.js';
import { CustomerPredictions } from './CustomerPredictions.js';
import { CustomerActions } from './CustomerActions.js';
import './customers.css';
import { CustomerCoupons, CustomerRedemptions } from './CustomerRewards.js';
import { segmentName } from '../../i18n/segments.js';
import { CustomerMessages } from '../messages/CustomerMessages.js';
import { CustomerConsentPanel } from './CustomerConsentPanel.js';
import { CustomerSegments } from '../segments/CustomerSegments.js';
import { CustomerJourneys } from './CustomerJourneys.js';

/** One customer: every panel queries on its own, all at once (no waterfall). */
export function CustomerPage({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const stageName = useStageName();
  const customer = useCustomer(id);
  // Stage and RFM segment live in analytics' scores, fetched beside the profile (not after it).
  const scores = useCustomerScores([id]);
  return (
    <div className="screen">
      <p>
        <Link href="/customers">← {t('customer_back')}</Link>
      </p>
      <QueryView query={customer} what={`/v1/customers/${id}`}>
        {(data) => {
          const view = customerView(data);
          const scored = scores.data?.get(view.id);
          const stage = scored?.stage ?? (scores.isSuccess ? 'prospect' : null);
          const segment = scored?.rfm.segment ?? null;
          return (
            <header className="customer-header">
              <h1>{view.name ?? view.email ?? view.id}</h1>
              <dl className="facts">
                <div>
                  <dt>{t('col_email')}</dt>
                  <dd>{view.email ?? t('none')}</dd>
                </div>
                <div>
                  <dt>{t('col_stage')}</dt>
                  <dd>
                    <span className={`badge stage-${stage ?? 'none'}`}>{stageName(stage)}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t('col_segment')}</dt>
                  <dd>{segment ? segmentName(t, segment) : t('none')}</dd>
                </div>
                <div>
                  <dt>{t('customer_first_seen')}</dt>
                  <dd>{view.firstSeen ? fmt.date(view.firstSeen) : t('none')}</dd>
                </div>
                <div>
                  <dt>{t('customer_last_seen')}</dt>
                  <dd>{view.lastSeen ? fmt.date(view.lastSeen) : t('none')}</dd>
                </div>
              </dl>
            </header>
          );
        }}
      </QueryView>
      <div className="panel-grid">
        <CustomerActions id={id} />
        <CustomerLoyalty id={id} />
        <CustomerPredictions id={id} />
        <CustomerSegments id={id} />
        <CustomerJourneys id={id} />
        <CustomerOrders id={id} />
        <CustomerTimeline id={id} />
        <CustomerLedger id={id} />
        <CustomerRedemptions id={id} />
        <CustomerCoupons id={id} />
        <CustomerMessages id={id} />
        <CustomerConsentPanel id={id} />
      </div>
    </div>
  );
}
