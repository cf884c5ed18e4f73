import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, bodyOf, type Answer } from '../api/client.js';
import type { paths } from '../api/schema.js';

export type Program = Answer<'/v1/loyalty/program', 'get'>;
/** What PUT /v1/loyalty/program takes: the program without what the workspace decides. */
export type ProgramSettings = Omit<Program, 'object' | 'currency' | 'rounding'>;
export type EarnRule = Answer<'/v1/loyalty/earn-rules', 'get'>['data'][number];
type EarnRuleTemplate = Answer<'/v1/loyalty/earn-rules/templates', 'get'>['data'][number];
export type RuleDefinition = EarnRuleTemplate['definition'];
type Body<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Json } };
}
  ? Json
  : never;
type EarnRuleChanges = Body<'/v1/loyalty/earn-rules/{id}', 'patch'>;
export type NewEarnRule = Body<'/v1/loyalty/earn-rules', 'post'>;
export type Simulation = Answer<'/v1/loyalty/earn-rules/simulate', 'post'>;
export type Tier = Answer<'/v1/loyalty/tiers', 'get'>['data'][number];
export type NewTier = Body<'/v1/loyalty/tiers', 'post'>;
export type Reward = Answer<'/v1/loyalty/rewards', 'get'>['data'][number];
export type NewReward = Body<'/v1/loyalty/rewards', 'post'>;
export type RewardChanges = Body<'/v1/loyalty/rewards/{id}', 'patch'>;
export type Challenge = Answer<'/v1/loyalty/challenges', 'get'>['data'][number];
export type NewChallenge = Body<'/v1/loyalty/challenges', 'post'>;
export type ChallengeChanges = Body<'/v1/loyalty/challenges/{id}', 'patch'>;
type Liability = Answer<'/v1/loyalty/liability', 'get'>;
export type PointsTransaction = Answer<'/v1/loyalty/transactions', 'get'>['data'][number];

export const loyaltyKeys = {
  all: ['loyalty'] as const,
  program: ['loyalty', 'program'] as const,
  earnRules: ['loyalty', 'earn_rules'] as const,
  tiers: ['loyalty', 'tiers'] as const,
  rewards: ['loyalty', 'rewards'] as const,
  challenges: ['loyalty', 'challenges'] as const,
  templates: ['loyalty', 'earn_rule_templates'] as const,
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

export function useRuleTemplates() {
  return useQuery({
    queryKey: loyaltyKeys.templates,
    queryFn: () => bodyOf(api.GET('/v1/loyalty/earn-rules/templates')),
    staleTime: Infinity,
  });
}

export function useCreateEarnRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: NewEarnRule) => bodyOf(api.POST('/v1/loyalty/earn-rules', { body: rule })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.earnRules }),
  });
}

export function useArchiveEarnRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      bodyOf(api.DELETE('/v1/loyalty/earn-rules/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.earnRules }),
  });
}

export interface BacktestProgress {
  scanned: number;
  total: number;
}

type BacktestLine =
  | { object: 'earn_rule_simulation_progress'; events_scanned: number; events_total: number }
  | Simulation
  | { object: 'error'; error: { code: string; message: string } };

/** Newline-delimited JSON from a stream, one parsed line at a time. */
async function* jsonLines(stream: ReadableStream<Uint8Array>): AsyncGenerator<BacktestLine> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    const lines = buffered.split('\n');
    buffered = done ? '' : lines.pop()!;
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as BacktestLine;
    if (done) return;
  }
}

/** A backtest that reports how far it has got while the server replays the window's events. */
export function useBacktest() {
  const [progress, setProgress] = useState<BacktestProgress | null>(null);
  const mutation = useMutation({
    mutationFn: async (draft: { definition: RuleDefinition; from?: string }): Promise<Simulation> => {
      setProgress(null);
      const stream = await bodyOf(
        api.POST('/v1/loyalty/earn-rules/backtests', {
          body: draft,
          parseAs: 'stream',
          headers: { accept: 'application/x-ndjson' },
        }),
      );
      if (!stream) throw new ApiError(500, 'internal_error', 'The backtest answered nothing.');
      for await (const line of jsonLines(stream)) {
        if (line.object === 'earn_rule_simulation_progress')
          setProgress({ scanned: line.events_scanned, total: line.events_total });
        else if (line.object === 'error') throw new ApiError(500, line.error.code, line.error.message);
        else return line;
      }
      throw new ApiError(500, 'internal_error', 'The backtest ended without an answer.');
    },
  });
  return { ...mutation, progress };
}

export function useTiers() {
  return useQuery({ queryKey: loyaltyKeys.tiers, queryFn: () => bodyOf(api.GET('/v1/loyalty/tiers')) });
}

export function useSaveTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, tier }: { id: string | null; tier: NewTier }) =>
      id
        ? bodyOf(api.PATCH('/v1/loyalty/tiers/{id}', { params: { path: { id } }, body: tier }))
        : bodyOf(api.POST('/v1/loyalty/tiers', { body: tier })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.tiers }),
  });
}

export function useArchiveTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bodyOf(api.DELETE('/v1/loyalty/tiers/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.tiers }),
  });
}

export function useRewards() {
  return useQuery({
    queryKey: loyaltyKeys.rewards,
    queryFn: () => bodyOf(api.GET('/v1/loyalty/rewards', { params: { query: { limit: 100 } } })),
  });
}

export function useSaveReward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: { id: null; reward: NewReward } | { id: string; reward: RewardChanges }) =>
      save.id === null
        ? bodyOf(api.POST('/v1/loyalty/rewards', { body: save.reward }))
        : bodyOf(
            api.PATCH('/v1/loyalty/rewards/{id}', { params: { path: { id: save.id } }, body: save.reward }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.rewards }),
  });
}

export function useArchiveReward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bodyOf(api.DELETE('/v1/loyalty/rewards/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.rewards }),
  });
}

export function useChallenges() {
  return useQuery({
    queryKey: loyaltyKeys.challenges,
    queryFn: () => bodyOf(api.GET('/v1/loyalty/challenges', { params: { query: { limit: 100 } } })),
  });
}

export function useSaveChallenge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      save: { id: null; challenge: NewChallenge } | { id: string; challenge: ChallengeChanges },
    ) =>
      save.id === null
        ? bodyOf(api.POST('/v1/loyalty/challenges', { body: save.challenge }))
        : bodyOf(
            api.PATCH('/v1/loyalty/challenges/{id}', {
              params: { path: { id: save.id } },
              body: save.challenge,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.challenges }),
  });
}

export function useArchiveChallenge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      bodyOf(api.DELETE('/v1/loyalty/challenges/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: loyaltyKeys.challenges }),
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
