import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../api/client.js';
import type { paths } from '../api/schema.js';

type Body<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Json } };
}
  ? Json
  : never;

export type Channel = Answer<'/v1/channels', 'get'>['data'][number];
export type ChannelKind = paths['/v1/channels/{kind}']['put']['parameters']['path']['kind'];
export type Template = Answer<'/v1/templates/{id}', 'get'>;
export type NewTemplate = Body<'/v1/templates', 'post'>;
type LibraryChoice = Body<'/v1/templates/library', 'post'>;
export type TemplateChanges = Body<'/v1/templates/{id}', 'patch'>;
export type Message = Answer<'/v1/messages/{id}', 'get'>;
export type MessagingSettings = Answer<'/v1/messaging/settings', 'get'>;
export type MessagingSettingsChanges = Body<'/v1/messaging/settings', 'patch'>;
export type Pacing = MessagingSettings['pacing'];
export type CapRule = Pacing['frequency_caps'][number];
export type Stats = Answer<'/v1/messaging/stats', 'get'>;

/** The channels a workspace sets up, in the order the dashboard shows them. */
export const channelKinds: ChannelKind[] = ['email', 'sms', 'line', 'zalo', 'whatsapp', 'push', 'webhook'];

const messageKeys = {
  all: ['messages'] as const,
  channels: ['messages', 'channels'] as const,
  templates: ['messages', 'templates'] as const,
  template: (id: string) => ['messages', 'templates', id] as const,
  preview: (id: string, version: number, sample: string) =>
    ['messages', 'templates', id, 'preview', version, sample] as const,
  settings: ['messages', 'settings'] as const,
  outbox: (startingAfter: string | null) => ['messages', 'outbox', startingAfter] as const,
  message: (id: string) => ['messages', 'message', id] as const,
  stats: (from: string, to: string) => ['messages', 'stats', from, to] as const,
  customer: (id: string) => ['messages', 'customer', id] as const,
  consent: (id: string) => ['messages', 'consent', id] as const,
};

export function useChannels() {
  return useQuery({ queryKey: messageKeys.channels, queryFn: () => bodyOf(api.GET('/v1/channels')) });
}

export function useSaveChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      kind,
      settings,
      verify,
    }: {
      kind: ChannelKind;
      settings: Record<string, unknown>;
      verify: boolean;
    }) =>
      bodyOf(
        api.PUT('/v1/channels/{kind}', {
          params: { path: { kind }, query: verify ? { verify: 'true' } : {} },
          body: settings,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.channels }),
  });
}

export function useRemoveChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind: ChannelKind) =>
      bodyOf(api.DELETE('/v1/channels/{kind}', { params: { path: { kind } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.channels }),
  });
}

export function useTemplates() {
  return useQuery({
    queryKey: messageKeys.templates,
    queryFn: () => bodyOf(api.GET('/v1/templates', { params: { query: { limit: 100 } } })),
  });
}

export function useTemplate(id: string | null) {
  return useQuery({
    queryKey: messageKeys.template(id ?? ''),
    queryFn: () => bodyOf(api.GET('/v1/templates/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
  });
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      change: { id: null; template: NewTemplate } | { id: string; template: TemplateChanges },
    ): Promise<Template> =>
      change.id === null
        ? bodyOf(api.POST('/v1/templates', { body: change.template }))
        : bodyOf(
            api.PATCH('/v1/templates/{id}', { params: { path: { id: change.id } }, body: change.template }),
          ),
    onSuccess: (template) => {
      queryClient.setQueryData(messageKeys.template(template.id), template);
      return queryClient.invalidateQueries({ queryKey: messageKeys.templates, exact: true });
    },
  });
}

/** The ready-made lifecycle templates in one language. */
export function useTemplateLibrary(language: LibraryChoice['language']) {
  return useQuery({
    queryKey: ['messages', 'library', language],
    queryFn: () => bodyOf(api.GET('/v1/templates/library', { params: { query: { language } } })),
    staleTime: Infinity,
  });
}

/** The workspace's own editable copy of a ready-made template. */
export function useCopyLibraryTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choice: LibraryChoice) => bodyOf(api.POST('/v1/templates/library', { body: choice })),
    onSuccess: (template) => {
      queryClient.setQueryData(messageKeys.template(template.id), template);
      return queryClient.invalidateQueries({ queryKey: messageKeys.templates, exact: true });
    },
  });
}

export function useArchiveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bodyOf(api.POST('/v1/templates/{id}/archive', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.templates, exact: true }),
  });
}

/**
 * The saved version rendered for a sample customer of a language (`sample` = en, vi, th, ja) or a
 * real customer (`cus_…` or the shop's userId); a new version re-renders it.
 */
export function usePreview(id: string, version: number, sample: { locale: string } | { customer: string }) {
  const key = 'customer' in sample ? `customer:${sample.customer}` : `locale:${sample.locale}`;
  return useQuery({
    queryKey: messageKeys.preview(id, version, key),
    queryFn: () => bodyOf(api.POST('/v1/templates/{id}/preview', { params: { path: { id } }, body: sample })),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useTestSend() {
  return useMutation({
    mutationFn: ({ id, to }: { id: string; to: string }) =>
      bodyOf(api.POST('/v1/templates/{id}/test', { params: { path: { id } }, body: { to } })),
  });
}

export function useMessagingSettings() {
  return useQuery({
    queryKey: messageKeys.settings,
    queryFn: () => bodyOf(api.GET('/v1/messaging/settings')),
  });
}

export function useSaveMessagingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: MessagingSettingsChanges) =>
      bodyOf(api.PATCH('/v1/messaging/settings', { body: changes })),
    onSuccess: (settings) => queryClient.setQueryData(messageKeys.settings, settings),
  });
}

const outboxPageSize = 25;

/** What the dispatcher changes in the background (statuses, the outbox, the counts) is read again on each visit. */
const dispatched = { staleTime: 0 } as const;

/** The development outbox: messages no provider took because their channel is not set up. */
export function useOutbox(startingAfter: string | null) {
  return useQuery({
    ...dispatched,
    queryKey: messageKeys.outbox(startingAfter),
    queryFn: () =>
      bodyOf(
        api.GET('/v1/messages', {
          params: {
            query: {
              provider: 'development_outbox',
              limit: outboxPageSize,
              ...(startingAfter ? { starting_after: startingAfter } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMessage(id: string | null) {
  return useQuery({
    ...dispatched,
    queryKey: messageKeys.message(id ?? ''),
    queryFn: () => bodyOf(api.GET('/v1/messages/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
  });
}

export function useMessagingStats(from: string, to: string) {
  return useQuery({
    ...dispatched,
    queryKey: messageKeys.stats(from, to),
    queryFn: () => bodyOf(api.GET('/v1/messaging/stats', { params: { query: { from, to } } })),
  });
}

export function useCustomerMessages(id: string) {
  return useQuery({
    ...dispatched,
    queryKey: messageKeys.customer(id),
    queryFn: () =>
      bodyOf(api.GET('/v1/customers/{id}/messages', { params: { path: { id }, query: { limit: 50 } } })),
  });
}

export function useCustomerConsent(id: string) {
  return useQuery({
    queryKey: messageKeys.consent(id),
    queryFn: () => bodyOf(api.GET('/v1/customers/{id}/consent', { params: { path: { id } } })),
  });
}

// Broadcasts, consent changes and suppressions: the Messages section's admin screens.

export type Broadcast = Answer<'/v1/broadcasts/{id}', 'get'>;
export type NewBroadcast = Body<'/v1/broadcasts', 'post'>;
export type ConsentChange = Body<'/v1/customers/{id}/consent', 'put'>;
export type Suppression = Answer<'/v1/suppressions', 'get'>['data'][number];
export type SuppressionFilter = NonNullable<paths['/v1/suppressions']['get']['parameters']['query']>;
export type SuppressionImportReport = Answer<'/v1/suppressions/import', 'post'>;

const adminKeys = {
  broadcasts: ['messages', 'broadcasts'] as const,
  broadcast: (id: string) => ['messages', 'broadcasts', id] as const,
  consentHistory: (id: string) => ['messages', 'consent', id, 'history'] as const,
  suppressions: (filter: SuppressionFilter) => ['messages', 'suppressions', filter] as const,
};

/** While the outbox still holds a broadcast's messages (or it has not enqueued them all), it is sending. */
export function broadcastInFlight(broadcast: Pick<Broadcast, 'status' | 'messages'>): boolean {
  if (broadcast.status === 'canceled') return false;
  if (broadcast.status !== 'enqueued') return true;
  return broadcast.messages.queued + broadcast.messages.sending > 0;
}

/** How often a screen with a broadcast in flight reads its progress again. */
const broadcastPollMs = 2_000;

export function useBroadcasts() {
  return useQuery({
    ...dispatched,
    queryKey: adminKeys.broadcasts,
    queryFn: () => bodyOf(api.GET('/v1/broadcasts', { params: { query: { limit: 50 } } })),
    refetchInterval: (query) => (query.state.data?.data.some(broadcastInFlight) ? broadcastPollMs : false),
  });
}

export function useBroadcast(id: string) {
  return useQuery({
    ...dispatched,
    queryKey: adminKeys.broadcast(id),
    queryFn: () => bodyOf(api.GET('/v1/broadcasts/{id}', { params: { path: { id } } })),
    refetchInterval: (query) =>
      query.state.data && broadcastInFlight(query.state.data) ? broadcastPollMs : false,
  });
}

export function useCreateBroadcast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (broadcast: NewBroadcast) => bodyOf(api.POST('/v1/broadcasts', { body: broadcast })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.broadcasts }),
  });
}

export function useCancelBroadcast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bodyOf(api.POST('/v1/broadcasts/{id}/cancel', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.broadcasts }),
  });
}

/** The legal record of a customer's consent: every change, newest recorded first. */
export function useConsentHistory(id: string) {
  return useQuery({
    queryKey: adminKeys.consentHistory(id),
    queryFn: () =>
      bodyOf(
        api.GET('/v1/customers/{id}/consent/history', { params: { path: { id }, query: { limit: 100 } } }),
      ),
  });
}

export function useChangeConsent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ConsentChange) =>
      bodyOf(api.PUT('/v1/customers/{id}/consent', { params: { path: { id } }, body: change })),
    onSuccess: (consent) => {
      queryClient.setQueryData(messageKeys.consent(id), consent);
      return queryClient.invalidateQueries({ queryKey: adminKeys.consentHistory(id) });
    },
  });
}

export function useSuppressions(filter: SuppressionFilter) {
  return useQuery({
    queryKey: adminKeys.suppressions(filter),
    queryFn: () => bodyOf(api.GET('/v1/suppressions', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

const allSuppressions = { queryKey: ['messages', 'suppressions'] };

export function useAddSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (suppression: Body<'/v1/suppressions', 'post'>) =>
      bodyOf(api.POST('/v1/suppressions', { body: suppression })),
    onSuccess: () => queryClient.invalidateQueries(allSuppressions),
  });
}

export function useRemoveSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channel, address }: { channel: string; address: string }) =>
      bodyOf(api.DELETE('/v1/suppressions/{channel}/{address}', { params: { path: { channel, address } } })),
    onSuccess: () => queryClient.invalidateQueries(allSuppressions),
  });
}

/** The CSV as the request body (text/csv): the server checks every row before writing any. */
export function useImportSuppressions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      bodyOf(
        api.POST('/v1/suppressions/import', {
          // The operation declares no JSON body: the CSV goes as it is.
          body: csv as never,
          bodySerializer: () => csv,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries(allSuppressions),
  });
}

type AudienceQuery = paths['/v1/broadcasts/audience']['get']['parameters']['query'];

/** How many customers a broadcast would reach if it started now (null: nothing to ask yet). */
export function useBroadcastAudience(query: AudienceQuery | null) {
  return useQuery({
    queryKey: ['messages', 'broadcasts', 'audience', query] as const,
    queryFn: () => bodyOf(api.GET('/v1/broadcasts/audience', { params: { query: query! } })),
    enabled: query !== null,
    retry: false,
  });
}
