import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../api/client.js';
import type { paths } from '../api/schema.js';

export type Program = Answer<'/v1/loyalty/program', 'get'>;
/** What PUT /v1/loyalty/program takes: the program without what the workspace decides. */
export type ProgramSettings = Omit<Program, 'object' | 'currency' | 'rounding'>;
export type EarnRule = Answer<'/v1/loyalty/earn-rules', 'get'>['data'][number];
type EarnRuleChanges =
  paths['/v1/loyalty/earn-rules/{id}']['patch']['requestBody']['content']['application/json'];
type Liability = Answer<'/v1/loyalty/liability', 'get'>;
export type PointsTransaction = Answer<'/v1/loyalty/transactions', 'get'>['data'][number];

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
  return useQuery({ queryKey: loyaltyKeys.program, queryFn: () => bodyOf(api.GET('/v1/loyalty/program')) });
}

export function useSaveProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ProgramSettings) => bodyOf(api.PUT('/v1/loyalty/program', { body: settings })),
    onSuccess: (program) => queryClient.setQueryData(loyaltyKeys.program, program),
  });
}

export function useEarnRules() {
  return useQuery({
    queryKey: loyaltyKeys.earnRules,
    queryFn: () => bodyOf(api.GET('/v1/loyalty/earn-rules', { params: { query: { limit: 100 } } })),
  });
}

export function useUpdateEarnRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: EarnRuleChanges }) =>
      bodyOf(api.PATCH('/v1/loyalty/earn-rules/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.earnRules }),
  });
}

export function useSimulateEarnRule() {
  return useMutation({
    mutationFn: (draft: { definition: Record<string, unknown> }) =>
      bodyOf(api.POST('/v1/loyalty/earn-rules/simulate', { body: draft })),
  });
}

export function useTiers() {
  return useQuery({ queryKey: loyaltyKeys.tiers, queryFn: () => bodyOf(api.GET('/v1/loyalty/tiers')) });
}

export function useRewards() {
  return useQuery({
    queryKey: loyaltyKeys.rewards,
    queryFn: () => bodyOf(api.GET('/v1/loyalty/rewards', { params: { query: { limit: 100 } } })),
  });
}

/** Outstanding points now, with the flows since `from` (an instant; default the API's). */
export function useLiability(from?: string) {
  return useQuery({
    queryKey: [...loyaltyKeys.liability, from ?? null] as const,
    queryFn: () => bodyOf(api.GET('/v1/loyalty/liability', { params: { query: { from } } })),
  });
}

/** The workspace's latest ledger entries, every customer's together, newest first. */
export function useLedgerActivity(limit: number) {
  return useQuery({
    queryKey: loyaltyKeys.activity(limit),
    queryFn: () => bodyOf(api.GET('/v1/loyalty/transactions', { params: { query: { limit } } })),
  });
}

/**
 * The liability KPI: value now, and at the period start = outstanding − (issued − redeemed −
 * expired − clawed back − adjusted down) over the period, valued at the same rate per point.
 */
export function liabilityFigure(liability: Liability | undefined): {
  value: number | null;
  previous: number | null;
} {
  if (!liability) return { value: null, previous: null };
  const { points, value_minor: value } = liability.outstanding;
  const flows = liability.period;
  const net = flows.issued - flows.redeemed - flows.expired - flows.clawed_back - flows.adjusted_down;
  const pointsBefore = points - net;
  const previous =
    points === 0 ? (pointsBefore === 0 ? 0 : null) : Math.round((value * pointsBefore) / points);
  return { value, previous };
}

export function useCustomerLoyalty(customerId: string) {
  return useQuery({
    queryKey: loyaltyKeys.customer(customerId),
    queryFn: () => bodyOf(api.GET('/v1/customers/{id}/loyalty', { params: { path: { id: customerId } } })),
  });
}

export function usePointsTransactions(customerId: string) {
  return useQuery({
    queryKey: loyaltyKeys.transactions(customerId),
    queryFn: () =>
      bodyOf(
        api.GET('/v1/customers/{id}/points/transactions', {
          params: { path: { id: customerId }, query: { limit: 50 } },
        }),
      ),
  });
}
