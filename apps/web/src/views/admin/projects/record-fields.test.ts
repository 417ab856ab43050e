import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Component, defineComponent, h, ref } from 'vue';
import { useLocaleStore } from '../../../stores/locale';
import { contentMessages } from '../content/i18n';
import { projectsMessages } from './i18n';
import IndicatorsField from './IndicatorsField.vue';
import PhasesField from './PhasesField.vue';
import type { Indicator, Phase } from './project-api';

/** Mounts a v-model field over `value` (as a parent's draft would hold it). */
function host<T>(field: Component, value: { value: T }) {
  const Host = defineComponent(
    () => () =>
      h(field, {
        modelValue: value.value,
        'onUpdate:modelValue': (next: T) => (value.value = next),
      }),
  );
  const wrapper = mount(Host, { attachTo: document.body });
  const byLabel = (label: string, n = 0) => {
    const labels = wrapper.findAll('label').filter((l) => l.text().replace(' *', '') === label);
    return wrapper.get(`#${CSS.escape(labels[n]!.attributes('for')!)}`);
  };
  const button = (name: string) =>
    wrapper.findAll('button').find((b) => b.text().replace(/\s+/g, ' ').includes(name))!;
  return { wrapper, byLabel, button };
}

describe('project record fields', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    await Promise.all([projectsMessages.load('en'), contentMessages.load('en')]);
    useLocaleStore().setLocale('en');
  });

  it('adds, fills, reorders and removes phases, the focus following', async () => {
    const value = ref<Phase[]>([]);
    const { wrapper, byLabel, button } = host(PhasesField, value);
    expect(wrapper.text()).toContain('No rows yet.');

    await button('Add a phase').trigger('click');
    await flushPromises();
    expect(document.activeElement).toBe(byLabel('Phase name').element);
    await byLabel('Phase name').setValue('I');
    await byLabel('From').setValue('2021-03-01');
    await byLabel('To').setValue('2022-02-28');
    await button('Add a phase').trigger('click');
    await byLabel('Phase name', 1).setValue('II');
    expect(value.value).toEqual([
      { label: 'I', startsOn: '2021-03-01', endsOn: '2022-02-28' },
      { label: 'II', startsOn: null, endsOn: null },
    ]);
    // Rows are named fieldsets; the second cannot move further down.
    expect(wrapper.findAll('legend').map((l) => l.text())).toEqual([
      'Phases',
      'Phase 1',
      'Phase 2',
    ]);
    expect(button('Move down: Phase 2').attributes('disabled')).toBeDefined();

    await button('Move up: Phase 2').trigger('click');
    expect(value.value.map((p) => p.label)).toEqual(['II', 'I']);
    await byLabel('From').setValue('');
    expect(value.value[0]!.startsOn).toBeNull();
    await button('Remove: Phase 1').trigger('click');
    expect(value.value).toEqual([{ label: 'I', startsOn: '2021-03-01', endsOn: '2022-02-28' }]);
    wrapper.unmount();
  });

  it('keeps indicators in the API’s shape: only languages with a label or unit', async () => {
    const value = ref<Indicator[]>([
      { value: 40, translations: { ru: { label: 'школ матерей', unit: null } } },
    ]);
    const { wrapper, byLabel, button } = host(IndicatorsField, value);
    expect((byLabel('Label (Русский)').element as HTMLInputElement).value).toBe('школ матерей');

    await byLabel('Label (English)').setValue('maternal schools');
    await byLabel('Value').setValue('42');
    expect(value.value).toEqual([
      {
        value: 42,
        translations: {
          ru: { label: 'школ матерей', unit: null },
          en: { label: 'maternal schools', unit: null },
        },
      },
    ]);
    // Emptying a language's label (with no unit) drops that language.
    await byLabel('Label (Русский)').setValue('');
    expect(Object.keys(value.value[0]!.translations)).toEqual(['en']);

    await button('Add an indicator').trigger('click');
    await byLabel('Value', 1).setValue('1500.5');
    await byLabel('Label (Кыргызча)', 1).setValue('катышуучу');
    await byLabel('Unit (Кыргызча)', 1).setValue('адам');
    expect(value.value[1]).toEqual({
      value: 1500.5,
      translations: { ky: { label: 'катышуучу', unit: 'адам' } },
    });
    await byLabel('Value', 1).setValue('');
    expect(value.value[1]!.value).toBeNull();
    wrapper.unmount();
  });
});
