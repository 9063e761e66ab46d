import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/catalogue.ts';
import { TestRepo } from './git-repo.ts';

// The customer notice of a German company (test/fixtures/acme-de: German content, a German Annex III) in a real git
// repository: `npm run diff -- --format notice` writes it in the language of the Annex III it announces. The English
// notice has its own test in cli.test.ts.

const ACME_DE = resolve(import.meta.dirname, '../fixtures/acme-de');
const ANNEX_III = 'content/documents/annex-iii.yaml';

let repo: TestRepo;
afterEach(() => repo?.dispose());

/** A new German sub-processor starting on `date`; its legal name is a fact still to supply. */
const mailwerk = (date: string) => `id: mailwerk
name: Mailwerk
legalName:
  unknown: "Zu ergänzen durch die Rechtsabteilung: die eingetragene Firma von Mailwerk."
address: 1 Example Quay, Dublin 2, Irland
contact:
  email: datenschutz@mailwerk.example
services: [E-Mail-Versand]
purpose: Versand von Systembenachrichtigungen an die Nutzer der Plattform.
dataCategories: [E-Mail-Adressen, Namen]
locations: [IE]
transferMechanisms: [eea]
history:
  - date: ${date}
    change: added
    description: Mailwerk versendet die Systembenachrichtigungen der Plattform.
`;

/** Announces the current edits in a new Annex III version, with the date customers are told. */
function announce(version: string, notice: string): void {
  repo.replace(ANNEX_III, /version: 0\.1\.0\neffective: 2026-11-01/, `version: ${version}\neffective: ${notice}`);
  repo.replace(
    ANNEX_III,
    'changelog:\n',
    `changelog:\n  - version: ${version}\n    date: ${notice}\n    changes: [Nimmt Mailwerk auf; Hetzner verarbeitet auch in Finnland.]\n    notice: ${notice}\n`,
  );
}

/**
 * English wording a German notice must not contain: every English notice message (fragments between placeholders)
 * and the Annex III labels it borrows, where German says something else, plus English month names.
 */
function englishNoticeWords(): string[] {
  const de = catalogues.de as Record<string, unknown>;
  const fragments = Object.entries(catalogues.en as Record<string, unknown>)
    .filter(([key]) => /^(notice|annexIII)\./.test(key) || key === 'annexI.address')
    .filter(([key, message]) => JSON.stringify(de[key]) !== JSON.stringify(message))
    .flatMap(([, message]) => (typeof message === 'string' ? [message] : Object.values(message as Record<string, string>)))
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((fragment) => fragment.replace(/^[\s,.:()]+|[\s,.:()]+$/g, ''))
    .filter((fragment) => fragment.length >= 4);
  return [...new Set([...fragments, 'January', 'March', 'May', 'June', 'July', 'October', 'December'])];
}

/** The notice as one flowing text, for sentences that wrap. */
const flowing = (text: string) => text.replace(/\s+/g, ' ');

describe('the customer notice in German', () => {
  it('announces an addition and a change in German, with German dates and labels, and no English', () => {
    repo = new TestRepo(ACME_DE);
    repo.replace('content/organisation.yaml', 'signatory:', 'subprocessorNoticePeriod: P30D\nsignatory:');
    repo.commit('notice period');
    repo.write('content/subprocessors/mailwerk.yaml', mailwerk('2026-12-15'));
    repo.replace('content/subprocessors/hetzner.yaml', 'locations: [DE]', 'locations: [DE, FI]');
    repo.replace(
      'content/subprocessors/hetzner.yaml',
      '    description: Hetzner Online betreibt die Server der Plattform.\n',
      '    description: Hetzner Online betreibt die Server der Plattform.\n  - date: 2026-12-20\n    change: changed\n    description: Hetzner Online betreibt Sicherungen auch in Finnland.\n',
    );
    announce('0.2.0', '2026-11-10');
    repo.commit('announce Mailwerk and Finland');

    const { status, stdout: notice, stderr } = repo.run('diff', 'HEAD~1', '--format', 'notice');
    expect(status).toBe(0);
    const lines = notice.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Betreff: Änderungen bei den Unterauftragsverarbeitern von Acme Analytics GmbH (Anhang III, Version 0.2.0)',
      '',
      'Sehr geehrte Kundin, sehr geehrter Kunde,',
    ]);
    expect(flowing(notice)).toContain(
      'gemäß Klausel 9 Buchstabe a der Standardvertragsklauseln und unserem Auftragsverarbeitungsvertrag informieren wir Sie über die folgenden Änderungen der Liste der Unterauftragsverarbeiter',
    );
    expect(notice).toContain('Aufnahme: Mailwerk\n  Ab: 15. Dezember 2026\n  Anschrift: 1 Example Quay, Dublin 2, Irland\n');
    expect(notice).toContain('  Verarbeitungsorte: Irland (IE)\n');
    expect(notice).toContain('Änderung: Hetzner Online\n  Wirksam ab: 20. Dezember 2026\n  Rechtsträger: Hetzner Online GmbH\n');
    expect(notice).toContain('  Verarbeitungsorte: Deutschland (DE); Finnland (FI)\n');
    // What changes, in words the customer reads, not the schema's field names.
    expect(notice).toContain('  Was sich ändert: Verarbeitungsorte\n');
    expect(flowing(notice)).toContain(
      'Diese Mitteilung erfolgt am 10. November 2026. Sie können diesen Änderungen innerhalb von 30 Tagen nach dieser Mitteilung, also bis zum 10. Dezember 2026, widersprechen, indem Sie an security@acme-analytics.example schreiben.',
    );
    expect(flowing(notice)).toContain(
      'Anhang III Version 0.2.0 (Entwurf), ist unter https://trust.acme-analytics.example/documents/annex-iii.pdf veröffentlicht',
    );
    expect(notice.endsWith('Mit freundlichen Grüßen\nAcme Analytics GmbH\n')).toBe(true);
    // Dates the German way only: no ISO date and no English month anywhere; no English wording at all.
    expect(notice).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const english = englishNoticeWords();
    expect(english).toContain('Dear customer');
    expect(english.filter((words) => notice.includes(words))).toEqual([]);
    // The author is told in English (the command line's language) what the notice leaves out.
    expect(stderr).toBe(
      'diff: the notice leaves out facts the content marks unknown: Mailwerk: legal entity; privacy contact (objections are sent to security@acme-analytics.example, the security contact, instead)\n',
    );
  });

  it('announces the removal in a released Annex III, with its effective date and one objection', () => {
    repo = new TestRepo(ACME_DE);
    repo.replace(ANNEX_III, 'status: draft', 'status: released');
    repo.replace(ANNEX_III, /version: 0\.1\.0\neffective: 2026-11-01/, 'version: 1.0.0\neffective: 2026-11-01');
    repo.replace(ANNEX_III, 'version: 0.1.0\n    date', 'version: 1.0.0\n    date');
    repo.commit('release Annex III 1.0.0');
    repo.replace(
      'content/subprocessors/hetzner.yaml',
      '    description: Hetzner Online betreibt die Server der Plattform.\n',
      '    description: Hetzner Online betreibt die Server der Plattform.\n  - date: 2027-01-31\n    change: removed\n    description: Die Plattform zieht zu einem anderen Rechenzentrum um.\n',
    );
    repo.replace(ANNEX_III, /version: 1\.0\.0\neffective: 2026-11-01/, 'version: 1.1.0\neffective: 2026-12-01');
    repo.replace(
      ANNEX_III,
      'changelog:\n',
      'changelog:\n  - version: 1.1.0\n    date: 2026-12-01\n    changes: [Hetzner Online entfällt zum 31. Januar 2027.]\n    notice: 2026-12-01\n',
    );
    repo.commit('announce the removal of Hetzner');

    const { status, stdout: notice } = repo.run('diff', 'HEAD~1', '--format', 'notice');
    expect(status).toBe(0);
    expect(notice).toContain('(Anhang III, Version 1.1.0)');
    expect(flowing(notice)).toContain('informieren wir Sie über die folgende Änderung der Liste');
    expect(notice).toContain('Wegfall: Hetzner Online\n  Bis: 31. Januar 2027\n\n');
    // Without a notice period there is no deadline: objections before it takes effect.
    expect(flowing(notice)).toContain(
      'Diese Mitteilung erfolgt am 1. Dezember 2026. Wenn Sie dieser Änderung widersprechen, schreiben Sie bitte vor ihrem Inkrafttreten an security@acme-analytics.example.',
    );
    expect(flowing(notice)).toContain(
      'Anhang III Version 1.1.0, gültig ab 1. Dezember 2026, ist unter https://trust.acme-analytics.example/documents/annex-iii/1.1.0.pdf veröffentlicht',
    );
    expect(notice).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(englishNoticeWords().filter((words) => notice.includes(words))).toEqual([]);
  });
});

describe('the customer notice in English', () => {
  it('names what changes about a sub-processor in words, not field names', () => {
    repo = new TestRepo();
    repo.replace('content/subprocessors/aws.yaml', /locations: \[[A-Z, ]+\]/, 'locations: [IE, DE, FI]');
    repo.replace('content/subprocessors/aws.yaml', /transferMechanisms: \[[a-z, ]+\]/, 'transferMechanisms: [eea, scc]');
    repo.replace('content/documents/annex-iii.yaml', 'version: 1.0.0\neffective: 2026-10-01', 'version: 1.1.0\neffective: 2026-11-10');
    repo.replace(
      'content/documents/annex-iii.yaml',
      'changelog:\n',
      'changelog:\n  - version: 1.1.0\n    date: 2026-11-10\n    changes: [Hosting also in Finland.]\n    notice: 2026-11-10\n',
    );
    repo.commit('hosting in Finland');
    const { status, stdout } = repo.run('diff', 'HEAD~1', '--format', 'notice');
    expect(status).toBe(0);
    expect(stdout).toContain('  What changes: processing locations and transfer mechanisms\n');
  });
});
