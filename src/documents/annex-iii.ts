import type { PublicSubprocessor, PublicView } from '../content/public-view.ts';
import { isUnknown, type DocumentSpec, type TransferMechanism } from '../schema/index.ts';
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

/**
 * Annex III lists the sub-processors authorised on the document's effective date, and the changes scheduled after
 * it: one that starts later is listed "from" its start date, one that ends later "until" its last day. So the
 * version whose changelog carries a customer notice shows what the notice announces, and what the annex says
 * depends only on the content, never on the day it is built.
 */
export function annexIIIBody(view: PublicView, spec: Pick<DocumentSpec, 'effective'>): AnnexIIIBody {
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
      locations: mapKnown(subprocessor.locations, countryName),
      transferMechanisms: mapKnown(subprocessor.transferMechanisms, (mechanism) => transferMechanismNames[mechanism]),
      services: subprocessor.services,
      ...period,
    });
  }
  return { kind: 'annex-iii', intro: 'The controller has authorised the use of the following sub-processors:', subprocessors: listed };
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
