import type { LocalView } from '../content/localise.ts';
import type { PublicSubprocessor } from '../content/public-view.ts';
import type { Translator } from '../i18n/translator.ts';
import { isUnknown, type DocumentSpec, type TransferMechanism } from '../schema/index.ts';
import type { AnnexIIIBody, Maybe } from './types.ts';

/** A transfer mechanism's readable name, such as "Standard Contractual Clauses (Art. 46(2)(c) GDPR)". */
export function transferMechanismName(mechanism: TransferMechanism, t: Translator): string {
  return t.t(`transfer.${mechanism}`);
}

/** "Ireland (IE)" / "Irland (IE)" for "IE": the name from Intl, the code so that no reader has to guess. */
export function countryName(code: string, t: Translator): string {
  return t.t('country', { name: t.region(code), code });
}

/**
 * Annex III lists the sub-processors authorised on the document's effective date, and the changes scheduled after
 * it: one that starts later is listed "from" its start date, one that ends later "until" its last day. So the
 * version whose changelog carries a customer notice shows what the notice announces, and what the annex says
 * depends only on the content, never on the day it is built.
 */
export function annexIIIBody(view: LocalView, spec: Pick<DocumentSpec, 'effective'>, t: Translator): AnnexIIIBody {
  const listed: AnnexIIIBody['subprocessors'] = [];
  for (const subprocessor of view.subprocessors) {
    const period = listedPeriod(subprocessor, spec.effective);
    if (!period) continue;
    listed.push({
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
      ...period,
    });
  }
  return { kind: 'annex-iii', intro: t.t('annexIII.intro'), subprocessors: listed };
}

/**
 * Whether a sub-processor is listed on `day` and with which dates: active on that day (until a later removal), or
 * starting after it (from its next "added" event). Undefined when it is neither: ended, or never started.
 */
export function listedPeriod(
  subprocessor: Pick<PublicSubprocessor, 'history'>,
  day: string,
): { from?: string; until?: string } | undefined {
  const history = subprocessor.history;
  const past = history.filter((event) => event.date <= day);
  const active = past.length > 0 && past.at(-1)!.change !== 'removed';
  const later = history.filter((event) => event.date > day);
  if (active) {
    const removal = later.find((event) => event.change === 'removed');
    return removal ? { until: removal.date } : {};
  }
  const start = later.find((event) => event.change === 'added');
  if (!start) return undefined;
  const removal = later.find((event) => event.change === 'removed' && event.date > start.date);
  return { from: start.date, ...(removal ? { until: removal.date } : {}) };
}

function mapKnown<T>(value: Maybe<T[]>, f: (item: T) => string): Maybe<string[]> {
  return isUnknown(value) ? value : value.map(f);
}
