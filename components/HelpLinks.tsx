/** Local help lines and sites, from the verified directory. */
import { helpFor, type HelpResource } from './help';

const KIND_LABEL: Record<HelpResource['kind'], string> = {
  talk: 'Talk to someone',
  report: 'Report it',
  remove: 'Get images taken down',
  crisis: 'If you feel unsafe right now',
  police: 'Police',
  info: 'Advice',
};

export function HelpLinks({ country, urgent }: { country?: string; urgent?: boolean }) {
  const resources = helpFor(country).slice(0, urgent ? 5 : 3);
  if (!resources.length) return null;
  return (
    <div class="hu-help">
      <h3 class="hu-help-title">Help{country ? ` in ${country}` : ''}</h3>
      <ul>
        {resources.map((r) => (
          <li key={r.name}>
            <span class="hu-muted">{KIND_LABEL[r.kind]}: </span>
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
                · text {r.smsBody ? `${r.smsBody} to ` : ''}
                {r.sms}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
