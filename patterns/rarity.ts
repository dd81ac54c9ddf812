/**
 * How likely a phrase's words are in ordinary chat: the phrase index (phrase-index.ts) files
 * each phrase under its least likely required term (its gate), and the typing-slip reader
 * (spelling.ts via library.ts) leaves everyday words alone. Only the order matters.
 */
import { alternatives, type Alternative, type CompiledPhrase, type WordTerm, type WordTest } from './phrase';

/**
 * Function words that start a great many phrases ("i", "you", "send"...): a phrase
 * is also filed under its rarest required term (its gate), so that a message holding
 * only common words does not try every phrase that begins with "i".
 */
const COMMON = new Set(
  ('i you me my your ur to the a an on in at of and or it is are do did can will would want wanna have has had get got go ' +
    'send show give tell let lets just so if not no what how when where who why this that be am was were with for ' +
    'que de el la lo los las y en un una te tu mi me no si por para con se es' +
    ' o os as e em um uma voce vc eu meu minha nao com' +
    ' ich du mir dich dein deine ist und nicht mit zu der die das ein eine was wie' +
    ' je tu me moi toi ton ta te le les et de des un une pas que ne' +
    ' il lo gli e di che mi ti io non ho hai' +
    ' ik je jij jou jouw me mij mijn het een en niet van met dat wat' +
    ' ja ty mi cie ci mnie i w nie na sie to jak co').split(' '),
);

/**
 * Everyday words of each language (general frequency lists, not our corpora): a phrase
 * gated by "know" or "come" would be tried on a good share of all chat, so a rarer
 * word of the phrase is its gate when it has one.
 */
const FREQUENT = new Set(
  ('all know see come like one home call way make take good from now out only more think back some still time day today ' +
    'tomorrow tonight then there here they them their we us our he she him her his by about up down over after before as ' +
    'but because really very too also well yes yeah ok okay sure right new need look find say said ask work going thing ' +
    'things something anything nothing much many any every other again first last next long little great love thanks ' +
    'thank sorry hey hi hello night morning week year years later soon never always maybe already even ever keep put feel ' +
    'house school class friend friends mom mum dad family phone text message money free stop wait try help start leave ' +
    'play game watch talk which these those than into off around through someone everyone anyone been being doing done ' +
    'does made should could might must may lol haha' +
    ' del al le les su sus pero mas como porque muy ya bien hay esta este eso esto ese asi todo todos nada algo hoy manana ' +
    'ahora aqui cuando donde quien tambien solo siempre nunca bueno vale tengo tienes tiene hacer hace puedo puedes quiero ' +
    'quieres voy vas va ver estoy estas soy eres fue ser casa dia vez gracias hola jaja mama papa amigo amigos' +
    ' do da dos das na nos ao mais muito ja bem tem tenho isso isto essa tudo agora quem tambem so sempre bom ta to vai ' +
    'estou sou foi obrigado oi ola mae pai pra pro gente fazer quero pode posso' +
    ' den dem des auch aber noch schon nur mal doch jetzt heute morgen hier dann wenn wo wer immer nie gut bin bist hast ' +
    'habe hab kann kannst will willst mach machen sein war haus tag danke hallo freund freunde mein meine sie wir ihr uns ' +
    'es er von fur auf an bei nach aus oder mich' +
    ' du au aux il elle on nous vous mais plus tres deja est ca ce cette tout tous rien demain maintenant ici quand ou qui ' +
    'aussi seulement toujours jamais bon vais va voir suis etre fait faire maison jour fois merci salut mdr maman ami amis ' +
    'avec pour dans sur par mon ma mes tes ses oui' +
    ' della alla con per su ma piu molto gia bene ci sono sei questo questa quello tutto tutti niente oggi domani adesso ' +
    'ora qui dove chi anche sempre mai vado fare fatto giorno volta grazie ciao mamma amico amici mio mia tuo tua cosa come se' +
    ' op voor aan bij naar uit om te er maar ook nog al wel zo nu dan als wie waar hoe altijd nooit goed ben bent heb hebt ' +
    'heeft kan kun wil moet ga gaat doen zijn huis dag keer dank hoi hallo vriend vrienden jij we wij ze zij hij' +
    ' z do od po za o ale tez juz jeszcze tylko bardzo dobrze jest sa jestem jestes mam masz ma moge mozesz chce chcesz ten ' +
    'ta tak kto gdzie kiedy dzisiaj dzis jutro teraz tu tutaj zawsze nigdy dom dzien raz dzieki czesc tata moj moja twoj twoja').split(' '),
);

/** A function word or an everyday word of one of the languages. */
export const isEveryday = (word: string) => COMMON.has(word) || FREQUENT.has(word);

/**
 * How often a word test passes in ordinary chat, roughly: function words all the time,
 * everyday words and short prefixes often, other short words sometimes, long words rarely.
 * Only the order matters.
 */
function wordCommonness(test: WordTest): number {
  if ('number' in test) return 300;
  if ('prefix' in test) return test.prefix.length <= 2 ? 1000 : test.prefix.length === 3 ? 100 : test.prefix.length === 4 ? 10 : 2;
  if (COMMON.has(test.exact)) return 1000;
  if (FREQUENT.has(test.exact)) return 100;
  return test.exact.length <= 2 ? 30 : test.exact.length === 3 ? 5 : 1;
}

/**
 * The word of an alternative that is least likely in ordinary chat: a message where the
 * alternative matches holds it ("a_blade" is filed under "blade", not under "a").
 */
export function presenceKey(alt: Alternative): WordTest {
  let best = alt[0]!;
  for (const test of alt) if (wordCommonness(test) < wordCommonness(best)) best = test;
  return best;
}

/** How likely a term is to be present: the sum over its alternatives. */
function commonness(term: WordTerm): number {
  let score = 0;
  for (const alt of alternatives(term.index)) score += wordCommonness(presenceKey(alt));
  return score;
}

/** The phrase's required word terms, each once, least likely in an ordinary message first. */
export function requiredTermsByRarity(phrase: CompiledPhrase): WordTerm[] {
  const required = new Map<number, WordTerm>();
  for (const term of phrase.terms) if (!('gap' in term) && !term.optional) required.set(term.id, term);
  return [...required.values()].map((term) => ({ term, score: commonness(term) })).sort((a, b) => a.score - b.score).map((r) => r.term);
}
