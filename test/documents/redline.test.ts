import { describe, expect, it } from 'vitest';
import { buildRedline, redlineDocument } from '../../src/documents/redline.ts';
import type { AnnexIIBody, AnnexIIIBody, DocumentContent } from '../../src/documents/types.ts';
import { annexII, annexIII } from '../pdf/fixtures.ts';

/** A copy of a fixture document with its body changed by `edit`, and a new version and hash. */
function edited<T extends DocumentContent>(doc: T, edit: (copy: T) => void, version = '1.1.0'): T {
  const copy = structuredClone(doc);
  edit(copy);
  return { ...copy, version, hash: 'f'.repeat(64) };
}

const paragraph = (value: string) => ({
  type: 'root' as const,
  children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }],
});

describe('redline of Annex II', () => {
  const base = annexII();
  const body = base.body as AnnexIIBody;
  const [first, second] = body.categories.flatMap((category) => category.measures);

  it('marks a reworded measure word by word and collapses the others to their titles', () => {
    const head = edited(base, (doc) => {
      const measure = (doc.body as AnnexIIBody).categories.flatMap((c) => c.measures).find((m) => m.id === first!.id)!;
      measure.body = paragraph('Data in transit is encrypted with TLS 1.2 or higher.');
    });
    const before = { ...base, body: structuredClone(base.body) };
    (before.body as AnnexIIBody).categories.flatMap((c) => c.measures).find((m) => m.id === first!.id)!.body = paragraph(
      'Data in transit is protected by TLS.',
    );
    const doc = redlineDocument(before, head);
    expect(doc.change).toBe('changed');
    expect(doc.base).toMatchObject({ version: '1.0.0', hash: before.hash });
    expect(doc.head).toMatchObject({ version: '1.1.0', hash: 'f'.repeat(64) });
    const items = doc.sections.flatMap((section) => section.items);
    const changed = items.find((item) => item.key === first!.id)!;
    expect(changed.change).toBe('changed');
    expect(changed.blocks).toEqual([
      {
        parts: [
          { type: 'same', text: 'Data in transit is ' },
          { type: 'removed', text: 'protected by' },
          { type: 'added', text: 'encrypted with' },
          { type: 'same', text: ' TLS' },
          { type: 'added', text: ' 1.2 or higher' },
          { type: 'same', text: '.' },
        ],
      },
    ]);
    const unchanged = items.find((item) => item.key === second!.id)!;
    expect(unchanged).toEqual({ key: second!.id, heading: [{ type: 'same', text: second!.title }], change: 'unchanged', blocks: [] });
    expect(doc.summary).toContain(
      `${body.categories.find((c) => c.measures.some((m) => m.id === first!.id))!.title}: ${first!.id} ${first!.title} changed`,
    );
  });

  it('shows an added measure as inserted text and a removed one as deleted text', () => {
    const head = edited(base, (doc) => {
      const category = (doc.body as AnnexIIBody).categories[0]!;
      category.measures = category.measures.filter((m) => m.id !== first!.id);
      category.measures.push({ id: 'NEW-01', title: 'A new measure', type: 'technical', body: paragraph('New wording.'), controls: [] });
    });
    const items = redlineDocument(base, head).sections.flatMap((section) => section.items);
    expect(items.find((item) => item.key === 'NEW-01')).toMatchObject({
      change: 'added',
      heading: [{ type: 'added', text: 'A new measure' }],
      blocks: [{ parts: [{ type: 'added', text: 'New wording.' }] }],
    });
    expect(items.find((item) => item.key === first!.id)).toMatchObject({
      change: 'removed',
      heading: [{ type: 'removed', text: first!.title }],
    });
  });

  it('lists the changelog entries the new version adds', () => {
    const head = edited(base, (doc) => {
      doc.changelog = [{ version: '1.1.0', date: '2025-04-01', changes: ['Names the TLS version.'] }, ...doc.changelog];
    });
    const history = redlineDocument(base, head).sections.find((section) => section.title === 'Document history')!;
    expect(history.items).toEqual([
      {
        heading: [{ type: 'added', text: 'Entry for version 1.1.0' }],
        change: 'added',
        blocks: [{ parts: [{ type: 'added', text: '1 April 2025: Names the TLS version.' }] }],
      },
    ]);
  });
});

describe('redline of Annex III', () => {
  it('shows an announced sub-processor with its start date, field by field', () => {
    const base = annexIII();
    const head = edited(base, (doc) => {
      (doc.body as AnnexIIIBody).subprocessors.push({
        id: 'postmark',
        name: 'Postmark',
        legalName: 'Postmark Inc.',
        address: { unknown: 'legal to supply' },
        contact: { email: 'privacy@postmark.example' },
        purpose: 'Sending transactional e-mail',
        dataCategories: ['E-mail addresses'],
        locations: ['United States (US)'],
        transferMechanisms: ['Standard Contractual Clauses (Art. 46(2)(c) GDPR)'],
        services: [],
        from: '2027-01-15',
      });
    });
    const doc = redlineDocument(base, head);
    const postmark = doc.sections[0]!.items.find((item) => item.heading.some((part) => part.text === 'Postmark'))!;
    expect(postmark).toMatchObject({ change: 'added', note: 'from 15 January 2027' });
    expect(postmark.blocks.map((block) => [block.label, block.parts.map((p) => `${p.type}:${p.text}`).join('')])).toEqual([
      ['Authorised', 'added:From 15 January 2027'],
      ['Legal name', 'added:Postmark Inc.'],
      ['Address', 'added:[not yet provided: legal to supply]'],
      ["Contact person's name, position and contact details", 'added:privacy@postmark.example'],
      ['Description of processing', 'added:Sending transactional e-mail'],
      ['Categories of personal data', 'added:E-mail addresses'],
      ['Processing locations', 'added:United States (US)'],
      ['Transfer mechanism', 'added:Standard Contractual Clauses (Art. 46(2)(c) GDPR)'],
    ]);
    expect(doc.summary).toEqual(['Sub-processors: Postmark added (from 15 January 2027)']);
  });
});

describe('buildRedline', () => {
  it('keeps the pairs in order, with what is compared and when', () => {
    const redline = buildRedline([{ base: annexII(), head: annexII() }, { head: annexIII() }], {
      sides: { base: 'main (abc1234)', head: 'working tree' },
      date: '2025-03-01',
      organisation: 'Example',
    });
    expect(redline.documents.map((doc) => [doc.id, doc.change, doc.summary[0]])).toEqual([
      ['annex-ii', 'unchanged', 'No change to what the document says (its version, dates or status differ).'],
      ['annex-iii', 'added', 'New document.'],
    ]);
  });
});
