import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { yamlValue } from './yaml-text.ts';

/**
 * The content skeleton of a new vendor (`npm run init`): the product's catalogues (src/catalogues: the SCC Annex II
 * taxonomy, GDPR Art. 32, ISO/IEC 27001:2022, SOC 2, NIST CSF 2.0, the German Art. 32 objectives and the default
 * list of vague phrases), the organisation and Annex I with every fact it cannot know written as
 * `{ unknown: "..." }`, Annex I, II and III as drafts, and one draft measure per required Annex II category. It
 * validates with no errors; its warnings list what is left to do. Pure: it returns files, the command writes them.
 */
export interface SkeletonInput {
  /** The vendor's name as used in running text, such as "Acme GmbH". */
  name: string;
  /** Its internet domain, such as "acme.example": website, trust-center address and security mailbox derive from it. */
  domain: string;
  /** Language of the content and the documents. */
  language: 'en' | 'de';
  /** Today's date (YYYY-MM-DD): first draft dates. */
  today: string;
}

export const CATALOGUES = new URL('../catalogues/', import.meta.url);

/** The taxonomy the skeleton structures Annex II and the site by. */
const TAXONOMY = 'scc-annex-ii';

/** Measure id prefixes for the SCC categories, as a security team would abbreviate them. */
const PREFIXES: Record<string, string> = {
  'pseudonymisation-encryption': 'ENC',
  'cia-resilience': 'CIA',
  'restore-availability': 'REC',
  'testing-effectiveness': 'TST',
  'identification-authorisation': 'IAM',
  'transmission-protection': 'TRN',
  'storage-protection': 'STO',
  'physical-security': 'PHY',
  'events-logging': 'LOG',
  'system-configuration': 'CFG',
  'it-governance': 'GOV',
  'certification-assurance': 'CRT',
  'data-minimisation': 'MIN',
  'data-quality': 'DQ',
  'limited-retention': 'RET',
  accountability: 'ACT',
  'portability-erasure': 'PRT',
  'subprocessor-assistance': 'SUB',
  'data-subject-requests': 'DSR',
};

interface Category {
  id: string;
  title: string;
  group?: string;
}

/** The words the skeleton writes, in the content's language. */
const words = {
  en: {
    unknownBy: (who: string, what: string) => `To be supplied by ${who}: ${what}.`,
    legal: 'legal',
    security: 'the security team',
    customer: 'The customer identified in the Agreement',
    asAgreed: 'As set out in the Agreement.',
    contactPerson: 'The contact person set out in the Agreement',
    customerActivities: (name: string) =>
      `Use of the ${name} service, for which it provides the personal data processed under the clauses.`,
    overview: (name: string) =>
      `This trust center describes the technical and organisational measures ${name} takes as a processor of its customers' personal data.`,
    siteTitle: (name: string) => `${name} Trust Center`,
    body: (title: string) =>
      `Describe the measures for this category ("${title}") in specific terms: what is done, by which system or team, for which data, and how often. Replace this paragraph, name the owner and the review date, then set the status to implemented.`,
    firstDraft: 'First draft, written by npm run init.',
    facts: {
      legalName: 'the registered company name',
      address: 'the registered address',
      privacy: 'the privacy contact or data protection officer named in Annex I',
      signatory: 'the name and position of the person who signs the annexes',
      contact: 'name, position and contact details of the contact person',
      activities: 'the activities relevant to the data processed under the clauses',
      dataSubjects: 'the categories of data subjects',
      dataCategories: 'the categories of personal data',
      sensitiveData: 'whether special categories of data are transferred, and the safeguards applied',
      frequency: 'whether the transfer is one-off or continuous',
      nature: 'the nature of the processing',
      purposes: 'the purposes of the transfer and further processing',
      retention: 'the retention period or the criteria that determine it',
      subprocessorTransfers: 'subject matter, nature and duration of the processing by sub-processors',
      authority: "the competent supervisory authority (Clause 13), which depends on the data exporter's establishment",
      owner: 'the team or person accountable for the measure',
      reviewed: 'the date of the last review',
    },
    annexI: 'List of parties, description of the transfer and competent supervisory authority',
    annexII: 'Technical and organisational measures including technical and organisational measures to ensure the security of the data',
    annexIII: 'List of sub-processors',
  },
  de: {
    unknownBy: (who: string, what: string) => `Zu ergänzen durch ${who}: ${what}.`,
    legal: 'die Rechtsabteilung',
    security: 'das Sicherheitsteam',
    customer: 'Der im Vertrag bezeichnete Kunde',
    asAgreed: 'Wie im Vertrag angegeben.',
    contactPerson: 'Die im Vertrag benannte Kontaktperson',
    customerActivities: (name: string) =>
      `Nutzung des Dienstes von ${name}, für den der Kunde die nach den Klauseln verarbeiteten personenbezogenen Daten bereitstellt.`,
    overview: (name: string) =>
      `Dieses Trust Center beschreibt die technischen und organisatorischen Maßnahmen, die ${name} als Auftragsverarbeiter der personenbezogenen Daten seiner Kunden trifft.`,
    siteTitle: (name: string) => `${name} Trust Center`,
    body: (title: string) =>
      `Beschreiben Sie die Maßnahmen dieser Kategorie („${title}“) konkret: was getan wird, durch welches System oder Team, für welche Daten und wie oft. Ersetzen Sie diesen Absatz, nennen Sie die verantwortliche Stelle und das Prüfdatum und setzen Sie dann den Status auf implemented.`,
    firstDraft: 'Erster Entwurf, erstellt mit npm run init.',
    facts: {
      legalName: 'die eingetragene Firma',
      address: 'die eingetragene Anschrift',
      privacy: 'die in Anhang I genannte Datenschutz-Kontaktstelle oder der Datenschutzbeauftragte',
      signatory: 'Name und Funktion der Person, die die Anhänge unterzeichnet',
      contact: 'Name, Funktion und Kontaktdaten der Kontaktperson',
      activities: 'die für die nach den Klauseln verarbeiteten Daten maßgeblichen Tätigkeiten',
      dataSubjects: 'die Kategorien betroffener Personen',
      dataCategories: 'die Kategorien personenbezogener Daten',
      sensitiveData: 'ob besondere Kategorien personenbezogener Daten übermittelt werden, und die angewandten Garantien',
      frequency: 'ob die Übermittlung einmalig oder kontinuierlich erfolgt',
      nature: 'die Art der Verarbeitung',
      purposes: 'die Zwecke der Datenübermittlung und Weiterverarbeitung',
      retention: 'die Speicherdauer oder die Kriterien für ihre Festlegung',
      subprocessorTransfers: 'Gegenstand, Art und Dauer der Verarbeitung durch Unterauftragsverarbeiter',
      authority: 'die zuständige Aufsichtsbehörde (Klausel 13), die von der Niederlassung des Datenexporteurs abhängt',
      owner: 'das für die Maßnahme verantwortliche Team oder die verantwortliche Person',
      reviewed: 'das Datum der letzten Überprüfung',
    },
    annexI: 'Liste der Parteien, Beschreibung der Übermittlung und zuständige Aufsichtsbehörde',
    annexII: 'Technische und organisatorische Maßnahmen, einschließlich zur Gewährleistung der Sicherheit der Daten',
    annexIII: 'Liste der Unterauftragsverarbeiter',
  },
} as const;

/** Returns the skeleton: path inside the content folder -> file text. */
export function contentSkeleton(input: SkeletonInput): Map<string, string> {
  const w = words[input.language];
  const files = new Map<string, string>();
  for (const file of readdirSync(CATALOGUES).sort()) {
    const text = readFileSync(new URL(file, CATALOGUES), 'utf8');
    files.set(file === 'lint.yaml' ? 'lint.yaml' : join('frameworks', file), text);
  }
  const taxonomy = parse(files.get(join('frameworks', `${TAXONOMY}.yaml`))!) as { requirements: Category[] };
  // The 17 examples of Annex II and the sub-processor paragraph: what a released Annex II must cover.
  const required = taxonomy.requirements.filter((category) => category.group === 'examples' || category.id === 'subprocessor-assistance');

  const unknown = (who: string, what: string) => `\n  unknown: ${yamlValue(w.unknownBy(who, what))}`;
  const marker = `# Written by \`npm run init\` on ${input.today} for ${input.name}. Every { unknown: ... } is a fact still to supply.`;
  files.set(
    'organisation.yaml',
    [
      marker,
      `name: ${yamlValue(input.name)}`,
      `legalName:${unknown(w.legal, w.facts.legalName)}`,
      `address:${unknown(w.legal, w.facts.address)}`,
      '# Derived from --domain: confirm the website, the trust-center address and the security mailbox before publishing.',
      `website: https://${input.domain}`,
      `overview: ${yamlValue(w.overview(input.name))}`,
      'site:',
      `  baseUrl: https://trust.${input.domain}`,
      `  title: ${yamlValue(w.siteTitle(input.name))}`,
      `  taxonomy: ${TAXONOMY}`,
      '  frameworks: [iso27001-2022, soc2-2017, nist-csf-2]',
      `  languages: [${input.language}]`,
      'contacts:',
      '  security:',
      `    email: security@${input.domain}`,
      `  privacy:${unknown(w.legal, w.facts.privacy).replace(/\n {2}/, '\n    ')}`,
      `signatory:${unknown(w.legal, w.facts.signatory)}`,
      '',
    ].join('\n'),
  );
  files.set('processing.yaml', processing(input, w, unknown));
  files.set('documents/annex-i.yaml', documentFile(input, w, 'annex-i', w.annexI, []));
  files.set(
    'documents/annex-ii.yaml',
    documentFile(input, w, 'annex-ii', w.annexII, [
      `taxonomy: ${TAXONOMY}`,
      '# Every category here needs an implemented measure before Annex II can be released.',
      'requires:',
      ...required.map((category) => `  - ${category.id}`),
      'appendix:',
      '  controlMapping: true',
      '  frameworks: [iso27001-2022, soc2-2017, nist-csf-2]',
    ]),
  );
  files.set('documents/annex-iii.yaml', documentFile(input, w, 'annex-iii', w.annexIII, []));
  for (const category of required) {
    const prefix =
      PREFIXES[category.id] ??
      category.id
        .replace(/[^a-z]/g, '')
        .slice(0, 3)
        .toUpperCase();
    files.set(`measures/${category.id}/${category.id}.mdx`, draftMeasure(`${prefix}-01`, category, w, unknown));
  }
  return files;
}

type Words = (typeof words)[keyof typeof words];
type Unknown = (who: string, what: string) => string;

function processing(input: SkeletonInput, w: Words, unknown: Unknown): string {
  const nested = (who: string, what: string) => unknown(who, what).replace(/\n {2}/, '\n      ');
  const inDescription = (who: string, what: string) => unknown(who, what).replace(/\n {2}/, '\n    ');
  return [
    `# Annex I of the Standard Contractual Clauses: parties (A), description of the transfer (B), competent supervisory`,
    `# authority (C). Written by \`npm run init\`; Annex I stays a draft until every { unknown: ... } is supplied.`,
    'exporters:',
    `  - name: ${yamlValue(w.customer)}`,
    `    address: ${yamlValue(w.asAgreed)}`,
    '    contact:',
    `      name: ${yamlValue(w.contactPerson)}`,
    `    activities: ${yamlValue(w.customerActivities(input.name))}`,
    '    role: controller',
    'importers:',
    `  - name: ${yamlValue(input.name)}`,
    `    address:${nested(w.legal, w.facts.address)}`,
    `    contact:${nested(w.legal, w.facts.contact)}`,
    `    activities:${nested(w.legal, w.facts.activities)}`,
    '    role: processor',
    'description:',
    `  dataSubjects:${inDescription(w.legal, w.facts.dataSubjects)}`,
    `  dataCategories:${inDescription(w.legal, w.facts.dataCategories)}`,
    `  sensitiveData:${inDescription(w.legal, w.facts.sensitiveData)}`,
    `  frequency:${inDescription(w.legal, w.facts.frequency)}`,
    `  nature:${inDescription(w.legal, w.facts.nature)}`,
    `  purposes:${inDescription(w.legal, w.facts.purposes)}`,
    `  retention:${inDescription(w.legal, w.facts.retention)}`,
    `  subprocessorTransfers:${inDescription(w.legal, w.facts.subprocessorTransfers)}`,
    `authority:${unknown(w.legal, w.facts.authority)}`,
    '',
  ].join('\n');
}

function documentFile(input: SkeletonInput, w: Words, id: string, title: string, extra: string[]): string {
  return [
    `id: ${id}`,
    `kind: ${id}`,
    `title: ${yamlValue(title)}`,
    'numbering: scc-2021-914',
    ...extra,
    'version: 0.1.0',
    `effective: ${input.today}`,
    'status: draft',
    `language: ${input.language}`,
    'changelog:',
    '  - version: 0.1.0',
    `    date: ${input.today}`,
    `    changes: [${yamlValue(w.firstDraft)}]`,
    '',
  ].join('\n');
}

function draftMeasure(id: string, category: Category, w: Words, unknown: Unknown): string {
  const title = category.title.replace(/\s+/g, ' ').trim();
  return [
    '---',
    `id: ${id}`,
    `title: ${yamlValue(title)}`,
    'type: technical',
    '# A draft is on no page and in no annex; set implemented (or planned) once the facts below are known.',
    'status: draft',
    `owner:${unknown(w.security, w.facts.owner)}`,
    'satisfies:',
    `  ${TAXONOMY}: [${category.id}]`,
    '  # Map the controls the measure satisfies, for example iso27001-2022: ["8.24"], soc2-2017: [CC6.1], nist-csf-2: [PR.DS-01].',
    '# Ids from evidence/ that show the measure is in force; create one with `npm run new -- evidence`.',
    'evidence: []',
    `reviewed:${unknown(w.security, w.facts.reviewed)}`,
    'reviewEvery: P1Y',
    '---',
    '',
    w.body(title),
    '',
  ].join('\n');
}
