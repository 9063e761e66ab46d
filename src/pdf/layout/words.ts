import type { DocumentContent } from '../../documents/types.ts';
import type { Params } from '../../i18n/translator.ts';
import { translator, type Translator } from '../../i18n/translator.ts';
import type { TextKey } from '../../i18n/catalogue.ts';

/**
 * What a document's page furniture and labels say, in its language, or in both languages of a bilingual document
 * ("Gültig ab / Effective date"), first language first. Dates and numbers are the first language's.
 */
export interface Words {
  /** The first (or only) language. */
  t: Translator;
  /** The second language of a bilingual document. */
  second?: Translator;
  /** A label in every language of the document, joined by " / " where the wording differs. */
  label(key: TextKey, params?: Params): string;
}

export function documentWords(doc: Pick<DocumentContent, 'language' | 'second'>): Words {
  const t = translator(doc.language);
  const second = doc.second ? translator(doc.second.language) : undefined;
  return {
    t,
    ...(second ? { second } : {}),
    label: (key, params) => {
      const first = t.t(key, params);
      if (!second) return first;
      const other = second.t(key, params);
      return other === first ? first : `${first} / ${other}`;
    },
  };
}
