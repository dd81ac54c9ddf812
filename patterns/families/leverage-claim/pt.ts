import type { PatternEntry } from '../../schema';

const BENIGN_PHOTO = 'viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|excursao|visita_de_estudo|jogo|treino|apresentacao|trabalho|ensaio_da|show|concerto|te_mando|mando_te|te_passo|passo_te|no_drive|pen|bebe|crianca|pequena|pequeno|engracad*|k|kk*|haha*';

export default [
  {
    id: 'i-recorded-you',
    phrases: [
      'gravei|gravamos|filmei|printei|capturei|salvei|guardei|tenho_gravad*|tenho_salv*|tenho_guardad* ..3 nossa|nossas|nosso|nossos|a_nossa|tua|tuas|sua|suas|teu|teus|seu|seus ..2 chamada*|call|videochamada*|facetime|conversa*|chat|nude*|nudes|pack|video*|cam|live|momento|show',
      'gravei|gravamos|filmei|printei|capturei|salvei|guardei ..2 tudo|td ..3 [o_que|que|oq] [@you] ..3 fez|fizeste|fizemos|mostrou|mostraste|mandou|mandaste|disse|disseste',
      'gravei|filmei|printei|capturei|gravamos ..1 tudo|td',
      'te|ti gravei|filmei|printei|gravamos|filmamos',
      'gravei|printei|filmei|salvei ..2 a|o|essa|esse|aquela|aquele ..1 videochamada|chamada|call|facetime',
      'gravei|filmei|gravamos|filmamos te|ti|vc|voce ..3 pelad*|nua|nu|sem_roupa|a_mostrar|mostrando|fazendo|a_fazer|na_cam|na_camera|na_chamada|cam|webcam|camera|camara|videochamada|call',
      'tenho|tnh|temos ..2 gravacao|gravacoes|video|videos|print|prints ..2 da|das|do|dos nossa|nossas|nosso|nossos|tua|tuas|sua|suas chamada|chamadas|conversa|conversas|videochamada|call|calls',
      'tenho|tnh|temos ..2 gravad*|filmad* ..2 tudo|td|vc|voce|ti|@your',
      'tudo|td ..1 gravad*|filmad*|printad*|salvo|guardado',
      'ficou|ficaram|esta|estao|ta|tao ..1 tudo|td ..1 gravad*|salvo|guardado|printado',
    ],
    unless: ['cantando|a_cantar|dancando|a_dancar|dormindo|a_dormir|jogando|apresentacao|trabalho|aula|musica|ensaio|golo|gol|show|concerto|jogo|partida|jogada|treino|professor*|prof|stor|stora|explica*|reuniao|grupo|turma|palestra|podcast'],
    examples: {
      match: ['gravei vc pela sua webcam', 'gravei nossa chamada de video inteira kkk', 'gravei tudo o que fizeste na cam', 'te gravei pelada', 'tenho tudo gravado', 'printei todas as tuas nudes', 'salvei a nossa videochamada', 'ficou tudo gravado'],
      ignore: ['gravei a apresentação ontem, vou mandar pro professor', 'te gravei cantando kkk', 'gravei o jogo todo', 'gravei um video da festa'],
    },
  },
  {
    id: 'i-have-your-pics',
    phrases: [
      'tenho|tnh|tnho|temos|guardei|salvei|ainda_tenho ..3 @your ..1 nude*|nudes|pack|packs|fotos|foto|videos|video|fotinhas|prints|print|conversas|mensagens|segredos',
      'tenho|tnh|tnho|temos|guardei|salvei|ainda_tenho ..3 nude*|nudes|pack|fotos|foto|video|videos|fotinhas ..1 @your|de_vc|de_voce|de_ti|tua|tuas|sua|suas',
      'nude*|nudes|video*|foto*|fotinha* ..1 que [eu] tenho ..1 de|do|da|dos|das|teu|tua|seu|sua ..1 [vc|voce|ti|tu]',
      'tenho|tnh|temos ..2 print|prints|screenshot*|capturas|captura ..4 conversa*|mensag*|msgs|tudo|chat|nudes|fotos|chamada',
    ],
    unless: [BENIGN_PHOTO],
    examples: {
      match: ['tenho as tuas fotos 😈', 'tenho print de todas as nossas conversas', 'olha o video que eu tenho de vc', 'tenho nudes tuas', 'ainda tenho os teus videos'],
      ignore: ['tenho as tuas fotos da viagem, passo-tas amanhã', 'tenho fotos tuas da festa muito engracadas kkk', 'tenho print do meme', 'tira print da conversa e manda pra diretora'],
    },
  },
  {
    id: 'pics-you-sent',
    phrases: [
      'as_que|os_que|aquelas|aqueles|as_fotos_que|os_videos_que|a_foto_que|o_video_que|as_nudes_que ..2 [me|tu|vc] ..1 mandaste|mandou|enviaste|enviou|mostraste|mostrou',
    ],
    unless: [BENIGN_PHOTO, 'ficaram|ficou|lindas|lindos|linda|lindo|giras|giros|top|perfeitas|bonitas|adorei|amei'],
    weight: 3,
    examples: {
      match: ['as que mandaste ontem', 'aquelas que me enviou', 'as nudes que me mandaste'],
      ignore: ['as fotos que mandaste ficaram lindas', 'as fotos que mandaste da viagem'],
    },
  },
  {
    id: 'hacked-account',
    phrases: [
      'hackeei|hackiei|hackei|hakeei|hackeamos|invadi|clonei|clonamos|roubei ..3 @your|tua|sua ..1 conta|perfil|insta|instagram|snap|snapchat|celular|telemovel|icloud|email|whats|zap|face|facebook|tiktok|discord|roblox',
      'entrei_na|entrei_no|tenho_acesso|tenho_a_senha|tenho_a_password|sei_a_senha|sei_a_password ..3 @your|tua|sua ..1 conta|insta|instagram|snap|snapchat|celular|telemovel|icloud|email|whats|zap|face|facebook|tiktok|galeria|fotos|nuvem|cloud|discord',
      'tenho|tnh acesso ..2 a|ao|as|aos ..1 tudo|@your',
      'tenho|tnh|sei ..1 [a|tua|sua] senha|password|palavra_passe|pass|login ..2 [@your|do|da|de] [conta|insta|instagram|snap|email|whats|zap|tiktok|discord]',
    ],
    unless: ['escola|turma|grupo|moodle|google_classroom|classroom|wifi|wi_fi|netflix|spotify|disney'],
    examples: {
      match: ['hackeei sua conta do insta, tenho acesso a tudo', 'invadi o teu telemóvel', 'tenho acesso à tua galeria', 'tenho a tua senha do insta'],
      ignore: ['tenho acesso à conta da turma no classroom', 'qual a senha do wifi', 'entrei no teu perfil e vi as fotos da praia'],
    },
  },
  {
    id: 'i-know-your-contacts',
    phrases: [
      'tenho|tnh|salvei|guardei|copiei|vi|temos ..3 lista|print|prints ..3 @your ..1 seguidores|amigos|amigas|contatos|contactos|familia|familiares|parentes',
      'tenho|tnh|salvei|guardei|copiei|temos ..2 todos|todas ..2 @your ..1 seguidores|amigos|amigas|contatos|contactos|familiares|parentes',
      'fiz|tirei|tenho ..1 print|prints|screenshot|captura ..3 @your ..2 seguidores|amigos|contatos|contactos|lista',
      'sei|conheco|encontrei|achei ..2 quem ..1 sao|e|eh @your ..1 pais|pai|mae|familia|amigos|seguidores',
      'sei|encontrei|achei ..2 [o] [insta|instagram|face|facebook|perfil|numero] ..2 @your @family',
      'ja|eu ..1 encontrei|achei|tenho ..2 @your @family ..2 no|na face|facebook|insta|instagram|linkedin',
    ],
    examples: {
      match: ['tenho a lista de todos os teus seguidores', 'salvei todos os seus contatos', 'sei quem são os teus pais', 'encontrei o insta da tua mãe'],
      ignore: ['tenho muitos seguidores', 'sei quem é o teu professor', 'a lista de amigos da festa'],
    },
  },
  {
    id: 'its-you-on-camera',
    phrases: [
      'e|eh|es|sao @you|tu|ti|tuas|suas ..3 pelad*|nua|nu|nuzinha|nuzinho|sem_roupa|batendo_uma|a_bater_uma|bater_uma|se_tocando|te_tocando|a_tocar_te|a_te_tocar|se_masturbando|a_masturbar_te|te_masturbando|de_calcinha|de_cueca ..3 na|no|nessa|nesse|neste|nesta|da|do call|cam|camera|camara|webcam|chamada|videochamada|video|live|gravacao|print|foto',
      'reconhece|reconheces|lembra|lembras|lembras_te|olha|ve|olha_so ..4 @you|tu ..2 pelad*|nua|nu|sem_roupa|batendo_uma|a_bater_uma|se_tocando|a_tocar_te|se_masturbando|a_masturbar_te',
    ],
    unless: ['sonho|sonhei|sonhaste|pesadelo'],
    examples: {
      match: ['reconhece? é vc batendo uma na call', 'olha só vc pelada', 'é tu nua nesse video', 'és tu a masturbar-te na cam'],
      ignore: ['é vc na foto da festa?', 'olha vc no video do jogo', 'sonhei que vc tava pelada na aula kkk'],
    },
  },
  {
    id: 'in-our-possession',
    phrases: [
      'em|na nossa|minha posse ..4 gravac*|video*|foto*|imagens|material|conteudo*|nude*|prints|conversas',
      'possuo|possuimos|tenho|tnh|temos ..3 gravacoes|gravacao|imagens|material|conteudo*|videos|video|videozinho*|fotos|fotinhas ..1 intim*|comprometedor*|sexua*|explicit*|pelad*',
      'tenho|tnh|temos|guardei|salvei|ainda_tenho ..2 aquele|aquela|aqueles|aquelas|esse|essa|esses|essas ..1 video*|videozinho*|foto*|fotinha*|nude*|gravac*|print* ..2 @your|de_vc|de_voce|de_ti|teu|tua|seu|sua',
    ],
    unless: ['viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|excursao|jogo|treino|apresentacao|trabalho|show|concerto|te_mando|te_passo|no_drive|bebe|crianca|engracad*|dancando|a_dancar|cantando|a_cantar|caindo|a_cair|bebado|bebada|escola|turma|tpc'],
    examples: {
      match: ['Temos em nossa posse gravações íntimas suas', 'tenho aquele videozinho seu da chamada kkk', 'possuo imagens íntimas tuas', 'ainda tenho aquelas fotos tuas 😏', 'guardei aquele video seu'],
      ignore: ['tenho aquele video seu cantando kkk', 'tenho aquela foto tua da viagem', 'o material do trabalho está na minha posse', 'tenho aquele video do jogo'],
    },
  },
  {
    id: 'screen-recorded',
    phrases: [
      'gravei|gravamos|filmei|capturei|printei ..2 [a|tua|sua|toda_a] tela|ecra ..3 toda|inteira|tudo|td|da_chamada|da_call|da_cam|do_video|enquanto',
      'gravei|gravamos|filmei|capturei ..1 tua|sua tela|ecra',
    ],
    unless: ['jogo|partida|jogada|bug|erro|tutorial|aula|apresentacao|trabalho|reuniao|mostrar_te|te_mostrar|pra_veres|pra_vc_ver|live_do|stream|filme|serie|musica|receita'],
    examples: {
      match: ['gravei a tela toda mano', 'gravei a tela da chamada', 'filmei o ecrã inteiro enquanto tu te mostravas'],
      ignore: ['gravei a tela do jogo', 'gravei a tela toda pra te mostrar o bug', 'gravei a tela da aula'],
    },
  },
] satisfies PatternEntry[];
