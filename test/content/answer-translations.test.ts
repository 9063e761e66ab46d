import { describe, expect, it } from 'vitest';
import { localiseView } from '../../src/content/localise.ts';
import { loadProject } from '../../src/content/project.ts';
import { catalogues } from '../../src/i18n/catalogue.ts';
import { translator } from '../../src/i18n/translator.ts';
import { documentLabels } from '../../src/site/answers.ts';
import { answerTopicIds, answerTopics } from '../../src/schema/answer.ts';
import { BILINGUAL_CONTENT, fixtureBuildDate } from '../helpers/fixture-content.ts';

/** Questionnaire answers in other languages: `content/answers/<name>.<lang>.yaml`, as measures have `<name>.<lang>.mdx`. */
const project = loadProject({ root: BILINGUAL_CONTENT.replace(/content\/$/, ''), contentDir: 'content', buildDate: fixtureBuildDate });

describe('answer translations', () => {
  it('load beside their answer, not as answers of their own', () => {
    expect(project.model.answers.map((a) => a.data.id).sort()).toEqual(['access-review', 'encryption-in-transit']);
    expect(project.model.answerTranslations.map((t) => [t.file, t.language, t.sourceFile])).toEqual([
      ['content/answers/encryption-in-transit.de.yaml', 'de', 'content/answers/encryption-in-transit.yaml'],
    ]);
  });

  it('reach the public view with their status and whether they are current', () => {
    const answer = project.view().answers.find((a) => a.id === 'encryption-in-transit')!;
    expect(answer.language).toBe('en');
    expect(answer.translations).toEqual({
      de: {
        question: 'Werden Kundendaten bei der Übertragung verschlüsselt?',
        explanation: 'Verbindungen werden nur über TLS 1.2 oder höher angenommen (ENC-01).',
        status: 'reviewed',
        method: 'human',
        current: true,
      },
    });
  });

  it('give the German view the German text, the measures their German titles, and mark an untranslated answer', () => {
    const view = localiseView(project.view(), 'de');
    const translated = view.answers.find((a) => a.id === 'encryption-in-transit')!;
    expect(translated.question).toBe('Werden Kundendaten bei der Übertragung verschlüsselt?');
    expect(translated.lang).toBeUndefined();
    expect(translated.translation).toEqual({ status: 'reviewed', method: 'human', current: true });
    expect(translated.measures).toEqual([{ id: 'ENC-01', title: 'Transportverschlüsselung' }]);
    const untranslated = view.answers.find((a) => a.id === 'access-review')!;
    expect(untranslated.question).toBe('Are access rights reviewed at a fixed interval?');
    expect(untranslated.lang).toBe('en');
    // The English view is the content as written.
    expect(localiseView(project.view(), 'en').answers.find((a) => a.id === 'encryption-in-transit')!.question).toBe(
      'Is customer data encrypted in transit?',
    );
  });

  it('stale: a changed source answer makes its translation stale in the view', () => {
    const changed = loadProject({ root: BILINGUAL_CONTENT.replace(/content\/$/, ''), contentDir: 'content', buildDate: fixtureBuildDate });
    const entry = changed.model.answers.find((a) => a.data.id === 'encryption-in-transit')!;
    entry.data.explanation = 'Connections are accepted only over TLS 1.3 (ENC-01).';
    expect(changed.view().answers.find((a) => a.id === 'encryption-in-transit')!.translations.de!.current).toBe(false);
  });
});

describe('the documents an answer reflects', () => {
  it('name their languages when two of a kind would read alike', () => {
    const view = localiseView(project.view(), 'de');
    const answer = view.answers.find((a) => a.id === 'encryption-in-transit')!;
    expect(answer.documents.map((d) => d.id)).toEqual(['annex-ii-bilingual', 'annex-ii']);
    expect(documentLabels(answer.documents, view, translator('de'))).toEqual([
      'Anhang II 1.0.0 (Deutsch und Englisch)',
      'Anhang II 1.0.0 (Englisch)',
    ]);
    expect(documentLabels(answer.documents.slice(1), view, translator('en'))).toEqual(['Annex II 1.0.0']);
  });
});

describe('answer chrome in the catalogues', () => {
  it('names every topic and short answer in each language, English as the schema (and so answers.json) words topics', () => {
    for (const topic of answerTopicIds) expect(catalogues.en[`answers.topic.${topic}`]).toBe(answerTopics[topic]);
    expect(catalogues.de['answers.topic.encryption']).toBe('Verschlüsselung');
    expect(catalogues.de['answers.value.not-applicable']).toBe('Nicht zutreffend');
  });
});
