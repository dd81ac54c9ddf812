/**
 * Settings and school/parent policy, validated with zod at every boundary.
 * - The person's own choices live in storage.local (never synced: nothing leaves the device).
 * - A corrupt stored value falls back to the default, field by field, and says so.
 * - An administrator's policy (chrome.storage.managed, schema in public/managed_schema.json)
 *   wins over local choices; an invalid policy field is ignored with a logged reason.
 * zod/mini: the same validation as zod at a fraction of the content script's size.
 */
import * as z from 'zod/mini';
import { SENSITIVITIES } from '../patterns/categories';

const FIELDS = {
  /** Master switch. */
  enabled: z.boolean(),
  /** Shifts the engine's thresholds (patterns/scorer.ts). */
  sensitivity: z.enum(SENSITIVITIES),
  /** Quiet nudge when the user shares contact details in a risky chat. */
  nudges: z.boolean(),
  /** Country for local help (ISO 3166-1 alpha-2); empty = from the browser's language. */
  country: z.string().check(z.regex(/^([A-Z]{2})?$/)),
};
const POLICY_FIELDS = {
  ...FIELDS,
  /** Hide the switches from the person using the browser (parents, schools). */
  lockSettings: z.boolean(),
};

export const settingsSchema = z.object(FIELDS);
export type Settings = z.infer<typeof settingsSchema>;
export type Policy = Partial<z.infer<ReturnType<typeof z.object<typeof POLICY_FIELDS>>>>;

export const DEFAULT_SETTINGS: Settings = { enabled: true, sensitivity: 'balanced', nudges: true, country: '' };

const EXPECTED: Record<keyof typeof POLICY_FIELDS, string> = {
  enabled: 'true or false',
  sensitivity: SENSITIVITIES.join(', '),
  nudges: 'true or false',
  country: 'a two-letter country code such as GB, or ""',
  lockSettings: 'true or false',
};

export interface Resolved {
  settings: Settings;
  locked: boolean;
  /** Human-readable reasons for every value that was ignored. */
  problems: string[];
}

/** Validate each field on its own, so one bad value never discards the others. */
function pickValid(fields: Partial<typeof POLICY_FIELDS>, raw: unknown, source: string, problems: string[]): Policy {
  const out: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${source}: expected an object, using defaults`);
    return out;
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const field = fields[key as keyof typeof POLICY_FIELDS];
    if (!field) {
      problems.push(`${source}.${key}: unknown setting, ignored`);
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else problems.push(`${source}.${key}: ${JSON.stringify(value)} is not ${EXPECTED[key as keyof typeof POLICY_FIELDS]}, ignored`);
  }
  return out as Policy;
}

/** Combine defaults, the person's stored choices and the administrator's policy. */
export function resolveSettings(stored: unknown, managed: unknown): Resolved {
  const problems: string[] = [];
  const local = pickValid(FIELDS, stored, 'settings', problems);
  const { lockSettings, ...policy } = pickValid(POLICY_FIELDS, managed, 'policy', problems);
  const settings: Settings = { ...DEFAULT_SETTINGS, ...local, ...policy };
  return { settings, locked: lockSettings === true, problems };
}
