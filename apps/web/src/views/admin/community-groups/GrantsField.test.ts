import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { useLocaleStore } from '../../../stores/locale';
import { contentMessages } from '../content/i18n';
import type { StaffListItem } from '../shared/staff-resource';
import { type Grant, decimalOf } from './group-api';
import GrantsField from './GrantsField.vue';
import { groupsMessages } from './i18n';

const organizations = [
  { id: 3, title: 'Mercy Corps' },
  { id: 8, title: 'UN Women' },
] as StaffListItem[];

describe('GrantsField', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    await Promise.all([groupsMessages.load('en'), contentMessages.load('en')]);
    useLocaleStore().setLocale('en');
  });

  it('reads amounts with a comma or spaces as exact decimals', () => {
    expect(decimalOf('1500')).toBe('1500.00');
    expect(decimalOf('1 500,5')).toBe('1500.50');
    expect(decimalOf('0.05')).toBe('0.05');
    expect(decimalOf('12.345')).toBeNull();
    expect(decimalOf('-3')).toBeNull();
    expect(decimalOf('abc')).toBeNull();
  });

  it('adds grants with an organization or a named funder, year and purpose', async () => {
    const value = ref<Grant[]>([]);
    const Host = defineComponent(
      () => () =>
        h(GrantsField, {
          modelValue: value.value,
          organizations,
          'onUpdate:modelValue': (next: Grant[]) => (value.value = next),
        }),
    );
    const wrapper = mount(Host, { attachTo: document.body });
    const byLabel = (label: string, n = 0) => {
      const labels = wrapper.findAll('label').filter((l) => l.text().replace(' *', '') === label);
      return wrapper.get(`#${CSS.escape(labels[n]!.attributes('for')!)}`);
    };
    const add = () => wrapper.findAll('button').find((b) => b.text() === 'Add a grant')!;

    await add().trigger('click');
    const amount = byLabel('Amount');
    await amount.setValue('2 000,5');
    await amount.trigger('change');
    expect((amount.element as HTMLInputElement).value).toBe('2000.50');
    await byLabel('Currency').setValue('EUR');
    await byLabel('Funder (name)').setValue('Local council');
    await byLabel('Year').setValue('2023');
    await byLabel('Purpose').setValue('Sewing machines');
    expect(value.value).toEqual([
      {
        amount: '2000.50',
        currency: 'EUR',
        funderOrganizationId: null,
        funderName: 'Local council',
        year: 2023,
        purpose: 'Sewing machines',
      },
    ]);

    // Choosing an organization replaces the typed name (the field goes away).
    await byLabel('Funder (an organization on the site)').setValue('8');
    expect(value.value[0]).toMatchObject({ funderOrganizationId: 8, funderName: null });
    expect(wrapper.findAll('label').some((l) => l.text() === 'Funder (name)')).toBe(false);

    // An amount that is not one is kept as typed, marked, and named by its field.
    await add().trigger('click');
    const second = byLabel('Amount', 1);
    await second.setValue('12.345');
    await second.trigger('change');
    expect(value.value[1]!.amount).toBe('12.345');
    expect(second.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('Amount: digits, at most two after the decimal point.');

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Remove: Grant 1')!
      .trigger('click');
    expect(value.value).toHaveLength(1);
    expect(value.value[0]!.amount).toBe('12.345');
    wrapper.unmount();
  });
});
