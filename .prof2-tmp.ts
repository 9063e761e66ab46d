import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseYaml } from './src/content/position.ts';
import { answerSchema } from './src/schema/answer.ts';
import { evidenceSchema } from './src/schema/evidence.ts';
const dir = '/tmp/answers-bench/with/content/answers';
const texts = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
for (let round = 0; round < 3; round++) {
  let s = performance.now();
  const values = texts.map((t) => parseYaml(t).value);
  const yamlMs = performance.now() - s;
  s = performance.now();
  for (const v of values) answerSchema.safeParse(v);
  const zodMs = performance.now() - s;
  console.log(`yaml ${yamlMs.toFixed(0)} zod ${zodMs.toFixed(0)}`);
}
