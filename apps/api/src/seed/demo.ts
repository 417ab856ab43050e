import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
  LOCALES,
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
  pageTranslations,
  pages,
  participantCounts,
  projectPartners,
  projectTranslations,
  projects,
  siteSettings,
  siteSettingsTranslations,
  tagTranslations,
  tags,
  type Locale,
} from '../db/schema/index.js';
import { KYRGYZSTAN_PLACES, insertPlaceTree } from './places.js';
import { seedCommunityGroups } from './community-groups.js';

/*
 * The demo content: the news page in shared/seed/000_7336f7669be00ca0.txt, an article about six
 * workshops on harassment, with everything it mentions as linked records. Facts come from that
 * page and DOMAIN.md only. Kyrgyz texts are our own translations and want a native speaker's check.
 */

type Texts<T> = Partial<Record<Locale, T>>;
type OrganizationKind = (typeof organizations.$inferInsert)['kind'];
type ProjectPartnerRole = (typeof projectPartners.$inferInsert)['role'];
type EventPartnerRole = (typeof eventPartners.$inferInsert)['role'];

/** 07.03.2022 19:05 in Asia/Bishkek (UTC+6, no daylight saving). */
export const DEMO_ARTICLE_PUBLISHED_AT = new Date('2022-03-07T13:05:00Z');

/** One row per locale that has texts, in the order ky, ru, en. */
function perLocale<K extends object, T extends object>(
  key: K,
  texts: Texts<T>,
): (K & T & { locale: Locale })[] {
  return LOCALES.flatMap((locale) => {
    const t = texts[locale];
    return t ? [{ ...key, ...t, locale }] : [];
  });
}

/** Plain text to HTML paragraphs. Only markup characters are escaped: quotes stay as written. */
export function toParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('\n');
}

function lookup(map: Map<string, number>, slug: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`demo seed: unknown slug ${slug}`);
  return id;
}

// The article text exactly as published, typos included ("Erayim", "shred"): it is a quote.
const ARTICLE_PARAGRAPHS = [
  'In recent years, there has been a sharp increase in the number of cases of violence and harassment in society. In this regard, the KyWRAW network, which brought together about 40 non-governmental organizations and 10 crisis centres, initiated the “Ray of Light” initiative, which aims to prevent and prevent harassment in the workplace and in educational institutions.',
  "Women's Public Union Eraiym supported this initiative and an employee of the organization Altynai Sabyrbekova held a series of workshops in the Bazar-Korgon district of Jalal-Abad oblast on the topic of harassment, with a special focus on harassment in the working place.",
  "The first workshop was conducted for Erayim's staff in the Bazar-Korgon office. The participants shared their own experiences and situation they witnessed in their communities and discussed ways to react when facing or witnessing harassment.",
  'The second workshop was given in the Akman rural district in secondary school Toktogul, No. 5. 23 women and 8 girls, all members of the Self-Help Groups from the village participated. The intergenerational group of women raised many challenges and pinpointed problems they face - e.g., lack of awareness on how to react when targeted by harassment.',
  "The third workshop addressed members of the Akman rural administration in the Bazar-Korgon district, deputies, and members of the local Women's Council. It was conducted in the conference room of Akman rural district. A heated discussion developed upon the results of the 2019 survey on harassment conducted by the Kyrgyz Women’s Court Association stating that 80% of harassment cases in the Kyrgyz Republic are taking place in various state institutions. The film clip released by the Police Department of Bishkek drew attention to how dramatic the situation is: there is a well-rooted and broadly represented blaming culture of those targeted with sexual harassment. The participants raised questions on how to document harassment cases and ways to address them in the current situation when there is no legal framework on harassment taking place in the workplace.",
  'The fourth workshop was organized in the village of Seydikum, on the site of the greenhouses. The self-help groups Ak-Tilek and Dostuk consisted of women accompanied by their children of various ages gathered in their community house. The participants shared their experiences with harassment very openly. All together they acknowledged the importance of breaking the societal taboos connected with harassment and violence which is not exclusively but particularly affecting women. A special focus of the exchange between participants of the workshop developed around the urgent need to empower girls and women of all generations to stand up against violence they are facing on multiple levels.',
  'The fifth workshop was conducted in the maternal school Gulnara (an alternative form of a kindergarten) in Bazar-Korgon city for the staff and members of the local self-help groups. Here too, the women shred their own stories, which yet again had the same in common: violence and lack of support when facing it.',
  'The final workshop took place in the main office of Erayim in Bishkek. Besides the reflection on the workshop content, the lessons learned and issues raised during the training courses in the south of Kyrgyz Republic were discussed. The topics addressed and the need expressed clearly showed a great need of addressing the issue of harassment and violence not only in public spaces but also in families.',
  'This series of workshops was conducted in cooperation with the association "Center for Gender Information" in the frame of the project “Capacity building of women\'s CSOs to monitor and analyze the implementation of national commitments to eliminate violence against women and girls”.',
] as const;

const SITE_TEXTS: Texts<{ siteName: string; slogan: string; description: string }> = {
  ky: {
    siteName: '«Эрайым» аялдар коомдук бирикмеси',
    slogan: 'Жакшы жашоо үчүн!',
    description:
      'Кыргызстандагы өз ара жардам топтору жана энелер мектептери менен иштеген, аялдарга жана кыздарга карата зомбулуктун алдын алган аялдар коомдук бирикмеси.',
  },
  ru: {
    siteName: 'Общественное объединение женщин «Эрайым»',
    slogan: 'За лучшую жизнь!',
    description:
      'Общественное объединение женщин, работающее с группами самопомощи и материнскими школами Кыргызстана и против насилия в отношении женщин и девочек.',
  },
  en: {
    siteName: "Eraiym Women's Public Union",
    slogan: 'For the better life!',
    description:
      "Women's public union working with self-help groups and maternal schools in Kyrgyzstan and against violence towards women and girls.",
  },
};

/** Tags of the demo article; the scale generator adds more to the same vocabulary. */
export const DEMO_TAGS: { slug: string; names: Record<Locale, string> }[] = [
  {
    slug: 'harassment',
    names: { ky: 'Асылуу (харассмент)', ru: 'Харассмент', en: 'Harassment' },
  },
  {
    slug: 'violence-prevention',
    names: { ky: 'Зомбулуктун алдын алуу', ru: 'Профилактика насилия', en: 'Violence prevention' },
  },
  { slug: 'workshops', names: { ky: 'Семинарлар', ru: 'Семинары', en: 'Workshops' } },
];

interface OrganizationSpec {
  slug: string;
  kind: OrganizationKind;
  place?: string;
  websiteUrl?: string;
  footerOrder?: number;
  texts: Texts<{ name: string; shortName?: string; description?: string }>;
}

const ORGANIZATIONS: OrganizationSpec[] = [
  {
    slug: 'eraiym',
    kind: 'ngo',
    place: 'bishkek',
    texts: {
      ky: {
        name: '«Эрайым» аялдар коомдук бирикмеси',
        shortName: 'Эрайым',
        description:
          'Өз ара жардам топтору жана энелер мектептери менен иштеген, аялдарга жана кыздарга карата зомбулуктун алдын алган аялдар коомдук бирикмеси. Кеңселери Базар-Коргондо жана Бишкекте.',
      },
      ru: {
        name: 'Общественное объединение женщин «Эрайым»',
        shortName: 'Эрайым',
        description:
          'Общественное объединение женщин, работающее с группами самопомощи и материнскими школами и против насилия в отношении женщин и девочек. Офисы в Базар-Коргоне и Бишкеке.',
      },
      en: {
        name: "Eraiym Women's Public Union",
        shortName: 'Eraiym',
        description:
          "Women's public union working with self-help groups and maternal schools and against violence towards women and girls. Offices in Bazar-Korgon and Bishkek.",
      },
    },
  },
  {
    slug: 'kywraw',
    kind: 'network',
    texts: {
      ky: {
        name: 'KyWRAW тармагы',
        shortName: 'KyWRAW',
        description:
          'Болжол менен 40 бейөкмөт уюмду жана 10 кризистик борборду бириктирген тармак. Жумуш ордунда жана окуу жайларында асылуунун алдын алууга багытталган «Жарык нуру» демилгесин баштаган.',
      },
      ru: {
        name: 'Сеть KyWRAW',
        shortName: 'KyWRAW',
        description:
          'Сеть, объединившая около 40 неправительственных организаций и 10 кризисных центров. Выступила инициатором инициативы «Луч света» по предотвращению харассмента на рабочем месте и в учебных заведениях.',
      },
      en: {
        name: 'KyWRAW network',
        shortName: 'KyWRAW',
        description:
          'A network that brought together about 40 non-governmental organizations and 10 crisis centres. It initiated the “Ray of Light” initiative to prevent harassment in the workplace and in educational institutions.',
      },
    },
  },
  {
    slug: 'center-for-gender-information',
    kind: 'association',
    texts: {
      ky: {
        name: 'Гендердик маалымат борбору',
        description:
          'Ассоциация. 2022-жылы Базар-Коргон районунда асылуу боюнча семинарлар анын кызматташтыгы менен өткөрүлгөн.',
      },
      ru: {
        name: 'Центр гендерной информации',
        description:
          'Ассоциация. В 2022 году серия семинаров о харассменте в Базар-Коргонском районе проведена в сотрудничестве с ней.',
      },
      en: {
        name: 'Center for Gender Information',
        description:
          'Association. The 2022 series of workshops on harassment in Bazar-Korgon district was conducted in cooperation with it.',
      },
    },
  },
  {
    slug: 'kyrgyz-womens-court-association',
    kind: 'association',
    texts: {
      // The English source's "Kyrgyz Women's Court Association" is read as the association of
      // women judges; the Russian name wants confirming.
      ru: {
        name: 'Ассоциация женщин-судей Кыргызстана',
        description:
          'По данным опроса ассоциации 2019 года о харассменте, 80% случаев харассмента в Кыргызской Республике происходят в различных государственных учреждениях.',
      },
      en: {
        name: "Kyrgyz Women's Court Association",
        description:
          'Its 2019 survey on harassment stated that 80% of harassment cases in the Kyrgyz Republic take place in various state institutions.',
      },
    },
  },
  {
    slug: 'akman-rural-administration',
    kind: 'state_body',
    place: 'akman-rural-district',
    texts: {
      ky: { name: 'Акман айыл өкмөтү' },
      ru: { name: 'Акманский айыл окмоту' },
      en: { name: 'Akman rural administration' },
    },
  },
  {
    slug: 'bishkek-police-department',
    kind: 'state_body',
    place: 'bishkek',
    texts: {
      ru: {
        name: 'Управление милиции г. Бишкек',
        description:
          'Выпустило видеоролик о культуре обвинения тех, кто подвергся сексуальным домогательствам.',
      },
      en: {
        name: 'Police Department of Bishkek',
        description:
          'Released a film clip on the blaming culture towards those targeted with sexual harassment.',
      },
    },
  },
  // The footer logos of the source page, in their order.
  {
    slug: 'bread-for-the-world',
    kind: 'donor',
    websiteUrl: 'https://www.brot-fuer-die-welt.de/',
    footerOrder: 1,
    texts: {
      ru: { name: 'Хлеб для мира', shortName: 'Brot für die Welt' },
      en: { name: 'Bread for the World', shortName: 'Brot für die Welt' },
    },
  },
  {
    slug: 'australian-aid',
    kind: 'donor',
    footerOrder: 2,
    texts: {
      ru: { name: 'Австралийская помощь (Australian Aid)' },
      en: { name: 'Australian Aid' },
    },
  },
  {
    slug: 'eraiym-aid-trust-uk',
    kind: 'donor',
    footerOrder: 3,
    texts: {
      ru: { name: 'Eraiym Aid Trust UK' },
      en: { name: 'Eraiym Aid Trust UK' },
    },
  },
  {
    slug: 'asa',
    kind: 'donor',
    footerOrder: 4,
    texts: {
      ru: { name: 'Программа ASA', shortName: 'ASA' },
      en: { name: 'ASA programme', shortName: 'ASA' },
    },
  },
  {
    slug: 'gamsumo',
    kind: 'state_body',
    footerOrder: 5,
    texts: {
      ru: {
        name: 'Государственное агентство по делам местного самоуправления и межэтнических отношений',
        shortName: 'ГАМСУМО',
      },
      en: {
        name: 'State Agency for Local Self-Government and Interethnic Relations',
        shortName: 'GAMSUMO',
      },
    },
  },
];

interface ProjectSpec {
  slug: string;
  kind: 'project' | 'initiative';
  partners: [organization: string, role: ProjectPartnerRole][];
  texts: Texts<{ title: string; summary: string }>;
}

const PROJECT_TITLE_EN =
  "Capacity building of women's CSOs to monitor and analyze the implementation of national commitments to eliminate violence against women and girls";

const PROJECTS: ProjectSpec[] = [
  {
    slug: 'ray-of-light',
    kind: 'initiative',
    partners: [
      ['kywraw', 'initiator'],
      ['eraiym', 'supporter'],
    ],
    texts: {
      ky: {
        title: 'Жарык нуру',
        summary:
          'KyWRAW тармагынын жумуш ордунда жана окуу жайларында асылуунун алдын алуу демилгеси.',
      },
      ru: {
        title: 'Луч света',
        summary:
          'Инициатива сети KyWRAW по предотвращению харассмента на рабочем месте и в учебных заведениях.',
      },
      en: {
        title: 'Ray of Light',
        summary:
          'An initiative of the KyWRAW network to prevent harassment in the workplace and in educational institutions.',
      },
    },
  },
  {
    slug: 'capacity-building-of-womens-csos',
    kind: 'project',
    partners: [
      ['eraiym', 'lead'],
      ['center-for-gender-information', 'partner'],
    ],
    texts: {
      ky: {
        title:
          'Аялдарга жана кыздарга карата зомбулукту жоюу боюнча улуттук милдеттенмелердин аткарылышына мониторинг жүргүзүү жана талдоо үчүн аялдардын жарандык коом уюмдарынын потенциалын жогорулатуу',
        summary:
          'Бул долбоордун алкагында 2022-жылы Гендердик маалымат борбору менен биргеликте асылуу боюнча семинарлар өткөрүлгөн.',
      },
      ru: {
        title:
          'Укрепление потенциала женских организаций гражданского общества для мониторинга и анализа выполнения национальных обязательств по искоренению насилия в отношении женщин и девочек',
        summary:
          'В рамках проекта в 2022 году совместно с Центром гендерной информации проведена серия семинаров о харассменте.',
      },
      en: {
        title: PROJECT_TITLE_EN,
        summary:
          'In the frame of this project a series of workshops on harassment was conducted in 2022 in cooperation with the Center for Gender Information.',
      },
    },
  },
];

const FACILITATOR: Texts<string> = {
  ky: 'Алтынай Сабырбекова',
  ru: 'Алтынай Сабырбекова',
  en: 'Altynai Sabyrbekova',
};

interface WorkshopSpec {
  slug: string;
  place: string;
  /** Index into ARTICLE_PARAGRAPHS of the paragraph that reports it. */
  paragraph: number;
  counts?: { women?: number; girls?: number };
  hosts?: string[];
  texts: Texts<{ title: string; venueName: string; audience?: string; summary: string }>;
}

const WORKSHOPS: WorkshopSpec[] = [
  {
    slug: 'harassment-workshop-1-eraiym-staff-bazar-korgon',
    place: 'bazar-korgon',
    paragraph: 2,
    texts: {
      ky: {
        title: '«Эрайым» уюмунун кызматкерлери үчүн асылуу боюнча семинар',
        venueName: '«Эрайым» уюмунун Базар-Коргондогу кеңсеси',
        audience: '«Эрайым» уюмунун кызматкерлери',
        summary:
          'Катышуучулар өз тажрыйбасы жана коомчулугунда күбө болгон окуялар менен бөлүшүп, асылууга кабылганда же күбө болгондо кандай аракет кылуу керектигин талкуулашты.',
      },
      ru: {
        title: 'Семинар о харассменте для сотрудников «Эрайым»',
        venueName: 'Офис «Эрайым» в Базар-Коргоне',
        audience: 'Сотрудники «Эрайым»',
        summary:
          'Участники поделились собственным опытом и ситуациями, свидетелями которых были в своих сообществах, и обсудили, как реагировать, столкнувшись с харассментом или став его свидетелем.',
      },
      en: {
        title: "Workshop on harassment for Eraiym's staff",
        venueName: "Eraiym's office in Bazar-Korgon",
        audience: "Eraiym's staff",
        summary:
          'The participants shared their own experiences and situations they witnessed in their communities and discussed ways to react when facing or witnessing harassment.',
      },
    },
  },
  {
    slug: 'harassment-workshop-2-self-help-groups-akman',
    place: 'akman-rural-district',
    paragraph: 3,
    counts: { women: 23, girls: 8 },
    texts: {
      ky: {
        title: 'Акман айыл аймагындагы өз ара жардам топтору үчүн асылуу боюнча семинар',
        venueName: 'Токтогул атындагы №5 орто мектеп',
        audience: 'Айылдагы өз ара жардам топторунун мүчөлөрү — ар муундагы аялдар',
        summary:
          'Айылдагы өз ара жардам топторунун мүчөлөрү болгон 23 аял жана 8 кыз катышты. Алар көптөгөн көйгөйлөрдү, мисалы, асылууга кабылганда кандай аракет кылууну билбегенди белгилешти.',
      },
      ru: {
        title: 'Семинар о харассменте для групп самопомощи в айылном аймаке Акман',
        venueName: 'Средняя школа № 5 имени Токтогула',
        audience: 'Участницы групп самопомощи села — женщины разных поколений',
        summary:
          'Приняли участие 23 женщины и 8 девочек — все участницы групп самопомощи села. Они назвали многие трудности, например незнание того, как реагировать, столкнувшись с харассментом.',
      },
      en: {
        title: 'Workshop on harassment for self-help groups in Akman rural district',
        venueName: 'Secondary school Toktogul No. 5',
        audience:
          'Members of the self-help groups of the village: an intergenerational group of women',
        summary:
          '23 women and 8 girls, all members of the self-help groups of the village, took part. They raised many challenges, for example the lack of awareness of how to react when targeted by harassment.',
      },
    },
  },
  {
    slug: 'harassment-workshop-3-akman-rural-administration',
    place: 'akman-rural-district',
    paragraph: 4,
    hosts: ['akman-rural-administration'],
    texts: {
      ky: {
        title: 'Акман айыл өкмөтү үчүн асылуу боюнча семинар',
        venueName: 'Акман айыл аймагынын конференц-залы',
        audience:
          'Акман айыл өкмөтүнүн кызматкерлери, депутаттар жана жергиликтүү аялдар кеңешинин мүчөлөрү',
        summary:
          'Кыргыз Республикасында асылуу учурларынын 80% ар кандай мамлекеттик мекемелерде болорун көрсөткөн 2019-жылдагы сурамжылоонун жыйынтыктары боюнча кызуу талкуу болду. Катышуучулар жумуш ордундагы асылуу боюнча укуктук негиз жок шартта мындай учурларды кантип документтештирүү керектигин сурашты.',
      },
      ru: {
        title: 'Семинар о харассменте для Акманского айыл окмоту',
        venueName: 'Конференц-зал айылного аймака Акман',
        audience: 'Сотрудники Акманского айыл окмоту, депутаты и члены местного женского совета',
        summary:
          'Развернулась оживлённая дискуссия об опросе 2019 года, согласно которому 80% случаев харассмента в Кыргызской Республике происходят в государственных учреждениях, и о видеоролике Управления милиции г. Бишкек. Участники спрашивали, как документировать случаи харассмента, пока нет правовой базы о харассменте на рабочем месте.',
      },
      en: {
        title: 'Workshop on harassment for the Akman rural administration',
        venueName: 'Conference room of the Akman rural district',
        audience:
          "Members of the Akman rural administration, deputies and members of the local Women's Council",
        summary:
          "A heated discussion developed on the 2019 survey of the Kyrgyz Women's Court Association, by which 80% of harassment cases in the Kyrgyz Republic take place in state institutions, and on a film clip of the Police Department of Bishkek. The participants asked how to document harassment cases while there is no legal framework on harassment in the workplace.",
      },
    },
  },
  {
    slug: 'harassment-workshop-4-self-help-groups-seydikum',
    place: 'seydikum',
    paragraph: 5,
    texts: {
      ky: {
        title:
          'Сейдикумда «Ак-Тилек» жана «Достук» өз ара жардам топтору үчүн асылуу боюнча семинар',
        venueName: 'Жылыткана аймагындагы коомдук үй',
        audience:
          '«Ак-Тилек» жана «Достук» өз ара жардам топторунун мүчөлөрү — ар кандай курактагы балдары менен келген аялдар',
        summary:
          'Катышуучулар асылуу боюнча тажрыйбалары менен ачык бөлүшүп, асылууга жана зомбулукка байланышкан коомдук тыюуларды бузуунун маанилүүлүгүн жана бардык муундагы кыздар менен аялдардын мүмкүнчүлүктөрүн кеңейтүү зарылдыгын белгилешти.',
      },
      ru: {
        title: 'Семинар о харассменте для групп самопомощи «Ак-Тилек» и «Достук» в Сейдикуме',
        venueName: 'Общественный дом на территории теплиц',
        audience:
          'Участницы групп самопомощи «Ак-Тилек» и «Достук» — женщины с детьми разного возраста',
        summary:
          'Участницы очень открыто рассказали о своём опыте столкновения с харассментом, признали важность разрушения общественных табу, связанных с харассментом и насилием, и острую необходимость расширять возможности девочек и женщин всех поколений.',
      },
      en: {
        title: 'Workshop on harassment for the self-help groups Ak-Tilek and Dostuk in Seydikum',
        venueName: 'Community house on the site of the greenhouses',
        audience:
          'Members of the self-help groups Ak-Tilek and Dostuk: women accompanied by their children of various ages',
        summary:
          'The participants shared their experiences with harassment very openly and acknowledged the importance of breaking the societal taboos connected with harassment and violence, and the urgent need to empower girls and women of all generations.',
      },
    },
  },
  {
    slug: 'harassment-workshop-5-maternal-school-gulnara-bazar-korgon',
    place: 'bazar-korgon',
    paragraph: 6,
    texts: {
      ky: {
        title: '«Гүлнара» энелер мектебинде асылуу боюнча семинар',
        venueName: '«Гүлнара» энелер мектеби',
        audience: 'Мектептин кызматкерлери жана жергиликтүү өз ара жардам топторунун мүчөлөрү',
        summary:
          'Аялдар өз окуялары менен бөлүшүштү, алардын баарында бир жалпылык бар эле: зомбулук жана ага кабылганда колдоонун жоктугу.',
      },
      ru: {
        title: 'Семинар о харассменте в материнской школе «Гульнара»',
        venueName: 'Материнская школа «Гульнара»',
        audience: 'Сотрудницы школы и участницы местных групп самопомощи',
        summary:
          'Женщины поделились своими историями, в которых снова было общее: насилие и отсутствие поддержки, когда с ним сталкиваешься.',
      },
      en: {
        title: 'Workshop on harassment at the maternal school Gulnara',
        venueName: 'Maternal school Gulnara',
        audience: 'Staff and members of the local self-help groups',
        summary:
          'The women shared their own stories, which again had the same in common: violence and lack of support when facing it.',
      },
    },
  },
  {
    slug: 'harassment-workshop-6-eraiym-main-office-bishkek',
    place: 'bishkek',
    paragraph: 7,
    texts: {
      ky: {
        title: 'Асылуу боюнча жыйынтыктоочу семинар Бишкекте',
        venueName: '«Эрайым» уюмунун башкы кеңсеси',
        summary:
          'Семинарлардын мазмунун талкуулоодон тышкары, Кыргыз Республикасынын түштүгүндө өткөн тренингдерде алынган сабактар жана көтөрүлгөн маселелер талкууланды. Асылууга жана зомбулукка коомдук жайларда гана эмес, үй-бүлөлөрдө да көңүл буруу зарылдыгы айкын болду.',
      },
      ru: {
        title: 'Заключительный семинар о харассменте в Бишкеке',
        venueName: 'Главный офис «Эрайым»',
        summary:
          'Помимо содержания семинаров, обсуждались извлечённые уроки и вопросы, поднятые во время тренингов на юге Кыргызской Республики. Обсуждение показало большую потребность решать проблему харассмента и насилия не только в общественных местах, но и в семьях.',
      },
      en: {
        title: 'Final workshop on harassment in Bishkek',
        venueName: "Eraiym's main office",
        summary:
          'Besides the reflection on the workshop content, the lessons learned and issues raised during the workshops in the south of the Kyrgyz Republic were discussed. They showed a great need to address harassment and violence not only in public spaces but also in families.',
      },
    },
  },
];

const SERIES_TEXTS: Texts<{ title: string; description: string }> = {
  ky: {
    title: 'Базар-Коргон районунда асылуу боюнча семинарлар',
    description:
      '«Жарык нуру» демилгесинин алкагында «Эрайым» уюмунун кызматкери Алтынай Сабырбекова өткөргөн асылуу, өзгөчө жумуш ордундагы асылуу боюнча алты семинар. Акыркысы Бишкекте жыйынтык чыгаруу үчүн өттү.',
  },
  ru: {
    title: 'Семинары о харассменте в Базар-Коргонском районе',
    description:
      'Шесть семинаров о харассменте, особенно на рабочем месте, которые провела сотрудница «Эрайым» Алтынай Сабырбекова в рамках инициативы «Луч света». Последний, итоговый, прошёл в Бишкеке.',
  },
  en: {
    title: 'Workshops on harassment in Bazar-Korgon district',
    description:
      'Six workshops on harassment, with a special focus on harassment in the working place, held by Altynai Sabyrbekova of Eraiym in support of the “Ray of Light” initiative. The last one, a reflection on the series, took place in Bishkek.',
  },
};

const PAGES: { key: string; texts: Texts<{ title: string; slug: string; body: string[] }> }[] = [
  {
    key: 'about',
    texts: {
      ky: {
        title: 'Биз жөнүндө',
        slug: 'biz-jonundo',
        body: [
          '«Эрайым» аялдар коомдук бирикмеси Кыргызстандагы аялдар жана кыздар менен иштейт. Анын иши өз ара жардам топтору (чогуу үнөмдөгөн, чакан бизнес жүргүзгөн жана жергиликтүү маселелерди чечкен он чакты кошуна) жана энелер мектептери (айылдарда энелер жүргүзгөн коомдук мектепке чейинки мекемелер) аркылуу жүрөт. Бирикме аялдарга жана кыздарга карата зомбулуктун, анын ичинде асылуунун алдын алуу үчүн да иштейт.',
          'Бирикме Жалал-Абад облусунда (Базар-Коргон району жана Жалал-Абад шаары) жана Ош облусунда (Кара-Суу району), мурда Бишкекте, Чүй, Ысык-Көл жана Нарын облустарында да иштеген. Кеңселери Базар-Коргондо жана Бишкекте (башкы кеңсе).',
          'Донорлор жана өнөктөштөр: Bread for the World, Australian Aid, Eraiym Aid Trust UK, ASA программасы жана ГАМСУМО.',
        ],
      },
      ru: {
        title: 'О нас',
        slug: 'o-nas',
        body: [
          'Общественное объединение женщин «Эрайым» работает с женщинами и девочками Кыргызстана. Его работа идёт через группы самопомощи (около десятка соседок, которые вместе копят, ведут малый бизнес и решают местные проблемы) и материнские школы (общественные детские сады, которые ведут мамы в сёлах). Объединение также работает над профилактикой насилия в отношении женщин и девочек, в том числе харассмента.',
          'Объединение работает в Джалал-Абадской области (Базар-Коргонский район и город Джалал-Абад) и в Ошской области (Кара-Суйский район), раньше также в Бишкеке, Чуйской, Иссык-Кульской и Нарынской областях. Офисы — в Базар-Коргоне и в Бишкеке (главный офис).',
          'Доноры и партнёры: Хлеб для мира (Brot für die Welt), Australian Aid, Eraiym Aid Trust UK, программа ASA и ГАМСУМО.',
        ],
      },
      en: {
        title: 'About us',
        slug: 'about',
        body: [
          "Eraiym Women's Public Union works with women and girls in Kyrgyzstan. Its work runs through self-help groups (about a dozen neighbours who save, run small businesses and solve local problems together) and maternal schools (community pre-schools run by mothers in the villages). The union also works to prevent violence against women and girls, including harassment.",
          'The union works in Jalal-Abad oblast (Bazar-Korgon district and Jalal-Abad city) and in Osh oblast (Kara-Suu district); earlier also in Bishkek and in Chui, Issyk-Kul and Naryn oblasts. It has an office in Bazar-Korgon and its main office in Bishkek.',
          'Donors and partners: Bread for the World, Australian Aid, Eraiym Aid Trust UK, the ASA programme and GAMSUMO.',
        ],
      },
    },
  },
  {
    key: 'contacts',
    texts: {
      ky: {
        title: 'Байланыш',
        slug: 'baylanysh',
        body: [
          'Башкы кеңсе: Бишкек.',
          'Базар-Коргондогу кеңсе: Базар-Коргон району, Жалал-Абад облусу.',
        ],
      },
      ru: {
        title: 'Контакты',
        slug: 'kontakty',
        body: [
          'Главный офис: Бишкек.',
          'Офис в Базар-Коргоне: Базар-Коргонский район, Джалал-Абадская область.',
        ],
      },
      en: {
        title: 'Contacts',
        slug: 'contacts',
        body: [
          'Main office: Bishkek.',
          'Office in Bazar-Korgon: Bazar-Korgon district, Jalal-Abad oblast.',
        ],
      },
    },
  },
];

/**
 * Writes the demo content in one transaction. Idempotent: the settings row (id 1) is inserted
 * first with ON CONFLICT DO NOTHING, so a second run, even a concurrent one, finds it taken and
 * changes nothing.
 */
export async function seedDemo(db: Database): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(siteSettings)
      .values({ id: 1, defaultLocale: 'ru', timeZone: 'Asia/Bishkek' })
      .onConflictDoNothing()
      .returning({ id: siteSettings.id });
    if (claimed.length === 0) {
      await splitDemoByline(tx);
      return { created: false };
    }
    await tx.insert(siteSettingsTranslations).values(perLocale({ settingsId: 1 }, SITE_TEXTS));

    const publishAt = DEMO_ARTICLE_PUBLISHED_AT;
    const placeIds = await insertPlaceTree(tx, KYRGYZSTAN_PLACES);

    const orgRows = await tx
      .insert(organizations)
      .values(
        ORGANIZATIONS.map((o) => ({
          slug: o.slug,
          kind: o.kind,
          websiteUrl: o.websiteUrl ?? null,
          logoMediaId: null,
          placeId: o.place ? lookup(placeIds, o.place) : null,
          showInFooter: o.footerOrder !== undefined,
          footerOrder: o.footerOrder ?? 0,
          status: 'published' as const,
          publishAt,
        })),
      )
      .returning({ id: organizations.id, slug: organizations.slug });
    const orgIds = new Map(orgRows.map((r) => [r.slug, r.id]));
    await tx
      .insert(organizationTranslations)
      .values(
        ORGANIZATIONS.flatMap((o) =>
          perLocale({ organizationId: lookup(orgIds, o.slug) }, o.texts),
        ),
      );

    const projectRows = await tx
      .insert(projects)
      .values(
        PROJECTS.map((p) => ({
          slug: p.slug,
          kind: p.kind,
          status: 'published' as const,
          publishAt,
        })),
      )
      .returning({ id: projects.id, slug: projects.slug });
    const projectIds = new Map(projectRows.map((r) => [r.slug, r.id]));
    await tx
      .insert(projectTranslations)
      .values(
        PROJECTS.flatMap((p) => perLocale({ projectId: lookup(projectIds, p.slug) }, p.texts)),
      );
    await tx.insert(projectPartners).values(
      PROJECTS.flatMap((p) =>
        p.partners.map(([org, role]) => ({
          projectId: lookup(projectIds, p.slug),
          organizationId: lookup(orgIds, org),
          role,
        })),
      ),
    );

    const tagRows = await tx
      .insert(tags)
      .values(DEMO_TAGS.map((t) => ({ slug: t.slug })))
      .returning({ id: tags.id, slug: tags.slug });
    const tagIds = new Map(tagRows.map((r) => [r.slug, r.id]));
    await tx
      .insert(tagTranslations)
      .values(
        DEMO_TAGS.flatMap((t) => perLocale({ tagId: lookup(tagIds, t.slug) }, toNames(t.names))),
      );

    const [article] = await tx
      .insert(articles)
      .values({
        byline: 'Baktykan Azhymamatova, Osh oblast',
        authorId: null,
        coverMediaId: null,
        featured: true,
        featuredOrder: 1,
        status: 'published',
        publishAt,
      })
      .returning({ id: articles.id });
    if (!article) throw new Error('demo seed: article insert returned nothing');
    // The source exists in English only; other locales fall back rather than carry our guesses.
    await tx.insert(articleTranslations).values({
      articleId: article.id,
      locale: 'en',
      title: 'Harassment is a special kind of violence',
      slug: 'harassment-is-a-special-kind-of-violence',
      summary: ARTICLE_PARAGRAPHS[0],
      body: toParagraphs(ARTICLE_PARAGRAPHS),
    });
    await tx
      .insert(articleTags)
      .values(DEMO_TAGS.map((t) => ({ articleId: article.id, tagId: lookup(tagIds, t.slug) })));

    const [series] = await tx
      .insert(eventSeries)
      .values({ slug: 'harassment-workshops-2022', status: 'published', publishAt })
      .returning({ id: eventSeries.id });
    if (!series) throw new Error('demo seed: series insert returned nothing');
    await tx
      .insert(eventSeriesTranslations)
      .values(perLocale({ seriesId: series.id }, SERIES_TEXTS));

    const eventRows = await tx
      .insert(events)
      .values(
        WORKSHOPS.map((w, i) => ({
          slug: w.slug,
          seriesId: series.id,
          seriesPosition: i + 1,
          placeId: lookup(placeIds, w.place),
          // The source gives no dates; unknown stays unknown.
          startsAt: null,
          endsAt: null,
          timeZone: 'Asia/Bishkek',
          format: 'workshop' as const,
          attendanceMode: 'in_person' as const,
          status: 'published' as const,
          publishAt,
        })),
      )
      .returning({ id: events.id, slug: events.slug });
    const eventIds = new Map(eventRows.map((r) => [r.slug, r.id]));
    const eventId = (w: WorkshopSpec): number => lookup(eventIds, w.slug);

    await tx.insert(eventTranslations).values(
      WORKSHOPS.flatMap((w) =>
        perLocale({ eventId: eventId(w) }, w.texts).map((row) => ({
          ...row,
          audience: row.audience ?? null,
          facilitator: FACILITATOR[row.locale] ?? null,
          // The reporting paragraph is English source text, so only the English row carries it.
          description:
            row.locale === 'en' ? toParagraphs([ARTICLE_PARAGRAPHS[w.paragraph] ?? '']) : null,
        })),
      ),
    );
    await tx.insert(participantCounts).values(
      WORKSHOPS.flatMap((w) =>
        Object.entries(w.counts ?? {}).map(([group, count]) => ({
          eventId: eventId(w),
          group: group as 'women' | 'girls',
          count,
        })),
      ),
    );
    await tx.insert(eventPartners).values(
      WORKSHOPS.flatMap((w) => [
        {
          eventId: eventId(w),
          organizationId: lookup(orgIds, 'eraiym'),
          role: 'organizer' as EventPartnerRole,
        },
        {
          eventId: eventId(w),
          organizationId: lookup(orgIds, 'center-for-gender-information'),
          role: 'co_organizer' as EventPartnerRole,
        },
        ...(w.hosts ?? []).map((host) => ({
          eventId: eventId(w),
          organizationId: lookup(orgIds, host),
          role: 'host' as EventPartnerRole,
        })),
      ]),
    );
    await tx
      .insert(eventProjects)
      .values(
        WORKSHOPS.flatMap((w) =>
          PROJECTS.map((p) => ({ eventId: eventId(w), projectId: lookup(projectIds, p.slug) })),
        ),
      );
    await tx
      .insert(articleEvents)
      .values(WORKSHOPS.map((w) => ({ articleId: article.id, eventId: eventId(w) })));
    await seedCommunityGroups(tx, {
      placeIds,
      eventIds,
      projectId: lookup(projectIds, 'capacity-building-of-womens-csos'),
      articleId: article.id,
      publishAt,
    });

    for (const page of PAGES) {
      const [row] = await tx
        .insert(pages)
        .values({ key: page.key, status: 'published', publishAt })
        .returning({ id: pages.id });
      if (!row) throw new Error(`demo seed: page ${page.key} insert returned nothing`);
      await tx.insert(pageTranslations).values(
        perLocale({ pageId: row.id }, page.texts).map(({ body, ...rest }) => ({
          ...rest,
          body: toParagraphs(body),
        })),
      );
    }
    await splitDemoByline(tx);
    return { created: true };
  });
}

const DEMO_ARTICLE_SLUG = 'harassment-is-a-special-kind-of-violence';
const DEMO_BYLINE = 'Baktykan Azhymamatova, Osh oblast';

/**
 * The demo article's byline split into name and region (Osh oblast, a place), and the article
 * linked to the project its workshops belonged to. Runs on every seed, also over a database
 * seeded before bylines were split, and changes only an article whose byline is still the
 * printed text alone: a second run, or staff's own edits, are left as they are.
 */
async function splitDemoByline(db: Pick<Database, 'execute'>): Promise<void> {
  const result = (await db.execute(sql`UPDATE articles a
      SET byline_name = 'Baktykan Azhymamatova',
        byline_place_id = (SELECT p.id FROM places p WHERE p.slug = 'osh-oblast')
      WHERE a.byline = ${DEMO_BYLINE} AND a.byline_name IS NULL AND a.byline_place_id IS NULL
        AND a.byline_role IS NULL
        AND a.id IN (SELECT x.article_id FROM article_translations x WHERE x.slug = ${DEMO_ARTICLE_SLUG})
      RETURNING a.id`)) as unknown as { rows: { id: number }[] };
  for (const { id } of result.rows) {
    await db.execute(sql`INSERT INTO article_projects (article_id, project_id)
      SELECT ${id}, pj.id FROM projects pj WHERE pj.slug = 'capacity-building-of-womens-csos'
      ON CONFLICT DO NOTHING`);
  }
}

function toNames(names: Record<Locale, string>): Texts<{ name: string }> {
  return { ky: { name: names.ky }, ru: { name: names.ru }, en: { name: names.en } };
}
