/**
 * One engine state per conversation. Batches of read messages come in; decisions
 * about the conversation they belong to come out. Switching chats switches state,
 * coming back restores it; a message already seen (same key, same text) is never
 * fed twice, so virtual lists that recycle rows and reloads that re-read history
 * cannot duplicate signals. An edited message (same key, new text) is read again.
 */
import { createConversation, levelRank, type Conversation, type Level, type OffenderCategory, type Sensitivity } from '../patterns';
import type { MessageBatch } from './chat-watcher';

export interface ConversationView {
  conversationId: string;
  /** The warning to show now for this conversation, if any. */
  level: Level | undefined;
  categories: OffenderCategory[];
  /** Set when the user just shared contact details in a risky conversation. */
  nudge: boolean;
}

interface Entry {
  engine: Conversation;
  seen: Map<string, string>;
  level: Level | undefined;
  categories: OffenderCategory[];
  dismissed: Level | undefined;
  nudge: boolean;
}

const MAX_CONVERSATIONS = 200;

export class ConversationHub {
  private entries = new Map<string, Entry>();

  constructor(private readonly sensitivity: Sensitivity) {}

  private entry(id: string): Entry {
    let entry = this.entries.get(id);
    if (!entry) {
      if (this.entries.size >= MAX_CONVERSATIONS) this.entries.delete(this.entries.keys().next().value!);
      entry = { engine: createConversation({ sensitivity: this.sensitivity }), seen: new Map(), level: undefined, categories: [], dismissed: undefined, nudge: false };
      this.entries.set(id, entry);
    }
    return entry;
  }

  /** Feed a batch; returns what to show for its conversation. */
  receive(batch: MessageBatch): ConversationView {
    const entry = this.entry(batch.conversationId);
    entry.nudge = false;
    for (const message of batch.messages) {
      if (entry.seen.get(message.key) === message.text) continue;
      entry.seen.set(message.key, message.text);
      const step = entry.engine.push({ from: message.from, text: message.text, ts: message.ts });
      if (step.warning && levelRank(step.warning.level) > levelRank(entry.level)) entry.level = step.warning.level;
      // The card lists the latest reasons, without alerting again.
      if (entry.level && step.current) entry.categories = step.current.categories;
      if (step.nudge) entry.nudge = true;
    }
    return this.view(batch.conversationId);
  }

  /** What to show for a conversation (for switching back to it). */
  view(conversationId: string): ConversationView {
    const entry = this.entries.get(conversationId);
    const level = entry && levelRank(entry.level) > levelRank(entry.dismissed) ? entry.level : undefined;
    return { conversationId, level, categories: level ? entry!.categories : [], nudge: entry?.nudge ?? false };
  }

  /** The person closed the card: stay quiet until something worse happens. */
  dismiss(conversationId: string): void {
    const entry = this.entries.get(conversationId);
    if (entry) entry.dismissed = entry.level;
  }
}
