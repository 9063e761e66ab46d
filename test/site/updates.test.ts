import { describe, expect, it } from 'vitest';
import type { DocumentSpec } from '../../src/schema/document.ts';
import { renderAtom, tagUri } from '../../src/site/atom.ts';
import { SitePaths } from '../../src/site/paths.ts';
import { buildUpdates } from '../../src/site/updates.ts';
import { translator } from '../../src/i18n/translator.ts';
import { subprocessor } from './view-fixture.ts';

const doc = (
  id: string,
  kind: DocumentSpec['kind'],
  changelog: DocumentSpec['changelog'],
  extra: Partial<DocumentSpec> = {},
): DocumentSpec => ({
  id,
  kind,
  title: id,
  numbering: 'scc-2021-914',
  requires: [],
  appendix: { controlMapping: true, frameworks: [] },
  version: changelog[0]?.version ?? '1.0.0',
  effective: '2026-01-01',
  status: 'released',
  language: 'en',
  changelog,
  ...extra,
});

const input = (language = 'en') => ({
  t: translator(language),
  buildDate: '2026-06-01',
  documents: [
    doc('annex-ii', 'annex-ii', [
      { version: '1.1.0', date: '2026-03-01', changes: ['Added ENC-03.'], notice: '2026-02-01' },
      { version: '1.0.0', date: '2026-01-01', changes: ['First release.'] },
    ]),
    doc('annex-i', 'annex-i', [{ version: '0.1.0', date: '2026-03-01', changes: ['Draft.'] }], { status: 'draft', version: '0.1.0' }),
  ],
  subprocessors: [
    subprocessor('aws', [
      { date: '2026-01-01', change: 'added', description: 'AWS added.' },
      { date: '2026-07-01', change: 'changed', description: 'New region.', notified: '2026-05-15' },
    ]),
  ],
});

describe('buildUpdates', () => {
  it('merges document changelogs and sub-processor history, newest first with stable keys', () => {
    const updates = buildUpdates(input());
    expect(updates.map((u) => [u.date, u.key, u.title, u.upcoming])).toEqual([
      ['2026-07-01', 'subprocessors/aws/changed/2026-07-01', 'Sub-processor changed: Provider aws', true],
      ['2026-03-01', 'documents/annex-i/0.1.0', 'Annex I version 0.1.0 (draft)', false],
      ['2026-03-01', 'documents/annex-ii/1.1.0', 'Annex II version 1.1.0', false],
      ['2026-01-01', 'documents/annex-ii/1.0.0', 'Annex II version 1.0.0', false],
      ['2026-01-01', 'subprocessors/aws/added/2026-01-01', 'Sub-processor added: Provider aws', false],
    ]);
  });

  it('links each entry to where the change shows and says when customers were notified', () => {
    const [sub, , annex] = buildUpdates(input());
    expect(sub?.path).toBe('subprocessors/#aws');
    expect(sub?.details).toEqual(['New region.', 'Customers notified on 15 May 2026.']);
    expect(annex?.path).toBe('documents/#annex-ii');
    expect(annex?.details).toEqual(['Added ENC-03.', 'Customers notified on 1 February 2026.']);
  });

  it('speaks the page language, with the same keys and dates', () => {
    const de = buildUpdates(input('de'));
    expect(de.map((u) => u.title)).toEqual([
      'Unterauftragsverarbeiter geändert: Provider aws',
      'Anhang I Version 0.1.0 (Entwurf)',
      'Anhang II Version 1.1.0',
      'Anhang II Version 1.0.0',
      'Unterauftragsverarbeiter hinzugefügt: Provider aws',
    ]);
    expect(de[0]?.details).toEqual(['New region.', 'Kunden benachrichtigt am 15. Mai 2026.']);
    expect(de.map((u) => [u.key, u.date])).toEqual(buildUpdates(input()).map((u) => [u.key, u.date]));
  });

  it('does not depend on input order', () => {
    const a = input();
    const b = { ...a, documents: [...a.documents].reverse() };
    expect(buildUpdates(b)).toEqual(buildUpdates(a));
  });

  it('keeps keys unique when the same change happens twice on one day', () => {
    const updates = buildUpdates({
      t: translator('en'),
      buildDate: '2026-06-01',
      documents: [],
      subprocessors: [
        subprocessor('x', [
          { date: '2026-01-01', change: 'changed', description: 'a' },
          { date: '2026-01-01', change: 'changed', description: 'b' },
        ]),
      ],
    });
    expect(new Set(updates.map((u) => u.key)).size).toBe(2);
  });
});

describe('renderAtom', () => {
  const paths = new SitePaths('https://trust.example.com');
  const feed = (entries = buildUpdates(input())) =>
    renderAtom(
      {
        selfPath: 'updates/feed.xml',
        pagePath: 'updates/',
        title: 'Example & Co updates',
        author: 'Example <Co>',
        entries,
        fallbackUpdated: '2026-06-01',
        upcomingTitle: (title: string, date: string) => `${title} (from ${date})`,
        language: 'en',
      },
      paths,
    );

  it('writes an Atom feed with absolute links, tag: ids and the newest entry date as <updated>', () => {
    const xml = feed();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    expect(xml).toContain('<id>https://trust.example.com/updates/feed.xml</id>');
    expect(xml).toContain('<title>Example &amp; Co updates</title>');
    expect(xml).toContain('<author><name>Example &lt;Co&gt;</name></author>');
    expect(xml).toContain('<updated>2026-07-01T00:00:00Z</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://trust.example.com/updates/feed.xml"/>');
    expect(xml).toContain('<id>tag:trust.example.com,2026-01-01:subprocessors/aws/added/2026-01-01</id>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://trust.example.com/subprocessors/#aws"/>');
    expect(xml).toContain('<title>Sub-processor changed: Provider aws (from 2026-07-01)</title>');
    expect(xml.match(/<entry>/g)).toHaveLength(5);
  });

  it('is byte-identical for the same input and uses the fallback date when empty', () => {
    expect(feed()).toBe(feed());
    expect(feed([])).toContain('<updated>2026-06-01T00:00:00Z</updated>');
  });

  it('builds tag URIs from host, date and key', () => {
    expect(tagUri('trust.example.com', { key: 'documents/annex-ii/1.0.0', date: '2026-01-01' })).toBe(
      'tag:trust.example.com,2026-01-01:documents/annex-ii/1.0.0',
    );
  });
});
