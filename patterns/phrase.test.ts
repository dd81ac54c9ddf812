import { describe, expect, it } from 'vitest';
import { compilePhrase, matchesAnywhere, PhraseError } from './phrase';

const lexicon = { app: ['snap', 'kik', 'cash_app'], pic: ['pic*', 'photo*'] };
const match = (phrase: string, text: string) => matchesAnywhere(compilePhrase(phrase, lexicon), text.split(' '));

describe('the phrase language', () => {
  it('matches words, alternatives, prefixes and macros', () => {
    expect(match('add|hmu me on @app', 'pls add me on kik')).toBe(true);
    expect(match('add|hmu me on @app', 'add me on insta')).toBe(false);
    expect(match('send [me] @pic', 'send pictures now')).toBe(true);
    expect(match('send [me] @pic', 'send me photos')).toBe(true);
    expect(match('pay with @app', 'pay with cash app')).toBe(true);
  });
  it('skips up to N tokens in a gap, and no more', () => {
    expect(match('send ..2 pic*', 'send me a pic')).toBe(true);
    expect(match('send ..2 pic*', 'send me a nice pic')).toBe(false);
  });
  it('matches numbers with #', () => {
    expect(match('pay #', 'pay 300 now')).toBe(true);
    expect(match('pay #', 'pay 5k')).toBe(true);
    expect(match('pay #', 'pay me')).toBe(false);
  });
  it('rejects malformed phrases with a clear error', () => {
    expect(() => compilePhrase('[maybe] send', lexicon)).toThrow(PhraseError);
    expect(() => compilePhrase('.. send', lexicon)).toThrow(/must start/);
    expect(() => compilePhrase('send ..', lexicon)).toThrow(/must not end/);
    expect(() => compilePhrase('send ..9 pic', lexicon)).toThrow(/gap/);
    expect(() => compilePhrase('send @nope', lexicon)).toThrow(/unknown lexicon entry @nope/);
    expect(() => compilePhrase('Send', lexicon)).toThrow(/lowercase/);
  });
  it('stays linear on adversarial input: many gaps over a long message', () => {
    const phrase = compilePhrase('a ..6 a ..6 a ..6 a ..6 b', lexicon);
    const tokens = Array.from({ length: 100_000 }, () => 'a');
    const start = performance.now();
    expect(matchesAnywhere(phrase, tokens)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
