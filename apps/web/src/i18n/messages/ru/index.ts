/**
 * Russian UI strings: the shape every language must match. One file per area of the site.
 * Syntax: `{name}` is a placeholder; `a | b | c` are plural forms (see ../../compile.ts).
 */
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

const ru = {
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

export type MessageSchema = typeof ru;
export default ru;
