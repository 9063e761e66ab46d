import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchema, exportSchemas, type ExportSchemaName } from '../../../schema/exports.ts';
import { getSite } from '../../../site/data.ts';
import { routes } from '../../../site/paths.ts';

/** The JSON Schema of each JSON export, generated from its zod schema: /exports/schema/<name>.schema.json. */
export const getStaticPaths: GetStaticPaths = () => Object.keys(exportSchemas).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const name = params.name as ExportSchemaName;
  const schema = exportJsonSchema(name, getSite().paths.absolute(routes.exportSchema(name)));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
