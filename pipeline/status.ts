/** What the content script tells the popup about the tab it runs in (no message text, ever). */
export interface TabStatus {
  adapter: string;
  site: string;
  /** "searching": no chat found on this page (yet); "watching": reading a chat. */
  state: 'searching' | 'watching' | 'off';
  messagesRead: number;
}

export const STATUS_REQUEST = 'heads-up:status';
