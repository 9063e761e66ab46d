import { describe, expect, it } from 'vitest';
import type { ManifestDocument, ManifestVersion } from '../../src/documents/manifest.ts';
import type { DocumentContent } from '../../src/documents/types.ts';
import { documentRows, formatFingerprint, withdrawnVersions } from '../../src/site/documents.ts';
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

describe('released versions', () => {
  const version = (id: string, number: string): ManifestVersion => ({
    id,
    label: 'Annex II',
    title: 'Measures',
    version: number,
    effective: '2026-01-01',
    file: `${id}/${number}.pdf`,
    commit: 'e'.repeat(40),
    issued: '2026-01-01T00:00:00Z',
    pages: 3,
    bytes: 1000,
    sha256: 'a'.repeat(64),
    contentHash: 'c'.repeat(64),
    signerFingerprint: 'b'.repeat(64),
    development: false,
  });

  it('lists each document’s released versions newest first, by semantic version', () => {
    const released = [
      version('annex-ii', '1.9.0'),
      version('annex-ii', '1.10.0'),
      version('annex-iii', '1.0.0'),
      version('annex-ii', '1.0.0'),
    ];
    const [row] = documentRows([content('annex-ii', '1.10.0')], [entry], translator('en'), released);
    expect(row?.versions.map((v) => v.version)).toEqual(['1.10.0', '1.9.0', '1.0.0']);
  });

  it('keeps the versions of a withdrawn document available', () => {
    const released = [version('annex-ii', '1.0.0'), version('annex-x', '1.0.0'), version('annex-x', '2.0.0')];
    expect(withdrawnVersions([content('annex-ii', '1.0.0')], released).map((v) => `${v.id} ${v.version}`)).toEqual([
      'annex-x 2.0.0',
      'annex-x 1.0.0',
    ]);
  });
});

it('formats certificate fingerprints as colon-separated upper-case pairs', () => {
  expect(formatFingerprint('abcdef01')).toBe('AB:CD:EF:01');
  expect(formatFingerprint('ab:cd')).toBe('AB:CD');
});
