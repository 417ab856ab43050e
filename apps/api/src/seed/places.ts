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

type Names = [ky: string, ru: string, en: string];

interface Spec {
  slug: string;
  kind: PlaceKind;
  names: Names;
  at: [latitude: number, longitude: number];
  aliases?: string[];
  children?: Spec[];
}

// Small builders keep the table below readable: the naming patterns per level are regular
// (ky "… району", ru adjective + "район", en "… district"), only the stems differ.
const oblast = (stem: string, ky: string, ru: string, en: string, at: Spec['at'], children: Spec[], aliases?: string[]): Spec => ({
  slug: `${stem}-oblast`,
  kind: 'oblast',
  names: [`${ky} облусу`, `${ru} область`, `${en} oblast`],
  at,
  children,
  ...(aliases ? { aliases } : {}),
});

const district = (stem: string, ky: string, ru: string, en: string, at: Spec['at'], aliases?: string[], children?: Spec[]): Spec => ({
  slug: `${stem}-district`,
  kind: 'district',
  names: [`${ky} району`, `${ru} район`, `${en} district`],
  at,
  ...(aliases ? { aliases } : {}),
  ...(children ? { children } : {}),
});

/**
 * A rural district (aiyl aimak) together with its main village, which carries its name. The
 * Russian form "айылный аймак X" avoids inventing adjectives for names such as Мады.
 */
const ruralDistrict = (stem: string, ky: string, ru: string, en: string, at: Spec['at'], aliases?: string[]): Spec => ({
  slug: `${stem}-rural-district`,
  kind: 'rural_district',
  names: [`${ky} айыл аймагы`, `айылный аймак ${ru}`, `${en} rural district`],
  at,
  ...(aliases ? { aliases } : {}),
  children: [
    {
      slug: stem,
      kind: 'settlement',
      names: [ky, ru, en],
      at,
      ...(aliases ? { aliases } : {}),
    },
  ],
});

const BAZAR_KORGON = ['Bazar-Kurgan', 'Bazar-Kurgon', 'Bazarkorgon', 'Базар-Курган', 'Базаркоргон'];
const JALAL_ABAD = ['Jalalabad', 'Djalal-Abad', 'Dzhalal-Abad', 'Джалалабад', 'Жалалабад'];

/*
 * Coordinates are approximate: oblasts near their middle, districts at their administrative
 * centres, rural districts at their main village. Good enough for a map pin, not for surveying.
 */
const TREE: Spec = {
  slug: 'kyrgyzstan',
  kind: 'country',
  names: ['Кыргызстан', 'Кыргызстан', 'Kyrgyzstan'],
  at: [41.2, 74.77],
  aliases: ['Kyrgyz Republic', 'Kirghizia', 'Кыргызская Республика', 'Киргизия', 'Кыргыз Республикасы'],
  children: [
    {
      slug: 'bishkek',
      kind: 'city',
      names: ['Бишкек', 'Бишкек', 'Bishkek'],
      at: [42.8746, 74.5698],
    },
    {
      slug: 'osh',
      kind: 'city',
      names: ['Ош', 'Ош', 'Osh'],
      at: [40.5283, 72.7985],
    },
    oblast('batken', 'Баткен', 'Баткенская', 'Batken', [39.95, 70.9], [
      district('batken', 'Баткен', 'Баткенский', 'Batken', [40.062, 70.819]),
      district('kadamjay', 'Кадамжай', 'Кадамжайский', 'Kadamjay', [40.17, 71.33], ['Kadamzhai', 'Kadamdzhai']),
      district('leilek', 'Лейлек', 'Лейлекский', 'Leilek', [39.842, 69.533], ['Leylek']),
    ]),
    oblast('chui', 'Чүй', 'Чуйская', 'Chui', [42.6, 74.5], [
      district('alamudun', 'Аламүдүн', 'Аламудунский', 'Alamudun', [42.888, 74.676], ['Alamüdün', 'Alamedin']),
      district('chui', 'Чүй', 'Чуйский', 'Chui', [42.8, 75.2], ['Chuy', 'Chüy']),
      district('jayil', 'Жайыл', 'Жайылский', 'Jayil', [42.814, 73.848], ['Jaiyl', 'Zhayyl', 'Zhaiyl']),
      district('kemin', 'Кемин', 'Кеминский', 'Kemin', [42.786, 75.692]),
      district('moskva', 'Москва', 'Московский', 'Moskva', [42.83, 74.11], ['Moscow']),
      district('panfilov', 'Панфилов', 'Панфиловский', 'Panfilov', [42.83, 73.68]),
      district('sokuluk', 'Сокулук', 'Сокулукский', 'Sokuluk', [42.86, 74.3]),
      district('ysyk-ata', 'Ысык-Ата', 'Ысык-Атинский', 'Ysyk-Ata', [42.89, 74.85], ['Issyk-Ata']),
    ], ['Chuy', 'Chüy', 'Чуй']),
    oblast('issyk-kul', 'Ысык-Көл', 'Иссык-Кульская', 'Issyk-Kul', [42.2, 77.9], [
      district('ak-suu', 'Ак-Суу', 'Ак-Суйский', 'Ak-Suu', [42.5, 78.53]),
      district('jeti-oguz', 'Жети-Өгүз', 'Джети-Огузский', 'Jeti-Oguz', [42.34, 78.0], ['Jeti-Ögüz', 'Djety-Oguz', 'Dzhety-Oguz']),
      district('issyk-kul', 'Ысык-Көл', 'Иссык-Кульский', 'Issyk-Kul', [42.65, 77.08], ['Ysyk-Kol', 'Issyk-Kol']),
      district('ton', 'Тоң', 'Тонский', 'Ton', [42.12, 76.99], ['Tong']),
      district('tup', 'Түп', 'Тюпский', 'Tup', [42.73, 78.36], ['Tüp', 'Tyup']),
    ], ['Ysyk-Kol', 'Issyk-Kol', 'Ыссык-Куль']),
    oblast('jalal-abad', 'Жалал-Абад', 'Джалал-Абадская', 'Jalal-Abad', [41.4, 72.4], [
      {
        // A city of regional significance: it belongs to the oblast, not to a district.
        slug: 'jalal-abad',
        kind: 'settlement',
        names: ['Жалал-Абад', 'Джалал-Абад', 'Jalal-Abad'],
        at: [40.933, 73.0],
        aliases: JALAL_ABAD,
      },
      district('aksy', 'Аксы', 'Аксыйский', 'Aksy', [41.49, 71.75]),
      district('ala-buka', 'Ала-Бука', 'Ала-Букинский', 'Ala-Buka', [41.4, 71.41]),
      district('bazar-korgon', 'Базар-Коргон', 'Базар-Коргонский', 'Bazar-Korgon', [41.037, 72.747], BAZAR_KORGON, [
        ruralDistrict('akman', 'Акман', 'Акман', 'Akman', [41.02, 72.7]),
        ruralDistrict('bazar-korgon', 'Базар-Коргон', 'Базар-Коргон', 'Bazar-Korgon', [41.037, 72.747], BAZAR_KORGON),
        ruralDistrict('beshik-zhon', 'Бешик-Жон', 'Бешик-Джон', 'Beshik-Zhon', [41.1, 72.87], ['Beshik-Jon', 'Beshikzhon', 'Бешик-Жон', 'Бешик-Джон']),
        ruralDistrict('kenesh', 'Кеңеш', 'Кенеш', 'Kenesh', [41.0, 72.64], ['Kengesh', 'Кенеш', 'Кеңеш']),
        ruralDistrict('seydikum', 'Сейдикум', 'Сейдикум', 'Seydikum', [41.09, 72.72], ['Seidikum', 'Seydykum', 'Сейдыкум']),
      ]),
      district('chatkal', 'Чаткал', 'Чаткальский', 'Chatkal', [41.76, 71.58]),
      district('nooken', 'Ноокен', 'Ноокенский', 'Nooken', [41.06, 72.63]),
      district('suzak', 'Сузак', 'Сузакский', 'Suzak', [40.9, 72.9]),
      district('toguz-toro', 'Тогуз-Торо', 'Тогуз-Тороуский', 'Toguz-Toro', [41.41, 74.05], ['Toguz-Torou']),
      district('toktogul', 'Токтогул', 'Токтогульский', 'Toktogul', [41.87, 72.94]),
    ], JALAL_ABAD),
    oblast('naryn', 'Нарын', 'Нарынская', 'Naryn', [41.4, 75.5], [
      district('ak-talaa', 'Ак-Талаа', 'Ак-Талинский', 'Ak-Talaa', [41.26, 74.97], ['Ak-Tala']),
      district('at-bashy', 'Ат-Башы', 'Ат-Башинский', 'At-Bashy', [41.17, 75.81], ['At-Bashi', 'Atbashy', 'Ат-Баши']),
      district('jumgal', 'Жумгал', 'Жумгальский', 'Jumgal', [41.93, 74.5], ['Djumgal', 'Dzhumgal', 'Джумгал']),
      district('kochkor', 'Кочкор', 'Кочкорский', 'Kochkor', [42.22, 75.75], ['Kochkorka', 'Кочкорка']),
      district('naryn', 'Нарын', 'Нарынский', 'Naryn', [41.43, 75.99]),
    ]),
    oblast('osh', 'Ош', 'Ошская', 'Osh', [40.0, 73.3], [
      district('alay', 'Алай', 'Алайский', 'Alay', [40.32, 73.45], ['Alai']),
      district('aravan', 'Араван', 'Араванский', 'Aravan', [40.51, 72.5]),
      district('chong-alay', 'Чоң-Алай', 'Чон-Алайский', 'Chong-Alay', [39.55, 72.2], ['Chon-Alai', 'Chong-Alai']),
      district('kara-kulja', 'Кара-Кулжа', 'Кара-Кульджинский', 'Kara-Kulja', [40.63, 73.6], ['Kara-Kuldzha', 'Kara-Kuldja']),
      district('kara-suu', 'Кара-Суу', 'Кара-Суйский', 'Kara-Suu', [40.704, 72.867], ['Karasuu', 'Kara-Su', 'Карасуу', 'Кара-Су'], [
        ruralDistrict('mady', 'Мады', 'Мады', 'Mady', [40.64, 72.92], ['Madi', 'Мади']),
        ruralDistrict('shark', 'Шарк', 'Шарк', 'Shark', [40.6, 72.82], ['Sharq']),
        ruralDistrict('kyzyl-kyshtak', 'Кызыл-Кыштак', 'Кызыл-Кыштак', 'Kyzyl-Kyshtak', [40.73, 72.95], ['Kyzyl-Kyshlak', 'Kyzylkyshtak', 'Кызыл-Кишлак']),
        ruralDistrict('kashkar-kyshtak', 'Кашкар-Кыштак', 'Кашкар-Кыштак', 'Kashkar-Kyshtak', [40.67, 72.78], ['Kashgar-Kyshtak', 'Kashkar-Kyshlak', 'Кашгар-Кыштак', 'Кашгар-Кишлак']),
      ]),
      district('nookat', 'Ноокат', 'Ноокатский', 'Nookat', [40.27, 72.62]),
      district('uzgen', 'Өзгөн', 'Узгенский', 'Uzgen', [40.77, 73.3], ['Özgön', 'Ozgon', 'Өзгөн', 'Узген']),
    ]),
    oblast('talas', 'Талас', 'Таласская', 'Talas', [42.4, 72.2], [
      district('bakay-ata', 'Бакай-Ата', 'Бакай-Атинский', 'Bakay-Ata', [42.5, 71.9], ['Bakai-Ata']),
      district('kara-buura', 'Кара-Буура', 'Кара-Бууринский', 'Kara-Buura', [42.62, 71.58], ['Kara-Bura']),
      district('manas', 'Манас', 'Манасский', 'Manas', [42.48, 72.48]),
      district('talas', 'Талас', 'Таласский', 'Talas', [42.52, 72.24]),
    ]),
  ],
};

function flatten(spec: Spec, parent: string | null, out: PlaceNode[]): PlaceNode[] {
  const [ky, ru, en] = spec.names;
  out.push({
    slug: spec.slug,
    kind: spec.kind,
    parent,
    names: { ky, ru, en },
    latitude: spec.at[0],
    longitude: spec.at[1],
    aliases: spec.aliases ?? [],
  });
  for (const child of spec.children ?? []) flatten(child, spec.slug, out);
  return out;
}

/** The place tree of Kyrgyzstan, parents before children. */
export const KYRGYZSTAN_PLACES: readonly PlaceNode[] = flatten(TREE, null, []);

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
