import { describe, expect, it } from 'vitest';
import { OFFENDER_CATEGORIES } from '../../patterns/categories';
import { loadModel } from '../../patterns/model';
import { explainMessage, firedEntries } from './explain';
import { toyModel } from './toy-model';

describe('explain', () => {
  it('lists the entries that fire, with the tokens and the language read', () => {
    const e = explainMessage('I recorded our video call. Pay $300 or I send it to all your followers');
    expect(e.lang).toBe('en');
    expect(e.tokens).toContain('recorded');
    expect(e.entries.some((x) => x.key.startsWith('leverage-claim/') && x.status === 'fires')).toBe(true);
    expect(e.model[0]?.logOdds).toBeGreaterThan(3); // the learned model agrees, strongly
    expect(explainMessage('see you at practice tomorrow').model).toEqual([]);
    expect(explainMessage('I recorded our video call', 'me').model).toEqual([]);
  });
  it('shows a laughing threat in an ordinary chat as held back, and nothing for ordinary text', () => {
    const laughing = explainMessage('haha i know where you live');
    expect(laughing.entries.length).toBeGreaterThan(0);
    expect(laughing.entries.every((x) => x.status === 'excused by a laugh')).toBe(true);
    expect(explainMessage('see you at practice tomorrow').entries).toEqual([]);
  });
  it('shows a phrase the model drops as dropped, and a plainly worded threat as firing whatever the model says', () => {
    // A model sure that "zorblax" is innocent of everything (log-odds -10).
    const innocent = loadModel(toyModel({ zorblax: Object.fromEntries(OFFENDER_CATEGORIES.map((c) => [c, -10])) }));
    const request = explainMessage('send me a pic of you zorblax', 'them', innocent).entries.filter((x) => x.key.startsWith('image-request/en/'));
    expect(request.length).toBeGreaterThan(0);
    for (const x of request) expect(x.status).toBe('dropped by model');
    const threat = explainMessage('I recorded our video call. Pay $300 or I send it to all your followers zorblax', 'them', innocent).entries;
    expect(threat.some((x) => x.key.startsWith('threat-to-share/') && x.weight >= 5 && x.status === 'fires')).toBe(true);
    // With phrases only, nothing is dropped.
    expect(explainMessage('send me a pic of you zorblax', 'them', null).entries.some((x) => x.status === 'dropped by model')).toBe(false);
  });
  it("shows where a report of someone else's words begins", () => {
    const e = explainMessage('how old r u? everyone says i look older, he said he would post them');
    expect(e.ownWordsEnd).toBeLessThan(e.tokens.length);
    expect(e.tokens[e.ownWordsEnd]).toBe('he');
  });
  it('lists, in batch mode, only the entries the engine lets fire: none for ordinary text or a laughing threat', () => {
    expect(firedEntries('I recorded our video call. Pay $300 or I send it to all your followers').some((k) => k.startsWith('leverage-claim/'))).toBe(true);
    expect(firedEntries('see you at practice tomorrow')).toEqual([]);
    expect(firedEntries('haha i know where you live')).toEqual([]);
  });
});
