import { describe, expect, it } from 'vitest';
import { shapeSite } from '../../src/site/data.ts';
import { pageDescription, pageTitle, withoutRepeats } from '../../src/site/format.ts';
import { cssString, printStylesheet } from '../../src/site/print.ts';
import { SitePaths } from '../../src/site/paths.ts';
import { requestAccessHref } from '../../src/site/request-access.ts';
import { controlKey, searchRecords } from '../../src/site/search-records.ts';
import { measure, view } from './view-fixture.ts';

describe('page titles and descriptions', () => {
  it('keeps titles within 60 characters, the page title giving way before the organisation name', () => {
    expect(pageTitle('Frameworks', 'Example')).toBe('Frameworks · Example');
    const long = pageTitle('ENC-01 Encryption of data at rest in every database and every backup we keep', 'Example');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^ENC-01 Encryption .*… · Example$/);
  });

  it('cuts descriptions at a word within 155 characters and drops doubled words', () => {
    const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const d = pageDescription(text);
    expect(d.length).toBeLessThanOrEqual(155);
    expect(d).toMatch(/ word\d+…$/);
    expect(text.split(' ')).toContain(d.slice(0, -1).split(' ').at(-1));
    expect(withoutRepeats('measures for Measures for encryption')).toBe('measures for Measures for encryption');
    expect(withoutRepeats('the the measures measures')).toBe('the measures');
  });
});

describe('request access', () => {
  const contacts = { security: { email: 'security@example.com' }, privacy: { unknown: 'x' } } as const;

  it('opens a message to the security contact with the item in the subject', () => {
    const href = requestAccessHref(contacts, { id: 'ENC-01', title: 'Encryption & keys' });
    expect(href).toMatch(/^mailto:security@example\.com\?subject=Evidence%20request%3A%20ENC-01%20Encryption%20%26%20keys&body=/);
    expect(decodeURIComponent(href.split('body=')[1]!)).toContain('Please share the evidence for ENC-01 (Encryption & keys).\r\n');
  });

  it('uses the configured address or form', () => {
    expect(requestAccessHref({ ...contacts, access: { email: 'trust@example.com' } }, { id: 'A-01', title: 'A' })).toMatch(/^mailto:trust@example\.com\?/);
    expect(requestAccessHref({ ...contacts, access: { form: 'https://example.com/request?item={item}' } }, { id: 'A 01', title: 'A' })).toBe(
      'https://example.com/request?item=A%2001',
    );
  });
});

describe('print stylesheet', () => {
  it('gives printed links the site origin as a CSS string', () => {
    expect(printStylesheet(new SitePaths('https://trust.example.com/trust/'))).toBe(':root{--origin:"https://trust.example.com"}\n');
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\a d"');
  });
});

describe('search records', () => {
  it('indexes a measure by description first, then title and id, with its controls as a filter and no framework names', () => {
    const v = view({ measures: [measure('ENC-01', { tax: ['enc'], iso: ['8.24', 'CC6.1'] }, { text: 'First block.\n\nSecond block.' })] });
    const [record] = searchRecords(shapeSite(v));
    expect(record?.url).toBe('/measures/enc-01/');
    const html = record!.html;
    expect(html.indexOf('<p>First block.</p>')).toBeLessThan(html.indexOf('<p data-pagefind-weight="10">Measure ENC-01</p>'));
    expect(html).toContain('<p>First block.</p> \n<p>Second block.</p> ');
    expect(html).toContain('data-pagefind-meta="words:4"');
    expect(html).toContain('data-pagefind-filter="control:cc6.1"');
    expect(html).toContain('data-pagefind-filter="type:Measure"');
    expect(html).not.toContain('ISO');
  });

  it('adds certifications, sub-processors, documents, frameworks and the home page, escaping what content says', () => {
    const v = view();
    v.organisation.overview = 'We <script>alert(1)</script> protect data.';
    const records = searchRecords(shapeSite(v));
    expect(records.map((r) => r.url)).toEqual(expect.arrayContaining(['/', '/frameworks/iso/', '/frameworks/tax/']));
    const home = records.find((r) => r.url === '/')!;
    expect(home.html).toContain('We &lt;script&gt;alert(1)&lt;/script&gt; protect data.');
    expect(controlKey('PR.DS-01')).toBe('pr.ds-01');
  });
});
