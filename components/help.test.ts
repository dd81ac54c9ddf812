import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import directory from './data/help-directory.json';
import { countryFromLocale, helpFor, HELP_RESOURCES } from './help';

const resourceSchema = z
  .object({
    country: z.string().regex(/^([A-Z]{2}|\*)$/),
    name: z.string().min(1),
    kind: z.enum(['report', 'remove', 'talk', 'crisis', 'police', 'info']),
    url: z.url().optional(),
    phone: z.string().optional(),
    sms: z.string().optional(),
    smsBody: z.string().optional(),
    for: z.string().optional(),
    languages: z.array(z.string()),
  })
  .strict();

describe('help directory', () => {
  it('fits the schema', () => {
    expect(() => z.object({ resources: z.array(resourceSchema) }).parse(directory)).not.toThrow();
  });

  it('is the verified copy from ../shared/data', () => {
    const shared = resolve(import.meta.dirname, '../../shared/data/help-directory.json');
    if (!existsSync(shared)) return; // a clone without ../shared: nothing to compare with
    expect(directory).toEqual(JSON.parse(readFileSync(shared, 'utf8')));
  });

  it('puts local services first, then the ones that work anywhere', () => {
    const gb = helpFor('GB');
    expect(gb[0]!.country).toBe('GB');
    expect(gb.some((r) => r.name.startsWith('Childline'))).toBe(true);
    expect(gb.some((r) => r.country === '*' && r.kind === 'remove')).toBe(true);
    expect(helpFor(undefined).every((r) => r.country === '*')).toBe(true);
    expect(HELP_RESOURCES.length).toBeGreaterThan(40);
  });

  it('reads the country from a locale', () => {
    expect(countryFromLocale('pt-BR')).toBe('BR');
    expect(countryFromLocale('en')).toBeUndefined();
    expect(countryFromLocale('es_419')).toBeUndefined();
    expect(countryFromLocale('de-AT')).toBe('AT');
  });
});
