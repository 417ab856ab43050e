import { escapeXml } from '../../shared/text.js';

/** Atom 1.0 (RFC 4287). Every text goes through escapeXml; HTML content travels escaped. */

export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  /** Language of this entry (it may differ from the feed's when a translation is missing). */
  lang: string;
  published: string;
  updated: string;
  author: string | null;
  summary: string | null;
  /** Sanitized HTML; relative links resolve against the feed's xml:base. */
  contentHtml: string;
  categories: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string | null;
  lang: string;
  /** The site's origin, as xml:base for relative links in content. */
  base: string;
  selfUrl: string;
  alternateUrl: string;
  updated: string;
  /** Feed-level author: entries without a byline inherit it. */
  author: { name: string; uri: string };
  entries: AtomEntry[];
}

const element = (name: string, text: string, indent: string) =>
  `${indent}<${name}>${escapeXml(text)}</${name}>\n`;

export function renderAtom(feed: AtomFeed): string {
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}" xml:base="${escapeXml(`${feed.base}/`)}">\n`,
    element('id', feed.id, '  '),
    element('title', feed.title, '  '),
  ];
  if (feed.subtitle) out.push(element('subtitle', feed.subtitle, '  '));
  out.push(
    element('updated', feed.updated, '  '),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>\n`,
    `  <link rel="alternate" type="text/html" hreflang="${escapeXml(feed.lang)}" href="${escapeXml(feed.alternateUrl)}"/>\n`,
    `  <author>\n${element('name', feed.author.name, '    ')}${element('uri', feed.author.uri, '    ')}  </author>\n`,
    '  <generator>Jaryk</generator>\n',
  );
  for (const entry of feed.entries) {
    out.push(
      `  <entry xml:lang="${escapeXml(entry.lang)}">\n`,
      element('id', entry.id, '    '),
      element('title', entry.title, '    '),
      `    <link rel="alternate" type="text/html" hreflang="${escapeXml(entry.lang)}" href="${escapeXml(entry.url)}"/>\n`,
      element('published', entry.published, '    '),
      element('updated', entry.updated, '    '),
    );
    if (entry.author)
      out.push(`    <author>\n${element('name', entry.author, '      ')}    </author>\n`);
    for (const c of entry.categories) {
      out.push(`    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>\n`);
    }
    if (entry.summary) out.push(element('summary', entry.summary, '    '));
    out.push(
      `    <content type="html">${escapeXml(entry.contentHtml)}</content>\n`,
      '  </entry>\n',
    );
  }
  out.push('</feed>\n');
  return out.join('');
}
