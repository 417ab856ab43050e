import { sql, type SQL } from 'drizzle-orm';

/**
 * A scalar subquery: participant counts summed over the events whose ids `eventIds` selects
 * (a subquery), as { women, girls, men, boys, unspecified, total }. A group no event reported
 * stays null rather than 0, so "not counted" is never shown as "nobody came".
 */
export function participantTotalsJson(eventIds: SQL): SQL {
  return sql`(SELECT json_build_object(
      'women', sum(pc.count) FILTER (WHERE pc.group = 'women'),
      'girls', sum(pc.count) FILTER (WHERE pc.group = 'girls'),
      'men', sum(pc.count) FILTER (WHERE pc.group = 'men'),
      'boys', sum(pc.count) FILTER (WHERE pc.group = 'boys'),
      'unspecified', sum(pc.count) FILTER (WHERE pc.group = 'unspecified'),
      'total', sum(pc.count))
    FROM participant_counts pc WHERE pc.event_id IN ${eventIds})`;
}
