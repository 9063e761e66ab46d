import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { exportJsonSchema } from './src/schema/exports.ts';
const dir = '/tmp/answers-dist/exports';
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: unknown) => void)(ajv);
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const schemaFile = `${dir}/schema/${f.replace('.json', '')}.schema.json`;
  const schema = exportJsonSchema(f.replace('.json', '') as 'answers', 'x' + f);
  const ok = ajv.validate(schema, data);
  console.log(f, data.$schema, ok, JSON.stringify(ajv.errors?.slice(0, 5), null, 1));
}
