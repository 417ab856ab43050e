import { type Ref, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue';
import type { EventsMapHandle, EventsMapOptions } from './leaflet-map';
import type { MapPoint } from './map-markers';

/**
 * The life of a Leaflet map in a component: Leaflet is imported when the component mounts (never
 * with the page), markers and tiles follow the props, and the map is destroyed with the
 * component. `state` says whether the map could be drawn; the list under every map works either
 * way. Used by the events map and the community groups map.
 */
export function useLeafletMap<M extends MapPoint>(options: {
  container: Ref<HTMLElement | null>;
  /** The map region's accessible name. */
  label: () => string;
  markers: () => readonly M[];
  tileUrl: () => string | null;
  /** The tile provider's credit, plain text (the setting); escaped here for Leaflet's HTML. */
  tileAttribution: () => string | null;
  map: Pick<EventsMapOptions<M>, 'labels' | 'count' | 'popup'>;
}) {
  const handle = shallowRef<EventsMapHandle<M> | null>(null);
  const state = ref<'loading' | 'ready' | 'failed'>('loading');
  const tilesFailed = ref(false);

  function attributionHtml(): string {
    const div = document.createElement('div');
    div.textContent = options.tileAttribution() ?? '';
    return div.innerHTML;
  }

  onMounted(async () => {
    try {
      const { createEventsMap } = await import('./leaflet-map');
      const container = options.container.value;
      if (!container) return;
      handle.value = createEventsMap<M>(container, {
        ...options.map,
        tileUrl: options.tileUrl(),
        attribution: attributionHtml(),
        onTileError: () => {
          tilesFailed.value = true;
        },
      });
      container.setAttribute('aria-label', options.label());
      container.setAttribute('role', 'region');
      handle.value.setMarkers(options.markers());
      state.value = 'ready';
    } catch (error) {
      // The chunk could not be loaded (offline): the list under the map still has everything.
      console.error(error);
      state.value = 'failed';
    }
  });

  watch(options.markers, (markers) => handle.value?.setMarkers(markers));
  watch(
    () => [options.tileUrl(), options.tileAttribution()],
    () => handle.value?.setTiles(options.tileUrl(), attributionHtml()),
  );
  onBeforeUnmount(() => handle.value?.destroy());

  return { state, tilesFailed };
}
