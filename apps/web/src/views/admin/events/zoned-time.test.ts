import { describe, expect, it } from 'vitest';
import { isoToZoned, zonedToIso } from './zoned-time';

describe('zoned time', () => {
  it('turns wall time in a zone into an instant and back', () => {
    expect(zonedToIso('2024-03-08', '10:00', 'Asia/Bishkek')).toBe('2024-03-08T04:00:00.000Z');
    expect(zonedToIso('2024-07-01', '10:00', 'Europe/Berlin')).toBe('2024-07-01T08:00:00.000Z');
    expect(zonedToIso('2024-03-08', '', 'Asia/Bishkek')).toBe('2024-03-07T18:00:00.000Z');
    expect(zonedToIso('', '10:00', 'Asia/Bishkek')).toBeNull();
    expect(isoToZoned('2024-03-08T04:00:00.000Z', 'Asia/Bishkek')).toEqual({
      date: '2024-03-08',
      time: '10:00',
    });
    expect(isoToZoned(null, 'UTC')).toEqual({ date: '', time: '' });
  });
});
