import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SETTINGS, resolveSettings } from './settings';

describe('settings and policy', () => {
  it('uses the defaults when nothing is stored', () => {
    expect(resolveSettings(undefined, undefined)).toEqual({ settings: DEFAULT_SETTINGS, locked: false, problems: [] });
  });

  it('keeps valid stored choices and drops a corrupt field with a reason', () => {
    const r = resolveSettings({ sensitivity: 'high', nudges: 'yes please' }, undefined);
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'high' });
    expect(r.problems).toEqual(['settings.nudges: "yes please" is not true or false, ignored']);
  });

  it('falls back to defaults when the stored value is not an object', () => {
    const r = resolveSettings('garbage', undefined);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.problems[0]).toMatch(/expected an object/);
  });

  it("lets an administrator's policy win, field by field, and lock the settings", () => {
    const r = resolveSettings({ enabled: false, sensitivity: 'low' }, { enabled: true, sensitivity: 'extreme', country: 'GB', lockSettings: true, colour: 'red' });
    expect(r.settings).toEqual({ enabled: true, sensitivity: 'low', nudges: true, country: 'GB' });
    expect(r.locked).toBe(true);
    expect(r.problems).toEqual([
      'policy.sensitivity: "extreme" is not low, balanced, high, ignored',
      'policy.colour: unknown setting, ignored',
    ]);
  });

  it('documents exactly the policy fields it accepts in the managed schema', () => {
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../public/managed_schema.json'), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual([...Object.keys(DEFAULT_SETTINGS), 'lockSettings'].sort());
    expect(schema.additionalProperties).toBeUndefined(); // Chrome rejects it at the top level
  });
});
