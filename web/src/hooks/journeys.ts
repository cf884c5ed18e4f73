import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../api/client.js';
import type { paths } from '../api/schema.js';

/** The journeys API's shapes, from its OpenAPI document. A graph is kept as the JSON the server stores. */
export type Journey = Answer<'/v1/journeys/{id}', 'get'>;
export type JourneyReport = Answer<'/v1/journeys/{id}/report', 'get'>;
export type ReportPart = NonNullable<JourneyReport['total']>;
export type InFlight = NonNullable<
  paths['/v1/journeys/{id}/publish']['post']['requestBody']['content']['application/json']['in_flight']
>;
type JourneyBody = paths['/v1/journeys']['post']['requestBody']['content']['application/json'];

const keys = {
  all: ['journeys'] as const,
  list: ['journeys', 'list'] as const,
  one: (id: string) => ['journeys', 'one', id] as const,
  report: (id: string) => ['journeys', 'report', id] as const,
  run: (id: string, run: string) => ['journeys', 'run', id, run] as const,
  customer: (id: string) => ['journeys', 'customer', id] as const,
};

/** Live counts move as customers walk: the report and the list are read again every few seconds. */
const liveRefreshMs = 5000;

export function useJourneys() {
  return useQuery({
    queryKey: keys.list,
    queryFn: () => bodyOf(api.GET('/v1/journeys')),
    staleTime: 0,
    refetchInterval: liveRefreshMs,
  });
}

export function useJourney(id: string | null) {
  return useQuery({
    queryKey: keys.one(id ?? ''),
    queryFn: () => bodyOf(api.GET('/v1/journeys/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useJourneyReport(id: string | null) {
  return useQuery({
    queryKey: keys.report(id ?? ''),
    queryFn: () => bodyOf(api.GET('/v1/journeys/{id}/report', { params: { path: { id: id! } } })),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: liveRefreshMs,
  });
}

export function useJourneyRun(id: string, run: string) {
  return useQuery({
    queryKey: keys.run(id, run),
    queryFn: () => bodyOf(api.GET('/v1/journeys/{id}/runs/{run}', { params: { path: { id, run } } })),
    staleTime: 0,
  });
}

export function useCustomerJourneys(id: string) {
  return useQuery({
    queryKey: keys.customer(id),
    queryFn: () => bodyOf(api.GET('/v1/customers/{id}/journeys', { params: { path: { id } } })),
    staleTime: 0,
  });
}

/** Creates the journey (`id` null) or saves its draft, name and description. */
export function useSaveJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { id: string | null; journey: JourneyBody }): Promise<Journey> =>
      change.id === null
        ? bodyOf(api.POST('/v1/journeys', { body: change.journey }))
        : bodyOf(
            api.PATCH('/v1/journeys/{id}', { params: { path: { id: change.id } }, body: change.journey }),
          ),
    onSuccess: (journey) => {
      queryClient.setQueryData(keys.one(journey.id), journey);
      return queryClient.invalidateQueries({ queryKey: keys.list });
    },
  });
}

export function usePublishJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { id: string; inFlight: InFlight }) =>
      bodyOf(
        api.POST('/v1/journeys/{id}/publish', {
          params: { path: { id: change.id } },
          body: { in_flight: change.inFlight },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export type JourneyAction = 'pause' | 'resume' | 'archive';

export function useJourneyAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: JourneyAction }) => {
      const options = { params: { path: { id } } };
      if (action === 'pause') return bodyOf(api.POST('/v1/journeys/{id}/pause', options));
      if (action === 'resume') return bodyOf(api.POST('/v1/journeys/{id}/resume', options));
      return bodyOf(api.POST('/v1/journeys/{id}/archive', options));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

/** A replay of a draft over the last days of the log: nothing is saved or sent. */
export function useSimulateJourney() {
  return useMutation({
    mutationFn: ({ id, days, graph }: { id: string; days: number; graph: Record<string, unknown> }) =>
      bodyOf(api.POST('/v1/journeys/{id}/simulate', { params: { path: { id } }, body: { days, graph } })),
  });
}
