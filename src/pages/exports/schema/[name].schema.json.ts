import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchema, exportSchemaNames, type ExportSchemaName } from '../../../schema/exports.ts';
import { translator } from '../../../i18n/translator.ts';
import { answersTableWording } from '../../../site/answers-export.ts';
import { getSite } from '../../../site/data.ts';
import { routes } from '../../../site/paths.ts';

/** The JSON Schema of each export, generated from its zod schema: /exports/schema/<name>.schema.json. */
export const getStaticPaths: GetStaticPaths = () => exportSchemaNames.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const name = params.name as ExportSchemaName;
  // The answers spreadsheets are published in every site language: the table schema accepts each one's wording.
  // ("en" and "en-GB" word it alike: each wording once.)
  const { languages, paths } = getSite();
  const wordings = languages.map((language) => answersTableWording(translator(language)));
  const unique = [...new Map(wordings.map((wording) => [JSON.stringify(wording), wording])).values()];
  const schema = exportJsonSchema(name, paths.absoluteFile(routes.exportSchema(name)), unique);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
