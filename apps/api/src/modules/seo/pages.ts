import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { LOCALES, type Locale } from '../../db/schema/common.js';
import { defaultOf, type SiteUrls } from '../../shared/site-urls.js';
import { excerpt, oneLine, plainText } from '../../shared/text.js';
import { getArticleBySlug } from '../articles/queries.js';
import { getCommunityGroupBySlug } from '../community-groups/queries.js';
import { getEventBySlug } from '../events/queries.js';
import type { Media } from '../media/schemas.js';
import { getPageBySlug } from '../pages/queries.js';
import { getProjectBySlug } from '../projects/queries.js';
import type { SiteIdentity } from '../settings/queries.js';
import type { HeadImage, PageHead } from './head.js';
import { eventJsonLd, homeJsonLd, newsArticleJsonLd } from './json-ld.js';
import { FALLBACK_SITE_NAME, NOT_FOUND_TITLE, SECTIONS } from './sections.js';

export interface SeoContext {
  db: Database;
  urls: SiteUrls;
  defaultLocale(): Promise<Locale>;
  /** The site's name and slogan in a locale (cheap: callers cache it). */
  identity(locale: Locale): Promise<SiteIdentity | null>;
}

export interface DescribedPage {
  /** 404 when the SPA will show its not-found page. */
  status: 200 | 404;
  head: PageHead;
}

/** Slugs as the API accepts them (SlugSchema); anything else cannot exist. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 200;
/** Longer summaries are cut for the meta description (snippets show about 160). */
const SUMMARY_MAX = 300;

const isLocale = (value: string | undefined): value is Locale =>
  (LOCALES as readonly string[]).includes(value ?? '');

function segmentsOf(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

function describe(text: string | null | undefined, html?: string | null): string | null {
  const given = oneLine(text);
  if (given) return excerpt(given, SUMMARY_MAX);
  const body = html ? plainText(html) : '';
  return body ? excerpt(body, 160) : null;
}

type MediaRow = Static<typeof Media>;
/** Open Graph wants ≥ 1200 px wide JPEG or PNG: the smallest such variant, else the largest, else the original. */
function coverImage(cover: MediaRow | null, urls: SiteUrls): HeadImage | null {
  if (!cover || cover.kind !== 'image') return null;
  const shareable = cover.variants
    .filter((v) => v.format === 'jpeg' || v.format === 'png')
    .sort((a, b) => a.width - b.width);
  const variant = shareable.find((v) => v.width >= 1200) ?? shareable.at(-1);
  const url = variant?.url ?? cover.url;
  if (!url) return null;
  return {
    url: urls.absolute(url),
    alt: cover.alt,
    width: variant ? variant.width : cover.width,
    height: variant ? variant.height : cover.height,
  };
}

/** hreflang links for an item's translations, x-default to the default locale's. */
function itemAlternates(
  hrefs: Partial<Record<Locale, string>>,
  defaultLocale: Locale,
): PageHead['alternates'] {
  const available = LOCALES.filter((l) => hrefs[l]);
  const alternates: { hreflang: string; href: string }[] = available.map((l) => ({
    hreflang: l,
    href: hrefs[l]!,
  }));
  const fallback = defaultOf(available, defaultLocale);
  if (fallback) alternates.push({ hreflang: 'x-default', href: hrefs[fallback]! });
  return alternates;
}

/**
 * The head of the page at `pathname` of the SPA (apps/web/src/router.ts), with the same queries
 * the API answers the SPA with, and whether the SPA will find it.
 */
export async function describePage(ctx: SeoContext, pathname: string): Promise<DescribedPage> {
  const { urls } = ctx;
  const defaultLocale = await ctx.defaultLocale();
  const segments = segmentsOf(pathname);
  const first = segments?.[0];
  const lang = isLocale(first) ? first : defaultLocale;
  const identity = await ctx.identity(lang);
  const siteName = identity?.siteName ?? FALLBACK_SITE_NAME;
  const feed = {
    title: `${siteName}: ${SECTIONS.news!.names[lang]}`,
    href: urls.articlesFeed(lang),
  };
  const base: Omit<PageHead, 'title'> = {
    lang,
    description: oneLine(identity?.description) ?? oneLine(identity?.slogan),
    canonical: null,
    alternates: [],
    robots: null,
    og: null,
    feed,
    jsonLd: [],
  };
  const siteOg = (url: string, title: string): NonNullable<PageHead['og']> => ({
    type: 'website',
    title,
    description: base.description,
    url,
    siteName,
    locale: identity?.locale ?? lang,
    localeAlternates: [],
    image: null,
  });
  const notFound = (): DescribedPage => ({
    status: 404,
    head: { ...base, title: `${NOT_FOUND_TITLE[lang]} — ${siteName}`, robots: 'noindex' },
  });
  /** A page that exists the same way in every locale (home, sections). */
  const everyLocale = (
    path: (l: Locale) => string,
    title: string,
    extra: Partial<PageHead> = {},
  ): DescribedPage => {
    const canonical = path(lang);
    return {
      status: 200,
      head: {
        ...base,
        title,
        canonical,
        alternates: [
          ...LOCALES.map((l) => ({ hreflang: l, href: path(l) })),
          { hreflang: 'x-default', href: path(defaultLocale) },
        ],
        og: {
          ...siteOg(canonical, title),
          localeAlternates: LOCALES.filter((l) => l !== (identity?.locale ?? lang)),
        },
        ...extra,
      },
    };
  };
  const homeTitle = identity?.slogan ? `${siteName} — ${identity.slogan}` : siteName;

  if (!segments) return notFound();
  if (segments.length === 0) {
    // "/" sends visitors on to their language; it stands for the default locale's home.
    return everyLocale(urls.home, homeTitle, {
      jsonLd: [homeJsonLd(siteName, urls.base, identity)],
    });
  }
  if (!isLocale(first)) {
    // /admin…, or a path the SPA prefixes with the visitor's language before routing it.
    return { status: 200, head: { ...base, title: siteName, robots: 'noindex' } };
  }
  const [, kind, slug, ...extra] = segments;
  if (kind === undefined) {
    return everyLocale(urls.home, homeTitle, {
      jsonLd: [homeJsonLd(siteName, urls.base, identity)],
    });
  }
  if (slug === undefined) {
    const section = SECTIONS[kind];
    if (!section) return notFound();
    const described = everyLocale(
      (l) => urls.section(l, kind),
      `${section.names[lang]} — ${siteName}`,
    );
    if (!section.index) described.head.robots = 'noindex';
    return described;
  }
  if (extra.length > 0 || slug.length > SLUG_MAX || !SLUG.test(slug)) return notFound();

  switch (kind) {
    case 'news': {
      const article = await getArticleBySlug(ctx.db, slug, lang);
      if (!article) return notFound();
      const url = urls.article(article.locale, article.slug);
      const hrefs: Partial<Record<Locale, string>> = {};
      for (const l of LOCALES) {
        const s = article.slugs[l];
        if (s) hrefs[l] = urls.article(l, s);
      }
      const description = describe(article.seoDescription ?? article.summary, article.body);
      const image = coverImage(article.cover, urls);
      return {
        status: 200,
        head: {
          ...base,
          title: `${article.seoTitle ?? article.title} — ${siteName}`,
          description,
          canonical: url,
          alternates: itemAlternates(hrefs, defaultLocale),
          og: {
            type: 'article',
            title: article.title,
            description,
            url,
            siteName,
            locale: article.locale,
            localeAlternates: article.availableLocales.filter((l) => l !== article.locale),
            image,
            article: {
              publishedTime: article.publishedAt,
              modifiedTime:
                article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt,
              tags: article.tags.map((t) => t.name),
            },
          },
          jsonLd: [
            newsArticleJsonLd(article, {
              url,
              description,
              image: image?.url ?? null,
              siteName,
              base: urls.base,
            }),
          ],
        },
      };
    }
    case 'events': {
      const event = await getEventBySlug(ctx.db, slug, lang);
      if (!event) return notFound();
      const url = urls.event(event.locale, event.slug);
      const hrefs = Object.fromEntries(
        event.availableLocales.map((l) => [l, urls.event(l, event.slug)]),
      );
      const where = [event.venueName, event.place?.name].filter(Boolean).join(', ');
      const description = describe(event.summary, event.description) ?? (where || null);
      const image = coverImage(event.cover, urls);
      return {
        status: 200,
        head: {
          ...base,
          title: `${event.title} — ${siteName}`,
          description,
          canonical: url,
          alternates: itemAlternates(hrefs, defaultLocale),
          og: {
            ...siteOg(url, event.title),
            description,
            locale: event.locale,
            localeAlternates: event.availableLocales.filter((l) => l !== event.locale),
            image,
          },
          jsonLd: [eventJsonLd(event, { url, description, image: image?.url ?? null })],
        },
      };
    }
    case 'projects': {
      const project = await getProjectBySlug(ctx.db, slug, lang);
      if (!project) return notFound();
      const url = urls.project(project.locale, project.slug);
      const hrefs = Object.fromEntries(
        project.availableLocales.map((l) => [l, urls.project(l, project.slug)]),
      );
      const description = describe(project.summary, project.description);
      return {
        status: 200,
        head: {
          ...base,
          title: `${project.title} — ${siteName}`,
          description,
          canonical: url,
          alternates: itemAlternates(hrefs, defaultLocale),
          og: {
            ...siteOg(url, project.title),
            description,
            locale: project.locale,
            localeAlternates: project.availableLocales.filter((l) => l !== project.locale),
            image: coverImage(project.cover, urls),
          },
        },
      };
    }
    case 'groups': {
      const group = await getCommunityGroupBySlug(ctx.db, slug, lang);
      if (!group) return notFound();
      const url = urls.group(group.locale, group.slug);
      const hrefs = Object.fromEntries(
        group.availableLocales.map((l) => [l, urls.group(l, group.slug)]),
      );
      const description =
        describe(group.activities, group.description) ?? group.place?.name ?? null;
      return {
        status: 200,
        head: {
          ...base,
          title: `${group.name} — ${siteName}`,
          description,
          canonical: url,
          alternates: itemAlternates(hrefs, defaultLocale),
          og: {
            ...siteOg(url, group.name),
            description,
            locale: group.locale,
            localeAlternates: group.availableLocales.filter((l) => l !== group.locale),
            image: coverImage(group.cover, urls),
          },
        },
      };
    }
    case 'pages': {
      const page = await getPageBySlug(ctx.db, slug, lang);
      if (!page) return notFound();
      const url = urls.page(page.locale, page.slug);
      const hrefs: Partial<Record<Locale, string>> = {};
      for (const l of LOCALES) {
        const s = page.slugs[l];
        if (s) hrefs[l] = urls.page(l, s);
      }
      const description = describe(page.seoDescription, page.body);
      return {
        status: 200,
        head: {
          ...base,
          title: `${page.seoTitle ?? page.title} — ${siteName}`,
          description,
          canonical: url,
          alternates: itemAlternates(hrefs, defaultLocale),
          og: {
            ...siteOg(url, page.title),
            description,
            locale: page.locale,
            localeAlternates: page.availableLocales.filter((l) => l !== page.locale),
          },
        },
      };
    }
    default:
      return notFound();
  }
}
