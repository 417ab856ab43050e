import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { placeTranslations, places, type Locale } from '../db/schema/index.js';

export type PlaceKind = (typeof places.$inferInsert)['kind'];

/** One node of the place tree as data; `parent` is the parent's slug (null for the root). */
export interface PlaceNode {
  slug: string;
  kind: PlaceKind;
  parent: string | null;
  names: Record<Locale, string>;
  latitude: number;
  longitude: number;
  /** Other spellings found in sources, accepted in search. */
  aliases: string[];
}

/** [slug stem, ky stem, ru stem, en stem, latitude, longitude] */
type Row = [stem: string, ky: string, ru: string, en: string, lat: number, lon: number];

/*
 * Coordinates are approximate: oblasts near their middle, districts at their administrative
 * centres, rural districts at their main village. Good enough for a map pin, not for surveying.
 * Naming per level is regular (ky "… облусу / району / айыл аймагы", ru "…ская область /
 * …ский район / айылный аймак …", en "… oblast / district / rural district"), so rows hold stems.
 */
const OBLASTS: Row[] = [
  ['batken', 'Баткен', 'Баткенская', 'Batken', 39.95, 70.9],
  ['chui', 'Чүй', 'Чуйская', 'Chui', 42.6, 74.5],
  ['issyk-kul', 'Ысык-Көл', 'Иссык-Кульская', 'Issyk-Kul', 42.2, 77.9],
  ['jalal-abad', 'Жалал-Абад', 'Джалал-Абадская', 'Jalal-Abad', 41.4, 72.4],
  ['naryn', 'Нарын', 'Нарынская', 'Naryn', 41.4, 75.5],
  ['osh', 'Ош', 'Ошская', 'Osh', 40.0, 73.3],
  ['talas', 'Талас', 'Таласская', 'Talas', 42.4, 72.2],
];

/** All districts (raions), by oblast stem. */
const DISTRICTS: Record<string, Row[]> = {
  batken: [
    ['batken', 'Баткен', 'Баткенский', 'Batken', 40.062, 70.819],
    ['kadamjay', 'Кадамжай', 'Кадамжайский', 'Kadamjay', 40.17, 71.33],
    ['leilek', 'Лейлек', 'Лейлекский', 'Leilek', 39.842, 69.533],
  ],
  chui: [
    ['alamudun', 'Аламүдүн', 'Аламудунский', 'Alamudun', 42.888, 74.676],
    ['chui', 'Чүй', 'Чуйский', 'Chui', 42.8, 75.2],
    ['jayil', 'Жайыл', 'Жайылский', 'Jayil', 42.814, 73.848],
    ['kemin', 'Кемин', 'Кеминский', 'Kemin', 42.786, 75.692],
    ['moskva', 'Москва', 'Московский', 'Moskva', 42.83, 74.11],
    ['panfilov', 'Панфилов', 'Панфиловский', 'Panfilov', 42.83, 73.68],
    ['sokuluk', 'Сокулук', 'Сокулукский', 'Sokuluk', 42.86, 74.3],
    ['ysyk-ata', 'Ысык-Ата', 'Ысык-Атинский', 'Ysyk-Ata', 42.89, 74.85],
  ],
  'issyk-kul': [
    ['ak-suu', 'Ак-Суу', 'Ак-Суйский', 'Ak-Suu', 42.5, 78.53],
    ['jeti-oguz', 'Жети-Өгүз', 'Джети-Огузский', 'Jeti-Oguz', 42.34, 78.0],
    ['issyk-kul', 'Ысык-Көл', 'Иссык-Кульский', 'Issyk-Kul', 42.65, 77.08],
    ['ton', 'Тоң', 'Тонский', 'Ton', 42.12, 76.99],
    ['tup', 'Түп', 'Тюпский', 'Tup', 42.73, 78.36],
  ],
  'jalal-abad': [
    ['aksy', 'Аксы', 'Аксыйский', 'Aksy', 41.49, 71.75],
    ['ala-buka', 'Ала-Бука', 'Ала-Букинский', 'Ala-Buka', 41.4, 71.41],
    ['bazar-korgon', 'Базар-Коргон', 'Базар-Коргонский', 'Bazar-Korgon', 41.037, 72.747],
    ['chatkal', 'Чаткал', 'Чаткальский', 'Chatkal', 41.76, 71.58],
    ['nooken', 'Ноокен', 'Ноокенский', 'Nooken', 41.06, 72.63],
    ['suzak', 'Сузак', 'Сузакский', 'Suzak', 40.9, 72.9],
    ['toguz-toro', 'Тогуз-Торо', 'Тогуз-Тороуский', 'Toguz-Toro', 41.41, 74.05],
    ['toktogul', 'Токтогул', 'Токтогульский', 'Toktogul', 41.87, 72.94],
  ],
  naryn: [
    ['ak-talaa', 'Ак-Талаа', 'Ак-Талинский', 'Ak-Talaa', 41.26, 74.97],
    ['at-bashy', 'Ат-Башы', 'Ат-Башинский', 'At-Bashy', 41.17, 75.81],
    ['jumgal', 'Жумгал', 'Жумгальский', 'Jumgal', 41.93, 74.5],
    ['kochkor', 'Кочкор', 'Кочкорский', 'Kochkor', 42.22, 75.75],
    ['naryn', 'Нарын', 'Нарынский', 'Naryn', 41.43, 75.99],
  ],
  osh: [
    ['alay', 'Алай', 'Алайский', 'Alay', 40.32, 73.45],
    ['aravan', 'Араван', 'Араванский', 'Aravan', 40.51, 72.5],
    ['chong-alay', 'Чоң-Алай', 'Чон-Алайский', 'Chong-Alay', 39.55, 72.2],
    ['kara-kulja', 'Кара-Кулжа', 'Кара-Кульджинский', 'Kara-Kulja', 40.63, 73.6],
    ['kara-suu', 'Кара-Суу', 'Кара-Суйский', 'Kara-Suu', 40.704, 72.867],
    ['nookat', 'Ноокат', 'Ноокатский', 'Nookat', 40.27, 72.62],
    ['uzgen', 'Өзгөн', 'Узгенский', 'Uzgen', 40.77, 73.3],
  ],
  talas: [
    ['bakay-ata', 'Бакай-Ата', 'Бакай-Атинский', 'Bakay-Ata', 42.5, 71.9],
    ['kara-buura', 'Кара-Буура', 'Кара-Бууринский', 'Kara-Buura', 42.62, 71.58],
    ['manas', 'Манас', 'Манасский', 'Manas', 42.48, 72.48],
    ['talas', 'Талас', 'Таласский', 'Talas', 42.52, 72.24],
  ],
};

/**
 * Rural districts (aiyl aimaks) where the organization works, by district stem; each gets its main
 * village, which carries its name, as a settlement below it. The ru stem is the bare name, used
 * as "айылный аймак Мады" so that no adjective has to be invented for names such as Мады.
 */
const RURAL_DISTRICTS: Record<string, Row[]> = {
  'bazar-korgon': [
    ['akman', 'Акман', 'Акман', 'Akman', 41.02, 72.7],
    ['bazar-korgon', 'Базар-Коргон', 'Базар-Коргон', 'Bazar-Korgon', 41.037, 72.747],
    ['beshik-zhon', 'Бешик-Жон', 'Бешик-Джон', 'Beshik-Zhon', 41.1, 72.87],
    ['kenesh', 'Кеңеш', 'Кенеш', 'Kenesh', 41.0, 72.64],
    ['seydikum', 'Сейдикум', 'Сейдикум', 'Seydikum', 41.09, 72.72],
  ],
  'kara-suu': [
    ['mady', 'Мады', 'Мады', 'Mady', 40.64, 72.92],
    ['shark', 'Шарк', 'Шарк', 'Shark', 40.6, 72.82],
    ['kyzyl-kyshtak', 'Кызыл-Кыштак', 'Кызыл-Кыштак', 'Kyzyl-Kyshtak', 40.73, 72.95],
    ['kashkar-kyshtak', 'Кашкар-Кыштак', 'Кашкар-Кыштак', 'Kashkar-Kyshtak', 40.67, 72.78],
  ],
};

const BAZAR_KORGON = ['Bazar-Kurgan', 'Bazar-Kurgon', 'Bazarkorgon', 'Базар-Курган', 'Базаркоргон'];
const JALAL_ABAD = ['Jalalabad', 'Djalal-Abad', 'Dzhalal-Abad', 'Джалалабад', 'Жалалабад'];
const SEYDIKUM = ['Seidikum', 'Seydykum', 'Сейдыкум'];
const KYZYL_KYSHTAK = ['Kyzyl-Kyshlak', 'Kyzylkyshtak', 'Кызыл-Кишлак'];
const KASHKAR_KYSHTAK = ['Kashgar-Kyshtak', 'Kashkar-Kyshlak', 'Кашгар-Кыштак', 'Кашгар-Кишлак'];
const BESHIK_ZHON = ['Beshik-Jon', 'Beshikzhon', 'Бешик-Жон', 'Бешик-Джон'];

/** Spellings found in sources (DOMAIN.md) and common transliterations, by slug. */
const ALIASES: Record<string, string[]> = {
  kyrgyzstan: ['Kyrgyz Republic', 'Kirghizia', 'Кыргызская Республика', 'Киргизия'],
  'chui-oblast': ['Chuy', 'Chüy', 'Чуй'],
  'issyk-kul-oblast': ['Ysyk-Kol', 'Issyk-Kol', 'Ыссык-Куль'],
  'jalal-abad-oblast': JALAL_ABAD,
  'jalal-abad': JALAL_ABAD,
  'kadamjay-district': ['Kadamzhai', 'Kadamdzhai'],
  'leilek-district': ['Leylek'],
  'alamudun-district': ['Alamüdün', 'Alamedin'],
  'chui-district': ['Chuy', 'Chüy'],
  'jayil-district': ['Jaiyl', 'Zhayyl', 'Zhaiyl'],
  'moskva-district': ['Moscow'],
  'ysyk-ata-district': ['Issyk-Ata'],
  'jeti-oguz-district': ['Jeti-Ögüz', 'Djety-Oguz', 'Dzhety-Oguz'],
  'issyk-kul-district': ['Ysyk-Kol', 'Issyk-Kol'],
  'ton-district': ['Tong'],
  'tup-district': ['Tüp', 'Tyup'],
  'bazar-korgon-district': BAZAR_KORGON,
  'bazar-korgon-rural-district': BAZAR_KORGON,
  'bazar-korgon': BAZAR_KORGON,
  'beshik-zhon-rural-district': BESHIK_ZHON,
  'beshik-zhon': BESHIK_ZHON,
  'kenesh-rural-district': ['Kengesh'],
  kenesh: ['Kengesh'],
  'seydikum-rural-district': SEYDIKUM,
  seydikum: SEYDIKUM,
  'toguz-toro-district': ['Toguz-Torou'],
  'ak-talaa-district': ['Ak-Tala'],
  'at-bashy-district': ['At-Bashi', 'Atbashy', 'Ат-Баши'],
  'jumgal-district': ['Djumgal', 'Dzhumgal', 'Джумгал'],
  'kochkor-district': ['Kochkorka', 'Кочкорка'],
  'alay-district': ['Alai'],
  'chong-alay-district': ['Chon-Alai', 'Chong-Alai'],
  'kara-kulja-district': ['Kara-Kuldzha', 'Kara-Kuldja'],
  'kara-suu-district': ['Karasuu', 'Kara-Su', 'Карасуу', 'Кара-Су'],
  'mady-rural-district': ['Madi', 'Мади'],
  mady: ['Madi', 'Мади'],
  'shark-rural-district': ['Sharq'],
  shark: ['Sharq'],
  'kyzyl-kyshtak-rural-district': KYZYL_KYSHTAK,
  'kyzyl-kyshtak': KYZYL_KYSHTAK,
  'kashkar-kyshtak-rural-district': KASHKAR_KYSHTAK,
  'kashkar-kyshtak': KASHKAR_KYSHTAK,
  'uzgen-district': ['Özgön', 'Ozgon', 'Өзгөн', 'Узген'],
  'bakay-ata-district': ['Bakai-Ata'],
  'kara-buura-district': ['Kara-Bura'],
};

function buildTree(): PlaceNode[] {
  const out: PlaceNode[] = [];
  const add = (
    slug: string,
    kind: PlaceKind,
    parent: string | null,
    names: Record<Locale, string>,
    latitude: number,
    longitude: number,
  ): string => {
    out.push({ slug, kind, parent, names, latitude, longitude, aliases: ALIASES[slug] ?? [] });
    return slug;
  };
  const country = add(
    'kyrgyzstan',
    'country',
    null,
    { ky: 'Кыргызстан', ru: 'Кыргызстан', en: 'Kyrgyzstan' },
    41.2,
    74.77,
  );
  // Cities of republican significance stand outside the oblasts.
  add('bishkek', 'city', country, { ky: 'Бишкек', ru: 'Бишкек', en: 'Bishkek' }, 42.8746, 74.5698);
  add('osh', 'city', country, { ky: 'Ош', ru: 'Ош', en: 'Osh' }, 40.5283, 72.7985);
  for (const [stem, ky, ru, en, lat, lon] of OBLASTS) {
    const names = { ky: `${ky} облусу`, ru: `${ru} область`, en: `${en} oblast` };
    const oblast = add(`${stem}-oblast`, 'oblast', country, names, lat, lon);
    if (stem === 'jalal-abad') {
      // A city of regional significance: it belongs to the oblast, not to a district.
      const city = { ky: 'Жалал-Абад', ru: 'Джалал-Абад', en: 'Jalal-Abad' };
      add('jalal-abad', 'settlement', oblast, city, 40.933, 73.0);
    }
    for (const [dStem, dKy, dRu, dEn, dLat, dLon] of DISTRICTS[stem] ?? []) {
      const dNames = { ky: `${dKy} району`, ru: `${dRu} район`, en: `${dEn} district` };
      const district = add(`${dStem}-district`, 'district', oblast, dNames, dLat, dLon);
      for (const [rStem, rKy, rRu, rEn, rLat, rLon] of RURAL_DISTRICTS[dStem] ?? []) {
        const rNames = {
          ky: `${rKy} айыл аймагы`,
          ru: `айылный аймак ${rRu}`,
          en: `${rEn} rural district`,
        };
        const rural = add(
          `${rStem}-rural-district`,
          'rural_district',
          district,
          rNames,
          rLat,
          rLon,
        );
        add(rStem, 'settlement', rural, { ky: rKy, ru: rRu, en: rEn }, rLat, rLon);
      }
    }
  }
  return out;
}

/** The place tree of Kyrgyzstan, parents before children. */
export const KYRGYZSTAN_PLACES: readonly PlaceNode[] = buildTree();

/**
 * Inserts a place tree and returns slug -> id. Ids are reserved from the identity sequence first
 * so that every row is written once with its final `path` (ids from the root down, own id
 * included, e.g. `/1/4/9/`) instead of being inserted and then patched.
 */
export async function insertPlaceTree(
  db: Database,
  nodes: readonly PlaceNode[],
): Promise<Map<string, number>> {
  const ordered = treeOrder(nodes);
  const ids = await reserveIds(db, 'places', ordered.length);
  const bySlug = new Map<string, { id: number; path: string; depth: number }>();
  const rows = ordered.map((node, i) => {
    const id = ids[i]!;
    const parent = node.parent === null ? undefined : bySlug.get(node.parent);
    const path = `${parent?.path ?? '/'}${id}/`;
    const depth = parent ? parent.depth + 1 : 0;
    bySlug.set(node.slug, { id, path, depth });
    return {
      id,
      parentId: parent?.id ?? null,
      kind: node.kind,
      slug: node.slug,
      path,
      depth,
      latitude: node.latitude,
      longitude: node.longitude,
      aliases: node.aliases,
    };
  });
  if (rows.length === 0) return new Map();
  await db.insert(places).overridingSystemValue().values(rows);
  await db.insert(placeTranslations).values(
    ordered.flatMap((node) =>
      (Object.entries(node.names) as [Locale, string][]).map(([locale, name]) => ({
        placeId: bySlug.get(node.slug)!.id,
        locale,
        name,
      })),
    ),
  );
  return new Map([...bySlug].map(([slug, { id }]) => [slug, id]));
}

/** Orders nodes parents-first (stable otherwise) and rejects unknown parents and duplicates. */
function treeOrder(nodes: readonly PlaceNode[]): PlaceNode[] {
  const bySlug = new Map<string, PlaceNode>();
  for (const node of nodes) {
    if (bySlug.has(node.slug)) throw new Error(`duplicate place slug ${node.slug}`);
    bySlug.set(node.slug, node);
  }
  const out: PlaceNode[] = [];
  const placed = new Set<string>();
  const visit = (node: PlaceNode, trail: Set<string>): void => {
    if (placed.has(node.slug)) return;
    if (trail.has(node.slug)) throw new Error(`place tree has a cycle at ${node.slug}`);
    if (node.parent !== null) {
      const parent = bySlug.get(node.parent);
      if (!parent) throw new Error(`place ${node.slug}: unknown parent ${node.parent}`);
      visit(parent, new Set(trail).add(node.slug));
    }
    placed.add(node.slug);
    out.push(node);
  };
  for (const node of nodes) visit(node, new Set());
  return out;
}

/**
 * Takes `count` ids from a table's identity sequence, in order. Rows written with these ids need
 * OVERRIDING SYSTEM VALUE; knowing ids up front lets related rows be built before any insert.
 */
export async function reserveIds(db: Database, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await db
    .select({ id: sql<number>`nextval(pg_get_serial_sequence(${table}, 'id'))::int` })
    .from(sql`generate_series(1, ${count}::int)`);
  return rows.map((r) => Number(r.id));
}
