/**
 * The warning card: the same component on every site (inside the shadow root of
 * <heads-up-warning>) and on the practice page. Non-blocking: it never covers the
 * chat's input, can be folded, and closes with one click or Escape.
 */
import { useState } from 'preact/hooks';
import type { Level, OffenderCategory } from '../patterns/categories';
import { LEVEL_COPY, NUDGE_COPY, REASONS, STEPS } from './advice';
import { HelpLinks } from './HelpLinks';

export interface WarningCardProps {
  level: Level;
  categories: readonly OffenderCategory[];
  /** Show the "you just shared contact details" line too. */
  nudge?: boolean;
  /** Country for local help (ISO 3166-1 alpha-2), if known. */
  country?: string;
  onDismiss?: () => void;
  /** Link to the practice page ("learn the signs"), when the card can open it. */
  learnMoreUrl?: string;
}

export function WarningCard({ level, categories, nudge, country, onDismiss, learnMoreUrl }: WarningCardProps) {
  const [open, setOpen] = useState(level !== 'caution');
  const copy = LEVEL_COPY[level];
  const reasons = categories.slice(0, 3).map((c) => REASONS[c]);
  return (
    <section
      class={`hu-card hu-${level}`}
      role={level === 'urgent' ? 'alert' : 'status'}
      aria-live={level === 'urgent' ? 'assertive' : 'polite'}
      aria-labelledby="hu-title"
      data-level={level}
      onKeyDown={(e) => e.key === 'Escape' && onDismiss?.()}
    >
      <header class="hu-head">
        <span class="hu-badge" aria-hidden="true">
          {level === 'urgent' ? '!' : 'i'}
        </span>
        <h2 id="hu-title" class="hu-title">
          {copy.title}
        </h2>
        {onDismiss && (
          <button type="button" class="hu-close" aria-label="Close this heads-up" onClick={onDismiss}>
            ×
          </button>
        )}
      </header>
      <p class="hu-body">{copy.body}</p>
      {reasons.length > 0 && (
        <p class="hu-reasons">
          <span class="hu-muted">What we noticed: </span>
          {reasons.join('; ')}.
        </p>
      )}
      {nudge && (
        <p class="hu-nudge">
          <strong>{NUDGE_COPY.title}: </strong>
          {NUDGE_COPY.body}
        </p>
      )}
      <button type="button" class="hu-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide what to do' : 'What can I do?'}
      </button>
      {open && (
        <div class="hu-more">
          <ol class="hu-steps">
            {STEPS[level].map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          {level !== 'caution' && <HelpLinks country={country} urgent={level === 'urgent'} />}
          {learnMoreUrl && (
            <a class="hu-learn" href={learnMoreUrl} target="_blank" rel="noopener noreferrer">
              Learn the signs in a practice chat
            </a>
          )}
        </div>
      )}
      <p class="hu-private">Only you see this. Heads Up reads this chat on your device and sends nothing anywhere.</p>
    </section>
  );
}
