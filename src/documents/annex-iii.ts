import type { LocalView } from '../content/localise.ts';
import type { Translator } from '../i18n/translator.ts';
import { isUnknown, type TransferMechanism } from '../schema/index.ts';
import type { AnnexIIIBody, Maybe } from './types.ts';

/** A transfer mechanism's readable name, such as "Standard Contractual Clauses (Art. 46(2)(c) GDPR)". */
export function transferMechanismName(mechanism: TransferMechanism, t: Translator): string {
  return t.t(`transfer.${mechanism}`);
}

/** "Ireland (IE)" / "Irland (IE)" for "IE": the name from Intl, the code so that no reader has to guess. */
export function countryName(code: string, t: Translator): string {
  return t.t('country', { name: t.region(code), code });
}

/** Annex III lists the sub-processors that are authorised on the build date: active ones, not removed ones. */
export function annexIIIBody(view: LocalView, t: Translator): AnnexIIIBody {
  return {
    kind: 'annex-iii',
    intro: t.t('annexIII.intro'),
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
        locations: mapKnown(subprocessor.locations, (code) => countryName(code, t)),
        transferMechanisms: mapKnown(subprocessor.transferMechanisms, (mechanism) => transferMechanismName(mechanism, t)),
        services: subprocessor.services,
      })),
  };
}

function mapKnown<T>(value: Maybe<T[]>, f: (item: T) => string): Maybe<string[]> {
  return isUnknown(value) ? value : value.map(f);
}
