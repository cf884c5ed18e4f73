import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../api/client.js';
import type { paths } from '../api/schema.js';
import { loyaltyKeys } from './loyalty.js';

type CustomerListPage = Answer<'/v1/customers', 'get'>;
export type Customer = CustomerListPage['data'][number];
export type CustomerCoupon = Answer<'/v1/customers/{id}/coupons', 'get'>['data'][number];
export type Redemption = Answer<'/v1/customers/{id}/redemptions', 'get'>['data'][number];

type ListParameters = NonNullable<paths['/v1/customers']['get']['parameters']['query']>;
export type Stage = NonNullable<ListParameters['stage']>;
export type Segment = NonNullable<ListParameters['segment']>;
export type SortColumn = NonNullable<ListParameters['sort']>;
type Direction = NonNullable<ListParameters['direction']>;

/** What the list shows: search, filters and sort, as the URL of /customers carries them. */
export interface CustomerFilters {
  query: string;
  stage: Stage | '';
  segment: Segment | '';
  tier: string;
  pointsMin: string;
  pointsMax: string;
  /** A cell of the RFM grid, and one of the cohort table (a month's first day, YYYY-MM-01). */
  recencyScore: string;
  frequencyScore: string;
  cohort: string;
  cohortActive: string;
  sort: SortColumn;
  direction: Direction;
}

export const noFilters: CustomerFilters = {
  query: '',
  stage: '',
  segment: '',
  tier: '',
  pointsMin: '',
  pointsMax: '',
  recencyScore: '',
  frequencyScore: '',
  cohort: '',
  cohortActive: '',
  sort: 'created',
  direction: 'desc',
};

const urlNames: Record<keyof CustomerFilters, string> = {
  query: 'query',
  stage: 'stage',
  segment: 'segment',
  tier: 'tier',
  pointsMin: 'points_min',
  pointsMax: 'points_max',
  recencyScore: 'recency_score',
  frequencyScore: 'frequency_score',
  cohort: 'cohort',
  cohortActive: 'cohort_active',
  sort: 'sort',
  direction: 'direction',
};

/** The API's (and the URL's) parameters of a set of filters: only those that narrow or order. */
export function filterParameters(filters: CustomerFilters): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const key of Object.keys(urlNames) as (keyof CustomerFilters)[]) {
    const value = filters[key].trim();
    if (value && value !== noFilters[key]) parameters[urlNames[key]] = value;
  }
  return parameters;
}

export function filtersFromUrl(search: string): CustomerFilters {
  const params = new URLSearchParams(search);
  const filters = { ...noFilters };
  for (const key of Object.keys(urlNames) as (keyof CustomerFilters)[]) {
    const value = params.get(urlNames[key]);
    if (value) (filters as Record<string, string>)[key] = value;
  }
  return filters;
}

/** The link to the list of the customers a count of the dashboard counts. */
export function customersHref(filters: Partial<Record<keyof CustomerFilters, string>>): string {
  const query = new URLSearchParams(
    filterParameters({ ...noFilters, ...filters } as CustomerFilters),
  ).toString();
  return query ? `/customers?${query}` : '/customers';
}

/** The CSV of the whole filtered list, streamed by the API (the session cookie authorises the download). */
export function exportHref(filters: CustomerFilters): string {
  const query = new URLSearchParams(filterParameters(filters)).toString();
  return `/v1/customers/export.csv${query ? `?${query}` : ''}`;
}

const customerKeys = {
  all: ['customers'] as const,
  list: (filters: CustomerFilters, cursor: string | null, limit: number) =>
    ['customers', 'list', filters, cursor, limit] as const,
  detail: (id: string) => ['customers', 'detail', id] as const,
  events: (id: string) => ['customers', 'events', id] as const,
  orders: (id: string) => ['customers', 'orders', id] as const,
  coupons: (id: string) => ['customers', 'coupons', id] as const,
  redemptions: (id: string) => ['customers', 'redemptions', id] as const,
};

/** Server-side search, filters, sort and keyset pages: the table never loads more than a page. */
export function useCustomers(filters: CustomerFilters, cursor: string | null, limit: number) {
  return useQuery({
    queryKey: customerKeys.list(filters, cursor, limit),
    queryFn: () =>
      bodyOf(
        api.GET('/v1/customers', {
          params: {
            query: {
              ...(filterParameters(filters) as ListParameters),
              limit,
              cursor: cursor ?? undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

const customer = (id: string) => ({ path: { id } });

export function useCustomer(id: string) {
  return useQuery({
    queryKey: customerKeys.detail(id),
    queryFn: () => bodyOf(api.GET('/v1/customers/{id}', { params: customer(id) })),
  });
}

export function useCustomerEvents(id: string) {
  return useQuery({
    queryKey: customerKeys.events(id),
    queryFn: () =>
      bodyOf(api.GET('/v1/customers/{id}/events', { params: { ...customer(id), query: { limit: 50 } } })),
  });
}

export function useCustomerOrders(id: string) {
  return useQuery({
    queryKey: customerKeys.orders(id),
    queryFn: () =>
      bodyOf(api.GET('/v1/customers/{id}/orders', { params: { ...customer(id), query: { limit: 50 } } })),
  });
}

export function useCustomerCoupons(id: string) {
  return useQuery({
    queryKey: customerKeys.coupons(id),
    queryFn: () =>
      bodyOf(api.GET('/v1/customers/{id}/coupons', { params: { ...customer(id), query: { limit: 50 } } })),
  });
}

export function useRedemptions(id: string) {
  return useQuery({
    queryKey: customerKeys.redemptions(id),
    queryFn: () =>
      bodyOf(
        api.GET('/v1/customers/{id}/redemptions', { params: { ...customer(id), query: { limit: 50 } } }),
      ),
  });
}

/** After an action, everything of the customer that it may have moved is read again. */
function useCustomerAction<Input, Output>(id: string, action: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: loyaltyKeys.customer(id) }),
        queryClient.invalidateQueries({ queryKey: loyaltyKeys.transactions(id) }),
        queryClient.invalidateQueries({ queryKey: customerKeys.coupons(id) }),
        queryClient.invalidateQueries({ queryKey: customerKeys.redemptions(id) }),
        queryClient.invalidateQueries({ queryKey: ['customers', 'list'] }),
      ]);
    },
  });
}

export const useAdjustPoints = (id: string) =>
  useCustomerAction(id, (body: { points: number; reason: string }) =>
    bodyOf(api.POST('/v1/customers/{id}/points/adjustments', { params: customer(id), body })),
  );

export const useAddStoreCredit = (id: string) =>
  useCustomerAction(id, (body: { amount: number; reason: string }) =>
    bodyOf(api.POST('/v1/customers/{id}/store-credit/credits', { params: customer(id), body })),
  );

export const useIssueReward = (id: string) =>
  useCustomerAction(id, (rewardId: string) =>
    bodyOf(
      api.POST('/v1/customers/{id}/redemptions', { params: customer(id), body: { reward_id: rewardId } }),
    ),
  );

export const useCancelRedemption = (id: string) =>
  useCustomerAction(id, (redemptionId: string) =>
    bodyOf(
      api.POST('/v1/customers/{id}/redemptions/{redemption_id}/cancel', {
        params: { path: { id, redemption_id: redemptionId } },
      }),
    ),
  );
