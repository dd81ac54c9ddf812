import type { Level, OffenderCategory } from '../../patterns/categories';
import type { HelpResource } from '../help';

/** Everything the warning card says, in one language. Reviewed (and translated) as a whole. */
export interface Advice {
  levels: Record<Level, { title: string; body: string }>;
  /** What to do, per level. */
  steps: Record<Level, string[]>;
  /** Why the card appeared, in plain words (the signals, never the message text). */
  reasons: Record<OffenderCategory, string>;
  nudge: { title: string; body: string };
  card: { close: string; noticed: string; showSteps: string; hideSteps: string; learn: string; private: string };
  help: {
    title: string;
    titleIn: (country: string) => string;
    kinds: Record<HelpResource['kind'], string>;
    /** "text HOME to 85258". */
    text: (number: string, body?: string) => string;
  };
}
