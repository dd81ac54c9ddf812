import { render } from 'preact';
import { countryFromLocale } from '../../components/help';
import { HelpLinks } from '../../components/HelpLinks';
import { PracticeChat } from '../../components/practice/PracticeChat';
import { REASONS } from '../../components/advice';
import { OFFENDER_CATEGORIES } from '../../patterns/categories';
import '../../components/warning-card.css';
import './style.css';

const country = countryFromLocale(navigator.language);
const welcome = new URLSearchParams(location.search).has('welcome');

function Page() {
  return (
    <main class="page">
      <header class="intro">
        <h1>Heads Up · Practice chat</h1>
        {welcome && <p class="welcome">Thanks for installing Heads Up. Here's what it does, in a chat that isn't real.</p>}
        <p>
          This is a pretend chat: nothing here is sent or saved. Play a scenario or type as <strong>them</strong> or as{' '}
          <strong>you</strong>, and see when Heads Up speaks up. On real chat sites it works the same way, on your device only.
        </p>
      </header>
      <PracticeChat country={country} />
      <section class="signs">
        <h2>The signs Heads Up looks for</h2>
        <ul>
          {OFFENDER_CATEGORIES.map((c) => (
            <li key={c}>
              <strong>{c.replace(/-/g, ' ')}</strong>: someone {REASONS[c]}
            </li>
          ))}
        </ul>
        <p>
          If someone threatens to share pictures of you: <strong>don't pay, stop replying, keep evidence, block and report, and tell someone you
          trust.</strong> It is not your fault.
        </p>
        <HelpLinks country={country} urgent />
      </section>
    </main>
  );
}

render(<Page />, document.getElementById('app')!);
