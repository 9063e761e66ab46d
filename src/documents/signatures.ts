import type { PublicView } from '../content/public-view.ts';
import type { Translator } from '../i18n/translator.ts';
import type { SignatureParty } from './types.ts';

/**
 * The parties that sign each annex, from Annex I: the data exporters (the customer, as controller), then the data
 * importers. The importer that is the organisation (by name, else the first) signs electronically with the
 * organisation's signatory; every other party signs in an empty field or by hand.
 */
export function signatureParties(view: Pick<PublicView, 'processing' | 'organisation'>, t: Translator): SignatureParty[] {
  const { exporters, importers } = view.processing;
  const own = Math.max(
    0,
    importers.findIndex((party) => party.name.trim() === view.organisation.name.trim()),
  );
  // Printed for a signatory the content cannot know: the customer's, filled in when the agreement is signed.
  const byHand = { unknown: t.t('signatures.byHand') };
  const numbered = (side: 'exporter' | 'importer', count: number, index: number) => ({
    side,
    ...(count > 1 ? { number: index + 1 } : {}),
    heading: count > 1 ? t.t('party.numbered', { party: t.t(`party.${side}`), number: index + 1 }) : t.t(`party.${side}`),
  });
  return [
    ...exporters.map((party, i) => ({
      ...numbered('exporter', exporters.length, i),
      role: party.role,
      name: party.name,
      signatory: byHand,
      signsElectronically: false,
    })),
    ...importers.map((party, i) => ({
      ...numbered('importer', importers.length, i),
      role: party.role,
      name: party.name,
      signatory: i === own ? view.organisation.signatory : byHand,
      signsElectronically: i === own,
    })),
  ];
}
