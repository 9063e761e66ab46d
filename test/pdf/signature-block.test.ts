import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { layout, renderDocument, renderSignedDocument } from '../../src/pdf/render.ts';
import { annexI, annexII, annexIII, BUILD_DATE, draftAnnexII } from './fixtures.ts';
import { testKey } from './keys.ts';
import { extractText, tool } from './poppler.ts';

const dir = mkdtempSync(join(tmpdir(), 'pdf-signature-block-'));
const files: Record<string, string> = {};
const bytes: Record<string, Uint8Array> = {};

beforeAll(async () => {
  const { signer } = testKey({ commonName: 'Signature block test signer', organisation: 'Example Security GmbH' });
  for (const [name, doc] of Object.entries({ annexI: annexI(), annexII: annexII(), annexIII: annexIII(), draft: draftAnnexII() })) {
    bytes[name] = (await renderSignedDocument(doc, { buildDate: BUILD_DATE, signer })).bytes;
    files[name] = join(dir, `${name}.pdf`);
    writeFileSync(files[name]!, bytes[name]!);
  }
});

/** Every widget annotation of a document: field name, page index and rectangle. */
async function widgets(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPages().flatMap((page, index) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return (annots?.asArray() ?? []).flatMap((ref) => {
      const annot = doc.context.lookup(ref, PDFDict);
      if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Widget')) return [];
      const rect = annot
        .lookup(PDFName.of('Rect'), PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber());
      return [{ name: annot.lookup(PDFName.of('T'), PDFHexString).decodeText(), page: index, rect, signed: annot.has(PDFName.of('V')) }];
    });
  });
}

describe('the signature block', () => {
  it('ends every annex, after the document history, with both parties from Annex I', () => {
    for (const name of ['annexI', 'annexII', 'annexIII']) {
      const text = extractText(files[name]!);
      const at = (words: string) => text.lastIndexOf(words);
      expect(at('Document history'), name).toBeLessThan(at('Signatures'));
      expect(at('Data exporter (controller) Party The customer identified in the Agreement'), name).toBeGreaterThan(at('Signatures'));
      expect(text, name).toContain(
        'Data importer (processor) Party Example Security GmbH Name of the signatory Jördis Öztürk Position Geschäftsführerin',
      );
      // Annex I is a draft here: signed only against alteration.
      expect(text, name).toContain(
        name === 'annexI'
          ? 'Not signed for execution: the electronic signature of this draft only protects it against alteration.'
          : 'Signed electronically for Example Security GmbH: the certification signature of this PDF.',
      );
    }
  });

  it('prints blank lines for what the content cannot know, never a "not yet provided" gap', () => {
    const text = extractText(files.annexII!);
    const block = text.slice(text.lastIndexOf('Signatures'));
    expect(block).toMatch(/Name of the signatory _{20,} Position _{20,} Place and date _{20,} Signature/);
    expect(block).not.toContain('not yet provided');
    // A draft whose signatory is unknown leaves the name blank too.
    expect(extractText(files.draft!)).toMatch(/Data importer \(processor\) Party Example Security GmbH Name of the signatory _{20,}/);
  });

  it('keeps each party together on one page', () => {
    const pages = layout(annexII()).pages.map((page) => page.items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])).join(' '));
    const pageOf = (words: string) => pages.findIndex((text) => text.includes(words));
    expect(pageOf('Data exporter (controller)')).toBe(pageOf('Signature of the data exporter'));
    expect(pageOf('Data importer (processor)')).toBe(pageOf('Signed electronically for'));
  });

  it('points Annex I’s per-party signature rows to the block', () => {
    expect(extractText(files.annexI!)).toContain('Signature and date See “Signatures” at the end of this Annex.');
  });
});

describe('the customer’s signature field', () => {
  it('is an empty signature field over the box on the page of the block, listed in the form beside the processor’s signature', async () => {
    const found = await widgets(bytes.annexII!);
    const pages = layout(annexII()).pages.length;
    const field = found.find((w) => w.name === 'Data exporter signature')!;
    expect(found.map((w) => [w.name, w.signed])).toEqual([
      ['Signature1', true],
      ['Data exporter signature', false],
    ]);
    expect(field.page).toBeGreaterThanOrEqual(pages - 2);
    const [x1, y1, x2, y2] = field.rect as [number, number, number, number];
    expect(x2 - x1).toBeGreaterThan(150);
    expect(y2 - y1).toBe(46);
    const words = tool('pdftotext', ['-f', String(field.page + 1), '-l', String(field.page + 1), '-bbox', files.annexII!, '-']).stdout;
    // The caption sits just under the box (pdftotext measures from the top of the page).
    const caption =
      /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>Signature<\/word>\s*<word[^>]*>of<\/word>\s*<word[^>]*>the<\/word>\s*<word[^>]*>data<\/word>/.exec(
        words,
      );
    expect(Number(caption![1])).toBeCloseTo(x1, 0);
    expect(841.89 - Number(caption![2])).toBeLessThan(y1);
    expect(841.89 - Number(caption![2])).toBeGreaterThan(y1 - 20);
  });

  it('is tagged as a Form element, and unsigned documents carry it too', async () => {
    expect(tool('pdfinfo', ['-struct', files.annexIII!]).stdout).toMatch(/Form\n\s+Object \d+ 0/);
    const unsigned = (await renderDocument(annexII(), { buildDate: BUILD_DATE })).bytes;
    expect((await widgets(unsigned)).map((w) => w.name)).toEqual(['Data exporter signature']);
  });

  it('is left out of drafts, which are not for execution', async () => {
    expect((await widgets(bytes.draft!)).map((w) => w.name)).toEqual(['Signature1']);
    const text = extractText(files.draft!);
    expect(text).toContain('This draft is not for execution: only the released version is signed.');
    expect(text).toContain('Draft – not for execution');
  });
});
