import type { Schemas } from '@jaryk/client';
import type { MapPoint } from '../events/map-markers';

type GroupSummary = Schemas['CommunityGroupSummary'];

/** One marker of the groups map: every group at the same coordinates (a village's groups). */
export interface GroupMarker extends MapPoint {
  placeName: string | null;
  groups: GroupSummary[];
}

export interface GroupMarkerData {
  markers: GroupMarker[];
  /** Groups without coordinates: not on the map, still listed below it. */
  withoutCoordinates: GroupSummary[];
}

/** Groups by their coordinates, the place with most groups first, then by name. */
export function groupMarkers(groups: readonly GroupSummary[]): GroupMarkerData {
  const byPoint = new Map<string, GroupMarker>();
  const withoutCoordinates: GroupSummary[] = [];
  for (const group of groups) {
    const point = group.coordinates;
    if (!point || !Number.isFinite(point.latitude) || !Number.isFinite(point.longitude)) {
      withoutCoordinates.push(group);
      continue;
    }
    const key = `${point.latitude.toFixed(4)},${point.longitude.toFixed(4)}`;
    let marker = byPoint.get(key);
    if (!marker) {
      marker = {
        key,
        latitude: point.latitude,
        longitude: point.longitude,
        placeName: group.place?.name ?? null,
        groups: [],
      };
      byPoint.set(key, marker);
    }
    marker.groups.push(group);
  }
  const markers = [...byPoint.values()].sort(
    (a, b) =>
      b.groups.length - a.groups.length || (a.placeName ?? '').localeCompare(b.placeName ?? ''),
  );
  return { markers, withoutCoordinates };
}
