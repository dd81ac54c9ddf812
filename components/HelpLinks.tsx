/** Local help lines and sites, from the verified directory. */
import { ADVICE, type Advice } from './advice';
import { helpFor } from './help';

export function HelpLinks({ country, urgent, advice = ADVICE.en }: { country?: string; urgent?: boolean; advice?: Advice }) {
  const resources = helpFor(country).slice(0, urgent ? 5 : 3);
  if (!resources.length) return null;
  return (
    <div class="hu-help">
      <h3 class="hu-help-title">{country ? advice.help.titleIn(country) : advice.help.title}</h3>
      <ul>
        {resources.map((r) => (
          <li key={r.name}>
            <span class="hu-muted">{advice.help.kinds[r.kind]}: </span>
            {r.url ? (
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                {r.name}
              </a>
            ) : (
              r.name
            )}
            {r.phone && (
              <>
                {' '}
                · <a href={`tel:${r.phone.replace(/[^+\d]/g, '')}`}>{r.phone}</a>
              </>
            )}
            {r.sms && (
              <>
                {' '}
                · {advice.help.text(r.sms, r.smsBody)}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
