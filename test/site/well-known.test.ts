import { describe, expect, it } from 'vitest';
import { pagePaths, shapeSite } from '../../src/site/data.ts';
import { SitePaths } from '../../src/site/paths.ts';
import { securityTxt } from '../../src/site/security-txt.ts';
import { renderRobots, renderSitemap } from '../../src/site/sitemap.ts';
import { view } from './view-fixture.ts';

describe('securityTxt', () => {
  const paths = new SitePaths('https://trust.example.com');

  it('writes the RFC 9116 fields, with Expires one year after the build date', () => {
    const v = view();
    expect(securityTxt(v.organisation, '2026-06-01', paths)).toBe(
      [
        '# Security contact for Example. Generated from the trust center content.',
        'Contact: mailto:security@example.com',
        'Expires: 2027-06-01T00:00:00.000Z',
        'Canonical: https://trust.example.com/.well-known/security.txt',
        'Preferred-Languages: en, de',
        '',
      ].join('\n'),
    );
  });

  it('adds Encryption and Policy when the organisation gives them, and derives Expires from the build date only', () => {
    const organisation = view().organisation;
    organisation.contacts.security = {
      email: 'sec@example.com',
      policy: 'https://example.com/disclosure',
      encryption: 'https://example.com/pgp.asc',
    };
    const text = securityTxt(organisation, '2024-02-29', paths);
    expect(text).toContain('Encryption: https://example.com/pgp.asc\n');
    expect(text).toContain('Policy: https://example.com/disclosure\n');
    expect(text).toContain('Expires: 2025-03-01T00:00:00.000Z\n');
  });

  it('keeps a field on one line even if content holds a newline', () => {
    const organisation = view().organisation;
    organisation.name = 'Evil\nContact: mailto:attacker@example.net';
    expect(securityTxt(organisation, '2026-06-01', paths).match(/^Contact:/gm)).toHaveLength(1);
  });
});

describe('sitemap and robots', () => {
  it('lists every page once with absolute URLs under the base path and the build date as lastmod', () => {
    const paths = new SitePaths('https://example.com/trust');
    const xml = renderSitemap(['', 'measures/', 'measures/'], '2026-06-01', paths);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://example.com/trust/</loc><lastmod>2026-06-01</lastmod></url>',
        '  <url><loc>https://example.com/trust/measures/</loc><lastmod>2026-06-01</lastmod></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
    expect(renderRobots(paths)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.com/trust/sitemap.xml\n');
  });

  it('covers home, every category, measure and framework page', () => {
    const site = shapeSite(view());
    expect(pagePaths(site)).toEqual([
      '',
      'measures/',
      'categories/enc/',
      'categories/acc/',
      'categories/empty/',
      'measures/enc-01/',
      'measures/enc-02/',
      'measures/acc-01/',
      'frameworks/',
      'frameworks/tax/',
      'frameworks/iso/',
      'subprocessors/',
      'documents/',
      'updates/',
      'answers/',
    ]);
  });
});
