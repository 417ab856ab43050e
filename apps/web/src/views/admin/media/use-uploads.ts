import { ref } from 'vue';
import { type StaffMedia, mediaApi, uploadErrorKey } from './media-api';
import type { XhrLike } from './xhr-fetch';

export interface Upload {
  key: number;
  name: string;
  /** Bytes sent and the body's size (null until the browser knows it). */
  loaded: number;
  total: number | null;
  status: 'uploading' | 'done' | 'duplicate' | 'error';
  error?: ReturnType<typeof uploadErrorKey>;
  controller: AbortController;
}

/**
 * Uploads to the media library, several at a time, each with its progress (bytes sent, from
 * XMLHttpRequest) and its outcome: uploaded, already there (same bytes), or why it was refused
 * (413 too large, 415 type not accepted). `onUploaded` hears every record that came back.
 */
export function useUploads(
  onUploaded: (item: StaffMedia, created: boolean) => void,
  createXhr?: () => XhrLike,
) {
  const uploads = ref<Upload[]>([]);
  let nextKey = 1;

  function patch(key: number, change: Partial<Upload>) {
    uploads.value = uploads.value.map((u) => (u.key === key ? { ...u, ...change } : u));
  }

  async function upload(file: File): Promise<void> {
    const key = nextKey++;
    const controller = new AbortController();
    uploads.value = [
      ...uploads.value,
      { key, name: file.name, loaded: 0, total: file.size, status: 'uploading', controller },
    ];
    try {
      const { item, created } = await mediaApi.upload(
        file,
        ({ loaded, total }) => patch(key, { loaded, total: total ?? file.size }),
        controller.signal,
        createXhr,
      );
      patch(key, { status: created ? 'done' : 'duplicate' });
      onUploaded(item, created);
    } catch (error) {
      if (controller.signal.aborted) {
        dismiss(key);
        return;
      }
      patch(key, { status: 'error', error: uploadErrorKey(error) });
    }
  }

  function uploadAll(files: Iterable<File>): Promise<void[]> {
    return Promise.all([...files].map(upload));
  }

  function cancel(key: number) {
    uploads.value.find((u) => u.key === key)?.controller.abort();
  }

  function dismiss(key: number) {
    uploads.value = uploads.value.filter((u) => u.key !== key);
  }

  return { uploads, upload, uploadAll, cancel, dismiss };
}
