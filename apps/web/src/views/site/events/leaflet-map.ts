/**
 * Everything that touches Leaflet, in one module that EventsMap.vue imports only when the
 * visitor opens the map: Leaflet and its CSS are then a chunk of their own, never in the bundle
 * of the list or of any other page. Unit tests replace this module (happy-dom has no layout).
 *
 * The markers are HTML (divIcon), not images or tiles: they and their popups work when the
 * tile server cannot be reached. Nothing here waits for a tile to load.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './leaflet-map.css';
import { type EventMarker, type MapPoint, clusterMarkers } from './map-markers';

/**
 * Options of a map of `M` points (events by default; the community groups' map reuses it with
 * its own markers). `count` is the number a marker shows (events or groups at that point).
 */
export interface EventsMapOptions<M extends MapPoint = EventMarker> {
  /**
   * Tile URL template ({z}/{x}/{y}) from the site settings, or null while they load; tiles are
   * left out when it is not an https URL.
   */
  tileUrl: string | null;
  /** Attribution HTML for the tiles (escaped by the caller). */
  attribution: string;
  labels: {
    zoomIn: string;
    zoomOut: string;
    closePopup: string;
    /** The accessible name of a marker, e.g. "Akman: 3 events". */
    marker: (marker: M) => string;
    /** The accessible name of a group of nearby markers, e.g. "25 events nearby: zoom in". */
    cluster: (markers: readonly M[]) => string;
  };
  /** The number a marker shows: its events, its groups. */
  count: (marker: M) => number;
  /** The content of a marker's popup (built by the Vue component, in the page's language). */
  popup: (marker: M) => HTMLElement;
  /** Called once when a tile fails to load (the page may say that the background is missing). */
  onTileError?: () => void;
}

export interface EventsMapHandle<M extends MapPoint = EventMarker> {
  setMarkers(markers: readonly M[]): void;
  /** Sets (or replaces) the tile layer; null removes it. */
  setTiles(url: string | null, attribution: string): void;
  destroy(): void;
}

/** The whole of Kyrgyzstan, for an empty map. */
const KYRGYZSTAN: L.LatLngBoundsExpression = [
  [39.2, 69.2],
  [43.3, 80.3],
];

function isTileTemplate(url: string | null): url is string {
  if (!url) return false;
  return /^https:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/.test(url);
}

export function createEventsMap<M extends MapPoint = EventMarker>(
  container: HTMLElement,
  options: EventsMapOptions<M>,
): EventsMapHandle<M> {
  const countOf = options.count;
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    scrollWheelZoom: false,
    maxZoom: 16,
    minZoom: 5,
  });
  L.control
    .zoom({ zoomInTitle: options.labels.zoomIn, zoomOutTitle: options.labels.zoomOut })
    .addTo(map);
  L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);

  let tiles: L.TileLayer | null = null;
  let tileErrorReported = false;
  function setTiles(url: string | null, attribution: string) {
    tiles?.remove();
    tiles = null;
    if (!isTileTemplate(url)) return;
    tiles = L.tileLayer(url, { attribution, maxZoom: 16 });
    tiles.on('tileerror', () => {
      if (tileErrorReported) return;
      tileErrorReported = true;
      options.onTileError?.();
    });
    tiles.addTo(map);
  }
  setTiles(options.tileUrl, options.attribution);

  const layer = L.layerGroup().addTo(map);
  let lastFocused: HTMLElement | null = null;

  // A popup opened from the keyboard takes the focus (its links are far down the tab order,
  // after every marker); closing it gives the focus back to its marker.
  map.on('popupopen', (event) => {
    const element = event.popup.getElement();
    const close = element?.querySelector<HTMLElement>('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', options.labels.closePopup);
    close?.setAttribute('title', options.labels.closePopup);
    if (lastFocused && element) element.querySelector<HTMLElement>('a[href]')?.focus();
    // Escape closes it from inside too (Leaflet listens for Escape only on the map itself).
    element?.addEventListener('keydown', (key) => {
      if (key.key === 'Escape') map.closePopup();
    });
  });
  map.on('popupclose', () => {
    lastFocused?.focus();
    lastFocused = null;
  });

  let current: readonly M[] = [];

  function markerIcon(count: number, extraClass = '') {
    const size = count >= 100 ? 48 : count >= 10 ? 40 : 32;
    return L.divIcon({
      className: `events-map__marker ${extraClass}`.trim(),
      html: `<span aria-hidden="true">${count}</span>`,
      iconSize: [size, size],
    });
  }

  /** Enter and Space act on a marker like a click (Leaflet itself listens to Enter only). */
  function onActivate(marker: L.Marker, label: string, act: (icon: HTMLElement) => void) {
    const icon = marker.getElement();
    if (!icon) return;
    icon.setAttribute('aria-label', label);
    icon.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') map.closePopup();
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      act(icon);
    });
  }

  function addPlace(item: M) {
    const marker = L.marker([item.latitude, item.longitude], {
      icon: markerIcon(countOf(item)),
      keyboard: true,
      riseOnHover: true,
    });
    marker.bindPopup(() => options.popup(item), { maxHeight: 280, maxWidth: 300 });
    marker.addTo(layer);
    onActivate(marker, options.labels.marker(item), (icon) => {
      lastFocused = icon;
      marker.openPopup();
    });
  }

  function addCluster(items: M[]) {
    const bounds = L.latLngBounds(items.map((m) => L.latLng(m.latitude, m.longitude)));
    const count = items.reduce((sum, m) => sum + countOf(m), 0);
    const marker = L.marker(bounds.getCenter(), {
      icon: markerIcon(count, 'events-map__marker--cluster'),
      keyboard: true,
      riseOnHover: true,
    });
    const zoomIn = () => map.fitBounds(bounds, { padding: [48, 48], maxZoom: 16 });
    marker.on('click', zoomIn);
    marker.addTo(layer);
    onActivate(marker, options.labels.cluster(items), () => {
      zoomIn();
      // The marker is redrawn at the new zoom: the focus goes back to the map itself.
      container.focus();
    });
  }

  /** Draws the markers for the current zoom, merging those that would overlap. */
  function render() {
    map.closePopup();
    layer.clearLayers();
    const zoom = map.getZoom();
    const groups = clusterMarkers(
      current,
      (m) => map.project([m.latitude, m.longitude], zoom),
      40,
      countOf,
    );
    for (const group of groups) {
      if (group.length === 1) addPlace(group[0]!);
      else addCluster(group);
    }
  }
  map.on('zoomend', render);

  function setMarkers(markers: readonly M[]) {
    current = markers;
    const points = markers.map((m) => L.latLng(m.latitude, m.longitude));
    if (points.length === 0) map.fitBounds(KYRGYZSTAN);
    else if (points.length === 1) map.setView(points[0]!, 10);
    else map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 11 });
    render();
  }

  return {
    setMarkers,
    setTiles,
    destroy() {
      map.remove();
    },
  };
}
