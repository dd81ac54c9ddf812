/** Co mówi ostrzeżenie, po polsku: spokojnie, życzliwie, krótko, bez obwiniania. */
import type { Advice } from './types';

export const pl: Advice = {
  levels: {
    caution: {
      title: 'Chwila do namysłu',
      body: 'Kilka rzeczy w tym czacie warto przemyśleć. Nie spiesz się i udostępniaj tylko to, co uważasz za w porządku.',
    },
    warning: {
      title: 'W tym czacie są sygnały ostrzegawcze',
      body: 'Ktoś, kto prosi o zdjęcia, sekrety albo przejście do innej aplikacji, może próbować wywierać na ciebie presję. Nie masz kłopotów i nie musisz nikomu odpowiadać.',
    },
    urgent: {
      title: 'To wygląda na szantaż. Nie masz kłopotów.',
      body: 'Jeśli ktoś grozi, że udostępni zdjęcia, albo żąda pieniędzy, to nie twoja wina i da się to zatrzymać. Wiele osób przez to przechodzi i dostaje pomoc.',
    },
  },
  steps: {
    caution: ['Nie musisz przechodzić do innej aplikacji ani mówić, gdzie jesteś.', 'Porozmawiaj z kimś zaufanym, jeśli coś ci nie pasuje.'],
    warning: [
      'Nie wysyłaj zdjęć i nie włączaj kamery, jeśli masz wątpliwości.',
      'W każdej chwili możesz przestać odpowiadać.',
      'Zablokuj i zgłoś konto, jeśli dalej naciska.',
      'Powiedz komuś zaufanemu: przyjacielowi, rodzicowi albo nauczycielowi.',
    ],
    urgent: [
      'Nie płać i nie wysyłaj nic więcej: rzadko się na tym kończy.',
      'Przestań odpowiadać, ale zachowaj czat: zrób zrzuty ekranu z nazwą i linkiem.',
      'Zablokuj i zgłoś konto na tej stronie.',
      'Jeszcze dziś powiedz o tym zaufanemu dorosłemu. Możesz też skontaktować się z jednym z telefonów zaufania poniżej.',
    ],
  },
  // Noun phrases: Polish past tense would have to guess the other person's gender.
  reasons: {
    'platform-move': 'prośba o przejście do innej aplikacji lub na wideorozmowę',
    'image-request': 'prośba o zdjęcia, filmy lub włączenie kamery',
    reciprocity: 'propozycja wymiany zdjęć',
    secrecy: 'prośba o zachowanie tajemnicy',
    'personal-probe': 'osobiste pytania (wiek, szkoła, gdzie jesteś)',
    flattery: 'dużo przesadnych komplementów',
    sexualization: 'pytania lub uwagi o charakterze seksualnym',
    offer: 'oferta pieniędzy, prezentów lub pracy',
    'meet-request': 'prośba o spotkanie na żywo',
    'leverage-claim': 'twierdzenie, że ma zdjęcia, nagrania lub twoje konto',
    'threat-to-share': 'groźba udostępnienia zdjęć lub czatów',
    'payment-demand': 'żądanie pieniędzy, kart podarunkowych lub kryptowalut',
    coercion: 'naciski lub wyznaczanie terminów',
    'physical-threat': 'groźby wobec ciebie lub twojej rodziny',
    'self-harm-leverage': 'groźba zrobienia sobie krzywdy, jeśli nie posłuchasz',
    'fabrication-threat': 'groźba zrobienia fałszywych zdjęć ciebie',
  },
  nudge: {
    title: 'Szybkie sprawdzenie',
    body: 'Właśnie podajesz, jak się z tobą skontaktować lub gdzie jesteś, w czacie z sygnałami ostrzegawczymi. Nic się nie stało: możesz na tym poprzestać.',
  },
  card: {
    close: 'Zamknij to ostrzeżenie',
    noticed: 'Co zauważyliśmy: ',
    showSteps: 'Co mogę zrobić?',
    hideSteps: 'Ukryj wskazówki',
    learn: 'Poznaj sygnały w czacie treningowym',
    private: 'Widzisz to tylko ty. Heads Up czyta ten czat na twoim urządzeniu i niczego nigdzie nie wysyła.',
  },
  help: {
    title: 'Pomoc',
    titleIn: (country) => `Pomoc (${country})`,
    kinds: {
      talk: 'Porozmawiaj z kimś',
      report: 'Zgłoś to',
      remove: 'Usuwanie zdjęć',
      crisis: 'Jeśli teraz nie czujesz się bezpiecznie',
      police: 'Policja',
      info: 'Porady',
    },
    text: (number, body) => (body ? `SMS o treści ${body} na numer ${number}` : `SMS na numer ${number}`),
  },
};
