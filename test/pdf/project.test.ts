import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicBlock, PublicInline } from '../../src/schema/public-body.ts';
import { buildDateFromEpoch } from '../../src/content/build-date.ts';
import { loadProject } from '../../src/content/project.ts';
import { buildDocuments } from '../../src/documents/contents.ts';
import type { DocumentContent } from '../../src/documents/types.ts';
import { writeDocuments } from '../../src/pdf/write-documents.ts';
import { createDevelopmentP12 } from '../../src/pdf/sign/development.ts';
import { loadSigner } from '../../src/pdf/sign/signer.ts';
import { verifyPdf } from '../../src/pdf/verify/verify.ts';
import { extractText, tool } from './poppler.ts';
import { SEED_CONTENT } from '../helpers/fixture-content.ts';
import { seed } from '../helpers/seed.ts';

// The seed content (a whole, real-sized company) through the real loader: what `npm run build` signs.
const dir = mkdtempSync(join(tmpdir(), 'pdf-project-'));
const buildDate = buildDateFromEpoch(1740830400);
let documents: DocumentContent[];

beforeAll(async () => {
  const p12 = join(dir, 'key.p12');
  writeFileSync(p12, createDevelopmentP12('Test', 'pw', 'Project test signer'));
  const signer = loadSigner({ cacheDir: join(dir, '.cache'), signing: { p12, password: 'pw' }, release: false, organisation: 'Test' });
  const project = loadProject({ root: dir, contentDir: SEED_CONTENT, buildDate });
  documents = buildDocuments(project.view());
  await writeDocuments({ contents: documents, buildDate, signer, outDir: dir });
});

const inlineText = (nodes: PublicInline[]): string =>
  nodes
    .map((n) =>
      n.type === 'text' || n.type === 'inlineCode'
        ? n.value
        : n.type === 'break'
          ? ' '
          : n.type === 'evidenceRef'
            ? n.title
            : inlineText(n.children),
    )
    .join('');

function paragraphs(blocks: PublicBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'paragraph') return [inlineText(b.children)];
    if (b.type === 'list') return b.children.flatMap((item) => paragraphs(item.children));
    if (b.type === 'blockquote') return paragraphs(b.children);
    return [];
  });
}

describe('the seed content', () => {
  it('builds a signed, valid PDF for every document', async () => {
    expect(documents.length).toBeGreaterThan(0);
    for (const doc of documents) {
      const file = join(dir, `${doc.id}.pdf`);
      const report = await verifyPdf(readFileSync(file));
      expect(report.ok, `${doc.id}: ${report.problem}`).toBe(true);
      expect(tool('pdfsig', [file]).stdout).toContain('Signature is Valid.');
      expect(tool('qpdf', ['--check', file]).status).toBe(0);
    }
  });

  it('gives back the text of every measure exactly through pdftotext', () => {
    const annex = documents.find((d) => d.body.kind === 'annex-ii');
    if (annex?.body.kind !== 'annex-ii') throw new Error('the seed content has an Annex II');
    const text = extractText(join(dir, `${annex.id}.pdf`));
    for (const category of annex.body.categories) {
      for (const measure of category.measures) {
        expect(text).toContain(`${measure.id} ${measure.title}`.replace(/\s+/g, ' '));
        for (const paragraph of paragraphs(measure.body.children))
          expect(text, measure.id).toContain(paragraph.replace(/\s+/g, ' ').trim());
      }
    }
  });

  it('contains every sentence of the source document in the signed Annex II, as pdftotext reads it', () => {
    const text = extractText(join(dir, 'annex-ii.pdf'));
    const sentences = seed().sentences;
    expect(sentences.length).toBeGreaterThan(40);
    const missing = sentences.map((s) => s.text).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });
});
