import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './engine';
import { normalize } from './normalize';
import { reportedSpeechStart } from './reported-speech';

const reports = (text: string) => reportedSpeechStart(normalize(text)) >= 0;

describe('reported speech', () => {
  it('reads a third person\'s threat, told to the reader, as reported in each language', () => {
    for (const text of [
      'then they threaten to send them to ur family unless u pay',
      'some guy messaged her saying he recorded the call and would post it',
      'un chico q conoci en insta me dijo ayer q iba a mandar mis fotos a todo el mundo',
      'q hdp el tipo ese, la amenazaba con pasar los videos a todo el colegio',
      'um cara ameaçou postar as fotos dela se ela nao pagasse',
      'er hat gesagt er schickt die bilder an alle',
      'apres ils disent paie ou j envoie a tes potes',
      'uno le ha detto che manda il video ai suoi',
      'hij dreigde haar foto\'s door te sturen',
      'a dzis napisal ze ma moje zdjecia i wysle je wszystkim',
      'toen zei ze ik heb alles opgenomen',
      'und dann sagt er er schickt die bilder an alle',
      'pass auf, mir hat einer geschrieben er hätte nacktbilder von mir und schickt sie an alle',
      'sie schreibt dass sie die videos an die schule schickt',
    ]) {
      expect(reports(text), text).toBe(true);
      expect(analyzeMessage(text, 'them').signals, text).toEqual([]);
    }
  });

  it('ends a report with its sentence: what follows is the sender\'s own again', () => {
    expect(analyzeMessage('she said ur nice. how old are u now, 13?', 'them').categories).toContain('personal-probe');
    expect(analyzeMessage('dice que eres muy guapa. cuantos años tienes?', 'them').categories).toContain('personal-probe');
    // A report and a plea in the same message stay the reader's story: nothing about the sender.
    expect(analyzeMessage('he said he would post my pics. what do i do?', 'them').signals).toEqual([]);
    expect(analyzeMessage('he said he would post my pics', 'them').signals).toEqual([]);
  });

  it('keeps the sender\'s own threats, and look-alike words that report nothing', () => {
    for (const text of [
      'i have your pics and i will send them to your family unless you pay',
      'ciekawe co by powiedziała twoja mama, gdyby dostała te zdjęcia',
      'kan ik voor die tijd langskomen? niks tegen ze zeggen',
      'Ihnen droht eine Strafanzeige, zahlen Sie 500 Euro',
      'o pagas o les llega a tus padres',
    ]) {
      expect(reports(text), text).toBe(false);
    }
    expect(analyzeMessage('i have your pics and i will send them to your family unless you pay', 'them').signals.length).toBeGreaterThan(0);
  });

  it('reads a demand relayed to the reader as the sender\'s own, and a generic "you" as reported', () => {
    for (const text of [
      'soy mod del stream y le pase tu perfil, dice q eres muy guapa pero tienes que mandarle una foto tuya primero',
      'he said you have to send him a pic first',
      'il dit que tu dois lui envoyer une photo',
    ]) {
      expect(reports(text), text).toBe(false);
    }
    expect(analyzeMessage('soy mod del stream y le pase tu perfil, dice q eres muy guapa pero tienes que mandarle una foto tuya primero', 'them').categories).toContain('image-request');
    expect(reports('then they threaten to send them to ur family unless u pay')).toBe(true);
  });

  it('keeps what the sender says before the report', () => {
    const text = 'cuantos años tienes? yo 17 pero todos dicen q parezco mayor';
    expect(reports(text)).toBe(true);
    expect(analyzeMessage(text, 'them').categories).toContain('personal-probe');
    expect(analyzeMessage('todos dicen q parezco mayor, cuantos años tienes?', 'them').categories).toEqual([]);
  });
});
