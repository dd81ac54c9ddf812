/**
 * The warning card: the same component on every site (inside the shadow root of
 * <heads-up-warning>) and on the practice page. Non-blocking: it never covers the
 * chat's input, can be folded, and closes with one click or Escape.
 */
import { useState } from 'preact/hooks';
import type { Language, Level, OffenderCategory } from '../patterns/categories';
import { ADVICE } from './advice';
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
  /** The language the card speaks (the browser's, see adviceLanguage()); English by default. */
  language?: Language;
}

export function WarningCard({ level, categories, nudge, country, onDismiss, learnMoreUrl, language = 'en' }: WarningCardProps) {
  const [open, setOpen] = useState(level !== 'caution');
  const advice = ADVICE[language];
  const copy = advice.levels[level];
  const reasons = categories.slice(0, 3).map((c) => advice.reasons[c]);
  return (
    <section
      lang={language}
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
          <button type="button" class="hu-close" aria-label={advice.card.close} onClick={onDismiss}>
            ×
          </button>
        )}
      </header>
      <p class="hu-body">{copy.body}</p>
      {reasons.length > 0 && (
        <p class="hu-reasons">
          <span class="hu-muted">{advice.card.noticed}</span>
          {reasons.join('; ')}.
        </p>
      )}
      {nudge && (
        <p class="hu-nudge">
          <strong>{advice.nudge.title}: </strong>
          {advice.nudge.body}
        </p>
      )}
      <button type="button" class="hu-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? advice.card.hideSteps : advice.card.showSteps}
      </button>
      {open && (
        <div class="hu-more">
          <ol class="hu-steps">
            {advice.steps[level].map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          {level !== 'caution' && <HelpLinks country={country} urgent={level === 'urgent'} advice={advice} />}
          {learnMoreUrl && (
            <a class="hu-learn" href={learnMoreUrl} target="_blank" rel="noopener noreferrer">
              {advice.card.learn}
            </a>
          )}
        </div>
      )}
      <p class="hu-private">{advice.card.private}</p>
    </section>
  );
}
