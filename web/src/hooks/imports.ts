import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, type Answer } from '../api/client.js';
import { sessionKeys, type Session } from './session.js';

export type ImportReport = Answer<'/v1/imports', 'post'>;
export type ImportType = 'customers' | 'orders';

export interface UploadProgress {
  sent: number;
  total: number;
}

/** The upload broke off (network, server gone): there is no answer to read. */
export class UploadInterrupted extends Error {}

type ErrorBody = { error?: { code?: string; message?: string; param?: string } } | null;

/**
 * Sends the file as the request body. XMLHttpRequest, not fetch: only it reports the bytes sent,
 * and given a File it streams it from disk, so a file of tens of MB is never read into memory.
 */
function uploadCsv(
  file: File,
  type: ImportType,
  csrfToken: string | null,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    // wait=true: the report comes once the imported customers and orders show everywhere.
    request.open('POST', `/v1/imports?type=${type}&wait=true`);
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('accept', 'application/json');
    if (csrfToken) request.setRequestHeader('x-retain-csrf', csrfToken);
    request.responseType = 'json';
    request.upload.onprogress = (event) =>
      onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : file.size });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        resolve(request.response as ImportReport);
        return;
      }
      const body = request.response as ErrorBody;
      reject(
        new ApiError(
          request.status,
          body?.error?.code ?? 'http_error',
          body?.error?.message ?? `HTTP ${request.status}`,
          body?.error?.param,
        ),
      );
    };
    request.onerror = () => reject(new UploadInterrupted());
    request.send(file);
  });
}

/** A CSV import with the upload's progress; every screen's data is refetched once it is in. */
export function useImportCsv() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: ({ file, type }: { file: File; type: ImportType }) => {
      setProgress({ sent: 0, total: file.size });
      const session = queryClient.getQueryData<Session>(sessionKeys.session);
      return uploadCsv(file, type, session?.csrf_token ?? null, setProgress);
    },
    onSettled: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' }),
  });
  return { ...mutation, progress };
}
