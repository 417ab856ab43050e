import { sql } from 'drizzle-orm';
import type { CommunityGroupKind } from '../../src/db/schema/index.js';
import { testApp } from './app.js';
import { unique } from './factories.js';

type Status = 'draft' | 'review' | 'published' | 'archived';

export interface NewGroup {
  kind?: CommunityGroupKind;
  status?: Status;
  placeId?: number | null;
  name?: string;
  memberCount?: number | null;
  activityStatus?: 'active' | 'closed';
  leaderName?: string | null;
  leaderNamePublic?: boolean;
  latitude?: number | null;
  longitude?: number | null;
  projectIds?: number[];
  memberIds?: number[];
}

/** A community group written straight to the database (published an hour ago by default). */
export async function newGroup(opts: NewGroup = {}) {
  const { app, database } = await testApp();
  const db = database.db;
  const slug = unique('group');
  const result = (await db.execute(sql`INSERT INTO community_groups
      (slug, kind, place_id, member_count, activity_status, leader_name, leader_name_public,
       latitude, longitude, status, publish_at)
    VALUES (${slug}, ${opts.kind ?? 'self_help_group'}, ${opts.placeId ?? null},
      ${opts.memberCount ?? null}, ${opts.activityStatus ?? 'active'}, ${opts.leaderName ?? null},
      ${opts.leaderNamePublic ?? false}, ${opts.latitude ?? null}, ${opts.longitude ?? null},
      ${opts.status ?? 'published'}, now() - interval '1 hour')
    RETURNING id`)) as unknown as { rows: { id: number }[] };
  const id = result.rows[0]!.id;
  await db.execute(sql`INSERT INTO community_group_translations (group_id, locale, name)
    VALUES (${id}, 'en', ${opts.name ?? `Group ${slug}`})`);
  for (const projectId of opts.projectIds ?? []) {
    await db.execute(
      sql`INSERT INTO community_group_projects (group_id, project_id) VALUES (${id}, ${projectId})`,
    );
  }
  for (const memberId of opts.memberIds ?? []) {
    await db.execute(
      sql`INSERT INTO community_group_members (association_id, member_id) VALUES (${id}, ${memberId})`,
    );
  }
  await app.publicCache.invalidate();
  return { id, slug };
}
