import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OPENAPI_PATH, renderOpenApiDocument } from './openapi-document.js';

// `pnpm gen:openapi`: writes the committed OpenAPI document the client is generated from.
await writeFile(OPENAPI_PATH, await renderOpenApiDocument());
console.log(`wrote ${fileURLToPath(OPENAPI_PATH)}`);
