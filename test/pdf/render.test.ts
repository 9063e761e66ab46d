import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../src/documents/types.ts';
import { layout, renderDocument } from '../../src/pdf/render.ts';
import { page } from '../../src/pdf/layout/theme.ts';
import { annexI, annexII, annexIII, BUILD_DATE, draftAnnexII, exactSentences, syntheticAnnexII } from './fixtures.ts';
import { extractText, tool } from './poppler.ts';

const dir = mkdtempSync(join(tmpdir(), 'pdf-render-'));
const docs: Record<string, DocumentContent> = { annexII: annexII(), draft: draftAnnexII(), annexI: annexI(), annexIII: annexIII() };
const files: Record<string, string> = {};
const bytes: Record<string, Uint8Array> = {};

beforeAll(async () => {
  for (const [name, doc] of Object.entries(docs)) {
    bytes[name] = (await renderDocument(doc, { buildDate: BUILD_DATE })).bytes;
    files[name] = join(dir, `${name}.pdf`);
    writeFileSync(files[name]!, bytes[name]!);
  }
});

describe('text comes back out exactly', () => {
  it('gives back every measure sentence, umlauts, ß, quotes, dashes, € and § included', () => {
    const text = extractText(files.annexII!);
    for (const sentence of exactSentences) expect(text).toContain(sentence);
    expect(text).toContain('Access follows documented and reviewed rules, set in iam/policies.yaml, formerly spreadsheets.');
    expect(text).toContain('ENC-01 Verschlüsselung ruhender Daten (AES-256)');
  });

  it('prints empty categories, see-also lines and the appendix', () => {
    const text = extractText(files.annexII!);
    expect(text).toContain('No measures are listed under this category.');
    expect(text).toContain('See also GOV-01 Information security policy.');
    expect(text).toContain('Appendix: mapping of measures to controls');
    expect(text).toContain('ROW-70');
  });

  it('prints unknown facts as a visible gap', () => {
    expect(extractText(files.annexIII!)).toContain('[not yet provided: Legal to confirm the contracting entity.]');
    expect(extractText(files.annexI!)).toContain('[not yet provided: Depends on the data exporter’s establishment (Clause 13).]');
  });

  it('sets Annex I in SCC order and Annex III with every particular', () => {
    const one = extractText(files.annexI!);
    // The title, the running header and the draft notice name these too: look from the first section heading on.
    const start = one.indexOf('A. List of parties');
    const at = (heading: string) => one.indexOf(heading, start);
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(at('Description of transfer'));
    expect(at('Description of transfer')).toBeLessThan(at('Competent supervisory authority'));
    const three = extractText(files.annexIII!);
    for (const label of [
      'Legal name',
      'Address',
      'Contact person',
      'Description of processing',
      'Categories of personal data',
      'Processing locations',
      'Transfer mechanism',
    ]) {
      expect(three).toContain(label);
    }
    expect(three).toContain('38 Avenue John F. Kennedy L-1855 Luxembourg');
  });

  it('marks drafts in the running header and the title block; the watermark is outlines, not text', () => {
    const text = extractText(files.draft!);
    const pages = layout(docs.draft!).pages.length;
    expect(text.match(/\bDRAFT\b/g)).toHaveLength(pages);
    expect(text).toContain('Draft – not for execution');
    expect(extractText(files.annexII!)).not.toMatch(/\bDRAFT\b/);
  });

  it('numbers pages "Page X of Y"', () => {
    const pages = layout(docs.annexII!).pages.length;
    expect(extractText(files.annexII!)).toContain(`Page ${pages} of ${pages}`);
  });
});

describe('the file', () => {
  it('embeds every font, subset, with a ToUnicode map, fallback faces only when used', () => {
    const rows = tool('pdffonts', [files.annexII!]).stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(rows.join('\n')).toMatch(/\+NotoSansMath-Regular/);
    expect(rows.join('\n')).toMatch(/\+DejaVuSans/);
    expect(tool('pdffonts', [files.annexIII!]).stdout).not.toContain('NotoSansMath');
  });

  it('refuses content no embedded font can draw, naming the document and the character', () => {
    const doc = annexII();
    doc.title = 'Measures 漢字';
    expect(() => layout(doc)).toThrow(/^annex-ii: cannot print "漢" \(U\+6F22\) in "Measures 漢字": no embedded font has a glyph for it/);
  });

  it('states title, author, subject, tagging and A4 in pdfinfo, and PDF/A-2b in XMP', () => {
    const info = tool('pdfinfo', [files.annexII!]).stdout;
    expect(info).toMatch(/Title:\s+Annex II – Technical and organisational measures/);
    expect(info).toMatch(/Author:\s+Example Security GmbH/);
    expect(info).toMatch(/Subject:\s+Annex II to the Standard Contractual Clauses/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
    expect(info).toMatch(/CreationDate:\s+Sat Mar\s+1 12:00:00 2025 UTC/);
    const xmp = tool('pdfinfo', ['-meta', files.annexII!]).stdout;
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });

  it('passes qpdf --check', () => {
    for (const file of Object.values(files)) expect(tool('qpdf', ['--check', file]).status).toBe(0);
  });

  it('has language, DisplayDocTitle, an sRGB output intent, a trailer ID and an outline per category and measure', async () => {
    const pdf = await PDFDocument.load(bytes.annexII!, { updateMetadata: false });
    const catalog = pdf.catalog;
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).asString()).toBe('en');
    expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const intent = catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))?.toString()).toBe('/GTS_PDFA1');
    expect(pdf.context.trailerInfo.ID).toBeDefined();
    const outlines = catalog.lookup(PDFName.of('Outlines'), PDFDict);
    // 3 categories + 3 measures + appendix + document history + signatures
    expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(9);
  });

  it('makes links real annotations: web links and internal see-also links', async () => {
    const pdf = await PDFDocument.load(bytes.annexII!, { updateMetadata: false });
    const uris: string[] = [];
    let internal = 0;
    for (const p of pdf.getPages()) {
      const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (let i = 0; i < (annots?.size() ?? 0); i++) {
        const annot = annots!.lookup(i, PDFDict);
        const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
        if (action) uris.push(action.lookup(PDFName.of('URI'), PDFString).asString());
        else if (annot.has(PDFName.of('Dest'))) internal++;
      }
    }
    expect(uris).toEqual(expect.arrayContaining(['https://example.com/security', 'https://example.com/pentest']));
    expect(internal).toBeGreaterThanOrEqual(2);
  });

  // poppler extracts structure text element by element, re-reading the page for each: slow, so a short document.
  it('carries a structure tree: sections, headings, tables, links, in reading order', () => {
    const struct = tool('pdfinfo', ['-struct-text', files.annexIII!]).stdout;
    expect(struct).toMatch(/Sect\n\s+H2 \(block\)\n\s+"1\. Amazon Web Services"/);
    expect(struct).toMatch(/TH:\n\s+\/Scope \/Row\n\s+"Legal name"/);
    expect(struct).toMatch(/Link \(inline\)\n\s+"https:\/\/aws.amazon.com\/compliance\/contact\/"\n\s+Object \d+ 0/);
    expect(struct).toContain('"38 Avenue John F. Kennedy L-1855 Luxembourg"');
  });
});

describe('layout over whole documents', () => {
  const contentItems = (doc: DocumentContent) =>
    layout(doc).pages.map(
      (p) => p.items.filter((i) => i.kind === 'text' && i.tag !== undefined) as { x: number; y: number; width: number; tag: number }[],
    );

  it('keeps every line inside the text area', () => {
    for (const doc of [...Object.values(docs), syntheticAnnexII(60)]) {
      for (const items of contentItems(doc)) {
        for (const item of items) {
          expect(item.x).toBeGreaterThanOrEqual(page.marginLeft - 0.01);
          expect(item.x + item.width).toBeLessThanOrEqual(page.width - page.marginRight + 0.01);
          expect(item.y).toBeLessThanOrEqual(page.bottom + 0.01);
        }
      }
    }
  });

  it('never ends a page with a heading', () => {
    for (const doc of [annexII(), syntheticAnnexII(120)]) {
      const { struct } = layout(doc);
      for (const items of contentItems(doc).slice(0, -1)) {
        expect(struct[items.at(-1)!.tag]!.role).not.toMatch(/^H\d$/);
      }
    }
  });
});
