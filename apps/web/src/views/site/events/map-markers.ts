import type { EventSummary } from '@jaryk/client';

/** A point of a map (events, community groups): what the Leaflet module needs to place it. */
export interface MapPoint {
  key: string;
  latitude: number;
  longitude: number;
}

/**
 * One marker of the events map: every event at the same coordinates (place coordinates are
 * approximate, so a village's events share one point). Plain data, so that it can be tested
 * without Leaflet and listed under the map for keyboard and screen-reader users.
 */
export interface EventMarker extends MapPoint {
  key: string;
  latitude: number;
  longitude: number;
  /** The name of the place the events are at (the first event's place). */
  placeName: string | null;
  events: EventSummary[];
  /** Participants of these events, where reported. */
  participants: number;
}

export interface MarkerData {
  markers: EventMarker[];
  /** Events without coordinates: not on the map, still in the list below it. */
  withoutCoordinates: EventSummary[];
}

/** Groups events by their coordinates, the busiest place first. */
export function eventMarkers(events: readonly EventSummary[]): MarkerData {
  const byPoint = new Map<string, EventMarker>();
  const withoutCoordinates: EventSummary[] = [];
  for (const event of events) {
    const point = event.coordinates;
    if (!point || !Number.isFinite(point.latitude) || !Number.isFinite(point.longitude)) {
      withoutCoordinates.push(event);
      continue;
    }
    const key = `${point.latitude.toFixed(4)},${point.longitude.toFixed(4)}`;
    let marker = byPoint.get(key);
    if (!marker) {
      marker = {
        key,
        latitude: point.latitude,
        longitude: point.longitude,
        placeName: event.place?.name ?? null,
        events: [],
        participants: 0,
      };
      byPoint.set(key, marker);
    }
    marker.events.push(event);
    marker.participants += event.participants.total ?? 0;
  }
  const markers = [...byPoint.values()].sort(
    (a, b) =>
      b.events.length - a.events.length || (a.placeName ?? '').localeCompare(b.placeName ?? ''),
  );
  return { markers, withoutCoordinates };
}

/** South-west and north-east corners around all markers, or null when there are none. */
export function markerBounds(
  markers: readonly EventMarker[],
): [[number, number], [number, number]] | null {
  if (markers.length === 0) return null;
  const lats = markers.map((m) => m.latitude);
  const lngs = markers.map((m) => m.longitude);
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}

/**
 * Markers that would overlap on screen, gathered: at a low zoom a district's villages become one
 * marker ("25 events nearby") that zooms in when activated. Greedy, busiest place first (by
 * `weight`, e.g. its number of events): a marker joins the first group whose first marker is
 * closer than `distance` pixels. `project` gives a marker's position in pixels at the current zoom.
 */
export function clusterMarkers<M extends MapPoint>(
  markers: readonly M[],
  project: (marker: M) => { x: number; y: number },
  distance = 40,
  weight: (marker: M) => number = () => 1,
): M[][] {
  const groups: { x: number; y: number; members: M[] }[] = [];
  const busiestFirst = [...markers].sort((a, b) => weight(b) - weight(a));
  for (const marker of busiestFirst) {
    const { x, y } = project(marker);
    const near = groups.find((g) => Math.hypot(g.x - x, g.y - y) < distance);
    if (near) near.members.push(marker);
    else groups.push({ x, y, members: [marker] });
  }
  return groups.map((g) => g.members);
}
