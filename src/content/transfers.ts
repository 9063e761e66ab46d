import type { TransferMechanism } from '../schema/index.ts';

/** EEA member states (EU 27 plus Iceland, Liechtenstein, Norway): processing there needs no transfer tool. */
const EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '));

/**
 * Countries with an adequacy decision of the European Commission under Art. 45 GDPR (its list of adequacy
 * decisions, as of 2025): Andorra, Argentina, Canada (commercial organisations under PIPEDA), Faroe Islands,
 * Guernsey, Israel, Isle of Man, Japan, Jersey, New Zealand, Republic of Korea, Switzerland, United Kingdom and
 * Uruguay. The United States has one only for organisations certified under the EU-U.S. Data Privacy Framework,
 * which content names as `dpf`, so "adequacy" alone does not cover a US location.
 */
const ADEQUATE = new Set('AD AR CA FO GG IL IM JP JE NZ KR CH GB UY'.split(' '));

/** Mechanisms that can cover a transfer to any country: they are contracts or exceptions, not findings about it. */
const ANYWHERE: readonly TransferMechanism[] = ['scc', 'bcr', 'derogation'];

export function isEea(code: string): boolean {
  return EEA.has(code);
}

export function hasAdequacyDecision(code: string): boolean {
  return ADEQUATE.has(code);
}

/**
 * Whether one of the named mechanisms covers processing in `code`: no transfer inside the EEA; outside it, SCCs,
 * binding corporate rules or a derogation anywhere, `adequacy` for a country with an adequacy decision, `dpf` for
 * the United States.
 */
export function covers(code: string, mechanisms: readonly TransferMechanism[]): boolean {
  if (isEea(code)) return true;
  if (mechanisms.some((mechanism) => ANYWHERE.includes(mechanism))) return true;
  if (mechanisms.includes('adequacy') && hasAdequacyDecision(code)) return true;
  return mechanisms.includes('dpf') && code === 'US';
}

/** The locations outside the EEA that none of the named mechanisms covers. */
export function uncoveredLocations(locations: readonly string[], mechanisms: readonly TransferMechanism[]): string[] {
  return locations.filter((code) => !covers(code, mechanisms));
}
