/**
 * Local help, from the verified directory (../shared/data/help-directory.json, copied
 * into components/data; help.test.ts checks the copy against it and against a zod
 * schema, so the bundle carries the data without zod). Pure: no browser API.
 */
import directory from './data/help-directory.json';

export interface HelpResource {
  country: string; // ISO 3166-1 alpha-2, or '*' for anywhere
  name: string;
  kind: 'report' | 'remove' | 'talk' | 'crisis' | 'police' | 'info';
  url?: string;
  phone?: string;
  sms?: string;
  smsBody?: string;
  for?: string;
  languages: string[];
}

export const HELP_RESOURCES = (directory as { resources: HelpResource[] }).resources;

/** Countries the directory has entries for (for the settings' country picker). */
export const HELP_COUNTRIES = [...new Set(HELP_RESOURCES.map((r) => r.country).filter((c) => c !== '*'))].sort();

/** The region of a BCP 47 locale ("pt-BR" -> "BR"), if it has one. */
export function countryFromLocale(locale: string | undefined): string | undefined {
  const region = locale?.split(/[-_]/).find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}

/** The card speaks to teens: services only for adults (18+, or for worried adults) are left out. */
function forYoungPeople(r: HelpResource): boolean {
  return !/18\+|adult/i.test(`${r.for ?? ''} ${r.name}`);
}

const KIND_ORDER: HelpResource['kind'][] = ['talk', 'report', 'remove', 'crisis', 'police', 'info'];

/**
 * Help for someone in `country`: that country's services first (talk, report, remove...),
 * then the ones that work anywhere. With no known country, only the worldwide ones.
 */
export function helpFor(country: string | undefined): HelpResource[] {
  const local = HELP_RESOURCES.filter((r) => r.country === country && forYoungPeople(r));
  const anywhere = HELP_RESOURCES.filter((r) => r.country === '*' && forYoungPeople(r) && !(r.kind === 'talk' && local.some((l) => l.kind === 'talk')));
  const byKind = (a: HelpResource, b: HelpResource) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  return [...local.sort(byKind), ...anywhere.sort(byKind)];
}
