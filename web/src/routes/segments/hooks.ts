import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '../../api/client.js';
import type { Json, Segment, SegmentDraft } from './types.js';

const keys = {
  all: ['segments'] as const,
  list: ['segments', 'list'] as const,
  fields: ['segments', 'fields'] as const,
  one: (id: string) => ['segments', 'one', id] as const,
  history: (id: string) => ['segments', 'history', id] as const,
  members: (id: string, after: string | null) => ['segments', 'members', id, after] as const,
  preview: (definition: string) => ['segments', 'preview', definition] as const,
  customer: (id: string) => ['segments', 'customer', id] as const,
};

const membersPageSize = 25;

/** A segment being rebuilt is read again each second until it is live: its count moves as it builds. */
const whileBuilding = (building: boolean | undefined) => (building ? 1000 : false);

export function useSegments() {
  return useQuery({
    queryKey: keys.list,
    queryFn: () => bodyOf(api.GET('/v1/segments')),
    staleTime: 0,
    refetchInterval: (query) =>
      whileBuilding(query.state.data?.data.some((segment) => segment.status === 'building')),
  });
}

export function useSegment(id: string | null) {
  return useQuery({
    queryKey: keys.one(id ?? ''),
    queryFn: () => bodyOf(api.GET('/v1/segments/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => whileBuilding(query.state.data?.status === 'building'),
  });
}

export function useSegmentFields() {
  return useQuery({ queryKey: keys.fields, queryFn: () => bodyOf(api.GET('/v1/segments/fields')) });
}

export function useSegmentHistory(id: string, building = false) {
  return useQuery({
    queryKey: keys.history(id),
    queryFn: () =>
      bodyOf(api.GET('/v1/segments/{id}/history', { params: { path: { id }, query: { days: 30 } } })),
    refetchInterval: building ? 2000 : false,
  });
}

export function useSegmentMembers(id: string, startingAfter: string | null) {
  return useQuery({
    queryKey: keys.members(id, startingAfter),
    queryFn: () =>
      bodyOf(
        api.GET('/v1/segments/{id}/members', {
          params: {
            path: { id },
            query: { limit: membersPageSize, ...(startingAfter ? { starting_after: startingAfter } : {}) },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** A draft's count, explanation and a few members, without saving it. */
export function usePreview(definition: Json) {
  return useQuery({
    queryKey: keys.preview(JSON.stringify(definition)),
    queryFn: () => bodyOf(api.POST('/v1/segments/preview', { body: { definition } })),
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
}

export function useSaveSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { id: string | null; segment: SegmentDraft }): Promise<Segment> =>
      change.id === null
        ? bodyOf(api.POST('/v1/segments', { body: change.segment }))
        : bodyOf(
            api.PATCH('/v1/segments/{id}', { params: { path: { id: change.id } }, body: change.segment }),
          ),
    onSuccess: (segment) => {
      queryClient.setQueryData(keys.one(segment.id), segment);
      return queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}

export function useDeleteSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bodyOf(api.DELETE('/v1/segments/{id}', { params: { path: { id } } })),
    // The deleted segment's own queries are not read again: its screen is being left.
    onSuccess: (_, id) =>
      queryClient.invalidateQueries({
        queryKey: keys.all,
        predicate: (query) => !query.queryKey.includes(id),
      }),
  });
}

export function useCustomerSegments(id: string) {
  return useQuery({
    queryKey: keys.customer(id),
    queryFn: () => bodyOf(api.GET('/v1/customers/{id}/segments', { params: { path: { id } } })),
    staleTime: 0,
  });
}
