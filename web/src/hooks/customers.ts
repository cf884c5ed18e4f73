import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery, type List } from '../api/client.js';
import type { Json } from './shape.js';

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
      api<List<Json>>(
        withQuery('/v1/customers', {
          limit: query.limit,
          starting_after: query.startingAfter,
          query: query.search,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

const customerPath = (id: string, rest = '') => `/v1/customers/${encodeURIComponent(id)}${rest}`;

export function useCustomer(id: string) {
  return useQuery({ queryKey: customerKeys.detail(id), queryFn: () => api<Json>(customerPath(id)) });
}

export function useCustomerEvents(id: string) {
  return useQuery({
    queryKey: customerKeys.events(id),
    queryFn: () => api<List<Json>>(withQuery(customerPath(id, '/events'), { limit: 50 })),
  });
}

export function useCustomerOrders(id: string) {
  return useQuery({
    queryKey: customerKeys.orders(id),
    queryFn: () => api<List<Json>>(withQuery(customerPath(id, '/orders'), { limit: 50 })),
  });
}
