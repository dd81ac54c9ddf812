/**
 * Integer lists as short strings, for the library snapshot (snapshot.ts): each number is
 * stored as its difference from the one before (the snapshot's lists mostly climb in small
 * steps), zigzagged so small negatives stay small, in 5-bit groups, one URL-safe base64
 * character per group with a flag for "more follows". A chat tab decodes the whole snapshot in
 * one quick loop instead of parsing megabytes of JSON numbers.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

const MORE = 32;

export function packInts(values: ArrayLike<number>): string {
  let out = '';
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isSafeInteger(value) || Math.abs(value) > 0x3fffffff) throw new RangeError(`cannot pack ${value}`);
    const delta = value - previous;
    previous = value;
    let zigzag = delta >= 0 ? delta * 2 : -delta * 2 - 1;
    while (zigzag >= MORE) {
      out += DIGITS[MORE | (zigzag & 31)];
      zigzag = Math.floor(zigzag / 32);
    }
    out += DIGITS[zigzag];
  }
  return out;
}

export function unpackInts(packed: string): Int32Array {
  let count = 0;
  for (let i = 0; i < packed.length; i++) if (!(VALUE[packed.charCodeAt(i)]! & MORE)) count++;
  const out = new Int32Array(count);
  let previous = 0;
  let n = 0;
  let zigzag = 0;
  let shift = 1;
  for (let i = 0; i < packed.length; i++) {
    const digit = VALUE[packed.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new SyntaxError(`not a packed list: "${packed[i]}" at ${i}`);
    zigzag += (digit & 31) * shift;
    if (digit & MORE) {
      shift *= 32;
      continue;
    }
    previous += zigzag % 2 ? -(zigzag + 1) / 2 : zigzag / 2;
    out[n++] = previous;
    zigzag = 0;
    shift = 1;
  }
  if (shift !== 1) throw new SyntaxError('not a packed list: it ends inside a number');
  return out;
}
