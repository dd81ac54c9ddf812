import { describe, expect, it } from 'vitest';
import { packInts, unpackInts } from './packed-ints';

describe('packed integer lists', () => {
  it('round-trips any mix of small, large, negative and repeated numbers', () => {
    const lists = [[], [0], [-1], [5, 5, 5], [0, 1, 2, 3, 1000, 999, -6, 70_000, 0x3fffffff, -0x3fffffff, 0], Array.from({ length: 5000 }, (_, i) => (i * 7919) % 4001)];
    for (const list of lists) expect([...unpackInts(packInts(list))]).toEqual(list);
  });

  it('keeps climbing lists short: one character for a small step', () => {
    expect(packInts([1, 2, 3, 4, 5])).toHaveLength(5);
  });

  it('says what is wrong with a string that is not a packed list', () => {
    expect(() => unpackInts('AB*C')).toThrow(/not a packed list/);
    expect(() => unpackInts('g')).toThrow(/ends inside a number/);
    expect(() => packInts([1.5])).toThrow(RangeError);
  });
});
