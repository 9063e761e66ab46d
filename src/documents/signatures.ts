import type { PublicView } from '../content/public-view.ts';
import type { SignatureParty } from './types.ts';

/** Printed for a signatory the content cannot know: the customer's, filled in when the agreement is signed. */
const BY_HAND = { unknown: 'Completed by the party when signing.' };

/**
 * The parties that sign each annex, from Annex I: the data exporters (the customer, as controller), then the data
 * importers. The importer that is the organisation (by name, else the first) signs electronically with the
 * organisation's signatory; every other party signs in an empty field or by hand.
 */
export function signatureParties(view: PublicView): SignatureParty[] {
  const { exporters, importers } = view.processing;
  const own = Math.max(
    0,
    importers.findIndex((party) => party.name.trim() === view.organisation.name.trim()),
  );
  const numbered = (label: string, count: number, index: number) => (count > 1 ? `${label} ${index + 1}` : label);
  return [
    ...exporters.map((party, i) => ({
      heading: numbered('Data exporter', exporters.length, i),
      role: party.role,
      name: party.name,
      signatory: BY_HAND,
      signsElectronically: false,
    })),
    ...importers.map((party, i) => ({
      heading: numbered('Data importer', importers.length, i),
      role: party.role,
      name: party.name,
      signatory: i === own ? view.organisation.signatory : BY_HAND,
      signsElectronically: i === own,
    })),
  ];
}
