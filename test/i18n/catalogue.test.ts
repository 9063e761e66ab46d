import { describe, expect, it } from 'vitest';
import { catalogues, type Plural } from '../../src/i18n/catalogue.ts';
import { isUiLanguage, uiLanguage, uiLanguages } from '../../src/i18n/languages.ts';
import { translator } from '../../src/i18n/translator.ts';

const placeholders = (message: string | Plural) =>
  new Set(
    (typeof message === 'string' ? [message] : [message.one, message.other]).flatMap((text) =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
    ),
  );

describe('message catalogues', () => {
  const english = catalogues.en;

  it.each(uiLanguages.filter((language) => language !== 'en'))(
    '%s has exactly the keys of English: no English fallback, no stray key',
    (language) => {
      const catalogue = catalogues[language];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    },
  );

  it.each(uiLanguages.filter((language) => language !== 'en'))(
    '%s gives every message the same kind (text or plural) and uses only parameters English is given',
    (language) => {
      const catalogue = catalogues[language] as Record<string, string | Plural>;
      for (const [key, message] of Object.entries(english) as [string, string | Plural][]) {
        const other = catalogue[key]!;
        expect(typeof other, key).toBe(typeof message);
        // A requirement label comes with its plural ({label} and {labels}): a language may need the other form.
        const given = placeholders(message);
        if (given.has('label') || given.has('labels')) given.add('label').add('labels');
        for (const name of placeholders(other)) expect(given.has(name), `${language} ${key} uses {${name}}`).toBe(true);
      }
    },
  );

  it('leaves no message empty or untranslated by accident (German differs from English where words are words)', () => {
    const german = catalogues.de as Record<string, string | Plural>;
    const same = Object.entries(english as Record<string, string | Plural>).filter(
      ([key, message]) => typeof message === 'string' && message === german[key] && /[a-z]{4,}/.test(message.replace(/\{\w+\}/g, '')),
    );
    // Words that are the same in both languages: names, "Status", "Version", "Trust Center", "Sitemap" ...
    expect(same.map(([key]) => key).sort()).toEqual(
      [
        'badge.status',
        'badge.version',
        'documents.download',
        'documents.status',
        'documents.version',
        'documents.versionBadge',
        'footer.sitemap',
        'measure.status',
        'pdf.historyVersion',
        'pdf.organisation',
        'pdf.status',
        'pdf.version',
        'pdf.versionLabel',
        'site.brand',
        'spreadsheet.about.organisation',
      ].sort(),
    );
    for (const [key, message] of Object.entries(german)) {
      for (const text of typeof message === 'string' ? [message] : [message.one, message.other]) expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('translator', () => {
  it('chooses a catalogue by primary language and formats with the full tag', () => {
    expect(uiLanguage('de-AT')).toBe('de');
    expect(isUiLanguage('fr')).toBe(false);
    expect(() => translator('fr')).toThrow(/no message catalogue for the language "fr"/);
    expect(translator('de-AT').tag).toBe('de-AT');
  });

  it('fills placeholders, formats numbers and chooses plurals with Intl', () => {
    const de = translator('de');
    expect(de.t('pdf.page', { page: 1, pages: 12 })).toBe('Seite 1 von 12');
    expect(de.n('count.measures', 1)).toBe('1 Maßnahme');
    expect(de.n('count.measures', 1234)).toBe('1.234 Maßnahmen');
    expect(translator('en').n('count.measures', 1234)).toBe('1,234 measures');
    expect(() => de.t('pdf.page', { page: 1 })).toThrow(/needs the parameter \{pages\}/);
  });

  it('writes lists, countries and language names in the language', () => {
    expect(translator('en').list(['ISO 27001', 'SOC 2', 'NIST CSF 2.0'])).toBe('ISO 27001, SOC 2 and NIST CSF 2.0');
    expect(translator('de').list(['ISO 27001', 'SOC 2', 'NIST CSF 2.0'])).toBe('ISO 27001, SOC 2 und NIST CSF 2.0');
    expect(translator('de').region('IE')).toBe('Irland');
    expect(translator('de').languageName('en')).toBe('Englisch');
    expect(translator('en').languageName('de')).toBe('German');
    expect(translator('de').date('2026-11-02')).toBe('2. November 2026');
  });
});
