import { describe, expect, it } from 'vitest';
import type { ManifestDocument } from '../../src/documents/manifest.ts';
import type { DocumentContent } from '../../src/documents/types.ts';
import { documentRows, formatFingerprint } from '../../src/site/documents.ts';
import { translator } from '../../src/i18n/translator.ts';

const content = (id: string, version: string, hash = 'c'.repeat(64)) => ({ id, version, hash }) as DocumentContent;
const entry: ManifestDocument = {
  id: 'annex-ii',
  kind: 'annex-ii',
  label: 'Annex II',
  title: 'Measures',
  file: 'annex-ii.pdf',
  version: '1.0.0',
  status: 'released',
  effective: '2026-01-01',
  language: 'en',
  pages: 3,
  bytes: 1000,
  sha256: 'a'.repeat(64),
  contentHash: 'c'.repeat(64),
  signed: true,
  signerSubject: 'CN=Test',
  signerFingerprint: 'b'.repeat(64),
  signingTime: '2026-01-01T00:00:00Z',
  signatureReason: null,
  development: false,
};

describe('documentRows', () => {
  it('marks every document pending when no manifest was staged', () => {
    const rows = documentRows([content('annex-ii', '1.0.0')], undefined, translator('en'));
    expect(rows[0]?.pdf).toBeUndefined();
    expect(rows[0]?.pending).toMatch(/not been built/);
  });

  it('links the PDF only when the manifest holds the current version and content', () => {
    const [current, stale, changed, missing] = documentRows(
      [
        content('annex-ii', '1.0.0'),
        content('annex-iii', '2.0.0'),
        content('annex-x', '1.0.0', 'd'.repeat(64)),
        content('annex-i', '0.1.0'),
      ],
      [entry, { ...entry, id: 'annex-iii', file: 'annex-iii.pdf' }, { ...entry, id: 'annex-x', file: 'annex-x.pdf' }],
      translator('en'),
    );
    expect(current?.pdf?.file).toBe('annex-ii.pdf');
    expect(stale?.pdf).toBeUndefined();
    expect(stale?.pending).toBe('The PDF on file is version 1.0.0; version 2.0.0 is being prepared.');
    expect(changed?.pending).toMatch(/earlier content/);
    expect(missing?.pending).toMatch(/not been built/);
    const [, german] = documentRows(
      [content('annex-ii', '1.0.0'), content('annex-iii', '2.0.0')],
      [entry, { ...entry, id: 'annex-iii', file: 'annex-iii.pdf' }],
      translator('de'),
    );
    expect(german?.pending).toBe('Das vorliegende PDF hat Version 1.0.0; Version 2.0.0 wird vorbereitet.');
  });
});

it('formats certificate fingerprints as colon-separated upper-case pairs', () => {
  expect(formatFingerprint('abcdef01')).toBe('AB:CD:EF:01');
  expect(formatFingerprint('ab:cd')).toBe('AB:CD');
});
