import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { eventsMessages } from './i18n';
import ParticipantsField from './ParticipantsField.vue';
import type { Participants } from './participants';

describe('ParticipantsField', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    await eventsMessages.load('ru');
  });

  it('shows the total of every group live, and leaves out groups not counted', async () => {
    const value = ref<Participants>({ men: 3 });
    const Host = defineComponent(
      () => () =>
        h(ParticipantsField, {
          modelValue: value.value,
          'onUpdate:modelValue': (next: Participants) => (value.value = next),
        }),
    );
    const wrapper = mount(Host, { attachTo: document.body });
    const total = () => wrapper.get('[data-testid="participants-total"]').text();
    const field = (label: string) => {
      const for_ = wrapper
        .findAll('label')
        .find((l) => l.text() === label)!
        .attributes('for');
      return wrapper.get(`#${CSS.escape(for_!)}`);
    };

    expect(total()).toBe('Всего: 3');
    await field('Женщины').setValue('12');
    expect(total()).toBe('Всего: 15');
    await field('Девочки').setValue('5');
    expect(total()).toBe('Всего: 20');
    await field('Мужчины').setValue('');
    expect(total()).toBe('Всего: 17');
    expect(value.value).toEqual({ women: 12, girls: 5 });
    await field('Не указано').setValue('0');
    expect(value.value).toEqual({ women: 12, girls: 5, unspecified: 0 });
    expect(wrapper.get('[data-testid="participants-total"]').attributes('role')).toBe('status');
    wrapper.unmount();
  });
});
