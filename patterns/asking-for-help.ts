/**
 * Asking for help: "some guy says he'll post my pics unless i pay, what do i do??" is a
 * friend reporting a threat they received, in their own words, as with quotation marks
 * (quotes.ts). Offenders do not ask the person they target what to do, so a message that
 * ends by asking raises no signal about its sender. A rhetorical question is not asking
 * ("you know what i do with pics like that?"): a knowing word just before it keeps the message.
 */

import { sequencesAt, wordSequences } from './word-sequences';

/** The questions, as normalised tokens (normalize.ts), in the eight languages. */
const QUESTIONS = wordSequences([
  // en
  'what do i do', 'what should i do', 'what can i do', 'what am i supposed to do', 'what do i do now', 'is this a scam',
  'is it a scam', 'should i pay', 'do i pay', 'should i tell my', 'should i report', 'should i block',
  // es
  'que hago', 'que debo hacer', 'que puedo hacer', 'que tengo que hacer', 'es una estafa', 'es estafa', 'debo pagar',
  'tengo que pagar', 'se lo cuento a',
  // pt
  'o que eu faco', 'oq eu faco', 'o que faco', 'que eu faco', 'oque eu faco', 'o que devo fazer', 'e golpe', 'sera golpe',
  'devo pagar', 'conto pra', 'conto para',
  // de
  'was soll ich machen', 'was soll ich tun', 'was soll ich jetzt', 'ist das ein fake',
  'ist das fake', 'ist das betrug', 'ist das ein scam', 'soll ich zahlen', 'soll ich bezahlen', 'soll ich das melden',
  'soll ich es meinen', 'soll ichs meinen',
  // fr
  'je fais quoi', 'que dois je faire', 'qu est ce que je fais', 'qu est ce que je dois faire', 'je dois faire quoi',
  'c est une arnaque', 'c est arnaque', 'je dois payer', 'je le dis a',
  // it
  'che faccio', 'cosa faccio', 'cosa devo fare', 'che devo fare', 'e una truffa', 'devo pagare', 'lo dico ai',
  // nl
  'wat moet ik doen', 'wat moet ik nu', 'is dit oplichting', 'is dit nep', 'is dit fake', 'moet ik betalen',
  'moet ik het melden',
  // pl
  'co mam zrobic', 'co mam robic', 'co robic', 'czy to oszustwo', 'to oszustwo', 'mam zaplacic', 'czy mam zaplacic',
  'mam powiedziec',
]);

/**
 * Words that make the question rhetorical or a relative clause when they come just before it
 * ("guess what i do", "lo que hago", "vedi tu cosa faccio", "quello che faccio", "vai ver o que eu faço").
 */
const KNOWING = new Set(
  'know knw guess imagine see sabes sabe sais sai weisst weist weiss weet wiesz lo adivina adivinha indovina devine rate raad zgadnij vedi vedrai tu quello cio veras ves ver vais'.split(' '),
);

/**
 * After the question, the asker talks about themselves ("should i tell my mom"); words
 * aimed at the reader ("what do i do with your pics then") make it the offender's taunt.
 */
const ADDRESSING_READER = new Set(
  'you your u ur yours tu tus te ti tuo tua tuoi tue teu teus tuas voce vc du dich dir dein deine deinen deiner deinem deins ton tes toi vous votre vos jij jouw jou ty cie ciebie twoje twoj twoja twoich tobie'.split(' '),
);

/** The question may be followed by a few more words ("what do i do?? should i tell my mom"). */
const MAX_WORDS_AFTER = 8;

/** Does the message end by asking the reader what to do? Linear: a question starts at one of the last few tokens. */
export function asksForHelp(tokens: readonly string[]): boolean {
  const from = Math.max(0, tokens.length - MAX_WORDS_AFTER - 6);
  for (let i = from; i < tokens.length; i++) {
    for (const q of sequencesAt(QUESTIONS, tokens, i)) {
      if (tokens.length - (i + q.length) > MAX_WORDS_AFTER) continue;
      if (KNOWING.has(tokens[i - 1] ?? '') || KNOWING.has(tokens[i - 2] ?? '')) continue;
      if (tokens.slice(i + q.length).some((t) => ADDRESSING_READER.has(t))) continue;
      return true;
    }
  }
  return false;
}
