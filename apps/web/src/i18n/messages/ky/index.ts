/**
 * Kyrgyz UI strings, in the shape of ../ru.
 * Кыргызча (?): these need a native speaker's check (see shared/DOMAIN.md).
 */
import type { MessageSchema } from '../ru';
import common from './common';
import news from './news';
import home from './home';
import events from './events';
import impact from './impact';
import organizations from './organizations';
import projects from './projects';
import groups from './groups';
import videos from './videos';
import search from './search';
import pages from './pages';
import share from './share';

const ky: MessageSchema = {
  ...common,
  news,
  home,
  events,
  impact,
  organizations,
  projects,
  groups,
  videos,
  search,
  pages,
  share,
};

export default ky;
