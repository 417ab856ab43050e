import { describe, expect, it } from 'vitest';
import { clusterMarkers, eventMarkers, markerBounds } from './map-markers';
import { newEvent } from './test-fixtures';

const akman = { latitude: 41.02, longitude: 72.7 };
const bishkek = { latitude: 42.8746, longitude: 74.5698 };
const place = (name: string) => ({
  slug: name.toLowerCase(),
  kind: 'settlement' as const,
  name,
  path: [],
});
const counts = (total: number | null) => ({
  women: total,
  girls: null,
  men: null,
  boys: null,
  unspecified: null,
  total,
});

describe('event markers', () => {
  it('puts the events at the same coordinates on one marker, the busiest first', () => {
    const events = [
      newEvent({
        title: 'A',
        coordinates: bishkek,
        place: place('Bishkek'),
        participants: counts(12),
      }),
      newEvent({ title: 'B', coordinates: akman, place: place('Akman'), participants: counts(31) }),
      newEvent({
        title: 'C',
        coordinates: akman,
        place: place('Akman'),
        participants: counts(null),
      }),
      newEvent({ title: 'D', coordinates: null }),
    ];

    const { markers, withoutCoordinates } = eventMarkers(events);

    expect(
      markers.map((m) => ({
        place: m.placeName,
        at: [m.latitude, m.longitude],
        titles: m.events.map((e) => e.title),
        participants: m.participants,
      })),
    ).toEqual([
      { place: 'Akman', at: [41.02, 72.7], titles: ['B', 'C'], participants: 31 },
      { place: 'Bishkek', at: [42.8746, 74.5698], titles: ['A'], participants: 12 },
    ]);
    expect(withoutCoordinates.map((e) => e.title)).toEqual(['D']);
    expect(markerBounds(markers)).toEqual([
      [41.02, 72.7],
      [42.8746, 74.5698],
    ]);
  });

  it('has no bounds without markers', () => {
    expect(markerBounds(eventMarkers([newEvent()]).markers)).toBeNull();
  });
});

describe('marker clusters', () => {
  it('merges the markers that fall in the same cell of the screen', () => {
    const { markers } = eventMarkers([
      newEvent({ coordinates: { latitude: 1, longitude: 1 } }),
      newEvent({ coordinates: { latitude: 1.1, longitude: 1.1 } }),
      newEvent({ coordinates: { latitude: 5, longitude: 5 } }),
    ]);
    // A stand-in projection: 10 pixels per degree.
    const groups = clusterMarkers(markers, (m) => ({ x: m.longitude * 10, y: m.latitude * 10 }));
    expect(groups.map((g) => g.map((m) => m.latitude))).toEqual([[1, 1.1], [5]]);
  });
});
