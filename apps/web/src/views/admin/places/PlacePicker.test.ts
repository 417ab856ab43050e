import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { placesMessages } from './i18n';
import PlacePicker from './PlacePicker.vue';

vi.mock('../../../staff-api', () => import('../../../testing/mock-staff-api'));

const node = (
  id: number,
  parentId: number | null,
  depth: number,
  kind: string,
  names: Record<string, string>,
) => ({ id, parentId, depth, kind, slug: `p${id}`, names });

const tree = [
  node(1, null, 0, 'country', { ru: 'Кыргызстан', en: 'Kyrgyzstan', ky: 'Кыргызстан' }),
  node(2, 1, 1, 'oblast', {
    ru: 'Джалал-Абадская область',
    en: 'Jalal-Abad oblast',
    ky: 'Жалал-Абад облусу',
  }),
  node(3, 2, 2, 'district', {
    ru: 'Токтогульский район',
    en: 'Toktogul district',
    ky: 'Токтогул району',
  }),
  node(4, 3, 3, 'settlement', { ru: 'Кара-Куль', en: 'Kara-Köl', ky: 'Кара-Көл' }),
  node(5, 1, 1, 'city', { ru: 'Бишкек', en: 'Bishkek', ky: 'Бишкек' }),
];

describe('PlacePicker', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    server.reset();
    await placesMessages.load('ru');
    server.on('GET', 'http://api.test/api/v1/staff/places/tree', json({ data: tree }));
  });
  afterEach(() => expect(server.unexpected()).toEqual([]));

  it('finds a place by its name in any language and shows its path', async () => {
    const wrapper = mount(PlacePicker, { props: { modelValue: null }, attachTo: document.body });
    await flushPromises();
    const search = wrapper.get('input[type="search"]');
    expect(wrapper.get(`label[for="${search.attributes('id')}"]`).text()).toBe(
      'Найти место (на любом языке)',
    );

    // Kyrgyz spelling, any case.
    await search.setValue('кара-көл');
    let results = wrapper.findAll('.place-picker__result');
    expect(results.map((r) => r.text())).toEqual([
      'Выбрать: Джалал-Абадская область › Токтогульский район › Кара-Куль',
    ]);
    // English spelling without its diacritic, and a part of a word.
    await search.setValue('kara-kol');
    expect(wrapper.findAll('.place-picker__result')).toHaveLength(1);
    await search.setValue('toktogul');
    results = wrapper.findAll('.place-picker__result');
    expect(results.map((r) => r.text())).toEqual([
      'Выбрать: Джалал-Абадская область › Токтогульский район',
    ]);
    expect(wrapper.get('[role="status"]').text()).toBe('Найдено: 1');

    await results[0]!.trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([[3]]);
    await search.setValue('нет такого');
    expect(wrapper.get('[role="status"]').text()).toBe('Ничего не найдено');
    wrapper.unmount();
  });

  it('shows the chosen place’s path and can clear it', async () => {
    const wrapper = mount(PlacePicker, { props: { modelValue: 4 }, attachTo: document.body });
    await flushPromises();
    expect(wrapper.get('.place-picker__current').text()).toContain(
      'Выбрано: Джалал-Абадская область › Токтогульский район › Кара-Куль',
    );
    await wrapper.get('.place-picker__current button').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([[null]]);
    wrapper.unmount();
  });
});
