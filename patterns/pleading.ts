/**
 * Pleading: "delete it pls", "lösch die bitte", "borralas ya", "dijiste que lo borrabas!!",
 * "ich hab doch bezahlt". When the user begs the other person to delete something, or
 * protests that they paid, the other person holds something over them: an extortion is
 * under way, often before its demand is worded in a way the patterns know. The plea never
 * warns by itself (messages from the user raise nothing about the other person); it makes
 * the other person's next demand or vague threat read as extortion (scorer.ts).
 */
import { findSequence, wordSequences } from './word-sequences';

/** Pleas as normalised tokens (normalize.ts: "lösch" reads "losch", "pls" "please"), in the eight languages. */
const PLEAS = wordSequences([
  // en
  'delete it', 'delete them', 'delete the pic', 'delete the pics', 'delete the video', 'delete the photos', 'delete my',
  'please delete', 'you promised to delete', 'you said you would delete', 'you said you deleted', 'like you promised',
  'please do not post', 'please do not send', 'do not send it to', 'do not post it', 'do not show anyone',
  // es
  'borralas', 'borralo', 'borrala', 'borralos', 'borra eso', 'borra las', 'borra los', 'borra el video', 'borra la foto',
  'dijiste que lo borrabas', 'dijiste que las borrabas', 'dijiste que los borrabas', 'dijiste que la borrabas',
  'no las subas', 'no lo subas', 'no la subas', 'no las mandes', 'no se las mandes', 'no lo mandes', 'no se lo mandes',
  // pt
  'apaga isso', 'apaga as', 'apaga os', 'apaga o video', 'apaga a foto', 'apaga por favor', 'por favor apaga', 'apaga pfv',
  'disse que ia apagar', 'nao posta', 'nao manda pra', 'nao mostra pra',
  // de
  'losch das', 'losch die', 'losch es', 'losche das', 'losche die', 'loesch das', 'loesch die', 'bitte losch', 'bitte losche',
  'ich hab doch bezahlt', 'ich habe doch bezahlt', 'du hast versprochen es zu loschen', 'bitte nicht posten', 'bitte nicht schicken',
  'schick das nicht', 'schick die nicht',
  // fr
  'supprime ca', 'supprime les', 'supprime la', 'supprime le', 'tu les supprimes', 'tu les as supprimees', 'tu l as supprimee',
  'poste pas', 'postes pas', 'envoie pas', 'envoies pas',
  // it
  'cancellale', 'cancellala', 'cancellalo', 'cancellali', 'cancella tutto', 'cancella subito', 'cancella le foto', 'cancella il video',
  'non pubblicarle', 'non pubblicarla', 'non mandarle', 'non mandarla', 'ti prego non',
  // nl
  'verwijder dat', 'verwijder die', 'verwijder het', 'verwijder ze', 'ik heb toch betaald', 'niet posten', 'niet doorsturen',
  'stuur het niet', 'stuur ze niet', 'verwijder je het', 'verwijder je ze', 'verwijder je die',
  // pl
  'usun to', 'usun je', 'usun te', 'usun zdjecia', 'usun filmik', 'prosze usun', 'nie wysylaj', 'nie publikuj', 'nie wrzucaj',
  'usun wszystko', 'jak obiecales', 'jak obiecalas', 'przeciez zaplacilem', 'przeciez zaplacilam',
]);

/** Does the user's message beg the other person to delete, not to post, or protest having paid? Linear in the tokens. */
export function pleads(tokens: readonly string[]): boolean {
  return findSequence(PLEAS, tokens) >= 0;
}
