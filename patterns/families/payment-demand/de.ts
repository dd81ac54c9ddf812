import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'pay-amount',
    phrases: [
      'zahl|zahle|zahlst|zahlen|bezahl|bezahle|bezahlst|bezahlen|uberweis|ueberweis|uberweise|ueberweise|uberweist|ueberweist|uberweisen|ueberweisen|schick|schicke|schickst|sende|gib|gibst|gebt ..4 # @currency|eur|euros',
      'zahl|zahle|zahlst|zahlen|bezahl|bezahle|bezahlst|bezahlen|uberweis|ueberweis|uberweise|ueberweise|uberweist|ueberweist|uberweisen|ueberweisen|schick|schicke|schickst|sende|gib|gibst ..4 @money|kohle',
      'nicht|kein|keine ..2 # @currency|euro ..2 zahlst|bezahlst|uberweist|ueberweist|schickst|sendest|gibst|zahlen|bezahlen|uberweisen|ueberweisen|schicken',
      'uberweis|ueberweis|uberweise|ueberweise|zahl|zahle|bezahl|bezahle ..3 # ..2 oder|sonst|bis|dann|und_ich',
      'musst|sollst|wirst ..3 # @currency ..2 zahlen|bezahlen|uberweisen|ueberweisen|schicken|senden|geben',
      'ich will|verlange|fordere ..2 @money|bezahlung',
      'bezahl|bezahle mich',
      'du musst|wirst|sollst ..2 zahlen|bezahlen|blechen|uberweisen|ueberweisen',
      'zahl|zahle|bezahl|bezahle|uberweis|ueberweis ..2 oder|sonst|jetzt|endlich|sofort|schnell',
      'du zahlst|bezahlst|uberweist|ueberweist|schickst|gibst ..4 # @currency|@money',
      'ich will|brauche|kriege|krieg|bekomme|verlange|fordere ..3 # @currency|@money',
      '# @currency|euro|eur ..3 oder|sonst|bis|und_ich|und_alles|dann_losch*|dann_loesch*',
      '# @currency ..2 und ich ..3 lass|losch*|loesch*|hor*|hoer*|verschwinde|gebe_ruhe',
      'zahlst|bezahlst|uberweist|ueberweist mir ..2 # ..2 oder|sonst|bis|und',
      'ich brauche|will|brauch ..2 das|dein @money ..3 bis|sofort|jetzt|heute|morgen',
    ],
    unless: [
      'zuruckzahlen|zurueckzahlen|zuruckgeben|zurueckgeben|schuldest|schulde|geliehen|ausgelegt|wechselgeld|taschengeld|zuruck|zurueck|leihen|konzert*|festival|geburtstag|weihnachten',
      'klassenfahrt|klassenkasse|ausflug|beitrag|mitgliedsbeitrag|rechnung|miete|kino|pizza|tickets|ticket|eintritt|fahrrad|versand|porto|kleinanzeigen|vinted|ebay|artikel|geschenk|trikot*|bestellung|lieferung|abo',
      'ich schick*|sende|zahl*|bezahl*|uberweis*|ueberweis*|geb|gebe dir|ihnen',
    ],
    examples: {
      match: ['zahl 300€ per paysafe', 'wenn du nicht 200 euro überweist', 'überweis mir 500 oder ich poste das überall', 'send 200€ oder ich leake sie', 'schick das geld per paypal an diese adresse', '100€ und ich lass es', 'Zahlen Sie 1000 Euro in Bitcoin', 'ich will 500 euro'],
      ignore: ['kannst du mir die 20 euro von gestern zurückzahlen?', 'bitte überweist bis Freitag 45 Euro für die Klassenfahrt', 'ich schick dir 10 euro für die pizza'],
    },
  },
  {
    id: 'pay-with-card-or-app',
    phrases: [
      'schick|schicke|schickst|send|sende|gib|kauf|kaufe|kaufst|hol|besorg|besorge|zahl|zahle|bezahl|bezahle|uberweis|ueberweis|lad|lade ..5 @payment',
      '@payment ..2 code|codes|karte|karten|pin|nummer ..3 schicken|senden|her|schick|send|jetzt|sofort|bitte',
      'in|per|mit|als|uber|ueber @payment ..2 zahlen|bezahlen|schicken|senden|uberweisen|ueberweisen|ist_ok|geht_auch',
      '# [@currency] in|per|mit|als|uber|ueber @payment',
      'kauf|kaufe|kaufst|hol|besorg ..3 karte|karten|gutschein*|guthaben ..4 code|codes|nummer|pin',
    ],
    unless: [
      'rabatt|angebot|sale|shop|newsletter|abo|lieferung|bestellen|bestellung|versandkostenfrei|warenkorb',
      'zuruckzahlen|zurueckzahlen|schuldest|schulde|geliehen|ausgelegt|geburtstag|weihnachten|konzert*|festival|klassenfahrt|klassenkasse|fahrrad|versand|porto|kleinanzeigen|vinted|ebay|artikel|bestellung|shop|rechnung',
      'ich schick*|sende|zahl*|bezahl*|uberweis*|ueberweis*|geb|gebe|kauf* dir|ihnen',
      'ich dir|ihnen',
      'kann_ich|soll_ich|darf_ich|kannst_du_auch',
      'ich kauf*|hol*|lad* mir|mich',
      'mit|von meinen|meinem|meiner',
    ],
    examples: {
      match: ['schick 50€ paysafecard code', 'Bezahl 250 Euro mit Google Play Karten', 'dann halt 150 in amazon gutscheinen', 'kauf eine steam karte und schick mir den code', 'paysafe code her'],
      ignore: ['kann ich dir per paypal bezahlen für das fahrrad?', 'ich schick dir per paypal', 'ich hab mir eine steam karte gekauft'],
    },
  },
  {
    id: 'time-to-pay',
    phrases: ['um ..1 zu zahlen|bezahlen|uberweisen|ueberweisen'],
    unless: ['klassenfahrt|klassenkasse|ausflug|beitrag|rechnung|miete|kurs|anmeldung|anmelden|ticket*|bestellung|versand|lieferung|schule|verein'],
    weight: 1,
    examples: { match: ['Du hast 24 Stunden um zu zahlen'], ignore: ['ihr habt bis freitag zeit um den beitrag zu bezahlen'] },
  },
  {
    id: 'how-much-money',
    phrases: ['wie viel ..2 @money|kohle ..2 hast|kannst|hattest|kriegst du', 'wie viel ..3 kannst du ..2 zahlen|bezahlen|uberweisen|ueberweisen|auftreiben'],
    unless: ['ausflug|klassenfahrt|geburtstag|geschenk|kino|urlaub|gespart|sparschwein'],
    weight: 1,
    examples: { match: ['wie viel geld hast du?', 'wie viel kannst du zahlen'], ignore: ['wie viel geld hast du für den ausflug'] },
  },
  {
    id: 'send-the-code',
    phrases: ['schick|schicke|send|sende|gib ..2 den|die code|codes|pin|kartennummer|gutscheincode'],
    unless: ['bestatigung*|bestaetigung*|verifizier*|wlan|wifi|lobby|einladung*|server|spiel|game|party|freundescode|tur|tuer|haustur'],
    weight: 1,
    examples: { match: ['schick mir den code', 'gib mir die codes'], ignore: ['schick mir den wlan code', 'gib mir den lobby code'] },
  },
  {
    id: 'code-will-do',
    phrases: [
      '@payment ..2 code|codes|karte|karten|pin|gutschein ..1 reicht|geht|passt|tuts|tut_es|ist_ok|auch',
      '# [@currency] ..3 @payment ..3 dann ..1 vergess*|losch*|loesch*|lass|lasse|verschwinde|blockier*|hor|hore|hoer|hoere ich|ichs|es',
      '# [@currency] ..3 dann ..1 vergess*|losch*|loesch*|verschwinde ich|ichs',
    ],
    unless: ['zuruckzahlen|zurueckzahlen|schuldest|schulde|geliehen|ausgelegt|geburtstag|weihnachten|kleinanzeigen|vinted|ebay|artikel|bestellung|shop|rechnung|kino|pizza|fahrrad|ich_schick*|ich_geb*|ich_zahl*|ich_uberweis*|ich_ueberweis*|kann_ich|soll_ich'],
    examples: {
      match: ['dann halt 20 jetzt und rest morgen. psc code reicht', '20 euro google play karte dann vergess ichs'],
      ignore: ['ich schick dir 20 euro per paypal für die pizza, dann vergess ichs nicht', 'kann ich auch mit paypal zahlen?'],
    },
  },
] satisfies PatternEntry[];
