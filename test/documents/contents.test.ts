import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/content/project.ts';
import { buildDocuments } from '../../src/documents/contents.ts';
import { fixtureBuildDate, overlayContent } from '../helpers/fixture-content.ts';

function documents(edit?: (root: string) => void) {
  const { root, cleanup } = overlayContent();
  try {
    edit?.(root);
    return buildDocuments(loadProject({ root, contentDir: 'content', buildDate: fixtureBuildDate }).view());
  } finally {
    cleanup();
  }
}

const replaceIn = (file: string, from: string, to: string) => (root: string) => {
  const path = join(root, 'content', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

describe('document contents', () => {
  const base = documents();
  const annexII = base.find((d) => d.id === 'annex-ii')!;

  it('numbers annexes per SCC 2021/914 by default', () => {
    expect(base.map((d) => `${d.id}=${d.label}`)).toEqual(['annex-i=Annex I', 'annex-ii=Annex II', 'annex-iii=Annex III']);
  });

  it('numbers them per 2021/915 when the template says so', () => {
    const docs = documents(replaceIn('documents/annex-ii.yaml', 'kind: annex-ii', 'kind: annex-ii\nnumbering: scc-2021-915'));
    expect(docs.find((d) => d.id === 'annex-ii')!.label).toBe('Annex III');
  });

  it('lists measures under their categories in taxonomy order, with the control appendix', () => {
    if (annexII.body.kind !== 'annex-ii') throw new Error('not annex II');
    expect(annexII.body.categories.map((c) => [c.order, c.id, c.measures.map((m) => m.id)])).toEqual([
      [1, 'encryption', ['ENC-01']],
      [2, 'access', ['ACC-01']],
    ]);
    expect(annexII.body.appendix?.rows).toEqual([
      { measureId: 'ENC-01', title: 'Encryption in transit', controls: { controls: ['C1'] } },
      { measureId: 'ACC-01', title: 'Quarterly access review', controls: { controls: ['C2'] } },
    ]);
  });

  it('keeps its hash when only version, date or changelog change', () => {
    const bumped = documents(replaceIn('documents/annex-ii.yaml', 'effective: 2026-11-01', 'effective: 2026-12-01'));
    expect(bumped.find((d) => d.id === 'annex-ii')!.hash).toBe(annexII.hash);
  });

  it('changes its hash when what it says changes, and only that document', () => {
    const edited = documents(replaceIn('measures/access/acc-01.mdx', 'every quarter', 'every month'));
    expect(edited.find((d) => d.id === 'annex-ii')!.hash).not.toBe(annexII.hash);
    expect(edited.find((d) => d.id === 'annex-iii')!.hash).toBe(base.find((d) => d.id === 'annex-iii')!.hash);
  });

  it('does not change when an internal field changes', () => {
    const edited = documents(replaceIn('measures/access/acc-01.mdx', 'owner: security-team', 'owner: another-team'));
    expect(edited.find((d) => d.id === 'annex-ii')!.hash).toBe(annexII.hash);
  });

  it('lists the unknown facts a document would print', () => {
    const docs = documents(replaceIn('subprocessors/provider.yaml', 'locations: [DE]', 'locations: { unknown: "not yet confirmed" }'));
    expect(docs.find((d) => d.id === 'annex-iii')!.unknowns).toEqual(['Example Hosting: processing locations']);
  });
  it('ends every annex with the Annex I parties as signatories: the customer fills in, the processor signs', () => {
    for (const doc of base) {
      expect(doc.signatures).toEqual([
        {
          heading: 'Data exporter',
          role: 'controller',
          name: 'The customer identified in the Agreement',
          signatory: { unknown: 'Completed by the party when signing.' },
          signsElectronically: false,
        },
        {
          heading: 'Data importer',
          role: 'processor',
          name: 'Example Processor GmbH',
          signatory: { name: 'Max Mustermann', role: 'Managing Director' },
          signsElectronically: true,
        },
      ]);
    }
  });

  it('keeps the signature block out of the content hash: a new signatory needs no new version', () => {
    const changed = documents(replaceIn('organisation.yaml', 'Max Mustermann', 'Erika Musterfrau'));
    const after = changed.find((d) => d.id === 'annex-ii')!;
    expect(after.signatures[1]!.signatory).toEqual({ name: 'Erika Musterfrau', role: 'Managing Director' });
    expect(after.hash).toBe(annexII.hash);
  });
});
