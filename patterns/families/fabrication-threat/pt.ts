import type { PatternEntry } from '../../schema';

const SEX = 'pelad*|nua|nuas|nu|nude*|nudes|porno|porn*|sexo|sexual|sexuais|xxx|intim*|sem_roupa|safad*|putaria|prostituta|puta';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'montagem|montagens|fotomontagem|deepfake|deep_fake|photoshop|fotoshop|edito|editar|editada|editadas|editado|ia|inteligencia_artificial|ai ..4 ' + SEX,
      SEX.replace('nu|', '') + ' ..4 montagem|montagens|fotomontagem|deepfake|deep_fake|photoshop|editad*|falsa|falsas|falso|falsos|fake|com_ia|ia',
      'por|ponho|meter|meto|colocar|coloco|botar|boto|colar|colo ..3 @your|tua|sua ..1 cara|rosto|cabeca|foto ..5 ' + SEX + '|corpo|video|videos',
      'tirar|tiro|tira|remover|removo ..3 @your|tua|sua|a ..1 roupa|roupas ..4 ia|app|aplicativo|aplicacao|ai|bot|site|photoshop',
      'ia|app|aplicativo|bot|site ..4 tira|tirar|tiro|remove|despir|despe ..2 roupa|roupas',
      'perfil|conta|insta|instagram|pagina ..1 falso|falsa|fake ..4 tuas|suas|teu|seu|tua|sua|@your|com_as_tuas|com_as_suas|em_teu_nome|em_seu_nome',
      'crio|criar|faco|fazer ..2 perfil|conta ..2 teu|tua|seu|sua|em_teu_nome|em_seu_nome|com_as_tuas|com_as_suas ..3 fotos|nudes|nude*',
      'editar|edito|editarei|montar|monto|alterar|altero ..3 @your|tuas|suas|teu|seu ..1 fotos|foto|video|videos|imagens ..4 pelad*|nua|nu|sem_roupa|porno|porn*|nude*|nudes|safad*',
      'ninguem ..2 vai [nem] saber|acreditar|perceber ..2 que e|eh ..1 falso|falsa|fake|montagem|mentira|editado|editada',
      'montagem|montagens|fotomontagem|deepfake|deep_fake|photoshop|fotoshop|edicao ..3 com|da|de ..1 [a|as] @your|tua|sua ..1 cara|rosto|fotos|foto|cabeca|corpo ..5 ' + SEX + '|corpo_de|corpo_nu',
      'fazer|faco|farei|criar|crio|criarei|gerar|gero|montar|monto ..3 video|videos|foto|fotos|imagens|imagem ..2 ' + SEX + ' ..4 com_a_tua|com_a_sua|com_o_teu|com_o_seu|contigo|com_vc|com_voce|de_ti|de_vc|teu|tua|seu|sua',
    ],
    examples: {
      match: ['vou editar tuas fotos e deixar tu pelada kkk', 'vou fazer uma montagem com a tua cara num video porno', 'faço fotos nuas com a tua cara', 'vou pegar suas fotos do insta e fazer uma montagem pelada', 'vou pôr a tua cara num vídeo porno', 'faço deepfake teu nua', 'tiro a tua roupa com ia', 'ninguém vai saber que é falso'],
      ignore: ['fiz uma montagem da turma pro aniversario', 'a ia do jogo é fraca', 'vou editar o video da festa', 'fiz uma montagem com a tua cara no corpo do shrek kkk'],
    },
  },
] satisfies PatternEntry[];
