import { describe, expect, it } from 'vitest';
import { requirementHref, shapeSite } from '../../src/site/data.ts';
import { anchorSlug, requirementAnchors, SitePaths, slug } from '../../src/site/paths.ts';
import { view } from './view-fixture.ts';

describe('shapeSite', () => {
  const site = shapeSite(view());

  it('lists measures under their primary category and cross-references the others', () => {
    expect(site.categories.map((c) => [c.order, c.requirement.id, c.measures.map((m) => m.id), c.seeAlso.map((m) => m.id)])).toEqual([
      [1, 'enc', ['ENC-01', 'ENC-02'], []],
      [2, 'acc', ['ACC-01'], ['ENC-02']],
      [3, 'empty', [], []],
    ]);
    expect(site.uncategorised).toEqual([]);
  });

  it('orders frameworks taxonomy first, then the chosen ones, then the rest; the matrix leaves out the taxonomy', () => {
    expect(site.frameworkOrder.map((f) => f.id)).toEqual(['tax', 'iso']);
    expect(site.matrixFrameworks.map((f) => f.id)).toEqual(['iso']);
  });

  it('links a requirement to its anchor on the framework page', () => {
    expect(requirementHref(site, 'iso', '8.24')).toBe('/frameworks/iso/#req-8-24');
    expect(requirementHref(site, 'iso', 'unknown')).toBe('/frameworks/iso/');
  });

  it('keeps measures without a category', () => {
    const v = view();
    v.measures[0]!.category = undefined;
    expect(shapeSite(v).uncategorised.map((m) => m.id)).toEqual(['ENC-01']);
  });
});

describe('paths', () => {
  it('makes lower-case slugs and fragment ids from any requirement id', () => {
    expect(slug('PRT-01')).toBe('prt-01');
    expect(anchorSlug('PR.DS-01')).toBe('req-pr-ds-01');
    expect(anchorSlug('32(1)(a)')).toBe('req-32-1-a');
    expect(anchorSlug('CC6.1')).toBe('req-cc6-1');
    expect(anchorSlug('!!')).toBe('req-x');
  });

  it('keeps anchors unique within a framework', () => {
    expect([...requirementAnchors(['8.2', '8-2', '8 2', '8.2']).values()]).toEqual(['req-8-2', 'req-8-2-2', 'req-8-2-3']);
  });

  it('resolves paths against a base URL with or without a path', () => {
    const root = new SitePaths('https://trust.example.com');
    expect([root.base, root.href('measures/'), root.absolute('/sitemap.xml'), root.host]).toEqual([
      '/',
      '/measures/',
      'https://trust.example.com/sitemap.xml',
      'trust.example.com',
    ]);
    const sub = new SitePaths('https://example.com/trust');
    expect([sub.base, sub.href('measures/'), sub.absolute('')]).toEqual(['/trust/', '/trust/measures/', 'https://example.com/trust/']);
  });
});
