import type { LocalView } from '../content/localise.ts';
import type { Translator } from '../i18n/translator.ts';
import type { AnnexIBody } from './types.ts';

/** Annex I.B items, in the order the SCCs give them (their labels are the SCCs' own wording, per language). */
const descriptionKeys = [
  'dataSubjects',
  'dataCategories',
  'sensitiveData',
  'frequency',
  'nature',
  'purposes',
  'retention',
  'subprocessorTransfers',
] as const satisfies readonly (keyof LocalView['processing']['description'])[];

export function annexIBody(view: LocalView, t: Translator): AnnexIBody {
  const { processing } = view;
  return {
    kind: 'annex-i',
    exporters: processing.exporters,
    importers: processing.importers,
    description: descriptionKeys.map((key) => ({ key, label: t.t(`annexI.${key}`), value: processing.description[key] })),
    authority: processing.authority,
  };
}
