import { eq } from 'drizzle-orm';
import type { Locale } from '../../src/db/schema/common.js';
import {
  articleEvents,
  articles,
  articleTranslations,
  eventPartners,
  eventProjects,
  events,
  eventTranslations,
  organizations,
  organizationTranslations,
  participantCounts,
  places,
  placeTranslations,
  projects,
  projectTranslations,
} from '../../src/db/schema/index.js';
import { testApp } from './app.js';

/**
 * Small fixture factories. Each test makes its own rows under unique slugs so files can share
 * one database; every factory drops the public cache as a real write would.
 */
let counter = 0;
export const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

type Status = 'draft' | 'review' | 'published' | 'archived';
const past = () => new Date(Date.now() - 60 * 60 * 1000);

async function done<T>(value: T): Promise<T> {
  const { app } = await testApp();
  await app.publicCache.invalidate();
  return value;
}

export async function newPlace(
  opts: { parentSlug?: string; kind?: 'oblast' | 'district' | 'settlement'; name?: string } = {},
) {
  const { database } = await testApp();
  const db = database.db;
  const [parent] = await db
    .select()
    .from(places)
    .where(eq(places.slug, opts.parentSlug ?? 'kyrgyzstan'));
  if (!parent) throw new Error(`no place ${opts.parentSlug}`);
  const slug = unique('place');
  const [row] = await db
    .insert(places)
    .values({
      kind: opts.kind ?? 'settlement',
      slug,
      parentId: parent.id,
      path: 'pending',
      depth: parent.depth + 1,
      latitude: 41,
      longitude: 73,
    })
    .returning();
  await db
    .update(places)
    .set({ path: `${parent.path}${row!.id}/` })
    .where(eq(places.id, row!.id));
  await db
    .insert(placeTranslations)
    .values({ placeId: row!.id, locale: 'en', name: opts.name ?? slug });
  return done({ id: row!.id, slug });
}

export async function newOrganization(opts: { status?: Status } = {}) {
  const { database } = await testApp();
  const slug = unique('org');
  const [row] = await database.db
    .insert(organizations)
    .values({ slug, kind: 'ngo', status: opts.status ?? 'published', publishAt: past() })
    .returning();
  await database.db
    .insert(organizationTranslations)
    .values({ organizationId: row!.id, locale: 'en', name: `Org ${slug}` });
  return done({ id: row!.id, slug });
}

export async function newProject(opts: { status?: Status } = {}) {
  const { database } = await testApp();
  const slug = unique('project');
  const [row] = await database.db
    .insert(projects)
    .values({ slug, status: opts.status ?? 'published', publishAt: past() })
    .returning();
  await database.db
    .insert(projectTranslations)
    .values({ projectId: row!.id, locale: 'en', title: `Project ${slug}` });
  return done({ id: row!.id, slug });
}

export interface NewEvent {
  status?: Status;
  publishAt?: Date;
  placeId?: number;
  startsAt?: Date | null;
  endsAt?: Date | null;
  format?: 'workshop' | 'training' | 'meeting' | 'campaign' | 'conference' | 'other';
  counts?: Partial<Record<'women' | 'girls' | 'men' | 'boys' | 'unspecified', number>>;
  partners?: {
    id: number;
    role: 'organizer' | 'co_organizer' | 'host' | 'funder' | 'supporter' | 'partner';
  }[];
  projectIds?: number[];
  translations?: Partial<Record<Locale, string>>;
  /** Summary and venue of every translation. */
  summary?: string;
  venueName?: string;
}

export async function newEvent(opts: NewEvent = {}) {
  const { database } = await testApp();
  const db = database.db;
  const slug = unique('event');
  const [row] = await db
    .insert(events)
    .values({
      slug,
      status: opts.status ?? 'published',
      publishAt: opts.publishAt ?? past(),
      placeId: opts.placeId ?? null,
      startsAt: opts.startsAt === undefined ? new Date('2023-05-10T04:00:00Z') : opts.startsAt,
      endsAt: opts.endsAt ?? null,
      format: opts.format ?? 'workshop',
    })
    .returning();
  const id = row!.id;
  const titles = opts.translations ?? { en: `Event ${slug}` };
  for (const [locale, title] of Object.entries(titles)) {
    await db.insert(eventTranslations).values({
      eventId: id,
      locale: locale as Locale,
      title: title!,
      summary: opts.summary ?? null,
      venueName: opts.venueName ?? null,
    });
  }
  for (const [group, count] of Object.entries(opts.counts ?? {})) {
    await db
      .insert(participantCounts)
      .values({ eventId: id, group: group as 'women', count: count! });
  }
  for (const p of opts.partners ?? [])
    await db.insert(eventPartners).values({ eventId: id, organizationId: p.id, role: p.role });
  for (const projectId of opts.projectIds ?? [])
    await db.insert(eventProjects).values({ eventId: id, projectId });
  return done({ id, slug });
}

export interface NewArticle {
  status?: Status;
  publishAt?: Date;
  /** Title per locale; slugs are derived. */
  translations?: Partial<Record<Locale, { title: string; body?: string; summary?: string }>>;
  eventIds?: number[];
  featured?: boolean;
}

export async function newArticle(opts: NewArticle = {}) {
  const { database } = await testApp();
  const db = database.db;
  const slug = unique('article');
  const [row] = await db
    .insert(articles)
    .values({
      status: opts.status ?? 'published',
      publishAt: opts.publishAt ?? past(),
      featured: opts.featured ?? false,
    })
    .returning();
  const id = row!.id;
  const translations = opts.translations ?? { en: { title: `Article ${slug}` } };
  for (const [locale, t] of Object.entries(translations)) {
    await db.insert(articleTranslations).values({
      articleId: id,
      locale: locale as Locale,
      slug: `${slug}-${locale}`,
      title: t!.title,
      body: t!.body ?? '<p>Body</p>',
      summary: t!.summary ?? null,
    });
  }
  for (const eventId of opts.eventIds ?? [])
    await db.insert(articleEvents).values({ articleId: id, eventId });
  return done({ id, slug });
}
