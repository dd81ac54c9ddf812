/**
 * The practice chat: a safe, pretend conversation where anyone can type as "them" or
 * "me", or play a scripted scenario, and watch Heads Up react, using the very same
 * engine and card as on real sites. Nothing typed here leaves the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createConversation, levelRank, type Category, type ChatMessage, type Level, type OffenderCategory, type Sensitivity } from '../../patterns';
import { REASONS } from '../advice';
import { WarningCard } from '../WarningCard';
import { SCENARIOS } from './scenarios';

interface Line extends ChatMessage {
  categories: Category[];
}

interface Shown {
  level: Level;
  categories: OffenderCategory[];
  nudge: boolean;
}

const PLAY_DELAY_MS = 900;

export function PracticeChat({ country, learnMoreUrl }: { country?: string; learnMoreUrl?: string }) {
  const [sensitivity, setSensitivity] = useState<Sensitivity>('balanced');
  const [lines, setLines] = useState<Line[]>([]);
  const [shown, setShown] = useState<Shown | undefined>();
  const [from, setFrom] = useState<ChatMessage['from']>('them');
  const [draft, setDraft] = useState('');
  const [playing, setPlaying] = useState<string | undefined>();
  // A ref, not state: scenario timers must always push into the current conversation.
  const conversation = useRef(createConversation({ sensitivity }));
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const log = useRef<HTMLOListElement>(null);

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    log.current?.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
  }, [lines.length]);

  const send = (message: ChatMessage) => {
    const step = conversation.current.push(message);
    setLines((l) => [...l, { ...message, categories: step.categories }]);
    const { warning, current } = step;
    setShown((s) => {
      if (warning && levelRank(warning.level) > levelRank(s?.level)) return { level: warning.level, categories: warning.categories, nudge: false };
      // A card already shown lists the latest reasons, without alerting again.
      return s && current ? { ...s, categories: current.categories } : s;
    });
    if (step.nudge) setShown((s) => s && { ...s, nudge: true });
  };

  const reset = (level: Sensitivity = sensitivity) => {
    clearTimeout(timer.current);
    conversation.current = createConversation({ sensitivity: level });
    setPlaying(undefined);
    setLines([]);
    setShown(undefined);
  };

  const play = (id: string) => {
    reset();
    const scenario = SCENARIOS.find((s) => s.id === id)!;
    setPlaying(id);
    let i = 0;
    const next = () => {
      const message = scenario.messages[i++];
      if (!message) return setPlaying(undefined);
      send(message);
      timer.current = setTimeout(next, PLAY_DELAY_MS);
    };
    // Start after the reset has rendered, with a fresh conversation.
    timer.current = setTimeout(next, 50);
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text) return;
    send({ from, text });
    setDraft('');
  };

  return (
    <div class="practice" data-playing={playing}>
      <div class="practice-controls" role="group" aria-label="Practice scenarios">
        {SCENARIOS.map((s) => (
          <button type="button" key={s.id} class="scenario" data-scenario={s.id} disabled={!!playing} onClick={() => play(s.id)} title={s.summary}>
            ▶ {s.title}
          </button>
        ))}
        <button type="button" class="scenario secondary" onClick={() => reset()}>
          Start over
        </button>
        <label class="sensitivity">
          Sensitivity{' '}
          <select value={sensitivity} onChange={(e) => {
              const level = (e.target as HTMLSelectElement).value as Sensitivity;
              setSensitivity(level);
              reset(level);
            }}>
            <option value="low">Low</option>
            <option value="balanced">Balanced</option>
            <option value="high">High</option>
          </select>
        </label>
      </div>

      <div class="practice-stage">
        <section class="chat" aria-label="Practice chat">
          <ol class="chat-log" role="log" aria-live="polite" ref={log}>
            {lines.length === 0 && <li class="chat-empty">Play a scenario above, or type a message as them or as you.</li>}
            {lines.map((line, i) => (
              <li key={i} class={`bubble ${line.from}`} data-from={line.from}>
                <span class="bubble-text">{line.text}</span>
                {line.categories.length > 0 && (
                  <span class="bubble-signals">
                    {line.categories.map((c) => (
                      <span class="chip" key={c} title={c === 'self-disclosure' ? 'you shared contact or location details' : REASONS[c as OffenderCategory]}>
                        {c}
                      </span>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ol>
          <form class="composer" onSubmit={submit}>
            <div class="who" role="radiogroup" aria-label="Send as">
              {(['them', 'me'] as const).map((who) => (
                <label key={who} class={from === who ? 'on' : ''}>
                  <input type="radio" name="from" value={who} checked={from === who} onChange={() => setFrom(who)} />
                  {who === 'them' ? 'Them' : 'Me'}
                </label>
              ))}
            </div>
            <input class="draft" aria-label="Message" placeholder={from === 'them' ? 'Type what the other person says…' : 'Type your reply…'} value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
            <button type="submit" class="send">
              Send
            </button>
          </form>
        </section>
        <aside class="practice-warning" aria-label="What Heads Up shows">
          {shown ? (
            <heads-up-warning data-level={shown.level}>
              <WarningCard level={shown.level} categories={shown.categories} nudge={shown.nudge} country={country} learnMoreUrl={learnMoreUrl} onDismiss={() => setShown(undefined)} />
            </heads-up-warning>
          ) : (
            <p class="quiet">Nothing to flag. Heads Up stays quiet unless a chat really looks risky.</p>
          )}
        </aside>
      </div>
    </div>
  );
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'heads-up-warning': { 'data-level'?: string; children?: preact.ComponentChildren };
    }
  }
}
