import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../staff-api';
import { server } from '../../../testing/mock-api';
import { mediaMessages } from './i18n';
import UploadPanel from './UploadPanel.vue';
import type { XhrLike } from './xhr-fetch';

vi.mock('../../../staff-api', () => import('../../../testing/mock-staff-api'));

/** An XMLHttpRequest stand-in: records what was sent, and is told by the test what happens. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  statusText = '';
  response: Blob | null = null;
  responseType: XMLHttpRequestResponseType = '';
  withCredentials = false;
  responseHeaders = '';
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  getAllResponseHeaders() {
    return this.responseHeaders;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent);
  }
  answer(status: number, body: unknown, type = 'application/json') {
    this.status = status;
    this.responseHeaders = `content-type: ${type}\r\netag: "media-1-v1"`;
    this.response = new Blob([JSON.stringify(body)], { type });
    this.onload?.();
  }
}

const createXhr = () => new FakeXhr() as unknown as XhrLike;

const media = {
  id: 1,
  kind: 'image',
  version: 1,
  consent: 'unknown',
  publiclyVisible: false,
  credit: null,
  focalPoint: { x: 0.5, y: 0.5 },
  url: '/media/a/b.jpg',
  youtubeId: null,
  mimeType: 'image/jpeg',
  bytes: 100,
  width: 10,
  height: 10,
  checksum: 'x',
  originalFilename: 'photo.jpg',
  variants: [],
  translations: {},
  missingAlt: ['ky', 'ru', 'en'],
  createdBy: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

async function chooseFile(wrapper: ReturnType<typeof mount>, name = 'photo.jpg') {
  const input = wrapper.get('input[type="file"]');
  const file = new File([new Uint8Array(100)], name, { type: 'image/jpeg' });
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  await flushPromises();
}

describe('UploadPanel', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    server.reset();
    setCsrfToken('token-1');
    await mediaMessages.load('ru');
  });
  afterEach(() => {
    expect(server.unexpected()).toEqual([]);
    setCsrfToken(null);
  });

  it('shows the upload’s progress from XMLHttpRequest, through the client (CSRF header)', async () => {
    const wrapper = mount(UploadPanel, { props: { createXhr }, attachTo: document.body });
    await chooseFile(wrapper);

    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('http://api.test/api/v1/staff/media');
    expect(xhr.headers['x-csrf-token']).toBe('token-1');
    expect(xhr.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const progress = wrapper.get('progress');
    expect(progress.attributes('value')).toBe('0');
    expect(wrapper.get(`label[for="${progress.attributes('id')}"]`).text()).toBe(
      'Загрузка «photo.jpg»',
    );

    xhr.progress(40, 160);
    await flushPromises();
    expect(wrapper.get('progress').attributes('value')).toBe('25');
    xhr.progress(160, 160);
    await flushPromises();
    expect(wrapper.get('progress').attributes('value')).toBe('100');

    xhr.answer(201, { data: media });
    await flushPromises();
    expect(wrapper.find('progress').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toBe('«photo.jpg» загружен');
    expect(wrapper.emitted('added')?.[0]?.[0]).toMatchObject({ id: 1 });
    wrapper.unmount();
  });

  it('says in words why a file was refused (415, 413)', async () => {
    const wrapper = mount(UploadPanel, { props: { createXhr }, attachTo: document.body });
    await chooseFile(wrapper, 'notes.txt');
    FakeXhr.last!.answer(
      415,
      { type: 'about:blank', title: 'Unsupported Media Type', status: 415 },
      'application/problem+json',
    );
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('такой тип файла не принимается');

    await chooseFile(wrapper, 'huge.jpg');
    FakeXhr.last!.answer(
      413,
      { type: 'about:blank', title: 'Payload Too Large', status: 413 },
      'application/problem+json',
    );
    await flushPromises();
    expect(wrapper.findAll('[role="alert"]')[1]!.text()).toBe('«huge.jpg»: файл слишком большой');
    expect(wrapper.emitted('added')).toBeUndefined();
    wrapper.unmount();
  });

  it('cancels an upload in flight', async () => {
    const wrapper = mount(UploadPanel, { props: { createXhr }, attachTo: document.body });
    await chooseFile(wrapper);
    await wrapper.get('.upload-panel__item button').trigger('click');
    await flushPromises();
    expect(wrapper.find('.upload-panel__item').exists()).toBe(false);
    wrapper.unmount();
  });
});
