export const PARTICIPANT_GROUPS = ['women', 'girls', 'men', 'boys', 'unspecified'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
/** Counts per group; a group left out (or null) was not counted. */
export type Participants = Partial<Record<ParticipantGroup, number | null>>;

export function participantTotal(counts: Participants): number {
  return PARTICIPANT_GROUPS.reduce((sum, g) => sum + (counts[g] ?? 0), 0);
}
