import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { registerEditable } from '../staff/editable.js';
import { getProjectPreview } from './queries.js';
import { Project } from './schemas.js';
import {
  deleteProject,
  insertProject,
  loadProjectDocument,
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
    publishProblems: projectPublishProblems,
    preview: { schema: Project, load: getProjectPreview },
  });
};
