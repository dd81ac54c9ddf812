/** Running the engine over one conversation the way the extension would see it arrive. */
import { createConversation, type Category, type Level, type Sensitivity } from '../../patterns';
import type { ScanConversation } from './corpus';

export interface ScanResult {
  id: string;
  messages: { i: number; categories: Category[] }[];
  warnings: { at: number; level: Level; categories: Category[] }[];
}

export function scanConversation(conversation: ScanConversation, sensitivity: Sensitivity): ScanResult {
  const chat = createConversation({ sensitivity });
  const result: ScanResult = { id: conversation.id, messages: [], warnings: [] };
  for (const message of conversation.messages) {
    const step = chat.push({ from: message.from, text: message.text, ts: message.ts });
    result.messages.push({ i: step.index, categories: step.categories });
    if (step.warning) result.warnings.push({ at: step.index, level: step.warning.level, categories: step.warning.categories });
  }
  return result;
}
