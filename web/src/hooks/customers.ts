import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../api/client.js';

export type Customer = Answer<'/v1/customers', 'get'>['data'][number];

export interface CustomerListQuery {
  search: string;
  startingAfter: string | null;
  limit: number;
}

export const customerKeys = {
  all: ['customers'] as const,
  list: (query: CustomerListQuery) => ['customers', 'list', query] as const,
  detail: (id: string) => ['customers', 'detail', id] as const,
  events: (id: string) => ['customers', 'events', id] as const,
  orders: (id: string) => ['customers', 'orders', id] as const,
};

/** Server-side search and cursor pagination: the table never loads more than a page. */
export function useCustomers(query: CustomerListQuery) {
  return useQuery({
    queryKey: customerKeys.list(query),
    queryFn: () =>
      bodyOf(
        api.GET('/v1/customers', {
          params: {
            query: {
              limit: query.limit,
              starting_after: query.startingAfter ?? undefined,
              query: query.search || undefined,
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
