import type { Schemas } from '@jaryk/client';
import { staffResource } from './staff-resource';

export type ArticleDocument = Schemas['ArticleDocument'];
export type ArticleCreate = Schemas['ArticleCreate'];
export type ArticleUpdate = Schemas['ArticleUpdate'];

/** The staff API of articles (see staffResource). Other areas add theirs beside their views. */
export const articlesResource = staffResource<ArticleDocument, ArticleCreate, ArticleUpdate>(
  'articles',
);

/** Events' staff list, for the dashboard and pickers (the events area owns their editor). */
export const eventsList = staffResource('events');
