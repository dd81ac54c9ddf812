/**
 * Contact details in the user's own messages (self-disclosure): phone numbers and
 * e-mail addresses are shapes, not phrases, so they are found here rather than in a
 * pattern file. Linear: one pass over tokens / one bounded regular expression.
 */

/** Seven or more digits in a run of number tokens: "555 123 4567", "+48 600-100-200". */
export function hasPhoneNumber(tokens: readonly string[]): boolean {
  let digits = 0;
  for (const token of tokens) {
    if (isDigits(token)) {
      digits += token.length;
      if (digits >= 7 && digits <= 15) return true;
    } else digits = 0;
  }
  return false;
}

const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}/i;

export function hasEmailAddress(text: string): boolean {
  // Most messages hold no "@": skip the scan (the pattern tries every position).
  if (!text.includes('@')) return false;
  return EMAIL.test(text.length > 16_000 ? text.slice(0, 16_000) : text);
}

function isDigits(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return token.length > 0;
}
