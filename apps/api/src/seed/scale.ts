import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
  articleEvents,
  articleTags,
  articleTranslations,
  articles,
  eventPartners,
  eventProjects,
  eventSeries,
  eventSeriesTranslations,
  eventTranslations,
  events,
  organizationTranslations,
  organizations,
  participantCounts,
  placeTranslations,
  places,
  projectTranslations,
  projects,
  tagTranslations,
  tags,
  type Locale,
} from '../db/schema/index.js';
import { DEMO_TAGS, seedDemo, toParagraphs } from './demo.js';
import { reserveIds } from './places.js';

/*
 * Deterministic bulk data for benchmarks and for exercising filters, paging and visibility rules.
 * Everything is derived from one PRNG stream and from rows read in id order, so the same seed on
 * the same starting database gives identical rows. Nothing depends on the clock: "the past" ends
 * at DATA_END and scheduled items sit in 2030, far enough ahead to stay in the future for years.
 */

const BATCH = 500;
const DATA_START = Date.UTC(2014, 0, 1);
const DATA_END = Date.UTC(2026, 10, 1);
const EVENTS_END = Date.UTC(2027, 0, 1);
const SCHEDULED_START = Date.UTC(2030, 0, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Asia/Bishkek is UTC+6 all year: local hour h is h - 6 in UTC. */
const BISHKEK_OFFSET = 6 * HOUR;

type EventFormat = NonNullable<(typeof events.$inferInsert)['format']>;
type ParticipantGroup = (typeof participantCounts.$inferInsert)['group'];
type EventPartnerRole = (typeof eventPartners.$inferInsert)['role'];
type OrganizationKind = (typeof organizations.$inferInsert)['kind'];
type Tri = Record<Locale, string>;

/** mulberry32: tiny, fast and good enough to make data look varied; not for anything secret. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Phrase lists. Each entry says the same thing in the three languages, so that an article's
// translations are translations of each other. Russian sentences are built so that inserted names
// stay in the nominative (after a colon or in parentheses): place names are not declined.
// ---------------------------------------------------------------------------------------------

interface Topic {
  tags: string[];
  en: string;
  ru: { nom: string; dat: string; prep: string };
  ky: string;
}

const TOPICS: Topic[] = [
  {
    tags: ['harassment', 'violence-prevention'],
    en: 'harassment',
    ru: { nom: 'харассмент', dat: 'профилактике харассмента', prep: 'харассменте' },
    ky: 'асылуу',
  },
  {
    tags: ['violence-prevention'],
    en: 'the prevention of domestic violence',
    ru: {
      nom: 'профилактика домашнего насилия',
      dat: 'профилактике домашнего насилия',
      prep: 'профилактике домашнего насилия',
    },
    ky: 'үй-бүлөлүк зомбулуктун алдын алуу',
  },
  {
    tags: ['womens-rights'],
    en: "women's rights",
    ru: { nom: 'права женщин', dat: 'правам женщин', prep: 'правах женщин' },
    ky: 'аялдардын укуктары',
  },
  {
    tags: ['economic-empowerment', 'self-help-groups'],
    en: 'savings and small business',
    ru: {
      nom: 'сбережения и малый бизнес',
      dat: 'сбережениям и малому бизнесу',
      prep: 'сбережениях и малом бизнесе',
    },
    ky: 'үнөмдөө жана чакан бизнес',
  },
  {
    tags: ['maternal-schools', 'children'],
    en: 'early childhood development',
    ru: {
      nom: 'раннее развитие детей',
      dat: 'раннему развитию детей',
      prep: 'раннем развитии детей',
    },
    ky: 'балдардын эрте өнүгүүсү',
  },
  {
    tags: ['local-self-government', 'womens-rights'],
    en: "women's leadership in local self-government",
    ru: {
      nom: 'лидерство женщин в местном самоуправлении',
      dat: 'лидерству женщин в местном самоуправлении',
      prep: 'лидерстве женщин в местном самоуправлении',
    },
    ky: 'жергиликтүү өз алдынча башкаруудагы аялдардын лидерлиги',
  },
  {
    tags: ['violence-prevention', 'children'],
    en: 'the prevention of early marriage',
    ru: {
      nom: 'профилактика ранних браков',
      dat: 'профилактике ранних браков',
      prep: 'профилактике ранних браков',
    },
    ky: 'эрте никенин алдын алуу',
  },
  {
    tags: ['health'],
    en: 'reproductive health',
    ru: {
      nom: 'репродуктивное здоровье',
      dat: 'репродуктивному здоровью',
      prep: 'репродуктивном здоровье',
    },
    ky: 'репродуктивдик ден соолук',
  },
  {
    tags: ['violence-prevention', 'womens-rights'],
    en: 'bride kidnapping',
    ru: {
      nom: 'похищение невест',
      dat: 'противодействию похищению невест',
      prep: 'похищении невест',
    },
    ky: 'кыз ала качуу',
  },
  {
    tags: ['access-to-justice'],
    en: 'access to justice',
    ru: { nom: 'доступ к правосудию', dat: 'доступу к правосудию', prep: 'доступе к правосудию' },
    ky: 'сот адилеттигине жетүү',
  },
  {
    tags: ['local-self-government'],
    en: 'gender-responsive budgeting',
    ru: {
      nom: 'гендерно-ориентированное бюджетирование',
      dat: 'гендерно-ориентированному бюджетированию',
      prep: 'гендерно-ориентированном бюджетировании',
    },
    ky: 'гендердик бюджеттөө',
  },
  {
    tags: ['children'],
    en: "children's rights",
    ru: { nom: 'права детей', dat: 'правам детей', prep: 'правах детей' },
    ky: 'балдардын укуктары',
  },
];

/** Tags the generator uses beyond the demo's; names in all three languages. */
const EXTRA_TAGS: { slug: string; names: Tri }[] = [
  { slug: 'trainings', names: { ky: 'Тренингдер', ru: 'Тренинги', en: 'Trainings' } },
  {
    slug: 'self-help-groups',
    names: { ky: 'Өз ара жардам топтору', ru: 'Группы самопомощи', en: 'Self-help groups' },
  },
  {
    slug: 'maternal-schools',
    names: { ky: 'Энелер мектептери', ru: 'Материнские школы', en: 'Maternal schools' },
  },
  {
    slug: 'womens-rights',
    names: { ky: 'Аялдардын укуктары', ru: 'Права женщин', en: "Women's rights" },
  },
  {
    slug: 'economic-empowerment',
    names: {
      ky: 'Экономикалык мүмкүнчүлүктөрдү кеңейтүү',
      ru: 'Экономические возможности',
      en: 'Economic empowerment',
    },
  },
  {
    slug: 'local-self-government',
    names: {
      ky: 'Жергиликтүү өз алдынча башкаруу',
      ru: 'Местное самоуправление',
      en: 'Local self-government',
    },
  },
  { slug: 'health', names: { ky: 'Ден соолук', ru: 'Здоровье', en: 'Health' } },
  { slug: 'children', names: { ky: 'Балдар', ru: 'Дети', en: 'Children' } },
  {
    slug: 'access-to-justice',
    names: { ky: 'Сот адилеттигине жетүү', ru: 'Доступ к правосудию', en: 'Access to justice' },
  },
  { slug: 'campaigns', names: { ky: 'Кампаниялар', ru: 'Кампании', en: 'Campaigns' } },
];
const ALL_TAGS = [...DEMO_TAGS, ...EXTRA_TAGS];

interface FormatWords {
  en: { name: string; a: string; plural: string };
  ru: { nom: string; prep: string; held: string; plural: string };
  ky: { nom: string; dat: string; plural: string };
  tag: string | null;
}

const FORMATS: Record<EventFormat, FormatWords> = {
  workshop: {
    en: { name: 'workshop', a: 'a workshop', plural: 'workshops' },
    ru: { nom: 'семинар', prep: 'семинаре', held: 'прошёл', plural: 'семинаров' },
    ky: { nom: 'семинар', dat: 'семинарга', plural: 'семинарлар' },
    tag: 'workshops',
  },
  training: {
    en: { name: 'training', a: 'a training', plural: 'trainings' },
    ru: { nom: 'тренинг', prep: 'тренинге', held: 'прошёл', plural: 'тренингов' },
    ky: { nom: 'тренинг', dat: 'тренингге', plural: 'тренингдер' },
    tag: 'trainings',
  },
  meeting: {
    en: { name: 'meeting', a: 'a meeting', plural: 'meetings' },
    ru: { nom: 'встреча', prep: 'встрече', held: 'прошла', plural: 'встреч' },
    ky: { nom: 'жолугушуу', dat: 'жолугушууга', plural: 'жолугушуулар' },
    tag: null,
  },
  campaign: {
    en: { name: 'information campaign', a: 'an information campaign', plural: 'campaigns' },
    ru: {
      nom: 'информационная кампания',
      prep: 'информационной кампании',
      held: 'прошла',
      plural: 'кампаний',
    },
    ky: { nom: 'маалымат кампаниясы', dat: 'маалымат кампаниясына', plural: 'кампаниялар' },
    tag: 'campaigns',
  },
  conference: {
    en: { name: 'conference', a: 'a conference', plural: 'conferences' },
    ru: { nom: 'конференция', prep: 'конференции', held: 'прошла', plural: 'конференций' },
    ky: { nom: 'конференция', dat: 'конференцияга', plural: 'конференциялар' },
    tag: null,
  },
  other: {
    en: { name: 'round table', a: 'a round table', plural: 'round tables' },
    ru: { nom: 'круглый стол', prep: 'круглом столе', held: 'прошёл', plural: 'круглых столов' },
    ky: { nom: 'тегерек стол', dat: 'тегерек столго', plural: 'тегерек столдор' },
    tag: null,
  },
};

const FORMAT_WEIGHTS: [EventFormat, number][] = [
  ['workshop', 40],
  ['training', 25],
  ['meeting', 15],
  ['campaign', 7],
  ['conference', 5],
  ['other', 8],
];

const AUDIENCES: Tri[] = [
  {
    en: 'members of self-help groups',
    ru: 'участницы групп самопомощи',
    ky: 'өз ара жардам топторунун мүчөлөрү',
  },
  {
    en: 'mothers of the maternal school',
    ru: 'мамы из материнской школы',
    ky: 'энелер мектебинин энелери',
  },
  {
    en: 'deputies of the local council',
    ru: 'депутаты местного кенеша',
    ky: 'жергиликтүү кеңештин депутаттары',
  },
  {
    en: 'staff of the rural administration',
    ru: 'сотрудники айыл окмоту',
    ky: 'айыл өкмөтүнүн кызматкерлери',
  },
  {
    en: 'schoolgirls and their teachers',
    ru: 'школьницы и их учителя',
    ky: 'мектеп окуучу кыздары жана алардын мугалимдери',
  },
  { en: 'young women', ru: 'молодые женщины', ky: 'жаш аялдар' },
  {
    en: "members of the local women's council",
    ru: 'члены местного женского совета',
    ky: 'жергиликтүү аялдар кеңешинин мүчөлөрү',
  },
  {
    en: 'leaders of self-help groups',
    ru: 'лидеры групп самопомощи',
    ky: 'өз ара жардам топторунун лидерлери',
  },
  {
    en: "members of children's self-help groups",
    ru: 'участники детских групп самопомощи',
    ky: 'балдардын өз ара жардам топторунун мүчөлөрү',
  },
  {
    en: 'social workers and crisis centre staff',
    ru: 'социальные работники и сотрудники кризисных центров',
    ky: 'социалдык кызматкерлер жана кризистик борборлордун кызматкерлери',
  },
];

const VENUES: ((n: number) => Tri)[] = [
  (n) => ({
    en: `Secondary school No. ${n}`,
    ru: `Средняя школа № ${n}`,
    ky: `№ ${n} орто мектеп`,
  }),
  () => ({ en: 'Community house', ru: 'Общественный дом', ky: 'Коомдук үй' }),
  () => ({
    en: 'Conference room of the rural administration',
    ru: 'Конференц-зал айыл окмоту',
    ky: 'Айыл өкмөтүнүн конференц-залы',
  }),
  () => ({ en: 'Maternal school', ru: 'Материнская школа', ky: 'Энелер мектеби' }),
  () => ({ en: "Eraiym's office", ru: 'Офис «Эрайым»', ky: '«Эрайым» уюмунун кеңсеси' }),
  () => ({ en: 'District library', ru: 'Районная библиотека', ky: 'Райондук китепкана' }),
  () => ({ en: 'House of culture', ru: 'Дом культуры', ky: 'Маданият үйү' }),
  () => ({
    en: 'Family medicine centre',
    ru: 'Центр семейной медицины',
    ky: 'Үй-бүлөлүк медицина борбору',
  }),
];

/** Invented names (Latin, Cyrillic) for facilitators and correspondents; no real people. */
const FIRST_NAMES: [string, string][] = [
  ['Aizada', 'Айзада'],
  ['Gulnara', 'Гульнара'],
  ['Nurgul', 'Нургуль'],
  ['Cholpon', 'Чолпон'],
  ['Jyldyz', 'Жылдыз'],
  ['Asel', 'Асель'],
  ['Baktygul', 'Бактыгуль'],
  ['Meerim', 'Мээрим'],
  ['Aida', 'Аида'],
  ['Kanykei', 'Каныкей'],
];
const SURNAMES: [string, string][] = [
  ['Toktosunova', 'Токтосунова'],
  ['Mamatova', 'Маматова'],
  ['Abdieva', 'Абдиева'],
  ['Sydykova', 'Сыдыкова'],
  ['Osmonova', 'Осмонова'],
  ['Asanova', 'Асанова'],
  ['Karimova', 'Каримова'],
  ['Usenova', 'Усенова'],
  ['Joldosheva', 'Жолдошева'],
  ['Beishenova', 'Бейшенова'],
];

interface Slots {
  topic: Topic;
  format: FormatWords;
  /** The place's own name: "Mady". */
  place: Tri;
  /** Where, as a phrase: "in Mady, Kara-Suu district, Osh oblast" / "в селе Мады (…)". */
  placeIn: Tri;
  /** Where, own name only: "in Mady" / "в селе Мады" / "Мады айылында". */
  placeInShort: Tri;
  audience: Tri;
  facilitator: Tri | null;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const LEADS: ((s: Slots) => Tri)[] = [
  (s) => ({
    en: `${cap(s.format.en.a)} on ${s.topic.en} took place ${s.placeIn.en}.`,
    ru: `${cap(s.placeIn.ru)} ${s.format.ru.held} ${s.format.ru.nom} по ${s.topic.ru.dat}.`,
    ky: `${cap(s.placeIn.ky)} ${s.topic.ky} боюнча ${s.format.ky.nom} өттү.`,
  }),
  (s) => ({
    en: `${cap(s.audience.en)} ${s.placeIn.en} took part in ${s.format.en.a} on ${s.topic.en}.`,
    ru: `${cap(s.placeIn.ru)} ${s.audience.ru} приняли участие в ${s.format.ru.prep} по ${s.topic.ru.dat}.`,
    ky: `${cap(s.placeIn.ky)} ${s.audience.ky} ${s.topic.ky} боюнча ${s.format.ky.dat} катышты.`,
  }),
  (s) => ({
    en: `${cap(s.topic.en)} was the subject of ${s.format.en.a} for ${s.audience.en} ${s.placeIn.en}.`,
    ru: `${cap(s.placeIn.ru)} ${s.format.ru.held} ${s.format.ru.nom} по ${s.topic.ru.dat}. Участники — ${s.audience.ru}.`,
    ky: `${cap(s.placeIn.ky)} ${s.audience.ky} үчүн ${s.topic.ky} боюнча ${s.format.ky.nom} уюштурулду.`,
  }),
];

/** Summary of an event that has not happened yet (as of DATA_END). */
const UPCOMING = (s: Slots): Tri => ({
  en: `${cap(s.format.en.a)} on ${s.topic.en} will take place ${s.placeIn.en}.`,
  ru: `${cap(s.placeIn.ru)} пройдёт ${s.format.ru.nom} по ${s.topic.ru.dat}.`,
  ky: `${cap(s.placeIn.ky)} ${s.topic.ky} боюнча ${s.format.ky.nom} өтөт.`,
});

const TITLES: ((s: Slots) => Tri)[] = [
  (s) => ({
    en: `${cap(s.format.en.name)} on ${s.topic.en} ${s.placeInShort.en}`,
    ru: `${cap(s.format.ru.nom)} по ${s.topic.ru.dat} ${s.placeInShort.ru}`,
    ky: `${cap(s.placeInShort.ky)} ${s.topic.ky} боюнча ${s.format.ky.nom}`,
  }),
  (s) => ({
    en: `${s.place.en}: women talk about ${s.topic.en}`,
    ru: `${s.place.ru}: женщины говорят о ${s.topic.ru.prep}`,
    ky: `${s.place.ky}: аялдар ${s.topic.ky} жөнүндө сүйлөштү`,
  }),
  (s) => ({
    en: `Self-help groups ${s.placeInShort.en} learn about ${s.topic.en}`,
    ru: `Группы самопомощи ${s.placeInShort.ru} узнали больше о ${s.topic.ru.prep}`,
    ky: `${cap(s.placeInShort.ky)} өз ара жардам топтору ${s.topic.ky} тууралуу көбүрөөк билишти`,
  }),
  (s) => ({
    en: `${cap(s.topic.en)}: ${s.format.en.a} for ${s.audience.en} ${s.placeInShort.en}`,
    ru: `${cap(s.topic.ru.nom)}: ${s.format.ru.nom} ${s.placeInShort.ru}`,
    ky: `${cap(s.topic.ky)}: ${s.placeInShort.ky} ${s.format.ky.nom}`,
  }),
];

interface Sentence {
  /** Topics (by tag) the sentence fits; none means it fits any topic. */
  tags?: string[];
  text: (s: Slots) => Tri | null;
}

const VIOLENCE = ['harassment', 'violence-prevention', 'womens-rights', 'access-to-justice'];

const BODY_SENTENCES: Sentence[] = [
  {
    tags: VIOLENCE,
    text: () => ({
      en: 'The participants shared their own experiences and discussed how to react when facing or witnessing violence.',
      ru: 'Участницы поделились собственным опытом и обсудили, как реагировать, столкнувшись с насилием или став его свидетелем.',
      ky: 'Катышуучулар өз тажрыйбалары менен бөлүшүп, зомбулукка кабылганда же күбө болгондо кандай аракет кылуу керектигин талкуулашты.',
    }),
  },
  {
    tags: VIOLENCE,
    text: (s) =>
      s.facilitator && {
        en: `The facilitator ${s.facilitator.en} explained where to turn for help: the crisis centre, the police and the social protection office.`,
        ru: `Ведущая ${s.facilitator.ru} рассказала, куда обращаться за помощью: в кризисный центр, милицию и управление социальной защиты.`,
        ky: `Тренер ${s.facilitator.ky} жардам сурап кайда кайрылууга болорун түшүндүрдү: кризистик борборго, милицияга жана социалдык коргоо бөлүмүнө.`,
      },
  },
  {
    tags: ['economic-empowerment', 'self-help-groups'],
    text: () => ({
      en: 'Members of the self-help groups spoke about their savings and the small businesses they run together.',
      ru: 'Участницы групп самопомощи рассказали о своих сбережениях и о малом бизнесе, который они ведут вместе.',
      ky: 'Өз ара жардам топторунун мүчөлөрү өздөрүнүн үнөмдөрү жана чогуу жүргүзгөн чакан бизнеси тууралуу айтып беришти.',
    }),
  },
  {
    tags: ['economic-empowerment'],
    text: () => ({
      en: 'Three groups presented business plans for small grants: a sewing workshop, a bakery and a greenhouse.',
      ru: 'Три группы представили бизнес-планы на малые гранты: швейный цех, пекарню и теплицу.',
      ky: 'Үч топ чакан гранттар үчүн бизнес-пландарын сунушташты: тигүү цехи, нан бышыруучу жай жана жылыткана.',
    }),
  },
  {
    tags: ['maternal-schools', 'children'],
    text: () => ({
      en: 'Mothers from the maternal school described how the community pre-school prepares their children for the first grade.',
      ru: 'Мамы из материнской школы рассказали, как общественный детский сад готовит их детей к первому классу.',
      ky: 'Энелер мектебинин энелери коомдук мектепке чейинки мекеме балдарын биринчи класска кантип даярдай турганын айтып беришти.',
    }),
  },
  {
    tags: VIOLENCE,
    text: () => ({
      en: 'A heated discussion developed about why so few cases are reported and how to document them.',
      ru: 'Развернулась оживлённая дискуссия о том, почему о таких случаях так редко сообщают и как их документировать.',
      ky: 'Эмне үчүн мындай учурлар тууралуу аз кабарланары жана аларды кантип документтештирүү керектиги боюнча кызуу талкуу болду.',
    }),
  },
  {
    text: () => ({
      en: 'Deputies of the local council promised to raise the issue at their next session.',
      ru: 'Депутаты местного кенеша пообещали поднять этот вопрос на ближайшей сессии.',
      ky: 'Жергиликтүү кеңештин депутаттары бул маселени кийинки сессияда көтөрүүгө убада беришти.',
    }),
  },
  {
    text: () => ({
      en: 'The participants worked in small groups and prepared an action plan for their village.',
      ru: 'Участники работали в малых группах и подготовили план действий для своего села.',
      ky: 'Катышуучулар чакан топторго бөлүнүп иштешип, өз айылы үчүн иш-аракеттер планын даярдашты.',
    }),
  },
  {
    tags: ['children', 'womens-rights'],
    text: () => ({
      en: 'Girls and young women spoke about the pressure to marry early and about their wish to continue their education.',
      ru: 'Девочки и молодые женщины говорили о давлении, которое вынуждает рано выходить замуж, и о желании продолжить образование.',
      ky: 'Кыздар жана жаш аялдар эрте турмушка чыгууга болгон кысым жана билим алууну улантуу каалоосу жөнүндө айтышты.',
    }),
  },
  {
    tags: ['local-self-government'],
    text: () => ({
      en: 'Representatives of the rural administration presented the local budget and answered questions about support for vulnerable families.',
      ru: 'Представители айыл окмоту представили местный бюджет и ответили на вопросы о поддержке уязвимых семей.',
      ky: 'Айыл өкмөтүнүн өкүлдөрү жергиликтүү бюджетти тааныштырып, аялуу үй-бүлөлөрдү колдоо боюнча суроолорго жооп беришти.',
    }),
  },
  {
    tags: ['violence-prevention', 'harassment'],
    text: () => ({
      en: 'Everyone agreed that breaking the silence around violence is the first step towards change.',
      ru: 'Все сошлись во мнении, что нарушить молчание вокруг насилия — первый шаг к переменам.',
      ky: 'Зомбулук тууралуу унчукпай коюуну токтотуу өзгөрүүгө карай биринчи кадам экенине баары макул болушту.',
    }),
  },
  {
    tags: ['access-to-justice', 'violence-prevention'],
    text: () => ({
      en: 'A lawyer explained how to apply for a protection order and where to get free legal aid.',
      ru: 'Юрист рассказал, как получить охранный ордер и где найти бесплатную юридическую помощь.',
      ky: 'Юрист коргоо ордерин кантип алууну жана акысыз юридикалык жардамды кайдан табууну түшүндүрдү.',
    }),
  },
  {
    tags: ['health'],
    text: () => ({
      en: "A nurse of the family medicine centre answered the participants' questions.",
      ru: 'На вопросы участниц ответила медсестра центра семейной медицины.',
      ky: 'Катышуучулардын суроолоруна үй-бүлөлүк медицина борборунун медайымы жооп берди.',
    }),
  },
  {
    tags: ['children'],
    text: () => ({
      en: 'Teachers and parents discussed how to protect children from violence at school and at home.',
      ru: 'Учителя и родители обсудили, как защитить детей от насилия в школе и дома.',
      ky: 'Мугалимдер жана ата-энелер балдарды мектепте жана үйдө зомбулуктан кантип коргоону талкуулашты.',
    }),
  },
  {
    text: () => ({
      en: 'The participants received information materials in Kyrgyz and Russian.',
      ru: 'Участники получили информационные материалы на кыргызском и русском языках.',
      ky: 'Катышуучуларга кыргыз жана орус тилдеринде маалыматтык материалдар берилди.',
    }),
  },
  {
    text: () => ({
      en: 'Many participants said it was the first time they had discussed the subject openly.',
      ru: 'Многие участницы сказали, что впервые открыто обсуждали эту тему.',
      ky: 'Көптөгөн катышуучулар бул теманы биринчи жолу ачык талкуулашканын айтышты.',
    }),
  },
];

/** Sentences that fit the topic, in a random order, at most `count` that apply. */
function bodySentences(rnd: Random, slots: Slots, count: number): Tri[] {
  const fitting = BODY_SENTENCES.filter(
    (b) => !b.tags || b.tags.some((t) => slots.topic.tags.includes(t)),
  );
  return rnd
    .sample(fitting, count)
    .map((b) => b.text(slots))
    .filter((t): t is Tri => t !== null);
}

const CLOSINGS: Tri[] = [
  {
    en: 'The organizers plan to continue this work in other villages of the district.',
    ru: 'Организаторы планируют продолжить эту работу в других сёлах района.',
    ky: 'Уюштуруучулар бул ишти райондун башка айылдарында улантууну пландап жатышат.',
  },
  {
    en: 'Follow-up meetings with the self-help groups are planned for the coming months.',
    ru: 'В ближайшие месяцы запланированы повторные встречи с группами самопомощи.',
    ky: 'Жакынкы айларда өз ара жардам топтору менен кайрадан жолугушуулар пландалууда.',
  },
];

/** ru: genitive plural for "женщин — 23", nominative plural for "все — женщины". */
const GROUP_WORDS: Record<ParticipantGroup, Tri & { ruAll: string }> = {
  women: { en: 'women', ru: 'женщин', ruAll: 'женщины', ky: 'аялдар' },
  girls: { en: 'girls', ru: 'девочек', ruAll: 'девочки', ky: 'кыздар' },
  men: { en: 'men', ru: 'мужчин', ruAll: 'мужчины', ky: 'эркектер' },
  boys: { en: 'boys', ru: 'мальчиков', ruAll: 'мальчики', ky: 'эркек балдар' },
  unspecified: { en: 'others', ru: 'других', ruAll: 'другие', ky: 'башкалар' },
};

// ---------------------------------------------------------------------------------------------
// What the generator reads from the database (the demo's place tree, organizations, projects).
// ---------------------------------------------------------------------------------------------

interface PlaceChoice {
  id: number;
  latitude: number | null;
  longitude: number | null;
  name: Tri;
  in: Tri;
  inShort: Tri;
  /** For bylines: the oblast, or the city of republican significance. */
  regionEn: string;
}

interface Context {
  places: [PlaceChoice, number][];
  organizations: { id: number; kind: OrganizationKind; slug: string; name: Tri }[];
  projects: { id: number; title: Tri }[];
}

/** Names per locale with a fallback, since not every row has all three languages. */
function tri(byLocale: Map<Locale, string> | undefined, fallback: string): Tri {
  const en = byLocale?.get('en') ?? byLocale?.get('ru') ?? fallback;
  const ru = byLocale?.get('ru') ?? en;
  return { en, ru, ky: byLocale?.get('ky') ?? ru };
}

function groupTexts<K>(
  rows: { key: K; locale: Locale; text: string }[],
): Map<K, Map<Locale, string>> {
  const out = new Map<K, Map<Locale, string>>();
  for (const r of rows) {
    let m = out.get(r.key);
    if (!m) out.set(r.key, (m = new Map()));
    m.set(r.locale, r.text);
  }
  return out;
}

/**
 * "In <place>" per language. Russian and Kyrgyz decline the place term rather than the name
 * ("в Кара-Суйском районе", "Мады айылында"); names that do not follow the patterns of the seeded
 * tree fall back to a form without declension.
 */
function locatives(kind: string, parentKind: string | undefined, name: Tri): Tri {
  const town = kind === 'city' || (kind === 'settlement' && parentKind === 'oblast');
  let ru: string;
  let ky: string;
  if (kind === 'district' && /(ий|ый) район$/.test(name.ru)) {
    ru = `в ${name.ru.replace(/(ий|ый) район$/, 'ом районе')}`;
  } else if (kind === 'rural_district' && name.ru.startsWith('айылный аймак ')) {
    ru = `в айылном аймаке ${name.ru.slice('айылный аймак '.length)}`;
  } else if (town) {
    ru = `в городе ${name.ru}`;
  } else if (kind === 'settlement') {
    ru = `в селе ${name.ru}`;
  } else {
    ru = `(${name.ru})`;
  }
  if (kind === 'district' && name.ky.endsWith(' району')) {
    ky = `${name.ky.slice(0, -' району'.length)} районунда`;
  } else if (kind === 'rural_district' && name.ky.endsWith(' айыл аймагы')) {
    ky = `${name.ky.slice(0, -' айыл аймагы'.length)} айыл аймагында`;
  } else if (town) {
    ky = `${name.ky} шаарында`;
  } else if (kind === 'settlement') {
    ky = `${name.ky} айылында`;
  } else {
    ky = `${name.ky}:`;
  }
  return { en: `in ${name.en}`, ru, ky };
}

/** Places where the organization works (DOMAIN.md) get more of the generated activity. */
const WORK_AREAS = new Set(['bazar-korgon-district', 'kara-suu-district', 'jalal-abad']);

async function loadContext(db: Database): Promise<Context> {
  const placeRows = await db
    .select({
      id: places.id,
      parentId: places.parentId,
      kind: places.kind,
      slug: places.slug,
      path: places.path,
      latitude: places.latitude,
      longitude: places.longitude,
    })
    .from(places)
    .orderBy(asc(places.id));
  const placeNames = groupTexts(
    await db
      .select({
        key: placeTranslations.placeId,
        locale: placeTranslations.locale,
        text: placeTranslations.name,
      })
      .from(placeTranslations),
  );
  const byId = new Map(placeRows.map((p) => [p.id, p]));
  const nameOf = (id: number): Tri => tri(placeNames.get(id), byId.get(id)?.slug ?? String(id));
  const workIds = new Set(placeRows.filter((p) => WORK_AREAS.has(p.slug)).map((p) => p.id));

  const choices: [PlaceChoice, number][] = [];
  for (const p of placeRows) {
    if (p.kind === 'country' || p.kind === 'oblast') continue;
    const ancestors = p.path
      .split('/')
      .filter(Boolean)
      .map(Number)
      .map((id) => byId.get(id))
      .filter((a): a is NonNullable<typeof a> => a !== undefined && a.id !== p.id);
    // "Mady, Kara-Suu district, Osh oblast": the rural district is left out of settlement labels
    // because the main village carries its name.
    const labelIds = [
      p.id,
      ...ancestors
        .filter((a) => a.kind === 'district' || a.kind === 'oblast')
        .map((a) => a.id)
        .reverse(),
    ];
    const own = nameOf(p.id);
    const parentKind = p.parentId === null ? undefined : byId.get(p.parentId)?.kind;
    const context = labelIds.slice(1).map(nameOf);
    const inShort = locatives(p.kind, parentKind, own);
    const inLong: Tri = {
      en: [inShort.en, ...context.map((n) => n.en)].join(', '),
      ru:
        context.length > 0 ? `${inShort.ru} (${context.map((n) => n.ru).join(', ')})` : inShort.ru,
      ky:
        context.length > 0 ? `${inShort.ky} (${context.map((n) => n.ky).join(', ')})` : inShort.ky,
    };
    const region =
      ancestors.find((a) => a.kind === 'oblast' || a.kind === 'city') ??
      (p.kind === 'city' ? p : undefined);
    const inWorkArea = workIds.has(p.id) || ancestors.some((a) => workIds.has(a.id));
    choices.push([
      {
        id: p.id,
        latitude: p.latitude,
        longitude: p.longitude,
        name: own,
        in: inLong,
        inShort,
        regionEn: region ? nameOf(region.id).en : 'Kyrgyzstan',
      },
      inWorkArea ? 2 : 1,
    ]);
  }
  if (choices.length === 0) throw new Error('scale seed: the place tree is empty');

  const orgRows = await db
    .select({ id: organizations.id, kind: organizations.kind, slug: organizations.slug })
    .from(organizations)
    .orderBy(asc(organizations.id));
  const orgNames = groupTexts(
    await db
      .select({
        key: organizationTranslations.organizationId,
        locale: organizationTranslations.locale,
        text: organizationTranslations.name,
      })
      .from(organizationTranslations),
  );
  const projectRows = await db
    .select({ id: projects.id, slug: projects.slug })
    .from(projects)
    .orderBy(asc(projects.id));
  const projectTitles = groupTexts(
    await db
      .select({
        key: projectTranslations.projectId,
        locale: projectTranslations.locale,
        text: projectTranslations.title,
      })
      .from(projectTranslations),
  );
  if (orgRows.length === 0) throw new Error('scale seed: no organizations to use as partners');
  return {
    places: choices,
    organizations: orgRows.map((o) => ({ ...o, name: tri(orgNames.get(o.id), o.slug) })),
    projects: projectRows.map((p) => ({ id: p.id, title: tri(projectTitles.get(p.id), p.slug) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Generation: pure, in memory, before anything is written.
// ---------------------------------------------------------------------------------------------

type EventRow = typeof events.$inferInsert;
type ArticleRow = typeof articles.$inferInsert;

interface GenEvent {
  row: Omit<EventRow, 'id' | 'seriesId'>;
  seriesIndex: number | null;
  translations: Omit<typeof eventTranslations.$inferInsert, 'eventId'>[];
  counts: { group: ParticipantGroup; count: number }[];
  partners: { organizationId: number; role: EventPartnerRole }[];
  projectIds: number[];
  slots: Slots;
  /** Reportable: published, visible now, and over (or undated) before DATA_END. */
  reportable: boolean;
  topicIndex: number;
  place: PlaceChoice;
}

interface GenSeries {
  row: Omit<typeof eventSeries.$inferInsert, 'id'>;
  translations: Omit<typeof eventSeriesTranslations.$inferInsert, 'seriesId'>[];
  eventIndexes: number[];
}

interface GenArticle {
  row: Omit<ArticleRow, 'id'>;
  translations: Omit<typeof articleTranslations.$inferInsert, 'articleId'>[];
  tagSlugs: string[];
  eventIndexes: number[];
}

interface Plan {
  series: GenSeries[];
  events: GenEvent[];
  articles: GenArticle[];
}

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** ASCII slug from any of the three languages, cut at a word boundary to stay readable. */
export function slugify(text: string, maxLength = 70): string {
  const ascii = [...text.toLowerCase()]
    .map((c) => CYRILLIC[c] ?? c)
    .join('')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength);
}

function perLocale<T>(
  locales: readonly Locale[],
  make: (locale: Locale) => T,
): (T & { locale: Locale })[] {
  return locales.map((locale) => ({ ...make(locale), locale }));
}

function countsSentence(counts: { group: ParticipantGroup; count: number }[]): Tri | null {
  const [only] = counts;
  if (!only) return null;
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (counts.length === 1) {
    if (only.group === 'unspecified') {
      return {
        en: `${total} people took part.`,
        ru: `Всего участников: ${total}.`,
        ky: `Катышуучулардын саны: ${total}.`,
      };
    }
    const words = GROUP_WORDS[only.group];
    return {
      en: `${total} ${words.en} took part.`,
      ru: `Всего участников: ${total}, все — ${words.ruAll}.`,
      ky: `Катышуучулардын саны: ${total} (баары — ${words.ky}).`,
    };
  }
  const en = counts.map((c) => `${c.count} ${GROUP_WORDS[c.group].en}`);
  const enList = `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}`;
  // "женщин — 23" keeps Russian numerals out of noun agreement; Kyrgyz nouns do not agree anyway.
  const dash = (locale: 'ru' | 'ky') =>
    counts.map((c) => `${GROUP_WORDS[c.group][locale]} — ${c.count}`).join(', ');
  return {
    en: `${total} people took part: ${enList}.`,
    ru: `Всего участников: ${total} (${dash('ru')}).`,
    ky: `Катышуучулардын саны: ${total} (${dash('ky')}).`,
  };
}

function pickRole(rnd: Random, kind: OrganizationKind): EventPartnerRole {
  switch (kind) {
    case 'donor':
      return 'funder';
    case 'state_body':
      return rnd.pick(['host', 'supporter'] as const);
    case 'ngo':
    case 'network':
    case 'association':
    case 'crisis_centre':
      return rnd.pick(['co_organizer', 'partner', 'supporter'] as const);
    default:
      return 'partner';
  }
}

/** A moment in [from, to) at a local working hour (09:00–16:59 Bishkek), in UTC. */
function localWorkingTime(rnd: Random, from: number, to: number): Date {
  const day = Math.floor((from + rnd.next() * Math.max(0, to - from)) / DAY) * DAY;
  return new Date(
    day + rnd.int(9, 16) * HOUR + rnd.pick([0, 15, 30, 45]) * 60_000 - BISHKEK_OFFSET,
  );
}

function eventDuration(rnd: Random, format: EventFormat): number {
  switch (format) {
    case 'workshop':
      return rnd.int(2, 4) * HOUR;
    case 'training':
      return (rnd.int(1, 3) - 1) * DAY + rnd.int(6, 8) * HOUR;
    case 'meeting':
      return rnd.int(1, 2) * HOUR;
    case 'campaign':
      // The 16 days of activism against gender-based violence, or a shorter local campaign.
      return (rnd.chance(0.3) ? 15 : rnd.int(4, 9)) * DAY + 8 * HOUR;
    case 'conference':
      return rnd.int(6, 8) * HOUR;
    default:
      return 3 * HOUR;
  }
}

function visibility(
  rnd: Random,
  intended: Date,
): { status: 'draft' | 'published'; publishAt: Date | null } {
  const r = rnd.next();
  if (r < 0.03) return { status: 'draft', publishAt: null };
  if (r < 0.05)
    return {
      status: 'published',
      publishAt: localWorkingTime(rnd, SCHEDULED_START, SCHEDULED_START + 365 * DAY),
    };
  return { status: 'published', publishAt: intended };
}

function personName(rnd: Random): Tri {
  const [firstEn, firstCy] = rnd.pick(FIRST_NAMES);
  const [lastEn, lastCy] = rnd.pick(SURNAMES);
  return { en: `${firstEn} ${lastEn}`, ru: `${firstCy} ${lastCy}`, ky: `${firstCy} ${lastCy}` };
}

function generate(ctx: Context, articleCount: number, eventCount: number, seed: number): Plan {
  const rnd = new Random(seed);
  const suffix = (n: number) => `-${seed}-${n}`;
  const eraiym = ctx.organizations.find((o) => o.slug === 'eraiym');
  const organizers = ctx.organizations.filter((o) =>
    ['ngo', 'network', 'association', 'crisis_centre'].includes(o.kind),
  );

  const makeSlots = (topicIndex: number, format: EventFormat, place: PlaceChoice): Slots => ({
    topic: TOPICS[topicIndex]!,
    format: FORMATS[format],
    place: place.name,
    placeIn: place.in,
    placeInShort: place.inShort,
    audience: rnd.pick(AUDIENCES),
    facilitator: rnd.chance(0.7) ? personName(rnd) : null,
  });

  // A few series first: runs of 3–6 workshops or trainings on one topic in one place.
  const series: GenSeries[] = [];
  const genEvents: GenEvent[] = [];
  const seriesCount = Math.max(1, Math.round(eventCount / 40));
  let seriesEvents = 0;
  for (let s = 0; s < seriesCount && seriesEvents < eventCount * 0.2; s++) {
    const size = Math.min(rnd.int(3, 6), eventCount - seriesEvents);
    if (size <= 0) break;
    const format: EventFormat = rnd.chance(0.6) ? 'workshop' : 'training';
    const topicIndex = rnd.int(0, TOPICS.length - 1);
    const place = rnd.weighted(ctx.places);
    const first = localWorkingTime(rnd, DATA_START, EVENTS_END - 200 * DAY);
    const topic = TOPICS[topicIndex]!;
    const title: Tri = {
      en: `${cap(FORMATS[format].en.plural)} on ${topic.en} ${place.inShort.en}`,
      ru: `Цикл ${FORMATS[format].ru.plural} по ${topic.ru.dat} ${place.inShort.ru}`,
      ky: `${cap(place.inShort.ky)} ${topic.ky} боюнча ${FORMATS[format].ky.plural}`,
    };
    const indexes: number[] = [];
    let at = first.getTime();
    for (let k = 0; k < size; k++) {
      indexes.push(genEvents.length);
      genEvents.push(
        makeEvent(genEvents.length, {
          format,
          topicIndex,
          place,
          startsAt: new Date(at),
          position: k + 1,
          seriesIndex: series.length,
          seriesTitle: title,
        }),
      );
      at += rnd.int(5, 30) * DAY;
    }
    seriesEvents += size;
    const firstEvent = genEvents[indexes[0]!]!;
    series.push({
      row: {
        slug: `${slugify(title.en)}${suffix(series.length + 1)}`,
        status: 'published',
        publishAt: firstEvent.row.publishAt ?? new Date(first.getTime() - 7 * DAY),
      },
      translations: perLocale(['ru', 'en', ...(rnd.chance(0.4) ? (['ky'] as const) : [])], (l) => ({
        title: title[l],
        description: `${LEADS[0]!(firstEvent.slots)[l]}`,
      })),
      eventIndexes: indexes,
    });
  }
  while (genEvents.length < eventCount) {
    const format = rnd.weighted(FORMAT_WEIGHTS);
    const topicIndex = rnd.int(0, TOPICS.length - 1);
    const place = rnd.weighted(ctx.places);
    const startsAt = rnd.chance(0.05) ? null : localWorkingTime(rnd, DATA_START, EVENTS_END);
    genEvents.push(
      makeEvent(genEvents.length, {
        format,
        topicIndex,
        place,
        startsAt,
        position: null,
        seriesIndex: null,
        seriesTitle: null,
      }),
    );
  }

  function makeEvent(
    index: number,
    o: {
      format: EventFormat;
      topicIndex: number;
      place: PlaceChoice;
      startsAt: Date | null;
      position: number | null;
      seriesIndex: number | null;
      seriesTitle: Tri | null;
    },
  ): GenEvent {
    const slots = makeSlots(o.topicIndex, o.format, o.place);
    const endsAt =
      o.startsAt && rnd.chance(0.9)
        ? new Date(o.startsAt.getTime() + eventDuration(rnd, o.format))
        : null;
    const announce = o.startsAt
      ? Math.min(o.startsAt.getTime() - rnd.int(1, 21) * DAY, DATA_END - rnd.int(1, 30) * DAY)
      : localWorkingTime(rnd, DATA_START, DATA_END).getTime();
    const vis = visibility(rnd, new Date(announce));
    // Counts exist only for what has happened; upcoming events have none yet.
    const upcoming = o.startsAt !== null && o.startsAt.getTime() >= DATA_END;
    const groups: ParticipantGroup[] = [];
    if (!upcoming && rnd.chance(0.85)) {
      if (rnd.chance(0.9)) groups.push('women');
      if (rnd.chance(0.5)) groups.push('girls');
      if (rnd.chance(0.3)) groups.push('men');
      if (rnd.chance(0.2)) groups.push('boys');
      if (groups.length === 0 || rnd.chance(0.1)) groups.push('unspecified');
    }
    const big = o.format === 'campaign' || o.format === 'conference' ? 4 : 1;
    const ranges: Record<ParticipantGroup, [number, number]> = {
      women: [5, 40],
      girls: [2, 20],
      men: [1, 15],
      boys: [1, 15],
      unspecified: [3, 30],
    };
    const counts = groups.map((group) => ({
      group,
      count: rnd.int(ranges[group][0] * big, ranges[group][1] * big),
    }));

    const lead =
      eraiym && rnd.chance(0.8)
        ? eraiym
        : rnd.pick(organizers.length > 0 ? organizers : ctx.organizations);
    const partners: GenEvent['partners'] = [{ organizationId: lead.id, role: 'organizer' }];
    const others = rnd.sample(
      ctx.organizations.filter((org) => org.id !== lead.id),
      rnd.weighted([
        [0, 40],
        [1, 35],
        [2, 25],
      ] as const),
    );
    for (const org of others)
      partners.push({ organizationId: org.id, role: pickRole(rnd, org.kind) });

    const projectIds =
      ctx.projects.length === 0 || rnd.chance(0.5)
        ? []
        : rnd.chance(0.2)
          ? ctx.projects.map((p) => p.id)
          : [rnd.pick(ctx.projects).id];

    const locales: Locale[] = ['ru', 'en', ...(rnd.chance(0.4) ? (['ky'] as const) : [])];
    const leadText = upcoming ? UPCOMING(slots) : rnd.pick(LEADS)(slots);
    const extra = upcoming ? [] : bodySentences(rnd, slots, 2);
    const venue = rnd.chance(0.8) ? rnd.pick(VENUES)(rnd.int(1, 60)) : null;
    const baseTitle = TITLES[0]!(slots);
    const title: Tri = o.seriesTitle
      ? {
          en: `${o.seriesTitle.en} (part ${o.position})`,
          ru: `${o.seriesTitle.ru} (часть ${o.position})`,
          ky: `${o.seriesTitle.ky} (${o.position}-бөлүк)`,
        }
      : baseTitle;
    const jitter = rnd.chance(0.2);
    return {
      row: {
        slug: `${slugify(title.en)}${suffix(index + 1)}`,
        seriesPosition: o.position,
        placeId: o.place.id,
        latitude:
          jitter && o.place.latitude !== null
            ? round(o.place.latitude + (rnd.next() - 0.5) * 0.04)
            : null,
        longitude:
          jitter && o.place.longitude !== null
            ? round(o.place.longitude + (rnd.next() - 0.5) * 0.04)
            : null,
        startsAt: o.startsAt,
        endsAt,
        timeZone: 'Asia/Bishkek',
        format: o.format,
        attendanceMode: rnd.weighted([
          ['in_person', 90],
          ['online', 5],
          ['mixed', 5],
        ] as const),
        coverMediaId: null,
        ...vis,
      },
      seriesIndex: o.seriesIndex,
      translations: perLocale(locales, (l) => ({
        title: title[l],
        summary: leadText[l],
        description: extra.length > 0 ? toParagraphs(extra.map((t) => t[l])) : null,
        venueName: venue ? venue[l] : null,
        venueAddress: null,
        audience: cap(slots.audience[l]),
        facilitator: slots.facilitator ? slots.facilitator[l] : null,
      })),
      counts,
      partners,
      projectIds,
      slots,
      reportable:
        vis.status === 'published' &&
        vis.publishAt !== null &&
        vis.publishAt.getTime() < DATA_END &&
        (o.startsAt === null || o.startsAt.getTime() < DATA_END - 7 * DAY),
      topicIndex: o.topicIndex,
      place: o.place,
    };
  }

  const reportable = genEvents.map((e, i) => (e.reportable ? i : -1)).filter((i) => i >= 0);
  const genArticles: GenArticle[] = [];
  let featured = 0;
  for (let i = 0; i < articleCount; i++) {
    const linkCount =
      reportable.length === 0
        ? 0
        : rnd.weighted([
            [0, 35],
            [1, 45],
            [2, 12],
            [3, 8],
          ] as const);
    const eventIndexes: number[] = [];
    if (linkCount > 0) {
      const primary = rnd.pick(reportable);
      eventIndexes.push(primary);
      const seriesIndex = genEvents[primary]!.seriesIndex;
      const siblings =
        seriesIndex === null
          ? []
          : series[seriesIndex]!.eventIndexes.filter(
              (e) => e !== primary && genEvents[e]!.reportable,
            );
      const pool = siblings.length > 0 ? siblings : reportable;
      for (const e of rnd.sample(pool, linkCount - 1))
        if (!eventIndexes.includes(e)) eventIndexes.push(e);
    }
    const primary = eventIndexes.length > 0 ? genEvents[eventIndexes[0]!]! : null;
    const format = primary ? (primary.row.format ?? 'workshop') : rnd.weighted(FORMAT_WEIGHTS);
    const topicIndex = primary ? primary.topicIndex : rnd.int(0, TOPICS.length - 1);
    const place = primary ? primary.place : rnd.weighted(ctx.places);
    const slots = primary ? primary.slots : makeSlots(topicIndex, format, place);
    const counts = primary ? primary.counts : [];

    const happened = primary?.row.endsAt ?? primary?.row.startsAt ?? null;
    const intended = happened
      ? localWorkingTime(
          rnd,
          happened.getTime() + DAY,
          Math.min(happened.getTime() + 7 * DAY, DATA_END),
        )
      : localWorkingTime(rnd, DATA_START, DATA_END);
    const vis = visibility(rnd, intended);

    const title = rnd.pick(TITLES)(slots);
    const paragraphs: Tri[] = [rnd.pick(LEADS)(slots)];
    const participation = countsSentence(counts);
    if (participation) paragraphs.push(participation);
    paragraphs.push(...bodySentences(rnd, slots, rnd.int(2, 4)));
    const projectId = primary?.projectIds[0];
    const project =
      projectId === undefined ? undefined : ctx.projects.find((p) => p.id === projectId);
    if (project) {
      paragraphs.push({
        en: `The ${slots.format.en.name} was held in the frame of the project “${project.title.en}”.`,
        ru: `${cap(slots.format.ru.nom)} ${slots.format.ru.held} в рамках проекта «${project.title.ru}».`,
        ky: `${cap(slots.format.ky.nom)} «${project.title.ky}» долбоорунун алкагында өткөрүлдү.`,
      });
    }
    if (primary && primary.partners.length > 1) {
      const names = primary.partners.map(
        (p) => ctx.organizations.find((o) => o.id === p.organizationId)!.name,
      );
      paragraphs.push({
        en: `Partners: ${names.map((n) => n.en).join(', ')}.`,
        ru: `Партнёры: ${names.map((n) => n.ru).join(', ')}.`,
        ky: `Өнөктөштөр: ${names.map((n) => n.ky).join(', ')}.`,
      });
    }
    paragraphs.push(rnd.pick(CLOSINGS));

    const locales: Locale[] = ['ru', 'en', ...(rnd.chance(0.4) ? (['ky'] as const) : [])];
    const bylineKind = rnd.next();
    const byline =
      bylineKind < 0.6
        ? `${personName(rnd).en}, ${place.regionEn}`
        : bylineKind < 0.8
          ? 'Press service of Eraiym'
          : null;
    const isFeatured = vis.status === 'published' && vis.publishAt !== null && rnd.chance(0.005);
    const tagSlugs = new Set<string>(
      rnd.sample(slots.topic.tags, rnd.int(1, slots.topic.tags.length)),
    );
    if (slots.format.tag) tagSlugs.add(slots.format.tag);
    const wanted = rnd.int(2, 4);
    for (const t of rnd.sample(ALL_TAGS, 4)) if (tagSlugs.size < wanted) tagSlugs.add(t.slug);

    genArticles.push({
      row: {
        byline,
        authorId: null,
        coverMediaId: null,
        featured: isFeatured,
        featuredOrder: isFeatured ? 10 + featured++ : 0,
        ...vis,
      },
      translations: perLocale(locales, (l) => ({
        title: title[l],
        slug: `${slugify(title[l])}${suffix(i + 1)}`,
        summary: paragraphs[0]![l],
        body: toParagraphs(paragraphs.map((p) => p[l])),
      })),
      tagSlugs: [...tagSlugs],
      eventIndexes,
    });
  }
  return { series, events: genEvents, articles: genArticles };
}

const round = (n: number): number => Math.round(n * 1e5) / 1e5;

// ---------------------------------------------------------------------------------------------
// Writing.
// ---------------------------------------------------------------------------------------------

async function inBatches<T>(
  rows: readonly T[],
  write: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

async function ensureTags(db: Database): Promise<Map<string, number>> {
  const inserted = await db
    .insert(tags)
    .values(ALL_TAGS.map((t) => ({ slug: t.slug })))
    .onConflictDoNothing()
    .returning({ id: tags.id, slug: tags.slug });
  const names = new Map(ALL_TAGS.map((t) => [t.slug, t.names]));
  const translations = inserted.flatMap((t) =>
    (['ky', 'ru', 'en'] as const).map((locale) => ({
      tagId: t.id,
      locale,
      name: names.get(t.slug)![locale],
    })),
  );
  if (translations.length > 0) await db.insert(tagTranslations).values(translations);
  const all = await db
    .select({ id: tags.id, slug: tags.slug })
    .from(tags)
    .where(
      inArray(
        tags.slug,
        ALL_TAGS.map((t) => t.slug),
      ),
    );
  return new Map(all.map((t) => [t.slug, t.id]));
}

/** True when any of the planned slugs is taken, i.e. this seed was generated here before. */
async function alreadyGenerated(db: Database, plan: Plan): Promise<boolean> {
  const eventSlugs = plan.events.map((e) => e.row.slug);
  for (let i = 0; i < eventSlugs.length; i += BATCH) {
    const hit = await db
      .select({ id: events.id })
      .from(events)
      .where(inArray(events.slug, eventSlugs.slice(i, i + BATCH)))
      .limit(1);
    if (hit.length > 0) return true;
  }
  const seriesSlugs = plan.series.map((s) => s.row.slug);
  for (let i = 0; i < seriesSlugs.length; i += BATCH) {
    const hit = await db
      .select({ id: eventSeries.id })
      .from(eventSeries)
      .where(inArray(eventSeries.slug, seriesSlugs.slice(i, i + BATCH)))
      .limit(1);
    if (hit.length > 0) return true;
  }
  const articleSlugs = plan.articles.flatMap((a) => a.translations.map((t) => t.slug));
  for (let i = 0; i < articleSlugs.length; i += BATCH) {
    const hit = await db
      .select({ id: articleTranslations.articleId })
      .from(articleTranslations)
      .where(inArray(articleTranslations.slug, articleSlugs.slice(i, i + BATCH)))
      .limit(1);
    if (hit.length > 0) return true;
  }
  return false;
}

export interface ScaleOptions {
  /** N => N*1000 articles and N*300 events; fractions allowed (0.1 => 100 articles). */
  scale: number;
  seed?: number;
}

/**
 * Adds generated articles and events on top of the demo (seeding it first when needed). Running
 * again with the same seed on the same database adds nothing and returns zeros, because the
 * generated slugs carry the seed and are found taken.
 */
export async function seedScale(
  db: Database,
  opts: ScaleOptions,
): Promise<{ articles: number; events: number }> {
  const seed = opts.seed ?? 1;
  if (!Number.isFinite(opts.scale) || opts.scale <= 0)
    throw new RangeError(`scale must be a positive number, got ${opts.scale}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError(`seed must be an integer 0..4294967295, got ${seed}`);
  const articleCount = Math.round(opts.scale * 1000);
  const eventCount = Math.round(opts.scale * 300);

  await seedDemo(db);
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx);
    const plan = generate(ctx, articleCount, eventCount, seed);
    if (await alreadyGenerated(tx, plan)) return { articles: 0, events: 0 };
    const tagIds = await ensureTags(tx);

    const seriesIds = await reserveIds(tx, 'event_series', plan.series.length);
    const eventIds = await reserveIds(tx, 'events', plan.events.length);
    const articleIds = await reserveIds(tx, 'articles', plan.articles.length);

    await inBatches(
      plan.series.map((s, i) => ({ ...s.row, id: seriesIds[i]! })),
      (chunk) => tx.insert(eventSeries).overridingSystemValue().values(chunk),
    );
    await inBatches(
      plan.series.flatMap((s, i) => s.translations.map((t) => ({ ...t, seriesId: seriesIds[i]! }))),
      (chunk) => tx.insert(eventSeriesTranslations).values(chunk),
    );
    await inBatches(
      plan.events.map((e, i) => ({
        ...e.row,
        id: eventIds[i]!,
        seriesId: e.seriesIndex === null ? null : seriesIds[e.seriesIndex]!,
      })),
      (chunk) => tx.insert(events).overridingSystemValue().values(chunk),
    );
    await inBatches(
      plan.events.flatMap((e, i) => e.translations.map((t) => ({ ...t, eventId: eventIds[i]! }))),
      (chunk) => tx.insert(eventTranslations).values(chunk),
    );
    await inBatches(
      plan.events.flatMap((e, i) => e.counts.map((c) => ({ ...c, eventId: eventIds[i]! }))),
      (chunk) => tx.insert(participantCounts).values(chunk),
    );
    await inBatches(
      plan.events.flatMap((e, i) => e.partners.map((p) => ({ ...p, eventId: eventIds[i]! }))),
      (chunk) => tx.insert(eventPartners).values(chunk),
    );
    await inBatches(
      plan.events.flatMap((e, i) =>
        e.projectIds.map((projectId) => ({ projectId, eventId: eventIds[i]! })),
      ),
      (chunk) => tx.insert(eventProjects).values(chunk),
    );
    await inBatches(
      plan.articles.map((a, i) => ({ ...a.row, id: articleIds[i]! })),
      (chunk) => tx.insert(articles).overridingSystemValue().values(chunk),
    );
    await inBatches(
      plan.articles.flatMap((a, i) =>
        a.translations.map((t) => ({ ...t, articleId: articleIds[i]! })),
      ),
      (chunk) => tx.insert(articleTranslations).values(chunk),
    );
    await inBatches(
      plan.articles.flatMap((a, i) =>
        a.tagSlugs.map((slug) => {
          const tagId = tagIds.get(slug);
          if (tagId === undefined) throw new Error(`scale seed: tag ${slug} missing`);
          return { articleId: articleIds[i]!, tagId };
        }),
      ),
      (chunk) => tx.insert(articleTags).values(chunk),
    );
    await inBatches(
      plan.articles.flatMap((a, i) =>
        a.eventIndexes.map((e) => ({ articleId: articleIds[i]!, eventId: eventIds[e]! })),
      ),
      (chunk) => tx.insert(articleEvents).values(chunk),
    );
    return { articles: plan.articles.length, events: plan.events.length };
  });
}
