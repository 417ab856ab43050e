import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { defineComponent, h } from 'vue';
import { useLocaleStore } from '../../../stores/locale';
import { placesMessages } from './i18n';
import {
  type PlaceTreeNode,
  canMoveUnder,
  defaultKindUnder,
  filterTree,
  indexPlaces,
  kindsUnder,
  missingNames,
  visibleIds,
} from './place-tree';
import PlaceTree from './PlaceTree.vue';

const node = (
  id: number,
  parentId: number | null,
  depth: number,
  kind: PlaceTreeNode['kind'],
  en: string,
  ru?: string,
): PlaceTreeNode => ({
  id,
  parentId,
  depth,
  kind,
  slug: `p${id}`,
  names: { en, ky: en, ...(ru ? { ru } : {}) },
});

// Depth first, as GET /staff/places/tree gives it.
const tree = [
  node(1, null, 0, 'country', 'Kyrgyzstan', 'Кыргызстан'),
  node(2, 1, 1, 'oblast', 'Chui oblast', 'Чуйская область'),
  node(3, 2, 2, 'district', 'Kemin district', 'Кеминский район'),
  node(4, 3, 3, 'settlement', 'Kemin village'),
  node(5, 2, 2, 'district', 'Sokuluk district', 'Сокулукский район'),
  node(6, 1, 1, 'city', 'Bishkek', 'Бишкек'),
];

describe('place tree operations', () => {
  const index = indexPlaces(tree);

  it('offers only kinds deeper than the parent, and the usual one first', () => {
    expect(kindsUnder(null)).toEqual(['country']);
    expect(kindsUnder('district')).toEqual(['rural_district', 'settlement']);
    expect(defaultKindUnder('oblast')).toBe('district');
    expect(defaultKindUnder('district')).toBe('rural_district');
    expect(defaultKindUnder(null)).toBe('country');
  });

  it('refuses a move under the place itself or anything inside it', () => {
    expect(canMoveUnder(index, 2, 3)).toBe(false);
    expect(canMoveUnder(index, 2, 2)).toBe(false);
    expect(canMoveUnder(index, 3, 5)).toBe(true);
    expect(canMoveUnder(index, 4, 6)).toBe(true);
  });

  it('lists visible rows depth first: roots, and children of open places only', () => {
    expect(visibleIds(index, new Set())).toEqual([1]);
    expect(visibleIds(index, new Set([1]))).toEqual([1, 2, 6]);
    expect(visibleIds(index, new Set([1, 2]))).toEqual([1, 2, 3, 5, 6]);
    // A closed parent hides its open children.
    expect(visibleIds(index, new Set([1, 3]))).toEqual([1, 2, 6]);
  });

  it('filters by a name in any language, keeping each match’s path', () => {
    const shown = filterTree(index, 'кемин');
    expect([...shown!].sort()).toEqual([1, 2, 3]);
    expect(visibleIds(index, new Set(), shown)).toEqual([1, 2, 3]);
    expect(filterTree(index, '  ')).toBeNull();
    expect(missingNames(tree[3]!)).toEqual(['ru']);
  });
});

describe('PlaceTree', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    await placesMessages.load('en');
    useLocaleStore().setLocale('en');
  });

  async function mountTree() {
    const Blank = defineComponent({ render: () => h('div') });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: Blank },
        { path: '/place/:id', name: 'admin-place', component: Blank },
        { path: '/place/new', name: 'admin-place-new', component: Blank },
      ],
    });
    await router.push('/');
    const wrapper = mount(PlaceTree, {
      props: { index: indexPlaces(tree), focus: 4 },
      attachTo: document.body,
      global: { plugins: [router] },
    });
    await flushPromises();
    return wrapper;
  }
  const names = (wrapper: Awaited<ReturnType<typeof mountTree>>) =>
    wrapper.findAll('.place-branch__name').map((n) => n.text());

  it('opens down to the focused place, closes and opens with buttons and arrow keys', async () => {
    const wrapper = await mountTree();
    expect(names(wrapper)).toEqual([
      'Kyrgyzstan',
      'Chui oblast',
      'Kemin district',
      'Kemin village',
      'Sokuluk district',
      'Bishkek',
    ]);
    const toggle = wrapper.get('button[aria-expanded="true"]:not([disabled])');
    expect(toggle.text()).toContain('Hide places in Kyrgyzstan');

    // Arrow keys on a name: down to the next visible place, left closes, right opens.
    const oblast = wrapper.findAll('.place-branch__name')[1]!;
    (oblast.element as HTMLElement).focus();
    await oblast.trigger('keydown', { key: 'ArrowDown' });
    await flushPromises();
    expect(document.activeElement?.textContent).toBe('Kemin district');
    await oblast.trigger('keydown', { key: 'ArrowLeft' });
    expect(names(wrapper)).toEqual(['Kyrgyzstan', 'Chui oblast', 'Bishkek']);
    await oblast.trigger('keydown', { key: 'ArrowRight' });
    expect(names(wrapper)).toContain('Sokuluk district');

    // "Add inside" links say where, and suggest the usual kind.
    const add = wrapper.findAll('.place-branch__add')[2]!;
    expect(add.text()).toContain('Add a place inside Kemin district');
    expect(add.attributes('href')).toBe('/place/new?parent=3&kind=rural_district');
    // No languages missing here but the village's Russian name.
    expect(wrapper.findAll('.chip--missing').map((c) => c.text())).toEqual(['No name in: Русский']);
    wrapper.unmount();
  });

  it('filters the tree and announces the number of matches', async () => {
    const wrapper = await mountTree();
    await wrapper.get('input[type="search"]').setValue('sokuluk');
    expect(names(wrapper)).toEqual(['Kyrgyzstan', 'Chui oblast', 'Sokuluk district']);
    expect(wrapper.get('[role="status"]').text()).toBe('Found: 1');
    wrapper.unmount();
  });
});
