import type { Database } from '../db/client.js';
import {
  LOCALES,
  articleCommunityGroups,
  communityGroupEvents,
  communityGroupProjects,
  communityGroupTranslations,
  communityGroups,
  type CommunityGroupKind,
  type Locale,
} from '../db/schema/index.js';

/*
 * The community groups the demo page names (shared/seed/000_7336f7669be00ca0.txt): the
 * self-help groups Ak-Tilek and Dostuk in Seydikum (fourth workshop) and the maternal school
 * Gulnara in Bazar-Korgon (fifth workshop). Only what the page states: no founding years,
 * member counts, leaders or grants, which stay unknown (null) until staff add them.
 *
 * Kyrgyz terms from DOMAIN.md that want a native speaker's check: "өз ара жардам тобу" (self-help
 * group) (?) and "энелер мектеби" (maternal school) (?).
 */

type Texts = Record<Locale, { name: string; activities?: string; description: string }>;

interface GroupSpec {
  slug: string;
  kind: CommunityGroupKind;
  place: string;
  /** Slugs of the demo events it took part in. */
  events: string[];
  texts: Texts;
}

const SEYDIKUM_WORKSHOP = 'harassment-workshop-4-self-help-groups-seydikum';
const GULNARA_WORKSHOP = 'harassment-workshop-5-maternal-school-gulnara-bazar-korgon';

/** A Seydikum self-help group, named `name`, that met with the group `other`. */
function seydikumTexts(name: Record<Locale, string>, other: Record<Locale, string>): Texts {
  return {
    // "өз ара жардам тобу" (self-help group) (?)
    ky: {
      name: name.ky,
      description:
        `<p>Сейдикум айылындагы аялдардын өз ара жардам тобу. Анын мүчөлөрү «${other.ky}» тобу ` +
        'менен бирге, ар кандай курактагы балдары менен коомдук үйүндө асылуу боюнча төртүнчү семинарга чогулушту.</p>',
    },
    ru: {
      name: name.ru,
      description:
        `<p>Группа самопомощи женщин в селе Сейдикум. Её участницы вместе с группой «${other.ru}» ` +
        'собрались со своими детьми разного возраста в общественном доме на четвёртый семинар о харассменте.</p>',
    },
    en: {
      name: name.en,
      description:
        `<p>A self-help group of women in the village of Seydikum. Together with the self-help group ${other.en}, ` +
        'its members, accompanied by their children of various ages, gathered in their community house for the fourth workshop on harassment.</p>',
    },
  };
}

const AK_TILEK = { ky: 'Ак-Тилек', ru: 'Ак-Тилек', en: 'Ak-Tilek' };
const DOSTUK = { ky: 'Достук', ru: 'Достук', en: 'Dostuk' };

export const DEMO_COMMUNITY_GROUPS: GroupSpec[] = [
  {
    slug: 'ak-tilek-seydikum',
    kind: 'self_help_group',
    place: 'seydikum',
    events: [SEYDIKUM_WORKSHOP],
    texts: seydikumTexts(AK_TILEK, DOSTUK),
  },
  {
    slug: 'dostuk-seydikum',
    kind: 'self_help_group',
    place: 'seydikum',
    events: [SEYDIKUM_WORKSHOP],
    texts: seydikumTexts(DOSTUK, AK_TILEK),
  },
  {
    slug: 'gulnara-maternal-school-bazar-korgon',
    kind: 'maternal_school',
    place: 'bazar-korgon',
    events: [GULNARA_WORKSHOP],
    texts: {
      // "энелер мектеби" (maternal school) (?), "өз ара жардам топтору" (self-help groups) (?)
      ky: {
        name: 'Гүлнара',
        description:
          '<p>Базар-Коргондогу энелер мектеби — бала бакчанын альтернативдик түрү. Асылуу боюнча бешинчи семинар анын кызматкерлери жана жергиликтүү өз ара жардам топторунун мүчөлөрү үчүн ушул жерде өттү.</p>',
      },
      ru: {
        name: 'Гульнара',
        description:
          '<p>Материнская школа в Базар-Коргоне — альтернативная форма детского сада. Здесь прошёл пятый семинар о харассменте для её сотрудниц и участниц местных групп самопомощи.</p>',
      },
      en: {
        name: 'Gulnara',
        description:
          '<p>A maternal school in Bazar-Korgon, an alternative form of a kindergarten. The fifth workshop on harassment was held here for its staff and members of the local self-help groups.</p>',
      },
    },
  },
];

/**
 * Writes the demo groups with their links to the demo events, article and project. Runs inside
 * `seedDemo`'s transaction, after the rows it links to, so it shares that function's guard: it
 * runs once, on the run that claims the settings row.
 */
export async function seedCommunityGroups(
  tx: Database,
  refs: {
    placeIds: Map<string, number>;
    eventIds: Map<string, number>;
    projectId: number;
    articleId: number;
    publishAt: Date;
  },
): Promise<void> {
  const idOf = (map: Map<string, number>, slug: string) => {
    const id = map.get(slug);
    if (id === undefined) throw new Error(`demo seed: unknown slug ${slug}`);
    return id;
  };
  const rows = await tx
    .insert(communityGroups)
    .values(
      DEMO_COMMUNITY_GROUPS.map((g) => ({
        slug: g.slug,
        kind: g.kind,
        placeId: idOf(refs.placeIds, g.place),
        // Founding year, member count and leader: not stated on the page, so unknown.
        status: 'published' as const,
        publishAt: refs.publishAt,
      })),
    )
    .returning({ id: communityGroups.id, slug: communityGroups.slug });
  const groupIds = new Map(rows.map((r) => [r.slug, r.id]));
  const groupId = (g: GroupSpec) => idOf(groupIds, g.slug);
  await tx.insert(communityGroupTranslations).values(
    DEMO_COMMUNITY_GROUPS.flatMap((g) =>
      LOCALES.map((locale) => ({
        groupId: groupId(g),
        locale,
        name: g.texts[locale].name,
        activities: g.texts[locale].activities ?? null,
        description: g.texts[locale].description,
      })),
    ),
  );
  await tx
    .insert(communityGroupEvents)
    .values(
      DEMO_COMMUNITY_GROUPS.flatMap((g) =>
        g.events.map((e) => ({ groupId: groupId(g), eventId: idOf(refs.eventIds, e) })),
      ),
    );
  await tx
    .insert(communityGroupProjects)
    .values(DEMO_COMMUNITY_GROUPS.map((g) => ({ groupId: groupId(g), projectId: refs.projectId })));
  await tx
    .insert(articleCommunityGroups)
    .values(DEMO_COMMUNITY_GROUPS.map((g) => ({ groupId: groupId(g), articleId: refs.articleId })));
}
