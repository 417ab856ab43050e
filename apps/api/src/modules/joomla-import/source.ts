import mysql, { type RowDataPacket } from 'mysql2/promise';

/**
 * Reading a Joomla 3/4 database (MySQL or MariaDB): only the columns the importer uses, of
 * `#__content`, `#__categories`, `#__associations` and `#__menu` (names and meanings as in
 * Joomla's installation/sql/mysql). Dates come back as the strings Joomla stored (UTC).
 */

export interface JoomlaArticle {
  id: number;
  title: string;
  alias: string;
  introtext: string;
  fulltext: string;
  /** 1 published, 0 unpublished, 2 archived, -2 trashed. */
  state: number;
  catid: number;
  /** 'YYYY-MM-DD HH:MM:SS' in UTC, or null (also for Joomla 3's zero date). */
  created: string | null;
  createdByAlias: string;
  publishUp: string | null;
  metadesc: string;
  /** 'en-GB', 'ru-RU' … or '*' (all languages). */
  language: string;
}

export interface JoomlaCategory {
  id: number;
  parentId: number;
  path: string;
  title: string;
  alias: string;
  published: number;
  language: string;
}

export interface JoomlaMenuItem {
  id: number;
  path: string;
  link: string;
  language: string;
  published: number;
}

export interface JoomlaSite {
  articles: JoomlaArticle[];
  categories: JoomlaCategory[];
  /** Association groups of articles (context com_content.item): ids sharing one key. */
  articleAssociations: number[][];
  /** The same for categories (context com_categories.item). */
  categoryAssociations: number[][];
  menu: JoomlaMenuItem[];
}

const PREFIX = /^[A-Za-z0-9_]{1,32}$/;

export function isTablePrefix(prefix: string): boolean {
  return PREFIX.test(prefix);
}

/** Joomla 3 writes a zero date where Joomla 4 writes NULL. */
function dateOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || value === '' || value.startsWith('0000-00-00')) return null;
  return value;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function groupsOf(rows: RowDataPacket[]): number[][] {
  const byKey = new Map<string, number[]>();
  for (const row of rows) {
    const id = Number(row.id);
    if (!Number.isInteger(id)) continue;
    const list = byKey.get(String(row.key)) ?? [];
    list.push(id);
    byKey.set(String(row.key), list);
  }
  return [...byKey.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => ids.sort((a, b) => a - b));
}

/** Reads everything the import needs in a handful of queries. */
export async function readJoomlaSite(url: string, prefix: string): Promise<JoomlaSite> {
  if (!isTablePrefix(prefix)) throw new Error(`Not a table prefix: ${JSON.stringify(prefix)}`);
  const connection = await mysql.createConnection({
    uri: url,
    dateStrings: true,
    charset: 'utf8mb4',
    supportBigNumbers: true,
  });
  const table = (name: string) => `\`${prefix}${name}\``;
  try {
    const [articles] = await connection.query<RowDataPacket[]>(
      `SELECT id, title, alias, introtext, \`fulltext\`, state, catid, created, created_by_alias,
          publish_up, metadesc, language
        FROM ${table('content')} ORDER BY id`,
    );
    const [categories] = await connection.query<RowDataPacket[]>(
      `SELECT id, parent_id, path, title, alias, published, language
        FROM ${table('categories')} WHERE extension = 'com_content' ORDER BY lft, id`,
    );
    const [associations] = await connection.query<RowDataPacket[]>(
      `SELECT id, context, \`key\` FROM ${table('associations')}
        WHERE context IN ('com_content.item', 'com_categories.item') ORDER BY \`key\`, id`,
    );
    const [menu] = await connection.query<RowDataPacket[]>(
      `SELECT id, path, link, language, published FROM ${table('menu')}
        WHERE client_id = 0 AND type = 'component' AND link LIKE 'index.php?option=com_content%'
        ORDER BY id`,
    );
    return {
      articles: articles.map((r) => ({
        id: Number(r.id),
        title: text(r.title),
        alias: text(r.alias),
        introtext: text(r.introtext),
        fulltext: text(r.fulltext),
        state: Number(r.state),
        catid: Number(r.catid),
        created: dateOrNull(r.created),
        createdByAlias: text(r.created_by_alias),
        publishUp: dateOrNull(r.publish_up),
        metadesc: text(r.metadesc),
        language: text(r.language),
      })),
      categories: categories.map((r) => ({
        id: Number(r.id),
        parentId: Number(r.parent_id),
        path: text(r.path),
        title: text(r.title),
        alias: text(r.alias),
        published: Number(r.published),
        language: text(r.language),
      })),
      articleAssociations: groupsOf(associations.filter((r) => r.context === 'com_content.item')),
      categoryAssociations: groupsOf(
        associations.filter((r) => r.context === 'com_categories.item'),
      ),
      menu: menu.map((r) => ({
        id: Number(r.id),
        path: text(r.path),
        link: text(r.link),
        language: text(r.language),
        published: Number(r.published),
      })),
    };
  } finally {
    await connection.end();
  }
}
