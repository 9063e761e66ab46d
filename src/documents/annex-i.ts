import type { PublicView } from '../content/public-view.ts';
import type { DocumentSpec } from '../schema/index.ts';
import type { AnnexIBody } from './types.ts';

/** Annex I.B items with the SCC's own wording, in the SCC's order. */
const descriptionLabels: [keyof PublicView['processing']['description'], string][] = [
  ['dataSubjects', 'Categories of data subjects whose personal data is transferred'],
  ['dataCategories', 'Categories of personal data transferred'],
  ['sensitiveData', 'Sensitive data transferred (if applicable) and applied restrictions or safeguards'],
  ['frequency', 'The frequency of the transfer (e.g. whether the data is transferred on a one-off or continuous basis)'],
  ['nature', 'Nature of the processing'],
  ['purposes', 'Purpose(s) of the data transfer and further processing'],
  [
    'retention',
    'The period for which the personal data will be retained, or, if that is not possible, the criteria used to determine that period',
  ],
  ['subprocessorTransfers', 'For transfers to (sub-) processors, also specify subject matter, nature and duration of the processing'],
];

export function annexIBody(view: PublicView, _spec: DocumentSpec): AnnexIBody {
  const { processing } = view;
  return {
    kind: 'annex-i',
    exporters: processing.exporters,
    importers: processing.importers,
    description: descriptionLabels.map(([key, label]) => ({ key, label, value: processing.description[key] })),
    authority: processing.authority,
  };
}
