import type { PublicView } from '../content/public-view.ts';
import { isUnknown, type TransferMechanism } from '../schema/index.ts';
import type { AnnexIIIBody, Maybe } from './types.ts';

export const transferMechanismNames: Record<TransferMechanism, string> = {
  eea: 'Processing within the EEA (no transfer)',
  adequacy: 'Adequacy decision (Art. 45 GDPR)',
  dpf: 'EU-U.S. Data Privacy Framework (adequacy decision)',
  scc: 'Standard Contractual Clauses (Art. 46(2)(c) GDPR)',
  bcr: 'Binding corporate rules (Art. 47 GDPR)',
  derogation: 'Derogation for specific situations (Art. 49 GDPR)',
};

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Ireland (IE)" for "IE". */
export function countryName(code: string): string {
  return `${regions.of(code) ?? code} (${code})`;
}

/** Annex III lists the sub-processors that are authorised on the build date: active ones, not removed ones. */
export function annexIIIBody(view: PublicView): AnnexIIIBody {
  return {
    kind: 'annex-iii',
    intro: 'The controller has authorised the use of the following sub-processors:',
    subprocessors: view.subprocessors
      .filter((subprocessor) => subprocessor.state === 'active')
      .map((subprocessor) => ({
        id: subprocessor.id,
        name: subprocessor.name,
        legalName: subprocessor.legalName,
        address: subprocessor.address,
        contact: subprocessor.contact,
        purpose: subprocessor.purpose,
        dataCategories: subprocessor.dataCategories,
        locations: mapKnown(subprocessor.locations, countryName),
        transferMechanisms: mapKnown(subprocessor.transferMechanisms, (mechanism) => transferMechanismNames[mechanism]),
        services: subprocessor.services,
      })),
  };
}

function mapKnown<T>(value: Maybe<T[]>, f: (item: T) => string): Maybe<string[]> {
  return isUnknown(value) ? value : value.map(f);
}
