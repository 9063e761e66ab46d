import { documentLanguages, translationFor } from './document-texts.ts';
import type { Rule } from './rule.ts';

/**
 * A document in a language must say everything in it: a released one that lists a measure with no text in its
 * language, or prints a category heading or framework title that has none, is refused (never an English fallback
 * inside a German contract). A draft prints each gap visibly; the warning lists them as the translation to-do.
 */
export const translationMissing: Rule = {
  id: 'translation-missing',
  severity: 'error',
  description: "every measure and framework title a document prints has a text in the document's language (drafts: warning)",
  check(model, report) {
    for (const { entry, language, path, measures, missingTitles } of documentLanguages(model)) {
      const doc = entry.data;
      const severity = doc.status === 'released' ? 'error' : 'warning';
      for (const measure of measures) {
        if (translationFor(model, measure, language)) continue;
        const target = measure.file.replace(/\.mdx$/, `.${language}.mdx`);
        report(
          { entry, path },
          `${doc.status} ${doc.id} in ${language} lists ${measure.data.id}, which has no ${language} text (${target} is missing)`,
          `create it with npm run new -- translation --measure ${measure.data.id} --language ${language}${severity === 'error' ? ', or keep the document as status: draft until it is translated' : ''}`,
          severity,
        );
      }
      for (const missing of missingTitles) {
        report(
          { entry, path },
          `${doc.status} ${doc.id} in ${language} prints ${missing}, which has no ${language} text`,
          `add translations: { ${language}: { title: … } } to it in its file in content/frameworks/`,
          severity,
        );
      }
    }
  },
};
