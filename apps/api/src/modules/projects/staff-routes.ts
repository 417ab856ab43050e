import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { staffOf } from '../../plugins/auth.js';
import { notFound } from '../../shared/problems.js';
import {
  IdParams,
  ItemOf,
  QueryString,
  localeQuery,
  problemResponses,
} from '../../shared/schemas.js';
import { registerEditable } from '../staff/editable.js';
import { authorize } from '../staff/policy.js';
import { getProjectPreview } from './queries.js';
import { Project } from './schemas.js';
import {
  deleteProject,
  insertProject,
  loadProjectDocument,
  projectInputOf,
  projectPublishProblems,
  updateProject,
} from './staff-queries.js';
import { ProjectCreate, ProjectDocument, ProjectUpdate } from './staff-schemas.js';

export const staffProjectRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerEditable(app, {
    type: 'project',
    path: '/projects',
    names: { one: 'Project', many: 'Projects' },
    table: 'projects',
    ownerColumn: null,
    workflow: true,
    translations: { table: 'project_translations', foreignKey: 'project_id', titleColumn: 'title' },
    schemas: { document: ProjectDocument, create: ProjectCreate, update: ProjectUpdate },
    load: loadProjectDocument,
    insert: insertProject,
    update: updateProject,
    remove: deleteProject,
    inputOf: projectInputOf,
    publishProblems: projectPublishProblems,
  });

  app.get(
    '/projects/:id/preview',
    {
      schema: {
        operationId: 'previewProject',
        tags: ['staff-projects'],
        summary: 'Any project, in any state, as its public page would show it',
        params: IdParams,
        querystring: QueryString({ ...localeQuery }),
        response: { 200: ItemOf(Project), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      authorize(staffOf(request), 'read', 'project');
      const locale = request.query.locale ?? (await app.defaultLocale());
      const project = await getProjectPreview(app.db, request.params.id, locale);
      if (!project) throw notFound('Project');
      return { data: project };
    },
  );
};
