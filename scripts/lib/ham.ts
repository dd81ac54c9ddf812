/** The SMS Spam Collection's ordinary messages, for measuring false alarms on real text. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createConversation, type Category } from '../../patterns';

export const SMS_CORPUS = resolve(import.meta.dirname, '../../../shared/data/corpora/sms-spam-collection.tsv');

export function hamMessages(file = SMS_CORPUS): string[] {
  if (!existsSync(file)) throw new Error(`${file} is missing: clone ../shared beside this repository`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.startsWith('ham\t'))
    .map((line) => line.slice(4));
}

export interface HamResult {
  total: number;
  warned: { text: string; level: string }[];
  withSignal: { text: string; categories: Category[]; level?: string }[];
}

export function scoreHam(messages: string[]): HamResult {
  const result: HamResult = { total: messages.length, warned: [], withSignal: [] };
  for (const text of messages) {
    const step = createConversation().push({ from: 'them', text });
    const categories = step.categories; // the first message of a chat: what it says on its own
    if (step.warning) result.warned.push({ text, level: step.warning.level });
    if (categories.length) result.withSignal.push({ text, categories, level: step.warning?.level });
  }
  return result;
}

export interface ChatsResult {
  size: number;
  chats: number;
  /** Chats that showed any warning, and one at `warning` or above. */
  anyWarning: number;
  warningOrAbove: number;
}

/**
 * Real messages strung into long chats of `size` messages (two of every three from
 * "them"): what a long ordinary conversation adds up to, as the extension would see it.
 */
export function scoreHamChats(messages: string[], size: number): ChatsResult {
  const result: ChatsResult = { size, chats: 0, anyWarning: 0, warningOrAbove: 0 };
  for (let start = 0; start + size <= messages.length; start += size) {
    const chat = createConversation();
    let top: string | undefined;
    for (let i = start; i < start + size; i++) {
      const step = chat.push({ from: i % 3 ? 'them' : 'me', text: messages[i]! });
      if (step.warning && top !== 'warning' && top !== 'urgent') top = step.warning.level;
    }
    result.chats++;
    if (top) result.anyWarning++;
    if (top === 'warning' || top === 'urgent') result.warningOrAbove++;
  }
  return result;
}
