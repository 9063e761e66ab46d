import { buildDateFromEpoch } from '../../src/content/build-date.ts';
import type { PublicBlock, PublicBody, PublicInline } from '../../src/schema/public-body.ts';
import type { AnnexCategory, AnnexMeasure, DocumentContent, SignatureParty } from '../../src/documents/types.ts';

/**
 * Hand-built document contents for the PDF tests: every public body node type, German umlauts and ß,
 * typographic quotes and dashes, € and §, long words and URLs, a table long enough to split across pages,
 * unknown facts, and draft and released documents.
 */

export const BUILD_DATE = buildDateFromEpoch(Date.parse('2025-03-01T12:00:00Z') / 1000);

/** The fixture documents by name, for tests that render them all. */
export const fixtureNames = ['annexII', 'draftAnnexII', 'annexI', 'annexIII'] as const;
const hash = (seed: string) => seed.repeat(64).slice(0, 64);

const t = (value: string): PublicInline => ({ type: 'text', value });
const p = (...children: PublicInline[]): PublicBlock => ({ type: 'paragraph', children });

/** Sentences whose exact text must come back out of pdftotext. */
export const exactSentences = [
  'Die Übermittlung personenbezogener Daten erfolgt ausschließlich verschlüsselt; Schlüssel werden gemäß § 64 BDSG verwaltet.',
  '„Need-to-know“ and ‘least privilege’ apply – without exception — to every role, whether it costs €10 or €10,000.',
  'Größe, Maß und Fußnote: Straße, Ärger, Öl, Übung, äöüß ÄÖÜ.',
  // Characters the text faces lack, set from the fallback faces (Noto Sans Math, DejaVu Sans).
  'TLS ≥ 1.2 is required → older versions are refused; reviewed ✓; 2 × 24 h ≠ 1 day; −5 °C.',
];

const longUrl =
  'https://trust.example.com/evidence/very/long/path/segments/that/never/end/and-keep-going-until-they-cannot-fit-on-one-line/report.pdf';
const longWord = 'Datenschutzfolgenabschätzungsverfahrensdokumentationsaufbewahrungspflichtverletzungsmeldungsvorlage';

export const richBody: PublicBody = {
  type: 'root',
  children: [
    p(t(exactSentences[0]!)),
    p(
      t('Access follows '),
      { type: 'emphasis', children: [t('documented')] },
      t(' and '),
      { type: 'strong', children: [t('reviewed')] },
      t(' rules, set in '),
      { type: 'inlineCode', value: 'iam/policies.yaml' },
      t(', formerly '),
      { type: 'delete', children: [t('spreadsheets')] },
      t('. See '),
      { type: 'link', url: 'https://example.com/security', children: [t('our security page')] },
      t(' and the evidence '),
      { type: 'evidenceRef', id: 'pentest-2024', title: 'Penetration test report 2024', url: 'https://example.com/pentest' },
      t('.'),
    ),
    p(t(exactSentences[1]!), { type: 'break' }, t(exactSentences[2]!)),
    p(t(exactSentences[3]!)),
    { type: 'heading', depth: 2, children: [t('Schlüsselverwaltung')] },
    {
      type: 'list',
      ordered: false,
      start: null,
      children: [
        { type: 'listItem', children: [p(t('Keys are rotated every 90 days.'))] },
        {
          type: 'listItem',
          children: [
            p(t('Keys are stored in a hardware security module.')),
            {
              type: 'list',
              ordered: false,
              start: null,
              children: [{ type: 'listItem', children: [p(t('Nested item on a second level.'))] }],
            },
          ],
        },
      ],
    },
    {
      type: 'list',
      ordered: true,
      start: 1,
      children: [
        { type: 'listItem', children: [p(t('First, the request is logged.'))] },
        { type: 'listItem', children: [p(t('Second, a second person approves it.'))] },
      ],
    },
    { type: 'blockquote', children: [p(t('A quoted policy statement, set apart from the measure text.'))] },
    {
      type: 'code',
      lang: 'yaml',
      value:
        'tls:\n  minimum: "1.2"\n  ciphers: [TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256, TLS_AES_128_GCM_SHA256, ECDHE-RSA-AES256-GCM-SHA384]',
    },
    { type: 'thematicBreak' },
    p(t(`A long URL wraps instead of overflowing: ${longUrl} and so does ${longWord}.`)),
    {
      type: 'table',
      align: ['left', 'center', 'right'],
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [t('System')] },
            { type: 'tableCell', children: [t('Zone')] },
            { type: 'tableCell', children: [t('Kosten (€)')] },
          ],
        },
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [t('Datenbank')] },
            { type: 'tableCell', children: [t('eu-central-1')] },
            { type: 'tableCell', children: [t('1.200')] },
          ],
        },
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [t('Backups')] },
            { type: 'tableCell', children: [t('eu-west-1')] },
            { type: 'tableCell', children: [t('300')] },
          ],
        },
      ],
    },
  ],
};

export function measure(
  id: string,
  title: string,
  body: PublicBody = { type: 'root', children: [p(t(`Measure ${id} is implemented as described.`))] },
): AnnexMeasure {
  return { id, title, type: id.startsWith('GOV') ? 'organisational' : 'technical', body, controls: [] };
}

const base = {
  numbering: 'scc-2021-914' as const,
  language: 'en',
  organisation: { name: 'Example Security GmbH', legalName: 'Example Security GmbH' },
  signatory: { name: 'Jördis Öztürk', role: 'Geschäftsführerin' },
  signatures: [
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
      name: 'Example Security GmbH',
      signatory: { name: 'Jördis Öztürk', role: 'Geschäftsführerin' },
      signsElectronically: true,
    },
  ] satisfies SignatureParty[],
  buildDate: BUILD_DATE,
  unknowns: [],
  changelog: [{ version: '1.0.0', date: '2025-02-01', changes: ['First release.'] }],
};

/** A long table: enough rows to run over at least one page break. */
const manyRows = Array.from({ length: 70 }, (_, i) => `ROW-${String(i + 1).padStart(2, '0')}`);

export function annexII(overrides: Partial<DocumentContent> = {}, categories?: AnnexCategory[]): DocumentContent {
  const cats: AnnexCategory[] = categories ?? [
    {
      id: 'pseudonymisation-encryption',
      order: 1,
      title: 'Measures of pseudonymisation and encryption of personal data',
      measures: [
        measure('ENC-01', 'Verschlüsselung ruhender Daten (AES-256)', richBody),
        measure('ENC-02', 'Encryption in transit (TLS 1.2 or later)'),
      ],
      seeAlso: [{ id: 'GOV-01', title: 'Information security policy' }],
    },
    {
      id: 'cia-resilience',
      order: 2,
      title: 'Measures for ensuring ongoing confidentiality, integrity, availability and resilience of processing systems and services',
      measures: [],
      seeAlso: [{ id: 'ENC-01', title: 'Verschlüsselung ruhender Daten (AES-256)' }],
    },
    {
      id: 'it-governance',
      order: 11,
      title: 'Measures for internal IT and IT security governance and management',
      measures: [measure('GOV-01', 'Information security policy')],
      seeAlso: [],
    },
  ];
  const ids = cats.flatMap((c) => c.measures.map((m) => m));
  return {
    ...base,
    id: 'annex-ii',
    kind: 'annex-ii',
    annexNumber: 'II',
    label: 'Annex II',
    title: 'Technical and organisational measures including technical and organisational measures to ensure the security of the data',
    preamble: 'This Annex describes the measures Example Security GmbH implements as data importer.',
    version: '1.0.0',
    effective: '2025-03-01',
    status: 'released',
    body: {
      kind: 'annex-ii',
      taxonomy: { id: 'scc-annex-ii', title: 'SCC Annex II' },
      categories: cats,
      appendix: {
        frameworks: [
          { id: 'iso27001-2022', shortTitle: 'ISO 27001', title: 'ISO/IEC 27001:2022 Annex A' },
          { id: 'soc2-2017', shortTitle: 'SOC 2', title: 'SOC 2 Trust Services Criteria' },
          { id: 'nist-csf-2', shortTitle: 'NIST CSF', title: 'NIST Cybersecurity Framework 2.0' },
        ],
        rows: [
          ...ids.map((m) => ({
            measureId: m.id,
            title: m.title,
            controls: { 'iso27001-2022': ['8.24', '5.14'], 'soc2-2017': ['CC6.1'], 'nist-csf-2': ['PR.DS-01'] },
          })),
          ...manyRows.map((id) => ({
            measureId: id,
            title: `Synthetic row ${id} to make the table run over a page`,
            controls: { 'iso27001-2022': ['5.1'], 'soc2-2017': [], 'nist-csf-2': ['GV.PO-01'] },
          })),
        ],
      },
    },
    hash: hash('a1'),
    ...overrides,
  };
}

export function draftAnnexII(): DocumentContent {
  return annexII({
    status: 'draft',
    version: '1.1.0',
    signatory: { unknown: 'Legal to name the signatory.' },
    signatures: base.signatures.map((party) =>
      party.signsElectronically ? { ...party, signatory: { unknown: 'Legal to name the signatory.' } } : party,
    ),
    unknowns: ['Signatory'],
    hash: hash('b2'),
  });
}

export function annexI(): DocumentContent {
  return {
    ...base,
    id: 'annex-i',
    kind: 'annex-i',
    annexNumber: 'I',
    label: 'Annex I',
    title: 'List of parties, description of the transfer and competent supervisory authority',
    version: '0.1.0',
    effective: '2025-03-01',
    status: 'draft',
    unknowns: ['Data importer: address', 'Competent supervisory authority'],
    body: {
      kind: 'annex-i',
      exporters: [
        {
          name: 'The customer identified in the Agreement',
          address: 'As set out in the Agreement.',
          contact: { name: 'As set out in the Agreement' },
          activities: 'Use of the service.',
          role: 'controller',
        },
      ],
      importers: [
        {
          name: 'Example Security GmbH',
          address: { unknown: 'Legal to supply the registered address.' },
          contact: { name: 'Privacy team', role: 'Data Protection Officer', email: 'privacy@example.com' },
          activities: 'Provision of the service.',
          role: 'processor',
        },
      ],
      description: [
        {
          key: 'dataSubjects',
          label: 'Categories of data subjects whose personal data is transferred',
          value: ['Employees of the customer', 'Customers of the customer'],
        },
        { key: 'dataCategories', label: 'Categories of personal data transferred', value: ['Name', 'E-mail address', 'IP address'] },
        { key: 'frequency', label: 'The frequency of the transfer', value: 'Continuous.' },
        { key: 'retention', label: 'Retention period', value: { unknown: 'Legal to state the retention period.' } },
      ],
      authority: { unknown: 'Depends on the data exporter’s establishment (Clause 13).' },
    },
    hash: hash('c3'),
  };
}

export function annexIII(): DocumentContent {
  return {
    ...base,
    id: 'annex-iii',
    kind: 'annex-iii',
    annexNumber: 'III',
    label: 'Annex III',
    title: 'List of sub-processors',
    version: '1.0.0',
    effective: '2025-03-01',
    status: 'released',
    body: {
      kind: 'annex-iii',
      intro: 'The controller has authorised the use of the following sub-processors:',
      subprocessors: [
        {
          id: 'aws',
          name: 'Amazon Web Services',
          legalName: 'Amazon Web Services EMEA SARL',
          address: '38 Avenue John F. Kennedy\nL-1855 Luxembourg',
          contact: { name: 'AWS Data Protection Officer', url: 'https://aws.amazon.com/compliance/contact/' },
          purpose: 'Hosting of the production environment and encrypted backups.',
          dataCategories: ['All customer data processed in the service'],
          locations: ['Germany (DE)', 'Ireland (IE)'],
          transferMechanisms: ['No transfer outside the EEA'],
          services: ['Amazon EC2', 'Amazon S3'],
        },
        {
          id: 'mailer',
          name: 'Mailversand GmbH',
          legalName: { unknown: 'Legal to confirm the contracting entity.' },
          address: 'Königstraße 1, 70173 Stuttgart',
          contact: { email: 'datenschutz@mailversand.example' },
          purpose: 'Sending transactional e-mails (password resets, notifications).',
          dataCategories: ['Name', 'E-mail address'],
          locations: { unknown: 'Legal to confirm the processing locations.' },
          transferMechanisms: ['Standard Contractual Clauses'],
          services: [],
        },
      ],
    },
    hash: hash('d4'),
  };
}

/** An Annex II with `count` synthetic measures spread over 17 categories (the performance test). */
export function syntheticAnnexII(count: number): DocumentContent {
  const categories: AnnexCategory[] = Array.from({ length: 17 }, (_, c) => ({
    id: `category-${c + 1}`,
    order: c + 1,
    title: `Synthetic category ${c + 1} with a title long enough to wrap onto a second line in the text column`,
    measures: [],
    seeAlso: [],
  }));
  for (let i = 0; i < count; i++) {
    const id = `SYN-${String(i + 1).padStart(4, '0')}`;
    categories[i % 17]!.measures.push(
      measure(id, `Synthetic measure ${i + 1}`, {
        type: 'root',
        children: [
          p(
            t(`Measure ${i + 1}: `),
            t(exactSentences[i % 3]!),
            t(' Access is reviewed quarterly and logged centrally; deviations are escalated to the security team.'),
          ),
          {
            type: 'list',
            ordered: false,
            start: null,
            children: [
              { type: 'listItem', children: [p(t('Reviewed by two people.'))] },
              { type: 'listItem', children: [p(t('Logged for twelve months.'))] },
            ],
          },
        ],
      }),
    );
  }
  return annexII({ hash: hash('e5') }, categories);
}
