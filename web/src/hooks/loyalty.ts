import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery, type List } from '../api/client.js';
import { numberOrNull, pick, type Json } from './shape.js';

export type ExpiryPolicy =
  { policy: 'none' } | { policy: 'per_lot'; months: number } | { policy: 'inactivity'; months: number };

/** `GET/PUT /v1/loyalty/program`. */
export interface ProgramSettings {
  points_name: string;
  earn_points: number;
  earn_per_amount_minor: number;
  pending_days: number;
  expiry: ExpiryPolicy;
  expiring_soon_days: number;
  clawback: 'stop_at_zero' | 'allow_negative';
  redemption_points: number;
  redemption_value_minor: number;
  cashback_basis_points: number;
  tier_metric: 'spend' | 'points';
  tier_period: 'rolling' | 'calendar_year';
  tier_window_months: number;
  tier_grace_days: number;
}

export interface Program extends ProgramSettings {
  object: 'loyalty_program';
  currency: string;
  rounding: string;
}

export const loyaltyKeys = {
  all: ['loyalty'] as const,
  program: ['loyalty', 'program'] as const,
  earnRules: ['loyalty', 'earn_rules'] as const,
  tiers: ['loyalty', 'tiers'] as const,
  rewards: ['loyalty', 'rewards'] as const,
  liability: ['loyalty', 'liability'] as const,
  activity: (limit: number) => ['loyalty', 'activity', limit] as const,
  customer: (id: string) => ['loyalty', 'customer', id] as const,
  transactions: (id: string) => ['loyalty', 'transactions', id] as const,
};

export function useProgram() {
  return useQuery({ queryKey: loyaltyKeys.program, queryFn: () => api<Program>('/v1/loyalty/program') });
}

export function useSaveProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ProgramSettings) =>
      api<Program>('/v1/loyalty/program', { method: 'PUT', body: settings }),
    onSuccess: (program) => queryClient.setQueryData(loyaltyKeys.program, program),
  });
}

export function useEarnRules() {
  return useQuery({
    queryKey: loyaltyKeys.earnRules,
    queryFn: () => api<List<Json>>(withQuery('/v1/loyalty/earn-rules', { limit: 100 })),
  });
}

export function useUpdateEarnRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: Json }) =>
      api<Json>(`/v1/loyalty/earn-rules/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.earnRules }),
  });
}

export function useSimulateEarnRule() {
  return useMutation({
    mutationFn: (draft: Json) =>
      api<Json>('/v1/loyalty/earn-rules/simulate', { method: 'POST', body: draft }),
  });
}

export function useTiers() {
  return useQuery({ queryKey: loyaltyKeys.tiers, queryFn: () => api<List<Json>>('/v1/loyalty/tiers') });
}

export function useRewards() {
  return useQuery({
    queryKey: loyaltyKeys.rewards,
    queryFn: () => api<List<Json>>(withQuery('/v1/loyalty/rewards', { limit: 100 })),
  });
}

/** Outstanding points now, with the flows since `from` (an instant; default the API's). */
export function useLiability(from?: string) {
  return useQuery({
    queryKey: [...loyaltyKeys.liability, from ?? null] as const,
    queryFn: () => api<Json>(withQuery('/v1/loyalty/liability', { from })),
  });
}

/** The workspace's latest ledger entries, every customer's together, newest first. */
export function useLedgerActivity(limit: number) {
  return useQuery({
    queryKey: loyaltyKeys.activity(limit),
    queryFn: () => api<List<Json>>(withQuery('/v1/loyalty/transactions', { limit })),
  });
}

/**
 * The liability KPI: value now, and at the period start = outstanding − (issued − redeemed −
 * expired − clawed back − adjusted down) over the period, valued at the same rate per point.
 */
export function liabilityFigure(liability: Json | undefined): {
  value: number | null;
  previous: number | null;
} {
  const points = numberOrNull(pick(liability, 'outstanding.points'));
  const value = numberOrNull(pick(liability, 'outstanding.value_minor'));
  if (points === null || value === null) return { value, previous: null };
  const flow = (name: string) => numberOrNull(pick(liability, `period.${name}`)) ?? 0;
  const net =
    flow('issued') - flow('redeemed') - flow('expired') - flow('clawed_back') - flow('adjusted_down');
  const pointsBefore = points - net;
  const previous =
    points === 0 ? (pointsBefore === 0 ? 0 : null) : Math.round((value * pointsBefore) / points);
  return { value, previous };
}

export function useCustomerLoyalty(customerId: string) {
  return useQuery({
    queryKey: loyaltyKeys.customer(customerId),
    queryFn: () => api<Json>(`/v1/customers/${encodeURIComponent(customerId)}/loyalty`),
  });
}

export function usePointsTransactions(customerId: string) {
  return useQuery({
    queryKey: loyaltyKeys.transactions(customerId),
    queryFn: () =>
      api<List<Json>>(
        withQuery(`/v1/customers/${encodeURIComponent(customerId)}/points/transactions`, { limit: 50 }),
      ),
  });
}
