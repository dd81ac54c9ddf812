import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'ill-show-if-you-show',
    phrases: [
      'mando|envio|mostro|te_mando|te_mostro|mando_te|mostro_te|envio_te ..4 minha|minhas|meu|meus ..4 se|que|e @you ..3 mand*|mostr*|envi*|tambem|tb|tbm',
      'se [@you] [me|tu] mand*|mostr*|envi* ..4 eu ..1 mando|mostro|envio|te_mando|te_mostro|mando_te|mostro_te|tambem',
      'mostra|mostras|manda|mandas|envia|envias ..3 teu|tua|seu|sua|o_teu|a_tua|o_seu|a_sua ..2 que|q|e [eu] mostro|mando|envio|te_mostro|te_mando [o|a] [meu|minha]',
      'mandas|mostras|envias|manda|mostra|envia ..2 uma|um|a_tua|o_teu|a_sua|o_seu ..2 e|que eu ..1 mando|mostro|envio',
      'envio|mando|mostro|te_mando|te_envio|te_mostro ..2 [te] [uma|um|umas|uns|a|o] minha|meu|minhas|meus ..2 primeiro|primeira|antes',
      'eu mostro|mando|envio ..2 se @you|tu mostrar*|mandar*|enviar*',
      'se ..1 eu ..2 mandar|mostrar|enviar|mandasse|mostrasse ..3 minha|meu|minhas|meus ..3 @you ..2 manda|mandas|mostra|mostras|envia|envias|me_manda|me_mandas|mandaria|mandarias|mostraria|mostrarias',
      'mostro|mando|envio [o|a] meu|minha se|quando|depois_que @you|tu mostrar*|mandar*|enviar*',
      'mostro|mando|envio ..2 tudo ..1 se ..1 [me|tu|vc] mostrares|mandares|mostrar|mandar|enviares',
      'mostro|mando|envio te|ti ..1 [o|a] meu|minha|os_meus|as_minhas ..1 se|quando ..1 [me|tu] mostrares|mandares|enviares|mostrar|mandar|enviar',
      'te_mostro|mostro_te|te_mando|mando_te|te_envio|envio_te ..1 se [@you] me_mostrar|me_mostrares|me_mandar|me_mandares|me_enviar|me_enviares|mostrares_me|mandares_me',
      'a_minha|o_meu|as_minhas|os_meus ..2 ja ..1 ta|esta|tao|estao|foi|foram ..2 manda|mandas|envia|envias|mostra|mostras ..1 a_tua|o_teu|as_tuas|os_teus|a_sua|o_seu',
      'eu ..1 mostro|mando|envio|mostro_te|te_mostro|mando_te|te_mando ..1 o_meu|a_minha|os_meus|as_minhas|meu|minha ..2 se ..2 mostrares|mandares|enviares|mostrar|mandar|enviar ..1 [o|a] teu|tua|seu|sua',
      // A request first, the promise after: "manda foto de como vc ta, eu mando a minha depois".
      '@send ..6 eu ..1 mando|envio|mostro|te_mando|mando_te|te_envio|envio_te|te_mostro|mostro_te ..1 [a|o|as|os] minha|meu|minhas|meus ..1 depois|a_seguir|em_seguida|logo|tambem|tb|tbm|ja_a_seguir',
      // Promise first, then "tu mandas uma tua": "lá mando-te uma minha e depois tu mandas uma tua".
      'mando|envio|mostro|mando_te|envio_te|te_mando|te_envio|mostro_te|te_mostro ..2 uma|um|umas|uns|a|o ..1 minha|meu|minhas|meus ..4 @you ..1 mandas|mandes|envias|mostras|manda|mostra|envia|me_mandas|me_manda|mandas_me|me_envias|envias_me ..2 [uma|um|umas|a|o] tua|teu|sua|seu|tuas|teus|suas|seus',
      // "vou te mandar uma foto minha, depois manda a tua".
      'vou|eu ..1 te|ti ..1 mandar|enviar|mostrar|mando|envio|mostro ..4 minha|meu|minhas|meus|foto|fotos|selfie|fotinha ..4 depois|agora|entao|a_seguir ..2 manda|mandas|envia|envias|mostra|mostras|me_manda|me_mandas ..1 a_tua|o_teu|a_sua|o_seu|tua|teu|sua|seu|uma_tua|uma_sua|as_tuas|as_suas',
    ],
    unless: ['mando|envio|mostro da_minha|do_meu|das_minhas|dos_meus', 'colecao|colecoes|cromo|cromos|carta|cartas|figurinha*|pokemon|deck|decks|fichario|binder|booster*', 'parte|partes|resposta|respostas|tarefa|licao|tpc|trabalho|link|links|convite|meme|memes|musica|playlist|localizacao|numero|comprovante|comprovativo|pix|redacao|redacoes|texto|textos|resumo|resumos|nota|resultado|resultados|conta|contas|calculo|solucao|exercicio*', 'desenho*|caderno*|cromos|figurinhas|skin|skins|inventario|quarto|cao|gato|cachorro|notas|boletim|teste|prova|receita|bolo|casa|carro|bike|bicicleta|video_do|codigo|mapa|base|mundo|build'],
    examples: {
      match: ['vou te mandar uma foto minha, depois manda a tua', 'mostra a tua q eu mostro mais, justo ne', 'agora manda foto de como vc ta, eu mando a minha depois', 'manda uma selfie, eu mando a minha tb', 'vamos para o snap? lá mando-te uma minha e depois tu mandas uma tua 😉', 'te mando uma minha e vc me manda uma sua', 'mostro-te a minha se me mostrares a tua', 'eu mostro tudo se mostrares', 'te mostro se me mostrar', 'a minha já tá aí, manda a tua', 'eu mostro o meu se mostrares o teu', 'se eu te mandar uma foto minha vc manda uma tua?', 'te mando uma foto minha se vc me mandar uma sua', 'mostra o seu que eu mostro o meu 😏', 'se me mostrares eu mostro-te', 'eu mando se vc mandar', 'mostro o meu se tu mostrares o teu'],
      ignore: ['eu mando da minha tambem', 'mostra a tua que eu mostro a minha, a redação', 'vou te mandar uma foto minha do trabalho, depois manda a tua parte', 'manda a tua parte do slide, eu mando a minha depois', 'manda o link do jogo, eu mando o meu tb', 'te mando uma minha receita e vc manda uma sua', 'eu te mostro se me mostrares o teu desenho', 'te mando o meu trabalho amanhã', 'se vc mandar o link eu vejo', 'mostra o teu desenho', 'eu mando a minha parte e vc manda a sua'],
    },
  },
  {
    id: 'your-turn',
    phrases: [
      'ja|acabei_de [te|lhe] mandei|enviei|mostrei|mandei_te|enviei_te|te_mandei ..3 minha|minhas|meu|meus|uma|umas|foto*|nude*|nudes ..5 agora e|eh [a] sua|tua vez',
      'ja|acabei_de mandei|enviei|mostrei|te_mandei|mandei_te ..3 minha|meu|minhas|meus ..4 agora|tambem ..2 @you|tu|manda|mandas|envia|mostra',
      'eu ..1 ja|acabei_de ..1 mandei|enviei|mostrei|te_mandei|te_mostrei ..2 agora ..1 tu|vc|voce|e_tu|e_vc|e_a_tua|e_a_sua|manda|mandas|mostra|mostras|sua_vez|tua_vez',
      'agora e|eh [a] sua|tua vez de mandar|enviar|mostrar',
      'mandei|enviei|mostrei|mandei_te|enviei_te|te_mandei|te_enviei|te_mostrei ..3 [a|o|as|os] minha|minhas|meu|meus ..4 tens_de|tens_que|tem_que|tem_de|precisas_de|precisas|precisa|vais_ter_de|vai_ter_que|tambem_tens_de ..1 mandar|enviar|mostrar|me_mandar|me_mostrar|mandar_me|mostrar_me ..2 [a|o|as|os] tua|sua|teu|seu|tuas|suas|teus|seus',
      'sua|tua vez ..4 nao|n e|eh justo ..2 so|apenas ..1 eu',
      'nao|n e|eh justo ..1 so|apenas ..1 eu ..1 mandar|mostrar|enviar|me_mostrar|me_expor|ter_mandado|ter_mostrado|ficar_pelad*',
      'eu ..1 ja|acabei_de ..1 te|lhe ..1 mandei|enviei|mostrei ..1 a_minha|o_meu|as_minhas|os_meus ..4 tua|sua ..1 vez',
      'mandei|enviei|mostrei|mandei_te|enviei_te|te_mandei|te_enviei|te_mostrei ..3 minha|minhas|meu|meus ..4 [agora] [e|eh] [a] tua|sua vez',
      'mandei|enviei|mostrei|mandei_te|enviei_te|te_mandei|te_enviei|te_mostrei ..3 minha|minhas|meu|meus ..4 agora ..1 manda|mandas|envia|envias|mostra|mostras|tu|vc',
      'mandei|enviei|mostrei|mandei_te|enviei_te|te_mandei|te_enviei|te_mostrei ..3 [a|o] minha|minhas|meu|meus ..3 cade|kd|cadee|e_a|e_o|onde_esta|onde_ta ..1 [a|o] tua|sua|teu|seu',
      'eu ..1 te|ti ..1 mandei|enviei|mostrei ..2 agora ..1 tu|vc|voce|e_tu|e_vc|manda|mandas|mostra|mostras',
      'ja|acabei_de ..1 te|ti ..1 mandei|enviei|mostrei ..2 agora ..1 tu|vc|e_tu|e_vc|manda|mandas|mostra|mostras|envia|e_a_tua|e_tua_vez|tua_vez',
    ],
    unless: ['trabalho|parte|tpc|licao|exercicio*|jogo|jogada|jogar|carta|cartas|dado|dados|peca|turno|ronda|round', 'pix|dinheiro|comprovante|comprovativo|link|convite|audio|audios|mensagem|msg|email|mail|resposta|respostas|formulario|meme|memes|localizacao|musica'],
    examples: {
      match: ['mandei a minha agora tens de mandar a tua, é justo', 'mandei as minhas, tens que me mostrar as tuas', 'já te mandei, agora manda tu', 'mandei a minha, cadê a tua?', 'eu te mandei, agora tu', 'eu já mandei, agora tu', 'ja mandei a minha, agora é sua vez', 'já te mandei as minhas, agora é a tua vez', 'agora é tua vez de mandar', 'eu mandei-te a minha, agora é a tua vez 😏', 'te mostrei o meu, sua vez', 'enviei as minhas agora manda tu', 'agora é tua vez ne, nao é justo so eu', 'nao é justo só eu mostrar', 'eu ja te mandei a minha, tua vez'],
      ignore: ['mandei a minha parte, tens de mandar a tua ate sexta', 'eu ja mandei o pix, agora tu', 'agora é sua vez de jogar', 'ja mandei o trabalho, agora é tua vez', 'mandei a minha parte do trabalho, agora é tua vez', 'nao é justo so eu lavar a louça', 'agora é tua vez de jogar, nao é justo so eu perder'],
    },
  },
  {
    id: 'trade-pics',
    phrases: [
      'troca|trocar|trocamos|trocas|troquinha|trocamos_umas|vamos_trocar|bora_trocar ..3 foto*|fotinha*|nude*|nudes|pack|packs|video*|selfie*|pics',
      'foto|nude|nudes|pack ..1 por foto|nude|nudes|pack',
      'uma|um por uma|um ..2 troca|justo|justa',
      'uma|um|umas|uns tua|teu|sua|seu|tuas|teus|suas|seus por ..1 uma|um|umas|uns minha|meu|minhas|meus',
      'troca|trocas|e_uma_troca justa|justo|equilibrada',
    ],
    unless: ['perfil|figurinha*|cromos|cartas|skin*|itens|item', 'cachorro|cao|gato|gatinho|cachorrinho|pet|animal|planta|desenho|quadro|receita|paisagem|bolo|comida|trabalho|tpc|materia|resumo', 'ofereceu|oferecia|ofereciam|ofereceram|bloqueou|bloqueei|denunciou|denunciei|avisou|cuidado|golpe|golpista'],
    examples: {
      match: ['vamos trocar? uma tua por uma minha', 'vamos trocar fotos?', 'bora trocar nudes', 'troca de pack?', 'foto por foto', 'troca justa 😇'],
      ignore: ['meu primo contou q um cara ofereceu diamante em troca de foto, ele bloqueou', 'em troca quero uma foto do teu cachorro', 'vamos trocar figurinhas', 'trocar a foto de perfil', 'troca de skins?'],
    },
  },
  {
    id: 'cam-for-cam',
    phrases: [
      'eu ..1 ligo|abro|ativo|ligo_tambem|abro_tambem ..2 minha|meu|a_minha|o_meu ..2 tambem|tb|tbm|primeiro|antes|se|quando|junto',
      'liga|abre|ativa|ligas|abres ..3 tua|sua|a_tua|a_sua ..2 que|e|q [eu] ligo|abro|ativo ..1 [a|o] minha|meu',
      'eu ..1 ligo|abro ..2 minha|meu|a_minha ..1 cam|camera|camara|webcam ..2 se @you|tu ..1 ligar|ligares|abrir|abrires',
      'se ..2 ligares|ligar|abrires|abrir ..2 cam|camera|camara|webcam ..2 eu ..1 ligo|abro ..1 a_minha|o_meu|minha|meu|tambem',
    ],
    unless: ['aula|trabalho|reuniao|grupo|turma|prof*|professor*|escola|projeto|projecto|apresenta*|luz|luzes|tv|televisao|ar_condicionado|ventoinha|carro|pc|computador|consola|ps5|xbox'],
    examples: {
      match: ['se tu ligares a cam eu ligo a minha', 'liga a camera ai, eu ligo a minha tbm', 'abre a tua cam que eu abro a minha', 'eu ligo a minha cam se tu ligares'],
      ignore: ['liga a camera pra aula, eu ligo a minha tb', 'eu ligo a minha tv tambem', 'eu ligo o meu pc primeiro'],
    },
  },
  {
    id: 'one-each',
    phrases: [
      'eu ..1 mando|mostro|envio|tiro ..1 uma|um|a_minha|o_meu ..3 @you ..1 manda|mandas|mostra|mostras|envia|envias|tira|tiras ..1 outra|outro|uma|um|a_tua|a_sua|o_teu|o_seu',
    ],
    unless: ['mensagem|mensagens|msg|msgs|audio|audios|link|links|convite|email|mail|carta|cartas|jogada|pergunta|perguntas|trabalho|meme|memes|figurinha*|parte|partes|resposta|respostas|tarefa|licao|tpc|dinheiro|pix|comprovante|comprovativo|localizacao|numero|musica|playlist'],
    examples: {
      match: ['vamos fazer um joguinho, eu mando uma vc manda outra', 'eu mostro a minha e tu mostras a tua'],
      ignore: ['eu mando uma pergunta e vc manda outra', 'eu mando um meme e tu mandas outro', 'eu mando a minha parte e vc manda a sua'],
    },
  },
  {
    // "quer q eu te mande um? mas tem q mandar de volta".
    id: 'send-one-back-r9',
    phrases: [
      'eu|te|ti ..2 mande|mando|envio|envie|mostro|mostre ..6 tem_que|tens_que|tem_de|tens_de|mas|so_se|desde_que ..3 mandar|mandares|mostrar|mostrares|enviar|enviares|mandas|mostras ..1 de_volta|tambem|tb|tbm|igual|uma_tua|uma_sua',
    ],
    unless: ['formulario|documento*|trabalho|tpc|resumo|exercicio*|receita|link|convite|audio|meme*|figurinha*|sticker*|localizacao|endereco|morada|numero|email|mensagem|msg|prof*|professor*'],
    examples: {
      match: ['quer q eu te mande um? mas tem q mandar de volta', 'eu mostro a minha mas tens de mostrar tambem'],
      ignore: ['eu te mando o resumo mas tens que mandar de volta corrigido', 'te mando o link mas tem que mandar de volta o formulario'],
    },
  },
  {
    // "eu ja te mandei a minha" / "agora manda a tua, é justo".
    id: 'mine-sent-yours-now-r10',
    phrases: [
      'agora|ja ..2 manda|mande|envia|envie|mostra|mostre|manda_me|mostra_me ..1 [a|o|as|os] tua|sua|teu|seu|tuas|suas ..4 justo|justa|tua_vez|sua_vez|troca|combinado|prometeste|prometeu|combinamos',
      'eu ..1 ja ..1 te|lhe|ti ..1 mandei|enviei|mostrei ..1 [a|o|as|os] minha|meu|minhas|meus ..3 agora|tua_vez|sua_vez|cade|kd|justo|e_tu|e_vc',
    ],
    unless: ['look|outfit|roupa|kk*|haha*|rsrs*|parte|partes|trabalho|resposta|respostas|opiniao|localizacao|senha|lista|redacao|conta|chave|pix|morada|endereco|numero|nota|notas|escolha|voto|presente|prenda|musica|playlist|receita|resumo|desenho'],
    examples: {
      match: ['agora manda a tua, é justo', 'eu ja te mandei a minha, agora e tu?'],
      ignore: ['agora manda a tua parte do trabalho, é justo', 'eu ja te mandei a minha resposta, agora é tua vez'],
    },
  },
  {
    // "liga a cam, eu ligo a minha", "tira a blusa, eu tiro tbm".
    id: 'you-do-i-do-too-r10',
    phrases: [
      'liga|abre|ativa|liga_a|abre_a ..2 cam|camera|camara|webcam ..3 eu ..1 ligo|abro|ativo ..1 [a] minha|tambem|tbm|tb|junto',
      'tira|tiras|tire|despe|desabotoa|abaixa ..2 blusa|camisa|camiseta|roupa|roupas|sutia|calca|calcas|short|shorts|top|calcinha|cueca|saia|vestido|camisola|t_shirt|tudo|td ..3 eu ..1 tiro|dispo|desabotoo|abaixo ..2 [a_minha|o_meu] tambem|tbm|tb|junto|primeiro|a_minha|o_meu',
    ],
    unless: ['prof|pediu|chamada_da_turma|chuteira*|sapato*|tenis|casaco|oculos|bone|chapeu|mascara|foto_do_grupo|foto_da_turma|aula|reuniao|trabalho|professor*'],
    weight: 3,
    examples: {
      match: ['liga a cam, eu ligo a minha', 'tira a blusa, eu tiro tbm'],
      ignore: ['tira a foto, eu tiro tbm', 'liga a camera, eu ligo a minha, a prof pediu', 'liga a camera na aula, eu ligo a minha tambem', 'tira o casaco, eu tiro tbm ta calor'],
    },
  },
  {
    // "I sent mine" with the photo itself: "pronto ja mandei a minha 📸", "já te enviei a minha foto, agora tu".
    id: 'sent-mine-pic-r11',
    phrases: [
      'ja|pronto|agora ..2 mandei|enviei|te_mandei|te_enviei|mostrei|te_mostrei ..2 a_minha|o_meu|minha|meu|as_minhas|os_meus ..2 pic|foto|fotos|fotinha|nude*|nudes|video|selfie',
      'mandei|enviei|te_mandei|te_enviei|mostrei ..1 a_minha|o_meu|minha|meu ..2 pic|foto|fotinha|nude*|nudes|video|selfie ..4 tua_vez|sua_vez|agora_tu|agora_vc|e_tu|e_vc|agora_manda|manda_a_tua|manda_a_sua',
    ],
    unless: ['perfil|de_perfil|look|outfit|cabelo|unhas|roupa|vestido|passaporte|cartao|documento|bi|cc|formulario|ficha|trabalho|tpc|exercicio*|resposta*|prova|teste|cao|gato|bolo|comida|praia|viagem|festa|grupo|turma|pai|mae|prof|professor*|kk*|haha*|rsrs*|setup|quarto|carro|mota|bicicleta'],
    examples: {
      match: ['pronto ja mandei a minha 📸', 'ja te mandei a minha foto, agora é tua vez'],
      ignore: ['ja mandei a minha foto do passaporte pra mae', 'pronto ja mandei a minha foto de perfil nova kkk'],
    },
  },
  {
    // "pq nao, eu ja mandei a minha", "ja te mandei o meu, falta o teu".
    id: 'i-already-sent-mine-r12',
    phrases: [
      'eu|ja|tb|tambem ..2 mandei|enviei|mostrei|te_mandei|te_enviei|te_mostrei ..1 a_minha|o_meu|as_minhas|os_meus|uma_minha|uma_foto_minha|foto_minha|fotos_minhas|a_minha_foto|o_meu_video',
      'falta|faltam|so_falta|agora_falta|cade|kd ..1 a_tua|o_teu|as_tuas|os_teus|a_sua|o_seu|as_suas|os_seus ..2 [foto|fotos|video|nude|nudes]',
    ],
    unless: ['parte|trabalho|tpc|resumo|redacao|tarefa|exercicio*|licao|resposta|respostas|gabarito|apontamentos|pix|comprovante|comprovativo|dinheiro|convite|lista|nome|voto|opiniao|curriculo|cv|inscri*|ficha|documento*|link|localizacao|numero|email|endereco|morada|receita|presente|prenda|carta|cartinha|desenho|nota|notas|media|senha|codigo|camisa|camisola|ingresso|bilhete|aposta|palpite|escalacao|time|deck|build'],
    weight: 3,
    examples: {
      match: ['pq nao, eu ja mandei a minha', 'ja te mandei uma foto minha, falta a tua', 'eu mostrei o meu, agora cade o teu'],
      ignore: ['ja mandei a minha parte do trabalho', 'eu ja mandei o meu pix, falta o teu', 'falta a tua resposta no formulario'],
    },
  },
  {
    // "eu depois mando uma minha", "eu mando primeiro prometo", "quero te mostrar umas coisas e ver as tuas".
    id: 'ill-send-mine-first-r14',
    phrases: [
      'depois|tambem|tb|tbm|em_troca|de_volta|logo ..1 mando|envio|mostro|mandarei|enviarei|mostrarei|mando_te|te_mando ..1 uma|umas|a|as minha|minhas',
      'mando|envio|mostro|mando_te|te_mando ..1 uma|umas minha|minhas ..1 tambem|tb|tbm|depois|em_troca|de_volta|primeiro',
      'mando|envio|mostro|mando_te|te_mando ..1 a|as|o|os|uma minha|minhas|meu|meus ..1 logo|logo_a_seguir|a_seguir|depois|em_seguida|ja_ja|na_hora|de_seguida',
      'eu ..1 mando|envio|mostro|mostro_me|me_mostro ..1 primeiro|antes ..1 [prometo|juro|confia|ok|tabom|ta|e_depois|depois]',
      'mostrar|mostro|mostrar_te|te_mostrar|te_mostro|mostro_te ..4 e|e_tu|e_vc|depois ..1 ver|vejo|mostras|mostra|mandas|manda ..1 as|os tuas|teus|suas|seus',
    ],
    unless: ['dinheiro|pix|pet|pets|item|itens|skin|skins|carta|cartas|pokemon|link|arquivo|ficheiro|trabalho|pagamento|comprovante|comprovativo|troca|trocar|jogo|receita|resumo|resumos|apontamentos|respostas|resposta|desenho|desenhos|viagem|ferias|praia|musica|playlist|morada|endereco|localizacao|parte|slide|slides|exercicio*'],
    examples: {
      match: ['eu depois mando uma minha 😏', 'mando uma minha tbm', 'eu mando primeiro prometo', 'quero te mostrar umas coisas e ver as tuas', 'eu mostro-me primeiro, juro', 'eu mando a minha logo a seguir'],
      ignore: ['eu mando primeiro o pix', 'eu mando primeiro o pet e depois tu mandas', 'depois mando a minha parte do trabalho', 'te mostro meus desenhos e vc me mostra os seus', 'depois mando a minha morada'],
    },
  },
  {
    // Round 20: a request, then "eu mando uma minha" with no "depois" ("mandas uma foto tua sem t-shirt? eu mando uma minha").
    id: 'ask-then-one-of-mine-r20',
    phrases: [
      '@send|mandas|envias|mostras ..6 eu ..1 mando|envio|mostro|te_mando|mando_te|te_envio|te_mostro ..1 uma|um|umas|uns ..1 minha|meu|minhas|meus',
    ],
    unless: ['fantasia|look|outfit|roupa_nova|vestido|cabelo|unhas|gato|gata|cachorro|cao|setup|quarto_novo|bolo|desenho|nota|notas|boletim|praia|viagem|festa|receita|prato|planta|plantas|tatuagem|make|maquiagem|maquilhagem|trabalho|exercicio|resposta|respostas|horario|meme|memes|musica|playlist|figurinha*|carta|cartas|cromos'],
    weight: 3,
    examples: {
      match: ['mandas uma foto tua sem t-shirt? eu mando uma minha'],
      ignore: ['manda foto da tua fantasia, eu mando uma minha', 'manda o teu horário que eu mando um meu'],
    },
  },
  {
    // Round 21: "lá eu te mostro uma coisa ... e vc me mostra a sua tb".
    id: 'ill-show-you-something-you-show-yours-r21',
    phrases: [
      'te_mostro|mostro_te|te_mando|mando_te|te_envio ..6 e|depois|dps|entao ..2 @you|tu ..1 me ..1 mostra|mostras|manda|mandas|envia|envias ..2 [a|o] sua|seu|tua|teu|tuas|teus',
      'te_mostro|mostro_te ..1 uma|umas|algo|alguma ..1 [coisa|coisinha|coisas|coisinhas] ..6 e|depois|dps|entao|se ..1 @you|tu ..2 mostra|mostras|mostrar|mostrares|me_mostra|me_mostras ..2 [a|o] sua|seu|tua|teu|tb|tambem|tbm',
    ],
    unless: ['colecao|colecoes|cromo|cromos|carta|cartas|figurinha*|pokemon|deck|decks|fichario|binder|booster*', 'parte|partes|resposta|respostas|tarefa|licao|tpc|trabalho|link|links|convite|meme|memes|musica|playlist|localizacao|numero|comprovante|comprovativo|pix|redacao|redacoes|texto|textos|resumo|resumos|nota|resultado|resultados|conta|contas|calculo|solucao|exercicio*', 'desenho*|caderno*|skin|skins|inventario|quarto|cao|gato|cachorro|notas|boletim|teste|prova|receita|bolo|casa|carro|bike|bicicleta|codigo|mapa|base|mundo|build|fanfic|oc|ocs|playlist|setup|jogada|clip|clipe', 'engracad*|piada|piadas|tiktok|reels|reel|video_do|video_da|o_teu_video|o_seu_video|na_escola|no_intervalo|look|roupa|tenis|compras'],
    examples: {
      match: ['la eu te mostro uma coisa q n da pra mandar aqui 😏 e vc me mostra a sua tb', 'te mostro uma coisinha e depois tu me mostras a tua', 'te mando e vc me manda a sua', 'te mostro uma coisinha se vc me mostrar tb'],
      ignore: ['te mostro uma coisa engraçada amanha e tu me mostras o teu video tb', 'te mostro o meu desenho e vc me mostra o seu', 'te mostro uma coisa da festa amanha', 'te mando a minha parte e tu me mandas a tua'],
    },
  },
  {
    // r23: a bare "te mando o meu tbm" is also a photocard or sticker trade: lighter on its own,
    // still a warning next to any photo request.
    id: 'ill-send-mine-too-r23',
    phrases: [
      'envio|mando|mostro|te_mando|te_envio|te_mostro ..2 [te] [uma|um|umas|uns|a|o] minha|meu|minhas|meus ..2 tambem|tb|tbm',
      // "manda primeiro q eu mando logo depois" is also how every pet or skin trade starts.
      'mandas|mostras|envias|manda|mostra|envia ..2 primeiro|primeira ..2 e|que eu ..1 mando|mostro|envio',
    ],
    unless: ['mando|envio|mostro da_minha|do_meu|das_minhas|dos_meus', 'colecao|colecoes|cromo|cromos|carta|cartas|figurinha*|pokemon|deck|decks|fichario|binder|booster*|pc|pcs|photocard*|album|frete|cep|endereco|morada|correio*', 'parte|partes|resposta|respostas|tarefa|licao|tpc|trabalho|link|links|convite|meme|memes|musica|playlist|localizacao|numero|comprovante|comprovativo|pix|redacao|texto|resumo|nota|resultado|conta|exercicio*', 'desenho*|caderno*|skin|skins|inventario|quarto|cao|gato|cachorro|boletim|teste|prova|receita|bolo|casa|carro|bike|bicicleta|codigo|mapa|base|mundo|build|nick|user|id|discord|horario|uniforme|camisa_do_time|look|fantasia|pet|pets'],
    weight: 2,
    examples: {
      match: ['manda uma selfie, eu mando a minha tbm', 'te mando o meu tbm', 'manda primeiro q eu mando logo depois'],
      ignore: ['te mando o meu pc tbm, frete por tua conta', 'te mando o meu link tbm', 'eu mando o meu nick tbm'],
    },
  },
  {
    // r23: "recebeste o que te mandei? agora manda tu".
    id: 'got-what-i-sent-now-you-r23',
    phrases: [
      'te_mandei|mandei_te|te_enviei|enviei_te|te_mostrei|mostrei_te ..6 agora|entao|vai ..1 manda|mandas|envia|envias|mostra|mostras ..1 tu|vc|voce',
    ],
    unless: ['link|links|resposta|respostas|trabalho|tarefa|tpc|parte|slide|slides|resumo|texto|redacao|pix|comprovante|comprovativo|codigo|nick|user|numero|localizacao|endereco|convite|meme|memes|musica|playlist|print|prints|figurinha*|cromo*|carta|cartas|pc|photocard*|skin|skins|pet|pets|item|itens|audio|audios|opiniao|feedback|voto|sugestao|ideia|ideias'],
    examples: {
      match: ['recebeste o que te mandei? agora manda tu', 'viste o que te mostrei? entao mostra tu'],
      ignore: ['recebeste o que te mandei? agora manda tu a tua opiniao', 'te mandei o audio, agora manda vc o seu', 'recebeste o link que te mandei? agora manda tu o teu', 'te mandei minha parte do trabalho, agora manda vc'],
    },
  },
  {
    // Round 24: "te mandei uma lá... agora é tua vez", "liga a camera, eu tbm ligo", "tira a roupa tbm igual eu".
    id: 'sent-mine-your-turn-r24',
    phrases: [
      'te_mandei|ja_te_mandei|ja_mandei|mandei|enviei|ja_enviei|te_enviei ..5 agora ..1 e|eh|ta|fica ..1 tua|sua ..1 vez',
      'liga|ligue|ligas|abre|abra ..2 camera|cam|webcam ..6 eu ..1 tbm|tambem|tb ..1 ligo|abro|mostro|tiro',
      'tira|tire|tiras|tirar ..2 roupa|blusa|camisa|camiseta|short|calca ..2 tbm|tambem|tb ..1 igual ..1 eu|a_mim|como_eu',
    ],
    unless: ['jogar|jogo|partida|rodada|ronda|carta|cartas|dado|dados|uno|xadrez|tabuleiro|reuniao|aula|meet|zoom|teams|professora|professor|prof|trabalho|grupo|call_do_grupo|calor|frio|lavar|maquina|chuva|molhad*'],
    examples: {
      match: ['te mandei uma lá... agora é tua vez, quero ver teu abdomen sem camisa', 'liga a camera la, quero te ver melhor 🙈 eu tbm ligo', 'tira a roupa tbm igual eu'],
      ignore: ['te mandei o link, agora é tua vez de jogar', 'liga a camera do meet, eu tbm ligo, a professora pediu', 'tira a blusa tbm igual eu q ta calor'],
    },
  },
  {
    // Round 25: a stranger's own photo first, then "agora é tua vez, manda uma tb, so pra ficar justo", "é justo, uma por uma", "mandei a minha, é chato deixar no vácuo".
    id: 'your-turn-to-be-fair-r25',
    phrases: [
      'tua|sua vez ..4 manda|mande|envia|envie|tira|tire ..1 uma|umas|a_tua|a_sua|um ..1 [tb|tbm|tambem|tmb|pra_mim|agora]',
      'manda|mande|envia|envie ..4 pra|para|so_pra|so_para ficar|ficarmos justo|quites|empatado|empatados',
      'e_justo|so_e_justo|nada_mais_justo ..3 uma_por_uma|um_por_um|uma_pela_outra|troca_justa',
      'mandei|te_mandei|eu_mandei|enviei ..1 a_minha|a_minha_foto|o_meu ..4 vacuo|nao_e_justo|injusto|tua_vez|sua_vez|agora_tu|agora_vc',
    ],
    unless: ['jogar|jogada|carta|rodada|pergunta|perguntas|partida|pizza|fatia|parte|redacao|trabalho|resumo|mensagem|msg|audio|resposta|respostas|tarefa|slide*|meme*|musica|piada|link|figurinha|sticker|dinheiro|pix|conta|bolo|lanche|receita|desenho'],
    examples: {
      match: ['agora é tua vez 😏 manda uma tb, so pra ficar justo', 'nao sejas esquisita, é justo, uma por uma', 'poxa eu mandei a minha, é chato deixar no vacuo', 'sua vez, manda uma agora'],
      ignore: ['tua vez, manda uma pergunta', 'mandei a minha parte do trabalho, nao me deixa no vacuo', 'manda o pix pra ficar quites'],
    },
  },
  {
    // Round 25: the classic trade in its plain form: "te mostro a minha se me mostrares a tua".
    id: 'ill-show-mine-if-you-show-yours-r25',
    phrases: [
      'te|ti|mostro_te|mando_te|envio_te ..1 [eu] mostro|mando|envio|mostrar|mandar ..1 a_minha|o_meu|minha|meu|as_minhas|os_meus ..3 se ..2 [me|tu|vc] mostrar|mostrares|mandar|mandares|enviar|enviares ..2 a_tua|o_teu|a_sua|o_seu|tua|teu|sua|seu|as_tuas|os_teus',
    ],
    unless: ['desenho|desenhos|redacao|trabalho|resumo|resumos|nota|notas|boletim|prova|teste|exercicio*|horario|lista|playlist|musica|setup|deck|skin|skins|cartas|figurinhas|colecao|caderno|apontamentos|receita|tatuagem|quarto|look|roupa|cachorro|gato'],
    examples: {
      match: ['te mostro a minha se me mostrar a tua', 'eu te mando a minha se tu mandares a tua 😏'],
      ignore: ['te mostro a minha redação se me mostrar a tua', 'te mostro meu setup se mostrar o teu'],
    },
  },
  {
    // Round 30: "nao é justo eu mandar e vc nao", "não é justo só eu mostrar".
    id: 'not-fair-only-i-sent-r30',
    phrases: [
      'nao_e_justo|injusto|nada_justo|nao_e_justo_so|nao_acho_justo ..2 [so] eu ..1 [ja] mandar|mandei|enviar|enviei|mostrar|mostrei|mandado|enviado|mostrado|ter_mandado|ter_enviado|ter_mostrado ..3 [e] vc|voce|tu|ce ..1 nao|n|nada',
      'nao_e_justo|injusto|nada_justo|nao_acho_justo ..1 so_eu ..1 mandar|enviar|mostrar|mostrar_me|ter_mandado|ter_enviado|ter_mostrado',
    ],
    unless: ['mensagem|mensagens|msg|msgs|audio|audios|responder|resposta|resposta*|trabalho|tpc|dever|resumo|apontamentos|meme|memes|link|dinheiro|pix|presente|prenda|convite|bom_dia|boa_noite|parabens|figurinha*|sticker*|kk*|haha*|rsrs*'],
    examples: {
      match: ['nao é justo eu mandar e vc nao', 'não é justo só eu mostrar', 'injusto eu ja ter mandado e tu nada'],
      ignore: ['nao é justo eu mandar mensagem e vc nao responder', 'nao é justo so eu mandar o resumo'],
    },
  },
] satisfies PatternEntry[];
