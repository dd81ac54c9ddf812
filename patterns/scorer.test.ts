import { describe, expect, it } from 'vitest';
import type { OffenderCategory } from './categories';
import { DEFAULT_WEIGHTS, initialScorerState, MILD_SIGNAL_LIFETIME_MESSAGES, SIGNAL_LIFETIME_MESSAGES, SIGNAL_LIFETIME_MS, step, type ScorerState, type Signal } from './scorer';

const sig = (category: OffenderCategory, index = 0, ts?: number, weight = DEFAULT_WEIGHTS[category]): Signal => ({ category, weight, index, ts });

function run(signalsPerMessage: OffenderCategory[][], sensitivity: 'low' | 'balanced' | 'high' = 'balanced') {
  let state: ScorerState = initialScorerState();
  const levels: (string | undefined)[] = [];
  signalsPerMessage.forEach((cats, i) => {
    const r = step(state, cats.map((c) => sig(c, i)), i, undefined, sensitivity);
    state = r.state;
    levels.push(r.warning?.level);
  });
  return levels;
}

describe('scorer', () => {

  it('never warns on one weak signal alone', () => {
    for (const c of ['platform-move', 'personal-probe', 'flattery', 'coercion', 'secrecy', 'meet-request', 'offer', 'payment-demand'] as const) {
      expect(run([[c]])).toEqual([undefined]);
    }
  });
  it('gives a caution for two weak signals in context', () => {
    expect(run([['platform-move'], [], ['personal-probe']])).toEqual([undefined, undefined, 'caution']);
  });
  it('reads questions in three messages as probing, which a further mild signal makes a caution', () => {
    expect(run([['personal-probe'], ['personal-probe'], ['personal-probe']])).toEqual([undefined, undefined, undefined]);
    expect(run([['personal-probe'], ['personal-probe'], ['coercion']])).toEqual([undefined, undefined, undefined]);
    expect(run([['personal-probe'], [], ['personal-probe'], ['personal-probe'], ['coercion']])).toEqual([undefined, undefined, undefined, undefined, 'caution']);
  });
  it('escalates caution -> warning -> urgent, each once', () => {
    expect(run([['flattery'], ['personal-probe'], ['platform-move'], ['image-request'], ['image-request'], ['threat-to-share'], ['payment-demand']])).toEqual([
      undefined,
      'caution',
      'warning',
      undefined,
      undefined,
      'urgent',
      undefined,
    ]);
  });
  it('a vaguely worded threat is urgent with pressure, not alone or with banter', () => {
    const vague = (i: number) => sig('threat-to-share', i, undefined, 2);
    const once = (signals: Signal[]) => step(initialScorerState(), signals, 0, undefined, 'balanced').warning?.level;
    expect(once([vague(0)])).toBeUndefined();
    expect(once([vague(0), sig('coercion', 0)])).toBe('urgent');
    expect(once([vague(0), sig('coercion', 0, undefined, 0.25)])).not.toBe('urgent'); // laughing pressure (engine.ts)
  });
  it('adds up two vague threats of one kind from different messages, to one threat in full', () => {
    const vague = (i: number, weight = 2.5) => sig('threat-to-share', i, undefined, weight);
    const first = step(initialScorerState(), [vague(0)], 0, undefined, 'balanced');
    expect(first.warning?.level).not.toBe('urgent');
    expect(step(first.state, [vague(3)], 3, undefined, 'balanced').warning?.level).toBe('urgent');
    expect(step(first.state, [vague(3, 2)], 3, undefined, 'balanced').warning?.level).not.toBe('urgent');
  });
  it('reads a vague threat as extortion once the chat has a sexual context', () => {
    const vague = (i: number) => sig('threat-to-share', i, undefined, 2);
    const asked = step(initialScorerState(), [sig('image-request', 0)], 0, undefined, 'balanced');
    expect(step(asked.state, [vague(4)], 4, undefined, 'balanced').warning?.level).toBe('urgent');
    // Not after a generic photo request ("send a pic of the form"), nor a vaguer hint.
    const generic = step(initialScorerState(), [sig('image-request', 0, undefined, 1)], 0, undefined, 'balanced');
    expect(step(generic.state, [vague(4)], 4, undefined, 'balanced').warning?.level).not.toBe('urgent');
    expect(step(asked.state, [sig('leverage-claim', 4, undefined, 1)], 4, undefined, 'balanced').warning?.level).not.toBe('urgent');
  });
  it('a generic image request adds to a warning but makes no caution with one mild signal', () => {
    const once = (signals: Signal[]) => step(initialScorerState(), signals, 0, undefined, 'balanced').warning?.level;
    const generic = sig('image-request', 0, undefined, 1);
    expect(once([generic, sig('personal-probe')])).toBeUndefined(); // a parent: "where are you? send a pic"
    expect(once([generic, sig('secrecy')])).toBe('warning');
    expect(once([sig('image-request'), sig('personal-probe')])).toBe('warning');
    expect(once([sig('platform-move'), sig('personal-probe')])).toBe('caution');
  });
  it('an intimate image request under pressure is urgent; a generic one or a laughing one is not', () => {
    const once = (signals: Signal[]) => step(initialScorerState(), signals, 0, undefined, 'balanced').warning?.level;
    expect(once([sig('image-request'), sig('coercion')])).toBe('urgent'); // "send another one in 5 min or else"
    expect(once([sig('image-request', 0, undefined, 1), sig('coercion')])).toBeUndefined(); // a teacher: "photo of the form by 6 or no trip"
    expect(once([sig('image-request'), sig('coercion', 0, undefined, 0.25)])).toBe('warning'); // laughing pressure (engine.ts)
  });
  it('two vaguely worded extortion signals add up to one', () => {
    const once = (signals: Signal[]) => step(initialScorerState(), signals, 0, undefined, 'balanced').warning?.level;
    const vagueFake = sig('fabrication-threat', 0, undefined, 2.5); // "AI can make anything from a pic these days"
    const vagueThreat = sig('threat-to-share', 0, undefined, 2.5); // "everyone u follow is gonna see it"
    expect(once([vagueFake, vagueThreat])).toBe('urgent');
    expect(once([vagueThreat])).not.toBe('urgent');
    expect(once([vagueFake, sig('threat-to-share', 0, undefined, 2)])).not.toBe('urgent');
  });
  it('an extortion signal heavy enough to warn alone is urgent, in every sensitivity that warns on it', () => {
    const veiled = sig('threat-to-share', 0, undefined, 3); // "would be a pity if ur class saw them"
    const once = (sensitivity: 'low' | 'balanced' | 'high') => step(initialScorerState(), [veiled], 0, undefined, sensitivity).warning?.level;
    expect(once('balanced')).toBe('urgent');
    expect(once('high')).toBe('urgent');
    expect(once('low')).toBe('caution');
  });
  it('a claim to hold the pictures, even a vaguely worded one, is urgent as the first message (not at low sensitivity)', () => {
    const claim = sig('leverage-claim', 0, undefined, 2); // "i have ur pics"
    const once = (sensitivity: 'low' | 'balanced' | 'high', signal = claim) => step(initialScorerState(), [signal], 0, undefined, sensitivity).warning?.level;
    expect(once('balanced')).toBe('urgent');
    expect(once('high')).toBe('urgent');
    expect(once('low')).toBeUndefined();
    expect(once('balanced', sig('leverage-claim', 0, undefined, 1))).toBeUndefined(); // "u know what i have lol"
  });
  it('secrecy plus another signal is a warning', () => {
    expect(run([['secrecy', 'platform-move']])).toEqual(['warning']);
  });
  it('reacts at once to extortion with no history', () => {
    for (const c of ['threat-to-share', 'leverage-claim', 'physical-threat', 'fabrication-threat', 'self-harm-leverage'] as const) {
      expect(run([[c]])).toEqual(['urgent']);
    }
  });
  it('a payment demand with leverage or pressure is urgent; laughing pressure or a generic request is not', () => {
    const once = (signals: Signal[]) => step(initialScorerState(), signals, 0, undefined, 'balanced').warning?.level;
    expect(once([sig('payment-demand'), sig('coercion')])).toBe('urgent');
    expect(once([sig('payment-demand'), sig('coercion', 0, undefined, 0.25)])).toBe('caution');
    expect(run([['payment-demand', 'leverage-claim']])).toEqual(['urgent']);
    expect(run([['payment-demand', 'secrecy']])).toEqual(['urgent']); // "50 on paysafe and nobody has to know"
    expect(run([['image-request'], ['payment-demand']])).toEqual(['warning', 'urgent']);
    let state = initialScorerState();
    state = step(state, [sig('image-request', 0, undefined, 1)], 0, undefined, 'balanced').state;
    expect(step(state, [sig('payment-demand', 1)], 1, undefined, 'balanced').warning?.level).toBe('warning');
  });
  it('sensitivity shifts thresholds, not signals', () => {
    expect(run([['platform-move', 'personal-probe']], 'low')).toEqual([undefined]);
    expect(run([['secrecy']], 'high')).toEqual(['caution']);
    expect(run([['image-request']], 'low')).toEqual(['caution']);
    expect(run([['threat-to-share']], 'low')).toEqual(['urgent']);
  });
  it('forgets old signals, and a new situation may warn again', () => {
    let state = initialScorerState();
    const t0 = 1_700_000_000_000;
    let r = step(state, [sig('threat-to-share', 0, t0)], 0, t0, 'balanced');
    expect(r.warning?.level).toBe('urgent');
    state = r.state;
    r = step(state, [sig('platform-move', 1, t0 + 1000)], 1, t0 + 1000, 'balanced');
    expect(r.warning).toBeUndefined();
    const later = t0 + SIGNAL_LIFETIME_MS + 60_000;
    r = step(r.state, [], 2, later, 'balanced');
    expect(r.state.signals).toHaveLength(0);
    r = step(r.state, [sig('threat-to-share', 3, later + 1)], 3, later + 1, 'balanced');
    expect(r.warning?.level).toBe('urgent');
  });
  it('adds up mild signals only within one stretch of chat', () => {
    const near = step(step(initialScorerState(), [sig('flattery', 0)], 0, undefined, 'balanced').state, [sig('meet-request', 5)], 5, undefined, 'balanced');
    expect(near.warning?.level).toBe('warning');
    const far = SIGNAL_LIFETIME_MESSAGES + 1;
    const apart = step(step(initialScorerState(), [sig('flattery', 0)], 0, undefined, 'balanced').state, [sig('meet-request', far)], far, undefined, 'balanced');
    expect(apart.warning).toBeUndefined();
    // Timestamps a minute apart do not keep a signal alive past the message window.
    const t0 = 1_700_000_000_000;
    const timed = step(step(initialScorerState(), [sig('flattery', 0, t0)], 0, t0, 'balanced').state, [sig('meet-request', far, t0 + 60_000)], far, t0 + 60_000, 'balanced');
    expect(timed.warning).toBeUndefined();
  });
  it('lets mild signals add up only when close together, and strong ones for longer', () => {
    const after = (first: Signal, second: OffenderCategory, at: number) =>
      step(step(initialScorerState(), [first], 0, undefined, 'balanced').state, [sig(second, at)], at, undefined, 'balanced');
    const pair = (first: Signal, second: OffenderCategory, at: number) => after(first, second, at).warning?.level;
    const mildGap = MILD_SIGNAL_LIFETIME_MESSAGES;
    // A friend's "don't tell your brother" and, much later, "facetime after practice?".
    expect(pair(sig('secrecy', 0), 'meet-request', mildGap)).toBe('warning');
    expect(pair(sig('secrecy', 0), 'meet-request', mildGap + 1)).toBeUndefined();
    // An intimate image request still colours what comes 20 messages later.
    expect(after(sig('image-request', 0), 'secrecy', 20).current?.categories).toEqual(['image-request', 'secrecy']);
    // A generic, low-weight image request ("send a pic of the form") is a mild signal.
    expect(pair(sig('image-request', 0, undefined, 1), 'secrecy', mildGap + 1)).toBeUndefined();
  });
});
