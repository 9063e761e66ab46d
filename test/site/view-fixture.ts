import { buildDateFromEpoch } from '../../src/content/build-date.ts';
import type { PublicView } from '../../src/content/public-view.ts';
import type { Framework } from '../../src/schema/framework.ts';
import type { PublicMeasure, PublicSubprocessor } from '../../src/schema/public.ts';

/** Small hand-made public views for the site's pure functions. */
export function framework(id: string, requirements: string[], extra: Partial<Framework> = {}): Framework {
  return {
    id,
    title: id.toUpperCase(),
    version: '1',
    source: 'test',
    kind: 'standard',
    requirementLabel: 'control',
    groupHeadings: true,
    language: 'en',
    groups: [],
    requirements: requirements.map((r) => ({ id: r, title: `Title of ${r}` })),
    ...extra,
  };
}

export function measure(id: string, satisfies: Record<string, string[]>, extra: Partial<PublicMeasure> = {}): PublicMeasure {
  return {
    id,
    language: 'en',
    title: `Measure ${id}`,
    type: 'technical',
    status: 'implemented',
    reviewed: '2026-01-01',
    nextReview: '2027-01-01',
    category: satisfies.tax?.[0],
    satisfies,
    evidence: [],
    evidenceOnRequest: 0,
    answersOnRequest: 0,
    body: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: `Body of ${id}.` }] }] },
    text: `Body of ${id}.`,
    translations: {},
    ...extra,
  };
}

export function subprocessor(
  id: string,
  history: PublicSubprocessor['history'],
  extra: Partial<PublicSubprocessor> = {},
): PublicSubprocessor {
  return {
    id,
    name: `Provider ${id}`,
    legalName: { unknown: 'not given' },
    address: { unknown: 'not given' },
    contact: { unknown: 'not given' },
    services: [],
    purpose: 'Hosting',
    dataCategories: ['Contact data'],
    locations: ['IE', 'DE'],
    transferMechanisms: ['eea'],
    history,
    since: history[0]?.date ?? '2026-01-01',
    state: 'active',
    ...extra,
  };
}

export function view(overrides: Partial<PublicView> = {}): PublicView {
  const tax = framework('tax', ['enc', 'acc', 'empty'], { kind: 'taxonomy', requirementLabel: 'category' });
  const iso = framework('iso', ['5.1', '8.24', '8.5', '8.13']);
  return {
    buildDate: buildDateFromEpoch(Date.parse('2026-06-01T00:00:00Z') / 1000),
    contentLanguage: 'en',
    organisation: {
      name: 'Example',
      legalName: 'Example GmbH',
      address: { unknown: 'x' },
      website: 'https://example.com',
      overview: 'Overview.',
      site: {
        baseUrl: 'https://trust.example.com',
        title: 'Example Trust Center',
        taxonomy: 'tax',
        frameworks: ['iso'],
        languages: ['en'],
      },
      contacts: { security: { email: 'security@example.com' }, privacy: { unknown: 'x' } },
      signatory: { unknown: 'x' },
    },
    processing: {} as PublicView['processing'],
    taxonomy: tax,
    frameworks: [iso, tax],
    measures: [
      measure('ENC-01', { tax: ['enc'], iso: ['8.24', '8.5'] }),
      measure('ENC-02', { tax: ['enc', 'acc'], iso: ['8.24', '8.13'] }, { status: 'planned' }),
      measure('ACC-01', { tax: ['acc'], iso: ['5.1', 'not-in-catalogue'] }),
    ],
    evidence: [],
    certifications: [],
    subprocessors: [],
    documents: [],
    answers: [],
    answersOnRequest: {},
    ...overrides,
  };
}
