/** Bytes sent so far of a request body, and its size when known. */
export interface UploadProgress {
  loaded: number;
  total: number | null;
}

/** The part of XMLHttpRequest this module uses (a test passes a fake). */
export type XhrLike = Pick<
  XMLHttpRequest,
  | 'open'
  | 'send'
  | 'abort'
  | 'setRequestHeader'
  | 'getAllResponseHeaders'
  | 'status'
  | 'statusText'
  | 'response'
  | 'responseType'
  | 'withCredentials'
  | 'onload'
  | 'onerror'
  | 'onabort'
  | 'ontimeout'
> & { upload: Pick<XMLHttpRequestUpload, 'onprogress'> };

function headersOf(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` made with XMLHttpRequest, for uploads: fetch() cannot report how much of a request
 * body was sent, XHR's `upload.onprogress` can. Pass it as the `fetch` option of one call of the
 * generated client (`staffApi.POST('/api/v1/staff/media', { fetch: xhrFetch(onProgress), … })`),
 * so the request still goes through the client and its middleware (the CSRF header). It answers a
 * real Response; an aborted signal aborts the upload (AbortError), a network failure rejects
 * with a TypeError, as fetch() does.
 */
export function xhrFetch(
  onProgress: (progress: UploadProgress) => void,
  createXhr: () => XhrLike = () => new XMLHttpRequest(),
): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const body = request.body === null ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = createXhr();
      const signal = request.signal;
      const aborted = () => new DOMException('The upload was aborted.', 'AbortError');
      if (signal.aborted) {
        reject(aborted());
        return;
      }
      const onAbort = () => xhr.abort();
      signal.addEventListener('abort', onAbort, { once: true });
      const done = () => signal.removeEventListener('abort', onAbort);

      xhr.open(request.method, request.url, true);
      xhr.responseType = 'blob';
      xhr.withCredentials = request.credentials === 'include';
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) =>
        onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
      xhr.onload = () => {
        done();
        const status = xhr.status;
        // A Response may not carry a body with these statuses.
        const empty = status === 204 || status === 205 || status === 304;
        resolve(
          new Response(empty ? null : (xhr.response as Blob | null), {
            status,
            statusText: xhr.statusText,
            headers: headersOf(xhr.getAllResponseHeaders()),
          }),
        );
      };
      xhr.onerror = () => {
        done();
        reject(new TypeError('Network request failed'));
      };
      xhr.ontimeout = xhr.onerror;
      xhr.onabort = () => {
        done();
        reject(aborted());
      };
      xhr.send(body);
    });
  };
}
