/** The detection engine (../shared/spec/detection.md). Pure: runs in the page and in Node. */
export * from './categories';
export { analyzeMessage, createConversation, getDefaultLibrary } from './engine';
export type { Conversation, ConversationOptions, ConversationStep, MessageAnalysis, Nudge, Warning } from './engine';
export { buildLibrary, PatternDataError } from './library';
export type { PatternLibrary } from './library';
export { normalize } from './normalize';
export { detectLanguage } from './language';
