// Renders every fixture document, unsigned, into the folder given: the determinism test runs this in two
// separate processes and compares the bytes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocument } from '../../src/pdf/render.ts';
import { annexI, annexII, annexIII, BUILD_DATE, draftAnnexII, fixtureNames } from './fixtures.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: node test/pdf/render-fixture.ts <out-dir>');
const fixtures = { annexII, draftAnnexII, annexI, annexIII };
for (const name of fixtureNames)
  writeFileSync(join(out, `${name}.pdf`), (await renderDocument(fixtures[name](), { buildDate: BUILD_DATE })).bytes);
