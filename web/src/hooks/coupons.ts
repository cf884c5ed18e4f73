import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../api/client.js';
import type { paths } from '../api/schema.js';

export type Coupon = Answer<'/v1/coupons', 'get'>['data'][number];
export type NewCoupon = paths['/v1/coupons']['post']['requestBody']['content']['application/json'];
type CouponChanges = paths['/v1/coupons/{id}']['patch']['requestBody']['content']['application/json'];

const couponKeys = { campaigns: ['coupons', 'campaigns'] as const };

/** The shop's own coupon campaigns (not the single coupons rewards issue). */
export function useCouponCampaigns() {
  return useQuery({
    queryKey: couponKeys.campaigns,
    queryFn: () => bodyOf(api.GET('/v1/coupons', { params: { query: { limit: 100, source: 'api' } } })),
  });
}

export function useCreateCoupon() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (coupon: NewCoupon) => bodyOf(api.POST('/v1/coupons', { body: coupon })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: couponKeys.campaigns }),
  });
}

export function useChangeCoupon() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: CouponChanges }) =>
      bodyOf(api.PATCH('/v1/coupons/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: couponKeys.campaigns }),
  });
}

export function useVoidCoupon() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bodyOf(api.POST('/v1/coupons/{id}/void', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: couponKeys.campaigns }),
  });
}

export function useDrawCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, count }: { id: string; count: number }) =>
      bodyOf(api.POST('/v1/coupons/{id}/codes', { params: { path: { id } }, body: { count } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: couponKeys.campaigns }),
  });
}

/** Where the browser downloads a coupon's codes as CSV (the session cookie authorises it). */
export const codesExportUrl = (id: string) => `/v1/coupons/${encodeURIComponent(id)}/codes/export`;
