/**
 * Debian's fortune-cookie collections (quotes, jokes, anecdotes) as a second body of real,
 * ordinary text in six of our languages, for measuring false alarms beyond English SMS.
 * Read from the installed packages (`apt-get install fortunes fortunes-de fortunes-es
 * fortunes-it fortunes-pl fortunes-br`); nothing of them is copied into this repository.
 * Offensive sections are left out.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Language } from '../../patterns';

const PACKAGES: [Language, string][] = [
  ['en', 'fortunes'],
  ['de', 'fortunes-de'],
  ['es', 'fortunes-es'],
  ['it', 'fortunes-it'],
  ['pl', 'fortunes-pl'],
  ['pt', 'fortunes-br'],
];

/** Fortunes longer than a long chat message are left out. */
const MAX_CHARS = 600;

/** A file's text: UTF-8 when it is, else the package's old 8-bit encoding. */
function decode(bytes: Buffer, lang: Language): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(lang === 'pl' ? 'iso-8859-2' : 'latin1').decode(bytes);
  }
}

/** The installed collections by language (empty when no package is installed). */
export function fortunesByLanguage(): Map<Language, string[]> {
  const out = new Map<Language, string[]>();
  for (const [lang, pkg] of PACKAGES) {
    const list = `/var/lib/dpkg/info/${pkg}.list`;
    if (!existsSync(list)) continue;
    const files = readFileSync(list, 'utf8')
      .split('\n')
      .filter((f) => f.startsWith('/usr/share/games/fortunes/') && !/\.(dat|u8)$/.test(f) && !/\/off\//.test(f))
      .filter((f) => existsSync(f) && statSync(f).isFile());
    // A Set: some packages install the same collection under two names.
    const texts = new Set<string>();
    for (const file of files) {
      for (const chunk of decode(readFileSync(file), lang).split(/\r?\n%\r?\n/)) {
        const text = chunk.trim();
        if (text && text.length <= MAX_CHARS) texts.add(text);
      }
    }
    out.set(lang, [...texts]);
  }
  return out;
}
