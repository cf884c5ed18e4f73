import {
  useCancelRedemption,
  useCustomerCoupons,
  useRedemptions,
  type CustomerCoupon,
  type Redemption,
} from '../../hooks/customers.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { useErrorText } from '../../components/States.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';
import { useActorName } from './actor.js';
import { useResendCoupon } from './coupon-resend.js';

const redemptionStatus: Record<Redemption['status'], MessageKey> = {
  issued: 'customers_redemption_issued',
  used: 'customers_redemption_used',
  cancelled: 'customers_redemption_cancelled',
};

const codeStatus: Record<CustomerCoupon['codes'][number]['status'], MessageKey> = {
  unused: 'customers_code_unused',
  used: 'customers_code_used',
  voided: 'customers_code_voided',
};

/** The rewards the customer took, with who issued each; an unused one can be cancelled. */
export function CustomerRedemptions({ id }: { id: string }) {
  const { t, fmt, readOnly } = useUi();
  const redemptions = useRedemptions(id);
  const cancel = useCancelRedemption(id);
  const actorName = useActorName();
  const errorText = useErrorText();
  return (
    <Panel title={t('customers_redemptions')}>
      <QueryView query={redemptions} what="/v1/customers/{id}/redemptions">
        {(page) => (
          <>
            <Table
              rows={page.data}
              rowKey={(row) => row.id}
              empty={t('customers_no_redemptions')}
              columns={[
                { header: t('col_date'), cell: (row) => fmt.date(row.created) },
                { header: t('col_reward'), cell: (row) => row.reward_name },
                { header: t('col_points'), numeric: true, cell: (row) => fmt.points(row.points) },
                { header: t('col_status'), cell: (row) => t(redemptionStatus[row.status]) },
                { header: t('customers_col_code'), cell: (row) => row.coupon?.code ?? t('none') },
                {
                  header: t('customers_col_by'),
                  cell: (row) =>
                    row.cancelled_by
                      ? t('customers_issued_cancelled_by', {
                          issued: actorName(row.actor),
                          cancelled: actorName(row.cancelled_by),
                        })
                      : actorName(row.actor),
                },
                ...(readOnly
                  ? []
                  : [
                      {
                        header: t('customers_cancel_redemption'),
                        action: true,
                        cell: (row: Redemption) =>
                          row.status === 'issued' ? (
                            <button
                              type="button"
                              disabled={cancel.isPending}
                              onClick={() => cancel.mutate(row.id)}
                              aria-label={t('customers_cancel_named', { reward: row.reward_name })}
                            >
                              {t('customers_cancel_redemption')}
                            </button>
                          ) : null,
                      },
                    ]),
              ]}
            />
            {cancel.error ? (
              <p className="form-error" role="alert">
                {errorText(cancel.error)}
              </p>
            ) : null}
          </>
        )}
      </QueryView>
    </Panel>
  );
}

type CouponRow = { coupon: CustomerCoupon; code: CustomerCoupon['codes'][number] };

/** Whether the code still works, so that sending it again makes sense. */
const resendable = (row: CouponRow, now: number) =>
  row.code.status === 'unused' &&
  (row.coupon.expires_at === null || new Date(row.coupon.expires_at).getTime() > now);

/**
 * The coupons only this customer may use and each code's state, to read out to them; a code that
 * still works can be emailed to them again.
 */
export function CustomerCoupons({ id }: { id: string }) {
  const { t, fmt, readOnly } = useUi();
  const coupons = useCustomerCoupons(id);
  const resend = useResendCoupon(id);
  const errorText = useErrorText();
  const rows: CouponRow[] = (coupons.data?.data ?? []).flatMap((coupon) =>
    coupon.codes.map((code) => ({ coupon, code })),
  );
  const now = Date.now();
  return (
    <Panel title={t('customers_coupons')}>
      <QueryView query={coupons} what="/v1/customers/{id}/coupons">
        {() => (
          <>
            <Table
              rows={rows}
              rowKey={(row) => row.code.id}
              empty={t('customers_no_coupons')}
              columns={[
                { header: t('customers_col_coupon'), cell: (row) => row.coupon.name },
                { header: t('customers_col_code'), cell: (row) => <code>{row.code.code}</code> },
                { header: t('col_status'), cell: (row) => t(codeStatus[row.code.status]) },
                {
                  header: t('col_expires'),
                  cell: (row) => (row.coupon.expires_at ? fmt.date(row.coupon.expires_at) : t('none')),
                },
                ...(readOnly
                  ? []
                  : [
                      {
                        header: t('customers_resend'),
                        action: true,
                        cell: (row: CouponRow) =>
                          resendable(row, now) ? (
                            <button
                              type="button"
                              disabled={resend.isPending}
                              onClick={() => resend.mutate(row.code.code)}
                              aria-label={t('customers_resend_named', { code: row.code.code })}
                            >
                              {t('customers_resend')}
                            </button>
                          ) : null,
                      },
                    ]),
              ]}
            />
            {resend.data ? (
              <p className="form-done" role="status">
                {t(resend.data.created ? 'customers_resend_done' : 'customers_resend_already', {
                  code: resend.data.code,
                })}
              </p>
            ) : null}
            {resend.error ? (
              <p className="form-error" role="alert">
                {errorText(resend.error)}
              </p>
            ) : null}
          </>
        )}
      </QueryView>
    </Panel>
  );
}
