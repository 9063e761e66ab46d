import { describe, expect, it } from 'vitest';
import { sortKeys } from '../../src/documents/canonical-hash.ts';
import { csvCell, subprocessorsCsv, trustCenterJson } from '../../src/site/exports.ts';
import { subprocessor, view } from './view-fixture.ts';

describe('subprocessorsCsv', () => {
  it('writes a header and one CRLF row per sub-processor, an unknown fact as an empty cell', () => {
    const csv = subprocessorsCsv({
      subprocessors: [
        subprocessor('aws', [{ date: '2026-01-01', change: 'added', description: 'x' }], {
          name: 'Amazon Web Services',
          services: ['S3', 'EC2'],
          purpose: 'Hosting, storage',
          transferMechanisms: ['scc', 'dpf'],
          website: 'https://aws.amazon.com',
        }),
        subprocessor('gcp', [{ date: '2026-02-01', change: 'added', description: 'y' }], { locations: { unknown: 'regions not given' } }),
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      'id,name,legal_name,purpose,services,data_categories,locations,transfer_mechanisms,since,state,website',
      'aws,Amazon Web Services,,"Hosting, storage",S3; EC2,Contact data,Ireland (IE); Germany (DE),Standard Contractual Clauses (Art. 46(2)(c) GDPR); EU-U.S. Data Privacy Framework (adequacy decision),2026-01-01,active,https://aws.amazon.com',
      'gcp,Provider gcp,,Hosting,,Contact data,,Processing within the EEA (no transfer),2026-02-01,active,',
      '',
    ]);
  });

  it('quotes quotes and newlines, and defuses spreadsheet formulas', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@sum')).toBe("'@sum");
  });
});

describe('trustCenterJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(JSON.stringify(sortKeys({ b: 1, a: [{ z: 1, y: 2 }, 3], c: undefined }))).toBe('{"a":[{"y":2,"z":1},3],"b":1}');
  });

  it('exports the public view with its format and site, the same bytes every time', () => {
    const v = view();
    const json = trustCenterJson(v, 'https://trust.example.com/');
    const parsed = JSON.parse(json);
    expect(parsed.format).toBe('trust-center-export/2');
    expect(parsed.site).toBe('https://trust.example.com/');
    expect(parsed.measures.map((m: { id: string }) => m.id)).toEqual(['ENC-01', 'ENC-02', 'ACC-01']);
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
    expect(trustCenterJson(structuredClone(v), 'https://trust.example.com/')).toBe(json);
  });

  it('leaves unknown facts out, as the site does: no placeholder, no internal reason', () => {
    const v = view();
    v.organisation.address = { unknown: 'Legal to supply the address' };
    const json = trustCenterJson(v, 'https://trust.example.com/');
    expect(json).not.toContain('Legal to supply');
    expect(json).not.toContain('unknown');
    expect(JSON.parse(json).organisation).not.toHaveProperty('address');
    expect(JSON.parse(json).organisation.legalName).toBe('Example GmbH');
  });
});
