import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRedline } from '../../src/documents/redline.ts';
import type { AnnexIIBody } from '../../src/documents/types.ts';
import { sharedMeasurer } from '../../src/pdf/render.ts';
import { layoutRedline } from '../../src/pdf/redline/layout.ts';
import { renderRedline } from '../../src/pdf/redline/render.ts';
import { annexII, BUILD_DATE } from './fixtures.ts';
import { extractText, tool } from './poppler.ts';

const dir = mkdtempSync(join(tmpdir(), 'redline-'));
const paragraph = (value: string) => ({
  type: 'root' as const,
  children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }],
});

/** Annex II 1.0.0 and 1.1.0 of the fixture, the first measure reworded as in the README example. */
function versions() {
  const before = annexII();
  const after = { ...structuredClone(before), version: '1.1.0', effective: '2025-04-01', hash: 'f'.repeat(64) };
  const measure = (doc: typeof before) => (doc.body as AnnexIIBody).categories.flatMap((c) => c.measures)[0]!;
  measure(before).body = paragraph('Data in transit is protected by Transport Layer Security (“TLS”).');
  measure(after).body = paragraph('Data in transit is encrypted with Transport Layer Security (“TLS”) 1.2 or higher.');
  return { before, after, id: measure(before).id };
}

function redline() {
  const { before, after } = versions();
  return buildRedline([{ base: before, head: after }], {
    sides: { base: 'Annex II 1.0.0', head: 'Annex II 1.1.0' },
    date: BUILD_DATE.day,
    organisation: 'Example Security GmbH',
  });
}

describe('redline layout', () => {
  it('strikes deleted words through and underlines inserted ones, and nothing else', () => {
    const laid = layoutRedline(redline(), sharedMeasurer());
    const texts = laid.pages.flatMap((page) => page.items.flatMap((item) => (item.kind === 'text' ? [item] : [])));
    const struck = texts.filter((item) => item.style.strike).map((item) => item.text.trim());
    const underlined = texts.filter((item) => item.style.underline).map((item) => item.text.trim());
    // The legend on the cover page shows one of each; the measure shows the change.
    // Fragments break at line ends, so the words are compared, not the pieces.
    expect(struck.join(' ')).toBe('struck through protected by');
    expect(underlined.join(' ')).toBe('underlined encrypted with 1.2 or higher');
  });

  it('opens with a cover page naming both versions and their content hashes, then each document on a new page', () => {
    const laid = layoutRedline(redline(), sharedMeasurer());
    const pageText = (index: number) => laid.pages[index]!.items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])).join(' ');
    expect(pageText(0)).toContain('COMPARISON FOR REVIEW');
    expect(pageText(0)).toContain(annexII().hash);
    expect(pageText(0)).toContain('f'.repeat(64));
    expect(pageText(0)).toContain('Page 1 of');
    expect(pageText(1)).toContain('ANNEX II');
    expect(pageText(1)).toContain('Comparison for review – not a contract document');
  });
});

describe('redline PDF', () => {
  it('reads back with both wordings in order, and is the same bytes every time', async () => {
    const { id } = versions();
    const first = await renderRedline(redline(), BUILD_DATE);
    const second = await renderRedline(redline(), BUILD_DATE);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    const file = join(dir, 'redline.pdf');
    writeFileSync(file, first.bytes);
    const text = extractText(file);
    expect(text).toContain(`${id} `);
    expect(text).toContain('Data in transit is protected by encrypted with Transport Layer Security (“TLS”) 1.2 or higher.');
    const info = tool('pdfinfo', [file]).stdout;
    expect(info).toMatch(/Title:\s+Comparison of Annex II: Annex II 1\.0\.0 → Annex II 1\.1\.0/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Pages:\s+[2-9]/);
    // A reading aid, never something to sign: no signature.
    expect(tool('pdfsig', [file]).stdout + tool('pdfsig', [file]).stderr).toMatch(/does not contain any signatures/);
  });
});

describe('redline in the documents’ language', () => {
  it('says everything around the wording in German when the documents are German', async () => {
    const { before, after } = versions();
    const german = (doc: typeof before) => ({ ...doc, language: 'de', label: 'Anhang II' });
    const comparison = buildRedline([{ base: german(before), head: german(after) }], {
      sides: { base: 'Anhang II 1.0.0', head: 'Anhang II 1.1.0' },
      date: BUILD_DATE.day,
      organisation: 'Example Security GmbH',
    });
    expect(comparison.language).toBe('de');
    const file = join(dir, 'redline-de.pdf');
    writeFileSync(file, (await renderRedline(comparison, BUILD_DATE)).bytes);
    const text = extractText(file);
    for (const words of [
      'VERGLEICH ZUR PRÜFUNG',
      'Eingefügter Text ist unterstrichen',
      'Seite 1 von',
      'Inhalts-Hash vorher (SHA-256)',
      'Geändert',
    ]) {
      expect(text).toContain(words);
    }
    for (const words of ['COMPARISON FOR REVIEW', 'Page 1 of', 'Content hash before', 'Changes:']) expect(text).not.toContain(words);
    expect(tool('pdfinfo', [file]).stdout).toMatch(/Title:\s+Vergleich von Anhang II: Anhang II 1\.0\.0 → Anhang II 1\.1\.0/);
    // English documents keep the English comparison.
    expect(redline().language).toBe('en');
  });
});
