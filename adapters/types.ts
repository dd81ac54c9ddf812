/**
 * What a site adapter knows about one chat site, and nothing more: where the messages
 * are, how to read one, who sent it, which conversation it belongs to. Adapters never
 * call the engine or touch the UI; the pipeline (pipeline/) does that, one way:
 * page -> adapter -> message stream -> engine -> warning decision -> UI.
 */
import type { Sender } from '../patterns/categories';

export interface ReadMessage {
  /** Stable for this message across re-renders (a site id, else derived from content). */
  key: string;
  text: string;
  from: Sender;
  ts?: number;
}

export interface SiteAdapter {
  /** Short id, used in logs, the popup and tests ("discord"). */
  id: string;
  /** Human name ("Discord"). */
  name: string;
  /** Host names this adapter serves (exact, lowercase). */
  hosts: string[];
  /** Is this URL a page of the site where chats are shown? (Other pages: nothing runs.) */
  isChatPage(url: URL): boolean;
  /**
   * The narrowest element that holds the visible messages of the open conversation,
   * or null while there is none. Cheap: a few querySelector calls.
   */
  findContainer(doc: Document): Element | null;
  /**
   * CSS selector of one message element inside the container. Declarative so the
   * pipeline can map a mutation to its message with `closest()` instead of rescanning.
   */
  message: string;
  /** Read one message element; null for system lines, date separators, empty bubbles. */
  readMessage(el: Element, container: Element): ReadMessage | null;
  /** Which conversation is open (stable id from the URL or header); null if unknown. */
  conversationId(url: URL, doc: Document, container: Element): string | null;
  /** Search the page's frames too (Zoom's web client renders its meeting in an iframe). */
  allFrames?: boolean;
}

/** Text of an element without layout work: textContent, whitespace folded. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Text of `root` without the parts matching `skip` (times, reply previews, reactions),
 * emoji images read as their alt text. A walk over text nodes: no layout, no cloning.
 */
export function textWithout(root: Element, skip?: string): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child instanceof Element && !(skip && child.matches(skip))) {
        if (child.tagName === 'IMG') out += child.getAttribute('alt') ?? '';
        else walk(child);
      }
    }
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim();
}

/** A key for messages whose site gives no id: same sender and text means same message. */
export function contentKey(from: Sender, text: string, extra = ''): string {
  let h = 2166136261;
  const s = `${from}\u0000${extra}\u0000${text}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return `c${(h >>> 0).toString(36)}`;
}
