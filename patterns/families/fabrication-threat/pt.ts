import type { PatternEntry } from '../../schema';

const SEX = 'pelad*|nua|nuas|nu|nude*|nudes|site_adulto|sites_adultos|site_porno|sites_porno|onlyfans|xvideos|pornhub|porno|porn*|sexo|sexual|sexuais|xxx|intim*|sem_roupa|safad*|putaria|prostituta|puta';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'montagem|montagens|fotomontagem|deepfake|deep_fake|photoshop|fotoshop|edito|editar|editada|editadas|editado|ia|inteligencia_artificial|ai ..4 ' + SEX,
      SEX.replace('nu|', '') + ' ..4 montagem|montagens|fotomontagem|deepfake|deep_fake|photoshop|editad*|falsa|falsas|falso|falsos|fake|com_ia|ia|inteligencia_artificial',
      'editar|edito|editarei|montar|monto|fazer_montagem|faco_montagem ..4 ninguem|ngm ..2 vai|ira|vao ..1 duvidar|desconfiar|distinguir ..2 [que_e|que_e_falso|que_e_fake|que_nao_es_tu|que_nao_e_vc|que_e_montagem|de_nada]',
      'por|ponho|meter|meto|colocar|coloco|botar|boto|colar|colo ..3 @your|tua|sua ..1 cara|rosto|cabeca|foto ..5 ' + SEX + '|corpo|video|videos',
      'tirar|tiro|tira|remover|removo ..3 @your|tua|sua|a ..1 roupa|roupas ..4 ia|app|aplicativo|aplicacao|ai|bot|site|photoshop',
      'ia|app|aplicativo|bot|site ..4 tira|tirar|tiro|remove|despir|despe ..2 roupa|roupas',
      'perfil|conta|insta|instagram|pagina ..1 falso|falsa|fake ..4 tuas|suas|teu|seu|tua|sua|@your|com_as_tuas|com_as_suas|em_teu_nome|em_seu_nome',
      'crio|criar|faco|fazer ..2 perfil|conta ..2 teu|tua|seu|sua|em_teu_nome|em_seu_nome|com_as_tuas|com_as_suas ..3 fotos|nudes|nude*',
      'editar|edito|editarei|montar|monto|alterar|altero ..3 @your|tuas|suas|teu|seu ..1 fotos|foto|video|videos|imagens ..4 pelad*|nua|nu|sem_roupa|porno|porn*|nude*|nudes|safad*',
      'ninguem|ngm ..2 vai [nem] saber|acreditar|perceber ..2 que|q e|eh ..1 falso|falsa|fake|montagem|mentira|editado|editada',
      'montagem|montagens|fotomontagem|deepfake|deep_fake|photoshop|fotoshop|edicao ..3 com|da|de ..1 [a|as] @your|tua|sua ..1 cara|rosto|fotos|foto|cabeca|corpo ..5 ' + SEX + '|corpo_de|corpo_nu',
      'fazer|faco|farei|criar|crio|criarei|gerar|gero|montar|monto ..3 video|videos|foto|fotos|imagens|imagem ..2 ' + SEX + ' ..4 com_a_tua|com_a_sua|com_o_teu|com_o_seu|contigo|com_vc|com_voce|de_ti|de_vc|teu|tua|seu|sua',
      // Undressing apps and AI: "com IA eu te deixo pelada", "vou usar inteligência artificial para te despir".
      'ia|inteligencia_artificial|app|aplicativo|aplicacao|bot|site|programa|programas ..5 te|ti|vc|voce ..1 despir|despe|desnudar|deixar_nua|deixar_nu|deixar_pelada|deixar_pelado|deixar_sem_roupa|deixo_nua|deixo_pelada|deixo_sem_roupa|tirar_a_roupa|tiro_a_roupa',
      'despir|despe|dispo|desnudar|deixar|deixo ..1 te|ti|vc ..1 [nua|nu|pelada|pelado|sem_roupa] ..4 ia|inteligencia_artificial|app|aplicativo|bot|site|programa|photoshop',
      'deepfake|deepfakes|deep_fake|deep_fakes ..3 @your|teu|tua|seu|sua|teus|tuas|de_ti|de_vc|de_voce|contigo|com_a_tua|com_a_sua',
      'poe|poem|pomos|coloca|colocam|mete|metem|cola|colam|ponho|coloco|meto|colo|por|colocar|meter|colar ..3 @your|tua|sua ..1 cara|rosto|cabeca ..3 qualquer|num|noutro|em_outro|num_outro|nos|noutros ..1 video|videos|foto|fotos|corpo|corpos|filme|filmes',
      '@your|tua|sua ..1 cara|rosto|cabeca ..2 num|noutro|em_outro|num_outro|no|em_um ..1 corpo ..2 pelad*|nu|nua|sem_roupa|de_atriz|de_outra|de_outro|porno',
      // Taking the face first, then where it goes: "pegar tua cara e colocar num vídeo +18".
      '@your|tua|sua ..1 cara|rosto|cabeca|carinha ..4 colocar|coloco|por|ponho|meter|meto|botar|boto|colar|colo|montar|monto ..3 num|em_um|no|noutro|num_outro|em|nuns ..1 video|videos|foto|fotos|corpo|filme|filmes ..4 ' + SEX + '|18|mais_18|adulto|adultos|deepfake|deepfakes|ia|inteligencia_artificial',
      // "com deepfake, todo mundo vai achar que é tu".
      'deepfake|deepfakes|deep_fake|montagem|montagens|photoshop|fotoshop ..6 todo_mundo|toda_a_gente|todos|geral|ninguem|ngm ..3 achar|acha|pensar|pensa|acreditar|duvidar ..2 que|q ..2 e|eh|es|era ..1 tu|vc|voce|mesmo_tu|mesmo_vc',
    ],
    // News and class talk about AI nudes: "li que a IA faz nudes falsos de qualquer pessoa".
    unless: ['li_que|vi_que|noticia|noticias|jornal|reportagem|medo|perigoso|perigosa|perigosos|cuidado|qualquer_pessoa|aula|cidadania|palestra|se_alguem|caso_alguem|crime|ilegal|proibido|proibida|denuncia|denunciar', 'recebi_isto|recebi_isso|recebi_esta|recebi_essa|recebi_uma_mensagem|recebi_uma_msg|me_mandaram_isto|me_mandaram_isso|mandaram_me_isto|mandaram_me_isso|de_um_perfil_fake|de_um_perfil_falso|de_uma_conta_fake|de_uma_conta_falsa|o_que_eu_faco|oq_eu_faco|o_que_devo_fazer', 'shrek|meme|memes|aniversario|niver|parabens', 'pra_avisar|para_avisar|vi_um_video|vi_uma_foto|vi_um_post|vi_um_tiktok'],
    examples: {
      match: ['vou pegar tua cara e colocar num video +18 com deepfake, todo mundo vai achar q é tu', 'pego a tua cara e ponho num video porno', 'faço um deepfake e toda a gente vai pensar que és tu', 'eu edito tua foto e coloco num site adulto, ninguem vai saber q é fake', 'vou editar tuas fotos e deixar tu pelada kkk', 'vou fazer uma montagem com a tua cara num video porno', 'faço fotos nuas com a tua cara', 'vou pegar suas fotos do insta e fazer uma montagem pelada', 'vou pôr a tua cara num vídeo porno', 'faço deepfake teu nua', 'tiro a tua roupa com ia', 'ninguém vai saber que é falso', 'faço fotos tuas nua com inteligência artificial', 'vou editar e ninguém vai duvidar', 'vou usar inteligência artificial para te despir', 'faço um deepfake teu', 'Tenho programas que põem a tua cara em qualquer vídeo.', 'photoshop faz milagres, tua cara num corpo pelado'],
      ignore: ['vi um video de IA com gente pelada e mandei pro grupo da turma pra avisar', 'recebi isso de um perfil fake: tenho teus videos, paga. o que eu faço?', 'peguei tua cara e coloquei num meme do shrek kkk', 'fiz uma montagem pro teu niver, todo mundo vai achar que és tu de bebé', 'li que a IA agora faz nudes falsos de qualquer pessoa, que medo', 'fiz uma montagem da turma pro aniversario', 'a ia do jogo é fraca', 'vou editar o video da festa', 'fiz uma montagem com a tua cara no corpo do shrek kkk', 'o app de ia deixa a tua cara de velho kkk', 'pus a tua cara no video do aniversario'],
    },
  },
  {
    // A montage of the person, then sent on: only a threat without a party, a meme or a birthday around it.
    id: 'montage-and-send',
    phrases: [
      'faco|fazer|farei|vou_fazer|crio|criar ..2 montagem|montagens|fotomontagem|deepfake ..1 tua|sua|teu|seu|de_ti|de_vc|contigo ..6 mando|envio|posto|publico|espalho|mandar|enviar|postar|publicar|espalhar|@family|escola|todos',
      'montagem|montagens|fotomontagem|photoshop|fotoshop|edicao ..6 @your|tua|sua ..1 cara|rosto|foto|fotos ..6 mando|envio|posto|publico|espalho|divulgo|mandar|enviar|postar|publicar|espalhar|divulgar|todos|toda_a|escola|turma|@family',
    ],
    unless: ['aniversario|niver|parabens|festa|casamento|batizado|formatura|homenagem|surpresa|meme|memes|shrek|bebe|de_bebe|crianca|video_da_turma|fim_de_ano|natal|haha*|rsrs*|brincadeira|zoeira'],
    weight: 5,
    examples: {
      match: ['se não me mandares mais, faço uma montagem tua e mando aos teus pais', 'vou fazer montagem com tua cara e mandar pra escola toda'],
      ignore: ['faço uma montagem tua pro aniversario e mando no grupo da familia', 'vou fazer uma montagem tua com fotos de bebé pra festa'],
    },
  },
  {
    // Nudify apps: "sabe aqueles apps de IA q tiram a roupa? ja fiz umas tuas".
    id: 'undress-app-r10',
    phrases: [
      'ia|app|apps|aplicativo|aplicativos|site|bot|programa ..4 tira|tiram|tirar|remove|removem|remover|despe|despem|despir ..2 roupa|roupas ..6 @your|tuas|teus|tu|vc|te|ti|fiz|criei|gerei|fazer',
      'fiz|criei|gerei|montei|fizemos ..2 [umas|uns|uma|um] tuas|teus|suas|seus|tua|sua ..4 pelad*|nua|nu|nudes|sem_roupa|com_ia|ia|no_app',
    ],
    unless: ['noticia|reportagem|jornal|cuidado|proibi*|crime|denuncia*|palestra|golpe|alerta|escola_avisou|vi_que|li_que'],
    weight: 5,
    examples: {
      match: ['peguei as fotos do teu insta. sabe aqueles apps de IA q tiram a roupa? ja fiz umas tuas', 'fiz umas tuas pelada com ia'],
      ignore: ['vi no jornal que tem app de IA que tira a roupa, cuidado', 'fiz umas tuas fotos na praia'],
    },
  },
  {
    // "vou editar tuas fotos e fazer parecer q tu ta pelada".
    id: 'edit-to-look-naked-r10',
    phrases: [
      'editar|edito|editarei|montar|monto|mexer|mexo|alterar|altero|manipular|manipulo ..3 @your ..1 @photo ..6 parecer|parecendo|parece|pareca|fique|fiques|ficar ..3 pelad*|nua|nu|sem_roupa|de_calcinha|de_cueca|em_pelota',
    ],
    unless: ['kk*|haha*|rsrs*|filtro|cor|cores|brilho|vintage|velha|velho|zumbi|vampiro|palhaco'],
    weight: 5,
    examples: {
      match: ['vou editar tuas fotos e fazer parecer q tu ta pelada, ai manda pra galera toda', 'edito tua foto e parece que ta nua'],
      ignore: ['vou editar tuas fotos e fazer parecer q tu ta velha kkk', 'editar tua foto pra parecer zumbi'],
    },
  },
  {
    // "com IA eu faço um video teu pelada", "vou fazer parecer que tu é uma garota de programa".
    id: 'ai-makes-you-naked-r10',
    phrases: [
      'com_ia|com_inteligencia_artificial|deepfake|com_a_ia|numa_ia|no_app|com_app ..6 pelad*|nua|nu|nudes|sem_roupa|porno|de_calcinha|de_cueca',
      'fazer|faco|faz|fazia ..1 parecer ..2 que|q ..2 [@you|tu] ..2 e|es|eh|era|fosse ..1 [uma|um] garota_de_programa|garoto_de_programa|prostituta|puta|acompanhante|vadia|piranha|atriz_porno|ator_porno',
    ],
    unless: ['noticia|reportagem|jornal|cuidado|proibi*|crime|denuncia*|palestra|golpe|alerta|vi_que|li_que|kk*|haha*|rsrs*|filtro|avatar|anime|desenho|fantasia'],
    weight: 5,
    examples: {
      match: ['com IA eu faço um video teu pelada em 5 minutos', 'vou fazer parecer que tu é uma garota de programa'],
      ignore: ['li que com ia fazem fotos nuas de famosas, cuidado', 'com ia fiz um avatar teu de anime'],
    },
  },
  {
    // "da pra deixar vc pelada numa foto q parece real", "vou montar tua cara num video +18".
    id: 'make-you-naked-looks-real-r11',
    phrases: [
      'deixar|deixo|deixava|por|ponho|colocar|coloco|fazer|faco ..1 @you|te|ti|tu ..2 pelad*|nua|nu|sem_roupa ..4 foto|fotos|video|videos|montagem|ia|app|parece|pareca|real|verdadeira|verdade',
      'montar|monto|montarei|colocar|coloco|por|ponho|botar|boto|colar|colo|meter|meto ..1 @your|a_tua|a_sua ..1 cara|rosto|cabeca|carinha ..2 num|em_um|no|nuns|numa|em_uma ..1 video|videos|foto|fotos|corpo|filme|filmes ..2 18|mais_18|adulto|adultos|porno|porn*|pelad*|nu|nua|safad*|sexo',
    ],
    unless: ['li_que|vi_que|noticia|noticias|jornal|reportagem|medo|cuidado|aula|palestra|se_alguem|crime|ilegal|denuncia|meme|memes|shrek|aniversario|niver|recebi_isto|recebi_isso|o_que_eu_faco|oq_eu_faco'],
    weight: 5,
    examples: {
      match: ['da pra deixar vc pelada numa foto q parece real kkk', 'vou montar tua cara num video +18 e espalhar no grupo da escola', 'ponho a tua cara num video porno'],
      ignore: ['vi que a ia consegue deixar te pelada numa foto, que medo', 'vou montar tua cara num meme do shrek kkk'],
    },
  },
  {
    // "senao uso os teus dados e a tua foto para abrir contas em teu nome": identity misuse as leverage.
    id: 'use-your-data-and-photo-r12',
    phrases: [
      'senao|se_nao|ou|caso_contrario|vou|posso|eu ..3 uso|usar|utilizo|utilizar ..3 @your|os_teus|a_tua|os_seus|a_sua|as_tuas|as_suas ..1 dados|foto|fotos|documento*|cartao_cidadao|identidade|rg|cpf|bi|nome|rosto|cara ..6 abrir|criar|fazer|crio|abro|faco ..2 conta|contas|perfil|perfis|emprestimo|emprestimos|cadastro*',
      'abrir|criar|abro|crio ..2 conta|contas|perfil|perfis|emprestimo|emprestimos ..2 em ..1 teu|seu nome ..6 digo|falo|conto|denuncio ..3 policia|policial|autoridades ..3 que|q',
    ],
    unless: ['banco_me_ajudou|abrir_conta_no_banco_contigo|te_ajudo_a_abrir|ajudar_a_abrir|pediste|pediu|mae|pai|secretaria|escola|matricula|inscricao|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['agora tens de pagar 200 euros por MB WAY senao uso os teus dados e a tua foto para abrir contas em teu nome e digo a policia que foste tu', 'vou usar teu rg e tua foto pra criar perfis falsos', 'ou uso a tua cara para criar um perfil'],
      ignore: ['vou usar a tua foto para criar o cartao da escola, como pediste', 'posso usar os teus dados para fazer a inscricao?'],
    },
  },
  {
    // Announcing the tool as leverage: "tenho uma app de IA que despe qualquer pessoa", "ja fiz a tua".
    id: 'i-have-an-undress-app-r13',
    phrases: [
      'tenho|tnh|uso|conheco|baixei|instalei|temos ..3 app|apps|aplicativo|aplicacao|site|ia|bot|programa ..4 despe|despem|desnuda|desnudam|tira_a_roupa|tiram_a_roupa|tira_roupa|deixa_nua|deixa_nu|deixa_pelad*|poe_nua|poe_pelad*',
      'app|aplicativo|aplicacao|site|ia|bot|programa ..3 deixa|poe|deixar|por ..2 qualquer|qualquer_uma|qualquer_um|qualquer_pessoa|tu|te|vc|voce ..1 pelad*|nua|nu|sem_roupa',
      'app|aplicativo|aplicacao|ia|bot|programa ..4 despe|desnuda|tira_a_roupa|deixa_nua|deixa_pelad* ..2 qualquer|qualquer_uma|qualquer_um|qualquer_pessoa|qualquer_foto|quem_eu_quiser|tu|te|vc|voce',
    ],
    unless: ['noticia|reportagem|jornal|cuidado|proibi*|crime|denuncia*|palestra|golpe|alerta|vi_que|li_que|ouvi_que|diz_que|dizem_que|proibido|ilegal|medo|nojo|horror'],
    weight: 5,
    examples: {
      match: ['tenho uma app de IA que despe qualquer pessoa 😂', 'baixei um app que deixa qualquer uma pelada, queres ver a tua?'],
      ignore: ['vi no jornal que ha uma app de ia que despe qualquer pessoa, que nojo', 'cuidado, tem site que tira a roupa das fotos, é crime'],
    },
  },
  {
    // "fiz com IA usando as fotos do teu insta", "montei no photoshop com a tua cara".
    id: 'made-it-with-ai-from-your-profile-r15',
    phrases: [
      'fiz|montei|criei|gerei|editei|fizemos|fabriquei ..3 ia|deepfake|photoshop|montagem|edicao|inteligencia_artificial ..4 teu|tua|seu|sua|teus|tuas|seus|suas ..1 instagram|insta|perfil|fotos|foto|cara|rosto|face|tiktok|facebook',
      'fiz|montei|criei|gerei|editei|fabriquei ..4 teu|tua|seu|sua|teus|tuas|seus|suas ..1 instagram|perfil|fotos|foto|cara|rosto|face ..3 ia|deepfake|photoshop|app|montagem ..6 nude*|nua|nu|pelad*|porno*|sexo',
      'peguei|usei|botei|joguei|coloquei|meti|passei ..3 @your|tuas|suas|teu|seu ..1 fotos|foto|cara|rosto|selfies ..6 ia|deepfake|inteligencia_artificial|montagem|photoshop|app_de_nude*|app_que_tira_a_roupa',
      'meti|coloquei|botei|pus|montei|colei ..2 @your|a_tua|a_sua|o_teu|o_seu ..1 cara|rosto|foto|face|cabeca ..4 video|foto|fotos|filme|corpo ..1 porno|adulto|pelad*|nu|nua|de_sexo|xxx|de_outra|de_outro',
      '@your|o_teu|o_seu|a_tua|a_sua ..1 instagram|perfil|face|facebook|tiktok|galeria ..3 fotos|foto|selfies ..3 suficientes|suficiente|bastante|o_bastante|que_chegue|que_cheguem ..4 fazer|montar|criar|gerar|fabricar ..4 ia|nude*|nudes|deepfake|montagem|photoshop|inteligencia_artificial',
      'se|senao|se_nao ..1 nao|n ..1 pagar|pagares|mandar|mandares|fizer|fizeres ..3 faco|fazer|vou_fazer|crio|monto ..2 mais ..3 [e] posto|espalho|publico|divulgo|mando|envio',
    ],
    unless: ['trabalho|escola|turma|aula|professor*|prof|projeto|projecto|meme*|figurinha*|sticker*|avatar|desenho|arte|fanart|aniversario|prenda|presente|convite|video_de_homenagem|homenagem|bolo|anime|ghibli|cartoon|pixar|disney|fofa|fofo|fofinha|fofinho', 'golpe|cuidado|noticia|reportagem|policia|li_que|vi_que'],
    weight: 5,
    examples: {
      match: ['parece vc ne? fiz com IA usando as foto do teu insta. ta perfeito kkkk', 'montei no photoshop com a tua cara, ficou igualzinho', 'peguei tuas fotos do face e joguei numa IA, olha como ficou', 'meti a tua cara num video porno com uma app, ficou mesmo real', 'o teu insta tem fotos suficientes pra eu fazer o que quiser com IA', 'problema teu. se nao pagar faço mais uns 10 e posto no tiktok'],
      ignore: ['fiz com IA usando as fotos do teu insta um convite de aniversario', 'fiz uma figurinha com a tua cara kkk', 'joguei tuas fotos numa IA e virou anime', 'passei tua foto no app de IA estilo ghibli, ficou fofa', 'montei no photoshop o trabalho de artes com a tua foto', 'faço mais uns videos e posto no tiktok amanha'],
    },
  },
  {
    // Undressing apps and bots: "vou passar tua foto num app de despir", "meto a tua selfie num bot que tira a roupa".
    id: 'your-photo-in-an-undress-app-r16',
    phrases: [
      'passar|passo|meter|meto|colocar|coloco|por|ponho|jogar|jogo|usar|uso ..3 @your|tuas|teus ..1 foto|fotos|selfie|selfies|cara|rosto|foto_de_perfil ..4 app|aplicativo|site|bot|ia ..3 despir|despe|tira_a_roupa|tirar_a_roupa|tira_roupa|deixa_nua|deixa_pelada|deixa_pelado|nudify|undress|nudificar',
    ],
    unless: ['noticia|jornal|reportagem|alerta|cuidado|proibid*|crime|denuncia*|golpe|palestra|viste|vi_que'],
    examples: {
      match: ['vou passar tua foto num app de despir', 'meto a tua selfie num bot que tira a roupa e mando pra turma'],
      ignore: ['viste a noticia? passaram a foto de uma atriz num app de despir, é crime', 'uso tua foto no app de filtro de cachorro kkk'],
    },
  },
  {
    // Past tense, the undressing already done: "a IA tirou tua roupa, ficou igualzinho".
    id: 'the-ai-undressed-you-r18',
    phrases: [
      'ia|app|aplicativo|aplicacao|site|bot|programa|deepfake|inteligencia_artificial ..2 tirou|removeu|apagou|despiu|desnudou ..1 [a|as] @your|tua|sua ..1 roupa|roupas|camisola|blusa|camiseta|biquini|vestido',
      'ia|app|aplicativo|aplicacao|site|bot|programa|deepfake|inteligencia_artificial ..2 te|ti|vc|voce ..1 despiu|desnudou|deixou_nua|deixou_nu|deixou_pelada|deixou_pelado|deixou_sem_roupa',
    ],
    unless: ['filtro_de_envelhecer|envelhecer|anime|desenho|cartoon|avatar|chapeu|oculos|cabelo|barba|fundo'],
    examples: {
      match: ['a IA tirou tua roupa kkk ficou igualzinho', 'o app te deixou pelada, quer ver?'],
      ignore: ['o app tirou o fundo da tua foto', 'a IA te deixou com cabelo rosa kkk'],
    },
  },
  {
    // Montages already made, offered for posting: "ja fiz umas montagens tuas. quer que eu poste?".
    id: 'made-montages-want-me-to-post-r18',
    phrases: [
      'montagem|montagens|deepfake|deepfakes|edicao|edicoes|fake|fakes ..6 quer|queres ..1 que|q ..1 eu ..1 poste|publique|mande|envie|espalhe|mostre|partilhe',
    ],
    unless: ['aniversario|niver|festa|homenagem|parabens|album|colagem|meme|memes|capa|thumbnail|trabalho|projeto|projecto|escola|turma|viagem|casamento|formatura'],
    examples: {
      match: ['ja fiz umas montagens tuas, ficaram top. quer que eu poste?', 'o deepfake ficou real demais, queres que eu mande pra tua mae?'],
      ignore: ['fiz a montagem do video do niver, queres que eu poste?', 'a edicao do trabalho ta pronta, queres que eu envie?'],
    },
  },
  {
    // Round 21: a fake profile in the child's name messaging their class: "crio uma conta com a tua cara e falo com a turma a fingir que és tu".
    id: 'fake-account-pretending-to-be-you-r21',
    phrases: [
      'criar|crio|criarei|faco|fazer|farei|abro|abrir ..2 conta|perfil|perfis|fake|insta|instagram ..2 com ..1 tua|sua|tuas|suas|a_tua|a_sua|as_tuas|as_suas ..1 cara|rosto|fotos|foto|nome|carinha',
      'faco|crio|fazer|criar|vou_fazer|vou_criar|abro|abrir ..1 um|uma ..1 fake|perfil_fake|conta_fake|perfil_falso|conta_falsa ..1 teu|tua|seu|sua|de_ti|de_vc|de_voce|com_teu_nome|com_o_teu_nome|com_tuas_fotos|com_as_tuas_fotos',
      'conta|perfil|fake ..2 fingindo|a_fingir|fingir ..1 ser ..1 tu|voce|vc|ti ..6 falar|mandar|chamar|escrever|enviar ..3 todos|todas|toda_a_gente|todo_mundo|@audience|@family',
      'mandar|mando|mandarei|enviar|envio|falar|falo|chamar|chamo|escrever|escrevo ..2 [mensagem|msg|mensagens|dm] ..4 toda_a_gente|todo_mundo|todos|todas|@audience|@family ..6 fingir|fingindo|a_fingir|como_se_fosses|como_se_fosse|passando_por_ti|passando_por_voce|fazendo_me_passar|a_fazer_me_passar',
    ],
    unless: ['jogo|personagem|avatar|roblox|minecraft|oc|fanfic|rpg|equipa|clube|site_da_escola|festa|surpresa|aniversario|brincadeira_de_1_de_abril|fan_account|fanpage|fa_clube|golpe|cuidado|denuncia'],
    examples: {
      match: ['vou criar uma conta com a tua cara e mandar mensagem a toda a gente da tua turma a fingir que és tu', 'faço um perfil com tuas fotos', 'faço um fake teu e espalho no servidor', 'vou fazer uma conta fingindo ser você e falar com todos os teus amigos'],
      ignore: ['vou criar uma conta com o teu nome no site da escola', 'vou fazer um perfil com a tua cara no roblox kkk avatar igual'],
    },
  },
  {
    // Round 22: a Telegram "nudify" bot or its operator: "manda foto de alguem da tua sala q o bot deixa pelada".
    id: 'nudify-bot-r22',
    phrases: [
      'bot|app|aplicativo|ia|site|programa ..4 deixa|deixar|tira|tirar|despe|despir|remove|remover ..2 pelad*|nua|nuas|nu|nus|sem_roupa|sem_roupas|a_roupa|as_roupas',
      'nudify|undress|deepnude|desnudar|desnuda',
    ],
    unless: ['noticia|noticias|jornal|reportagem|proibido|proibiram|proibir|crime|policia|denuncia*|alerta|cuidado|perigo|perigoso|palestra|golpe|golpes|se_alguem|caso_alguem'],
    weight: 4,
    examples: {
      match: ['manda foto de alguem da tua sala q o bot deixa pelada', 'nosso bot tira a roupa de qualquer foto, manda a sua', 'bot nudify gratis, manda a foto'],
      ignore: ['a escola alertou sobre um app que deixa as pessoas nuas, cuidado', 'saiu no jornal que proibiram o bot que tira a roupa das fotos', 'o bot do servidor tira o cargo de quem sai'],
    },
  },
  {
    // r23: a fake account in the person's name: "vou criar uma conta com teu nome e postar tudo".
    id: 'account-in-your-name-r23',
    phrases: [
      'criar|crio|fazer|faco|abrir|abro ..1 um|uma ..1 conta|perfil|instagram|pagina|fake ..3 com ..1 teu|tua|seu|sua|o_teu|o_seu ..1 nome|cara|rosto|foto|fotos ..4 postar|posto|publicar|publico|espalhar|espalho|mandar|mando|divulgar',
    ],
    unless: ['jogo|servidor|time|equipa|grupo_da_turma|escola|projeto|trabalho|surpresa|aniversario|niver|fa_clube|fanclube|fanpage'],
    examples: {
      match: ['vou criar uma conta com teu nome e postar tudo'],
      ignore: ['vou criar uma pagina com teu nome pro projeto e postar os trabalhos'],
    },
  },
  {
    // Round 25: AI "nudify" apps and edits sent to the school: "com esses app de IA da pra deixar qualquer uma pelada", "faço as montagens e mando pro grupo".
    id: 'ai-app-makes-you-naked-r25',
    phrases: [
      'app|apps|aplicativo|aplicativos|aplicacao|de_ia|com_ia|a_ia|da_ia|usando_ia|inteligencia_artificial ..6 deixar|deixo|ficar|fica|ficas|tirar_a_roupa|tiro_a_roupa ..3 pelada|pelado|nua|nu|sem_roupa|peladinha|peladinho',
      'faco|fazer|faria|vou_fazer|crio|criar|monto|montar|gero|gerar ..2 montagem|montagens|fake|fakes|deepfake|deepfakes|edicao|edicoes ..6 mando|envio|posto|espalho|jogo|publico|mostro|pro_grupo|na_escola|pra_escola|pros_teus|pros_seus',
    ],
    unless: ['reportagem|noticia|noticias|proibido|proibiram|proibir|crime|crimes|denuncia*|lei|golpe|cuidado|polemica|escandalo|palestra|vitima|vitimas|policia|absurdo|nojento|preso|presos', 'trabalho|projeto|projecto|apresentacao|meme*|video_engracado|aniversario|festa|surpresa|tiktok_da_turma'],
    examples: {
      match: ['tenho umas fotos tuas do insta, e tu sabe q com esses app de IA da pra deixar qualquer uma pelada', 'faço as montagens e mando pro grupo da escola', 'com a IA eu deixo-te nua em 2 minutos'],
      ignore: ['viste a noticia? um app de IA que deixa as pessoas nuas foi proibido', 'faço a montagem do video da festa e mando pro grupo', 'vou fazer umas montagens engraçadas e mando pro grupo, meme puro'],
    },
  },
  {
    // Round 27: the veiled "com IA dá pra fazer qualquer coisa hoje em dia, até foto pelada" after "peguei tua foto da turma".
    id: 'ai-can-make-nudes-now-r27',
    phrases: [
      'ia|inteligencia_artificial|deepfake|app|aplicativo ..3 da|consigo|consegue|posso|pode|podes|faz|faco ..1 [pra|para] fazer|criar|gerar|montar ..1 qualquer_coisa|tudo|o_que_quiser|o_que_eu_quiser|oq_quiser ..6 foto|fotos|video|videos|imagem|imagens|montagem ..1 ' + SEX,
      'ia|inteligencia_artificial|deepfake|app|aplicativo ..3 da|consigo|consegue|posso|pode|podes|faz|faco ..1 [pra|para] fazer|criar|gerar|montar ..3 foto|fotos|video|videos|imagem|imagens|montagem ..1 ' + SEX + ' ..3 tua|tuas|teu|teus|sua|suas|de_ti|de_vc|de_voce|contigo|com_vc',
      'edit|edits|edicao|edicoes|editei ..3 ' + SEX + '|sexy|hot|ousad*',
      'peguei|tenho|guardei|salvei|baixei ..2 @your|tua|sua ..1 foto|fotos ..2 da|do ..1 turma|escola|colegio|perfil|insta|instagram ..6 ia|inteligencia_artificial|deepfake|montagem|photoshop|editar|edito',
    ],
    unless: ['famos*|noticia|noticias|reportagem|absurdo|nojo|crime|proibi*|golpe|golpes|cuidado|palestra|lei|denuncia*|policia|aconteceu_com|fizeram_com|viste_o_que|viu_o_que|artista|cantora|atriz|ator'],
    weight: 3,
    examples: {
      match: ['com IA da pra fazer qualquer coisa hoje em dia ne, ate foto pelada', 'peguei tua foto da turma, com ia eu faço o resto', 'peguei a foto do teu perfil e fiz umas edits bem safadas'],
      ignore: ['viu o que fizeram com a atriz? com ia da pra fazer ate foto pelada, que nojo', 'cuidado: com ia da pra fazer foto pelada de qualquer um, a policia avisou', 'viste as edits safadas daquela cantora? que nojo'],
    },
  },
  {
    // Round 35: a real photo taken and turned into a nude: "vou pegar uma foto tua do insta e montar uma nua",
    // "pego tuas fotos e transformo em nudes", "monto uma pelada tua, todo mundo vai acreditar".
    id: 'take-photo-make-nude-r35',
    phrases: [
      'pegar|pego|pegarei|peguei|roubar|roubo|roubei|baixar|baixo|baixei|salvar|salvo|salvei|usar|uso ..2 [uma|umas|a|as] @photo|@your ..1 @photo|tua|tuas|sua|suas|teu|teus|seu|seus|de_ti|de_vc ..5 montar|monto|montarei|fazer|faco|farei|transformar|transformo|editar|edito|criar|crio|gerar|gero ..2 [uma|umas|um|uns|em|numa|numas|num] nua|nuas|nu|pelada|peladas|pelado|nude|nudes|porno|sem_roupa',
      'montar|monto|montarei|fazer|faco|farei|criar|crio|gerar|gero ..1 uma|umas|um|uns ..1 nua|nuas|pelada|peladas|nude|nudes ..2 tua|tuas|sua|suas|teu|teus|seu|seus|de_ti|de_vc|com_a_tua_cara|com_a_sua_cara|com_tua_cara|com_sua_cara',
      'montar|monto|montarei|editar|edito|fazer|faco|farei|transformar|transformo ..4 nua|nuas|pelada|peladas|nude|nudes|sem_roupa ..6 todo_mundo|toda_a_gente|todos|geral|ninguem|ngm ..2 vai|vao|ira|irao ..1 acreditar|achar|duvidar|desconfiar|perceber',
    ],
    unless: ['li_que|vi_que|noticia|noticias|jornal|reportagem|cuidado|qualquer_pessoa|aula|palestra|se_alguem|caso_alguem|crime|ilegal|denuncia|denunciar|o_que_eu_faco|oq_eu_faco', 'estatua|escultura|pintura|desenho|modelo_vivo|museu|arte|quadro|boneca|boneco|manequim|shrek|meme|memes'],
    weight: 5,
    examples: {
      match: ['pego tuas fotos do perfil e transformo em nudes', 'vou montar umas nudes tuas', 'edito e te deixo pelada, todo mundo vai acreditar', 'vou usar uma foto sua e fazer uma pelada'],
      ignore: ['vi que tem apps que pegam uma foto tua e fazem nudes, cuidado', 'vou pegar uma foto tua pro album e fazer um quadro', 'na aula de arte vamos desenhar uma estatua nua'],
    },
  },
  {
    // Round 36: a montage threatened on its own, the sending comes next: "entao vou fazer uma montagem com sua cara".
    id: 'montage-with-your-face-r36',
    phrases: [
      'vou|vo|vai|irei|posso|ja_vou|eu_faco|faco|farei ..1 fazer|criar|montar ..1 [uma|umas|um] montagem|montagens|fotomontagem|deepfake|edit ..2 com|da|de ..1 [a] tua|sua|teu|seu ..1 cara|rosto|cabeca|foto|fotos',
      'vou|vo|posso|ja_vou ..1 fazer|criar|montar ..1 [uma|umas] montagem|montagens|fotomontagem|deepfake ..1 [tua|sua] ..1 pelada|pelado|nua|nu|sem_roupa',
    ],
    unless: ['aniversario|niver|parabens|festa|casamento|batizado|formatura|homenagem|surpresa|meme|memes|shrek|bebe|de_bebe|crianca|video_da_turma|fim_de_ano|natal|haha*|rsrs*|kk*|brincadeira|zoeira|figurinha|figurinhas|sticker|stickers|trabalho|aula|projeto|projecto|capa|album|filtro|gato|cao|cachorro|mona_lisa|super_heroi|capitao|barbie'],
    examples: {
      match: ['vou fazer uma montagem com a tua cara', 'ja vou montar uma montagem com o seu rosto', 'posso fazer uma montagem tua pelada'],
      ignore: ['vou fazer uma montagem com a tua cara pro niver da ana', 'vou fazer figurinha com sua cara kkk', 'vou fazer uma montagem com a tua cara no shrek'],
    },
  },
] satisfies PatternEntry[];
