import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '../../api/client.js';
import type {
  CustomerSegment,
  FieldCatalogue,
  HistoryPoint,
  Json,
  MembersPage,
  Preview,
  Segment,
  SegmentDraft,
} from './types.js';

type Call = (path: string, init?: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const loose = api as unknown as { GET: Call; POST: Call; PATCH: Call; DELETE: Call };

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
const whileBuilding = (segment: Segment | undefined) => (segment?.status === 'building' ? 1000 : false);

export function useSegments() {
  return useQuery({
    queryKey: keys.list,
    queryFn: () => bodyOf(loose.GET('/v1/segments')) as Promise<{ object: 'list'; data: Segment[] }>,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.data.some((s) => s.status === 'building') ? 1000 : false),
  });
}

export function useSegment(id: string | null) {
  return useQuery({
    queryKey: keys.one(id ?? ''),
    queryFn: () => bodyOf(loose.GET('/v1/segments/{id}', { params: { path: { id } } })) as Promise<Segment>,
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => whileBuilding(query.state.data),
  });
}

export function useSegmentFields() {
  return useQuery({
    queryKey: keys.fields,
    queryFn: () => bodyOf(loose.GET('/v1/segments/fields')) as Promise<FieldCatalogue>,
  });
}

export function useSegmentHistory(id: string, building = false) {
  return useQuery({
    queryKey: keys.history(id),
    queryFn: () =>
      bodyOf(
        loose.GET('/v1/segments/{id}/history', { params: { path: { id }, query: { days: 30 } } }),
      ) as Promise<{
        data: HistoryPoint[];
      }>,
    refetchInterval: building ? 2000 : false,
  });
}

export function useSegmentMembers(id: string, startingAfter: string | null) {
  return useQuery({
    queryKey: keys.members(id, startingAfter),
    queryFn: () =>
      bodyOf(
        loose.GET('/v1/segments/{id}/members', {
          params: {
            path: { id },
            query: { limit: membersPageSize, ...(startingAfter ? { starting_after: startingAfter } : {}) },
          },
        }),
      ) as Promise<MembersPage>,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** A draft's count, explanation and a few members, without saving it; null waits (nothing to ask yet). */
export function usePreview(definition: Json | null) {
  const key = definition === null ? '' : JSON.stringify(definition);
  return useQuery({
    queryKey: keys.preview(key),
    queryFn: () => bodyOf(loose.POST('/v1/segments/preview', { body: { definition } })) as Promise<Preview>,
    enabled: definition !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
}

export function useSaveSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { id: string | null; segment: SegmentDraft }) =>
      (change.id === null
        ? bodyOf(loose.POST('/v1/segments', { body: change.segment }))
        : bodyOf(
            loose.PATCH('/v1/segments/{id}', { params: { path: { id: change.id } }, body: change.segment }),
          )) as Promise<Segment>,
    onSuccess: (segment) => {
      queryClient.setQueryData(keys.one(segment.id), segment);
      return queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}

export function useDeleteSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bodyOf(loose.DELETE('/v1/segments/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useCustomerSegments(id: string) {
  return useQuery({
    queryKey: keys.customer(id),
    queryFn: () =>
      bodyOf(loose.GET('/v1/customers/{id}/segments', { params: { path: { id } } })) as Promise<{
        data: CustomerSegment[];
      }>,
    staleTime: 0,
  });
}
