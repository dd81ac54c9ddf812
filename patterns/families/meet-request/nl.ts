import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'lets-meet',
    phrases: [
      'zullen|kunnen|kan|gaan|moeten we|wij ..3 [een_keer|eens|keer|ff|even|snel] afspreken|afspreke|ontmoeten|meeten|daten|elkaar_zien|elkaar_ontmoeten|elkaar_spreken',
      'wil|wilt|zou je|jij|ge ..3 afspreken|afspreke|ontmoeten|meeten|daten|langskomen|langs_komen|me_ontmoeten|mij_ontmoeten',
      'in het echt ..3 zien|ontmoeten|afspreken|meeten',
      'irl ..2 zien|ontmoeten|afspreken|meeten',
      'wanneer ..3 afspreken|ontmoeten|elkaar_zien|meeten|in_het_echt',
      'ik wil|wil_je|wil_ik ..3 je|jou ..2 in het echt ..1 zien|ontmoeten',
      'laten|laat we ..3 afspreken|ontmoeten|meeten',
      'ik wil ..3 je|jou ..2 ontmoeten|in_het_echt_zien|irl_zien|echt_zien',
    ],
    weight: 1.5,
    unless: ['leren', 'toets', 'huiswerk', 'studeren', 'groep*', 'project*', 'werkstuk*', 'training', 'wedstrijd', 'oefenen', 'teams', 'zoom', 'meeting', 'iedereen', 'allemaal', 'met_z_n_allen', 'ouderavond', 'mentor*', 'docent*', 'lisa', 'bioscoop', 'film'],
    examples: {
      match: ['zullen we een keer afspreken?', 'wil je afspreken', 'ik wil je in het echt zien', 'wanneer kunnen we afspreken', 'laten we ergens afspreken'],
      ignore: ['zullen we afspreken voor het project?', 'ik heb vandaag afgesproken met sanne', 'zullen we morgen naar de film'],
    },
  },
  {
    id: 'pick-you-up-come-over',
    phrases: [
      'ik kan|kom|wil|zal|haal ..2 je|jou ..4 ophalen|oppikken|halen|op',
      'spreek|spreken|spreekt je|jij|we ..1 af ..2 met me|mij',
      'ik kom ..3 naar je|jou ..1 toe',
      'kom|komt ..3 [een_keer|eens|maar] naar|bij mij|me|mijn ..1 [huis|thuis|appartement|auto]',
      'wil|wilt je|jij ..3 bij|naar mij ..2 thuis|komen|slapen|logeren',
      'stap|stapt ..2 bij_mij|in_mijn ..1 auto',
      'gaan|gaat we|wij ..2 naar|bij mij|mijn ..1 huis|thuis|appartement|kamer|auto',
      'ik ..2 betaal ..2 je|jouw ..1 trein|treinkaartje|reis|taxi|uber|bus',
      'ik kan ..2 een|je ..1 taxi|uber|treinkaartje ..2 regelen|betalen|sturen',
      'hotel|hotelkamer ..3 jij|samen|wij|jou',
    ],
    unless: ['kom_je_anders|haal_je_anders|anders_kom_ik|anders_haal_ik|thuis_zijn_anders', 'voetbal', 'hockey', 'zwemmen', 'dansles', 'les', 'sport', 'turnen', 'training', 'school', 'wedstrijd', 'oma', 'opa', 'mama', 'papa', 'fiets', 'marktplaats', 'pakket', 'boodschappen', 'eten', 'verjaardag', 'feest', 'werk'],
    examples: {
      match: ['dan gaan we naar mijn huis', 'ik kan je ophalen', 'ik kom naar je toe', 'kom naar mijn huis', 'wil je bij mij slapen', 'ik betaal je treinkaartje'],
      ignore: ['ik kan je ophalen van training', 'kan ik de fiets morgen ophalen', 'ik kom naar je toe voor het feest', 'om 12 uur thuis zijn, ik kom je anders halen', 'anders kom ik je zelf ophalen bij Joep'],
    },
  },
] satisfies PatternEntry[];
