import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

type Json = Record<string, unknown>;

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * Route schemas are written inline (so TypeScript infers request and reply types from them);
 * every schema with a `title` becomes a named component here, and its uses become `$ref`s.
 * The generated client then exposes `Article`, `Event`, `Problem`, … by name.
 */
export function hoistTitledSchemas(document: Json): Json {
  const components = ((document.components as Json | undefined) ?? {}) as Json;
  const schemas = ((components.schemas as Json | undefined) ?? {}) as Json;
  const seen = new Map<string, string>();

  const visit = (node: unknown, isRoot: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n, false));
    if (!node || typeof node !== 'object') return node;
    const obj = node as Json;
    const out: Json = {};
    for (const [key, value] of Object.entries(obj)) out[key] = visit(value, false);
    const title = obj.title;
    if (!isRoot && typeof title === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(title)) {
      // A nullable model (type [..., 'null'], see Nullable) is the model or null.
      if (Array.isArray(out.type) && out.type.includes('null')) {
        const types = (out.type as string[]).filter((t) => t !== 'null');
        const ref = visit({ ...obj, type: types.length === 1 ? types[0] : types }, false);
        return { anyOf: [ref, { type: 'null' }] };
      }
      const serialized = stableJson(out);
      const previous = seen.get(title);
      if (previous !== undefined && previous !== serialized) {
        throw new Error(
          `Two different schemas share the title ${title}:\n${previous}\n${serialized}`,
        );
      }
      seen.set(title, serialized);
      schemas[title] = out;
      return { $ref: `#/components/schemas/${title}` };
    }
    return out;
  };

  const paths = visit(document.paths, true) as Json;
  return { ...document, paths, components: { ...components, schemas } };
}

export default fp(
  async function openapiPlugin(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Jaryk API',
          version: '1.0.0',
          description:
            'Public and staff API of the Jaryk website system: news, events (workshops with ' +
            'places, participant counts and partners), organizations, projects, places, media, ' +
            'pages and impact statistics. Errors are RFC 9457 problem details.',
          license: { name: 'MIT', identifier: 'MIT' },
        },
        tags: [
          { name: 'articles', description: 'News articles' },
          { name: 'events', description: 'Workshops, trainings, meetings and campaigns' },
          { name: 'event-series', description: 'Ordered runs of events' },
          { name: 'organizations', description: 'Partners, networks, donors, state bodies' },
          { name: 'projects', description: 'Funded projects and initiatives' },
          { name: 'places', description: 'The place tree of the Kyrgyz Republic' },
          { name: 'media', description: 'Images, videos and documents' },
          { name: 'pages', description: 'Static pages' },
          { name: 'tags', description: 'Article tags' },
          { name: 'settings', description: 'Site settings' },
          { name: 'stats', description: 'Impact statistics (aggregates only)' },
          {
            name: 'feeds',
            description:
              'Atom, iCalendar, GeoJSON and CSV for feed readers, calendars, maps and spreadsheets',
          },
          { name: 'system', description: 'Health and metadata' },
        ],
      },
      transformObject: (input) => {
        const doc = 'openapiObject' in input ? input.openapiObject : input.swaggerObject;
        return hoistTitledSchemas(doc as Json) as typeof doc;
      },
    });

    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true },
      staticCSP: true,
    });

    app.get('/api/openapi.json', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('application/json').send(app.swagger()),
    );
  },
  { name: 'openapi' },
);
