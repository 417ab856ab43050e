import { escapeXml } from '../../shared/text.js';

/** One <url> of a sitemap (https://www.sitemaps.org/protocol.html) with its hreflang alternates. */
export interface SitemapUrl {
  loc: string;
  lastmod?: string | null;
  alternates: { hreflang: string; href: string }[];
}

/**
 * URLs per sitemap file. The protocol allows 50,000 and 50 MB; with three alternates a <url>
 * takes about 700 bytes, so 10,000 keep a file near 7 MB, small enough for the public cache.
 */
export const URLS_PER_SITEMAP = 10_000;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function renderUrlset(urls: SitemapUrl[]): string {
  const out = [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n',
  ];
  for (const url of urls) {
    out.push(`  <url>\n    <loc>${escapeXml(url.loc)}</loc>\n`);
    if (url.lastmod) out.push(`    <lastmod>${escapeXml(url.lastmod)}</lastmod>\n`);
    for (const alt of url.alternates) {
      out.push(
        `    <xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.href)}"/>\n`,
      );
    }
    out.push('  </url>\n');
  }
  out.push('</urlset>\n');
  return out.join('');
}

export function renderSitemapIndex(sitemaps: { loc: string; lastmod?: string | null }[]): string {
  const out = [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
  ];
  for (const s of sitemaps) {
    out.push(`  <sitemap>\n    <loc>${escapeXml(s.loc)}</loc>\n`);
    if (s.lastmod) out.push(`    <lastmod>${escapeXml(s.lastmod)}</lastmod>\n`);
    out.push('  </sitemap>\n');
  }
  out.push('</sitemapindex>\n');
  return out.join('');
}

/** The latest of some W3C datetimes (ISO 8601 UTC strings compare as text). */
function latest(dates: (string | null | undefined)[]): string | null {
  let max: string | null = null;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}

/**
 * What /sitemap.xml answers: the one sitemap while the URLs fit in one file, otherwise a
 * sitemap index of /sitemap-1.xml, /sitemap-2.xml, … (`part(n)` renders file n, 1-based; null
 * past the end).
 */
export function sitemapDocuments(
  urls: SitemapUrl[],
  base: string,
  perFile = URLS_PER_SITEMAP,
): { root: string; parts: number; part(n: number): string | null } {
  const parts = Math.max(1, Math.ceil(urls.length / perFile));
  const slice = (n: number) => urls.slice((n - 1) * perFile, n * perFile);
  const part = (n: number) =>
    Number.isInteger(n) && n >= 1 && n <= parts && parts > 1 ? renderUrlset(slice(n)) : null;
  if (parts === 1) return { root: renderUrlset(urls), parts, part };
  const index = renderSitemapIndex(
    Array.from({ length: parts }, (_, i) => ({
      loc: `${base}/sitemap-${i + 1}.xml`,
      lastmod: latest(slice(i + 1).map((u) => u.lastmod)),
    })),
  );
  return { root: index, parts, part };
}
