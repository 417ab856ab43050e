import type { Locale } from '../../db/schema/common.js';

/**
 * The SPA's section pages (apps/web/src/router.ts) with their names as the SPA titles them
 * (apps/web/src/i18n/messages/<locale>/*.ts, `title`). `index: false`: kept out of search engines.
 */
export const SECTIONS: Record<string, { names: Record<Locale, string>; index: boolean }> = {
  news: { names: { ky: 'Жаңылыктар', ru: 'Новости', en: 'News' }, index: true },
  events: { names: { ky: 'Иш-чаралар', ru: 'Мероприятия', en: 'Events' }, index: true },
  projects: { names: { ky: 'Долбоорлор', ru: 'Проекты', en: 'Projects' }, index: true },
  groups: { names: { ky: 'Топтор', ru: 'Группы', en: 'Groups' }, index: true },
  impact: { names: { ky: 'Натыйжалар', ru: 'Результаты', en: 'Impact' }, index: true },
  partners: {
    names: { ky: 'Өнөктөштөр жана донорлор', ru: 'Партнёры и доноры', en: 'Partners and donors' },
    index: true,
  },
  videos: { names: { ky: 'Видео', ru: 'Видео', en: 'Videos' }, index: true },
  search: { names: { ky: 'Издөө', ru: 'Поиск', en: 'Search' }, index: false },
};

export const NOT_FOUND_TITLE: Record<Locale, string> = {
  ky: 'Барак табылган жок',
  ru: 'Страница не найдена',
  en: 'Page not found',
};

/** Used before the site is set up (no settings row). */
export const FALLBACK_SITE_NAME = 'Jaryk';
