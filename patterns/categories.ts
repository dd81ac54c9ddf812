/** The detection contract's vocabulary (../shared/spec/detection.md), in one place. */

/** Tactics the other person ("them") uses. Stable ids: they appear in `scan` output. */
export const OFFENDER_CATEGORIES = [
  'platform-move',
  'image-request',
  'reciprocity',
  'secrecy',
  'personal-probe',
  'flattery',
  'sexualization',
  'offer',
  'meet-request',
  'leverage-claim',
  'threat-to-share',
  'payment-demand',
  'coercion',
  'physical-threat',
  'self-harm-leverage',
  'fabrication-threat',
] as const;

/** What the user ("me") shares that is worth a quiet nudge in a risky chat. */
export const SELF_CATEGORY = 'self-disclosure' as const;

export const CATEGORIES = [...OFFENDER_CATEGORIES, SELF_CATEGORY] as const;

export type OffenderCategory = (typeof OFFENDER_CATEGORIES)[number];
export type Category = (typeof CATEGORIES)[number];

export const LEVELS = ['caution', 'warning', 'urgent'] as const;
export type Level = (typeof LEVELS)[number];

export const SENSITIVITIES = ['low', 'balanced', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const LANGUAGES = ['en', 'es', 'pt', 'de', 'fr', 'it', 'nl', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SENDERS = ['them', 'me'] as const;
export type Sender = (typeof SENDERS)[number];

export interface ChatMessage {
  from: Sender;
  text: string;
  /** Milliseconds since the epoch, when known. */
  ts?: number;
}

export function levelRank(level: Level | undefined): number {
  return level ? LEVELS.indexOf(level) + 1 : 0;
}
