import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    phrases: [
      'me|mim chama|chame|add|adiciona|adicione|segue|siga|manda|mande|fala|chamar|adicionar|seguir [mensagem|msg|uma_mensagem|dm|um_oi|oi|uma_msg] [la|ai|aqui|tb|tambem|entao] no|na|pelo|pela|em @app',
      'tc|teclar|teclamos|chama|chame|chamo|fala|falamos|papo no|na|pelo|pela @app',
      'chama|chame|add|adiciona|adicione|segue|siga|contacta|contacte me no|na|pelo|pela|em @app',
      'add|adiciona|adicione|segue|siga|chama [la|ai] [no|o|a] meu|minha @app',
      'manda|mande|envia|envie ..1 me|mim ..1 [uma] mensagem|msg|mensagens|sms|mensagenzinha ..1 no|na|pelo|pela @app',
      'fala|falar|conversa|conversar|teclar|tecla ..1 comigo ..1 no|na|pelo|pela @app',
      'baixa|baixe|instala|instale|descarrega|descarregue|faz|faca|cria|crie ..2 [o|a|um|uma] [conta_no|conta_na|conta_de] @app ..3 [pra|para|que|e|q] ..2 [a_gente|nos|eu] ..1 falar|falarmos|conversar|conversarmos|te_chamo|te_mando|chamo|falamos|conversamos|teclar|melhor|privado',
      // Private messengers by name: "baixa o signal, lá as msg somem sozinhas".
      'baixa|baixe|instala|instale|descarrega|descarregue|baixar|instalar ..1 [o|a|ai|la] signal|session|threema|wickr|kik|wire|element|viber|telegram ..4 [la|ali|onde|que|q|pra|para] ..2 [as|os] msg|msgs|mensagens|conversas|chats|fotos ..2 somem|desaparecem|apagam|sumem|se_apagam|se_autodestroem|autodestroem|temporarias',
      'baixa|baixe|instala|instale|descarrega|descarregue|baixar|instalar ..1 [o|a|ai|la] signal|session|threema|wickr|kik|wire|element ..3 [pra|para|e|que|q] ..2 [a_gente|nos] ..1 falar|falarmos|conversar|conversarmos|te_chamo|chamo|falamos|conversamos|teclar',
      // "cria um snap e me add".
      'cria|crie|faz|faca|baixa|baixe|instala|instale ..1 [um|uma|o|a] [conta_no|conta_na|conta_de|conta] @app ..2 [e] ..1 me_add|me_adiciona|adiciona_me|me_segue|segue_me|me_chama|chama_me|add_me|me_manda|manda_me',
    ],
    unless: ['grupo_da_turma|grupo_da_sala|grupo_da_escola|grupo_do_trabalho|whats_novo|numero_novo|troquei_de_numero|mudei_de_numero', '@app ..4 grupo|turma|equipe|equipa|time|servidor|server|galera|pessoal|trabalho|projeto|projecto|aula|escola|jogo|partida|clan|cla'],
    examples: {
      match: ['cria um snap e me add', 'baixa o signal, la as msg somem sozinhas', 'instala o session que la as mensagens desaparecem', 'manda-me mensagem no whatsapp', 'fala comigo no telegram que aqui não dá', 'baixa o telegram pra gente falar', 'instala o signal que te chamo la', 'me chama no zap', 'me add no insta', 'adiciona-me no snap', 'me chama no pv', 'segue meu insta', 'chama-me no telegram', 'me chama no whats'],
      ignore: ['me adiciona no whats novo, vou te colocar no grupo da turma', 'me chama no discord que o grupo ta la', 'adiciona-me no whatsapp da turma', 'eu apaguei o snap', 'vi no insta que foste a praia'],
    },
  },
  {
    id: 'whats-your-app',
    phrases: [
      'qual|ql|qual_e|qual_eh|quale|q|que [e|eh] [o|a] [teu|tua|seu|sua] @app',
      'qual|ql|qual_e|qual_eh|quale|q|que [e|eh] [o|a] teu|tua|seu|sua numero|telemovel|tlm|celular|cel|contato|contacto|tel',
      'passa|passe|passas|manda|mande|da|me_passa|passa_me|me_da|da_me|deixa ..2 [o|a|ai] teu|tua|seu|sua|ai @app|numero|telemovel|tlm|celular|cel|contato|contacto|user|arroba|handle',
      'tens|tem|usas|usa|vc_tem|voce_tem|tu_tens|ce_tem @app',
      'qual|ql|passa|manda|me_passa|passa_me|diz|me_diz ..3 user|usuario|utilizador|arroba|handle ..2 do|da|no|na|de @app',
    ],
    // Round 27: a number asked for a form ("passa o teu numero pessoal pra ficha do seguro escolar").
    unless: ['assistencia|assistencia_tecnica|reparacao|conserto|esta_pronto|ta_pronto|pode_levantar|pode_buscar|vir_buscar', 'ficha|fichas|seguro_escolar|formulario|inscricao|matricula|autorizacao|cadastro|registo_do_clube', 'minha_mae|meu_pai|a_minha_mae|o_meu_pai|minha_avo|minha_tia|o_mister|o_treinador|a_professora|o_professor|a_prof|o_prof ..3 falar|ligar|contactar|contatar|adicionar|por|meter|quer|precisa', '@app|numero ..6 grupo|turma|equipe|equipa|trabalho|projeto|projecto|aula|escola|servidor|server|jogo|partida', 'atraso|atrasos|atrasar|me_atrasar|se_atrasar|entrega|encomenda|estafeta|motoboy', 'pra_confirmar|para_confirmar|confirmar_a_compra|confirmar_o_pagamento|comprovante|comprovativo|te_marco|marcar_te|te_marcar|formatura'],
    examples: {
      match: ['qual é o teu user do insta', 'qual seu insta?', 'qual é o teu snap', 'passa-me o teu número', 'me passa seu whats', 'vc tem discord? passa ai', 'tens telegram?', 'passa o teu zap'],
      ignore: ['Olá, aqui é da assistência técnica, o seu telemóvel está pronto', 'qual teu zap pra confirmar', 'passa o teu insta q eu te marco nas fotos da formatura, ficaram top', 'Manda-me o seu número para o caso de atrasos', 'qual é o teu nome no jogo', 'qual o numero da sala', 'passa o numero do grupo da turma', 'qual seu insta pro trabalho de grupo', 'passa o teu numero pessoal pra ficha do seguro escolar', 'manda o teu contacto para a ficha de inscricao'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'vamos|bora|vamo|bo|podemos|prefiro|melhor|vem|vamos_la ..2 falar|conversar|continuar|teclar|papear|ir|passar no|na|pelo|pela|pro|pra|para @app',
      'bora|vamos|vamo|vem|anda|irmos|ir|passarmos|mudarmos|mudar|passar pro|pra|para|para_o|pro_o @app',
      'passamos|mudamos|migramos|passemos|mudemos|migremos|continuamos|continuemos|migrar|passa|muda ..1 pro|pra|para|no|na|pelo|pela|ao|a [o|a] @app',
      'mensagem|mensagens|conversa|chat privada|privadas|privado|particular|reservada',
      'vigiado|vigiada|monitorado|monitorada|controlado ..4 @app|melhor|vamos|bora|outro|outra',
      '@app ..4 mais seguro|privado|discreto|seguros',
      'falar|conversar|continuar|teclar|conversamos|falamos no|na|pelo|pela @app ..2 melhor|mais|antes|entao|la',
      'aqui e|eh|ta|esta [muito|mt|mto|meio|mo|super|tao] chato|ruim|lento|parado|monitorado|vigiado|perigoso|bugado|controlado|controlada|vigiada|monitorada|exposto|publico|arriscado ..4 @app|chama|privado|outro|outra',
      '@app ..4 aqui e|eh|ta|esta [muito|mt|mto|meio|mo|super|tao] chato|ruim|lento|parado|monitorado|vigiado|perigoso|bugado',
      'lugar|sitio|canto|app|aplicativo mais privado|reservado|seguro|discreto',
      'falar|conversar|fala|falamos|conversamos em|no|num privado|particular|reservado',
    ],
    unless: ['grupo|turma|equipe|equipa|trabalho|projeto|projecto|aula|escola|servidor|server|galera|pessoal'],
    examples: {
      match: ['passamos para o telegram? aqui é muito controlado', 'me chama no zap, aqui é mt chato', 'vamos falar no telegram', 'bora conversar no whats', 'melhor falar pelo snap', 'conhece algum lugar mais privado pra conversar', 'podemos falar em privado?'],
      ignore: ['bora jogar no discord com a galera', 'aqui é muito chato sem ti kk', 'vamos conversar no grupo da turma', 'vou falar com o professor'],
    },
  },
  {
    id: 'video-call',
    phrases: [
      'faz|fazer|fazemos|fizer|fizeres|fazes|faca|facas|bora|vamos|vamo|queres|quer|topa|topas|podemos ..2 chamada|chamadinha|call|videochamada|facetime|ft [de|em] [video]',
      // "vc" is also "voce": only "uma vc" or "fazer vc comigo/agora" is a video call (r23: "vamos fazer um acordo: vc me manda").
      'faz|fazer|fazemos|fizer|bora|vamos|vamo|queres|quer|topa|topas|podemos ..2 uma vc',
      'faz|fazer|fazemos|fizer|bora|vamos|vamo|topa|topas ..1 vc comigo|cmg|agora|hoje|hj|rapidinho|rapida|no_zap|no_whats|de_noite|a_noite|mais_tarde',
      'liga|liga_me|me_liga|ligo|ligar ..2 por|de|em|no video|videochamada|facetime|ft',
      'chama|me_chama|chama_me|chame|me_chame ..1 no|na|por|de|em video|videochamada|chamada_de_video|facetime|ft',
    ],
    unless: ['juntar|slides|slide|apresenta*|resumo|trabalho|grupo|turma|aula|escola|projeto|projecto|reuniao|prof*|professor*|pessoal|galera|familia|estudar|estudo|prova|teste|exame|duvida|duvidas|questao|exercicio*|materia|tpc|licao'],
    weight: 1,
    examples: {
      match: ['bora fazer uma vc?', 'chama no video do whatsapp', 'me chama no facetime', 'bora fazer chamada de video no whats?', 'se vc fizer uma chamada de video comigo', 'faz chamada comigo', 'liga-me por videochamada', 'queres fazer facetime?'],
      ignore: ['entao vamos fazer um acordo: vc me manda umas fotos', 'vamo fazer call amanha 19h pra juntar', 'bora fazer chamada de video pra estudar pra prova?', 'bora fazer chamada pro trabalho de grupo', 'liga pra tua mae', 'a chamada caiu'],
    },
  },
  {
    // Asking for the handle: "qual o teu @ no insta?", "passa o teu user do discord".
    id: 'whats-your-handle',
    phrases: [
      'qual|ql|passa|me_passa|manda|me_manda ..1 [o|e_o|e] teu|seu ..1 no|na|do|da @app',
      'qual|ql|passa|me_passa|manda|me_manda ..1 [o|e_o|e] [teu|seu] arroba|handle|user|usuario|nick|username|id|tag ..1 [no|na|do|da] @app',
    ],
    unless: ['jogo|jogos|favorito|favorita|musica|filtro|video|post|skin|personagem|mapa|servidor|nivel|level|rank|grupo|turma|trabalho|prof*'],
    examples: {
      match: ['qual o teu @ no insta?', 'passa o teu user do discord', 'me passa teu nick no roblox'],
      ignore: ['qual o teu jogo favorito no roblox?', 'qual o teu user do discord? é pro grupo do trabalho'],
    },
  },
  {
    // "vamos fazer pelo telegram", "manda no meu privado", "continua no zap".
    id: 'do-it-over-there-r10',
    phrases: [
      'vamos|bora|vamo|podemos|melhor ..2 fazer|falar|conversar|continuar|seguir|fazer_a_aula|ter_a_aula ..1 pelo|pela|no|na|por ..1 @app',
      'manda|mande|envia|envie|chama|fala|continua ..1 no|na|pro|pra ..1 meu|minha ..1 privado|pv|dm|inbox|direct|whats|zap|numero|particular',
    ],
    unless: ['reuniao|a_reuniao|resumo|pdf|arquivo|ficheiro|tpc|licao|trabalho', 'trabalho_de_grupo|trabalho_em_grupo|da_turma|pra_turma|para_a_turma|todos|galera|pessoal', 'grupo|turma ..2 whats|zap|telegram|discord|insta|instagram'],
    weight: 1,
    examples: {
      match: ['Ótimo. Vamos fazer pelo Telegram, o zoom da plataforma é limitado', 'Hoje a noite. Manda no meu privado, nao no grupo do time'],
      ignore: ['vamos fazer pelo zoom a reuniao do grupo', 'manda no meu privado o resumo', 'vamos fazer pelo whats o grupo da turma', 'manda no grupo'],
    },
  },
  {
    // Livestream gifting: "faz uma live privada só pra mim", "uma chamada privada no tango".
    id: 'private-live-for-me-r11',
    phrases: [
      'live|lives|chamada|call|videochamada|video_chamada|transmissao|show ..1 privada|privado|privadas|privados|particular|so_pra_mim|so_para_mim|exclusiva|exclusivo',
      'faz|faca|fazes|fazer|abre|abra|abrir ..2 live|lives|chamada|call ..2 so_pra_mim|so_para_mim|no_privado|no_pv|em_privado',
    ],
    unless: ['aula|escola|turma|grupo|trabalho|professor*|prof|explicacao|explicacoes|reuniao|familia|mae|pai|avo'],
    examples: {
      match: ['faz uma live privada so pra mim no tango?', 'agora faz uma live so pra mim no privado'],
      ignore: ['a aula particular é em chamada privada com o prof', 'vamos fazer uma chamada privada do grupo do trabalho'],
    },
  },
  {
    // "add no snap", "me adiciona no insta".
    id: 'add-on-app-short-r11',
    phrases: [
      'add|adiciona|adicione|adicionas|adc|adds|me_add|add_me|me_adiciona|adiciona_me ..1 [me] no|na|o|a|ai_no|la_no ..1 @app',
    ],
    unless: ['grupo|turma|equipe|equipa|time|servidor|server|galera|pessoal|trabalho|projeto|projecto|aula|escola|jogo|partida|clan|cla|loja|pagina_da'],
    examples: {
      match: ['add no snap', 'me adiciona no insta'],
      ignore: ['add o pessoal da turma no grupo do whats', 'adiciona no servidor do discord do clan'],
    },
  },
  {
    // Portuguese and Angolan slang: "bazamos pro whats", "baza pro telegram".
    id: 'lets-bounce-to-app-r11',
    phrases: [
      'bazamos|baza|bazar|bazemos|zarpamos|pirar|piramos|saltamos|saltar ..1 pro|pra|para|para_o|pro_o|po ..1 @app',
    ],
    unless: ['grupo|turma|equipe|equipa|time|servidor|server|galera|pessoal|trabalho|projeto|projecto|aula|escola|jogo|partida|clan|cla'],
    examples: {
      match: ['bazamos pro whats', 'baza pra telegram'],
      ignore: ['bazamos pro grupo do whats da turma', 'bazamos pro discord do clan'],
    },
  },
  {
    // "bora chamar no whats?", "melhor falar pelo meu whats pessoal", "entra na chamada do discord".
    id: 'lets-go-to-app-r13',
    phrases: [
      'bora|vamos|vamo|bora_la|melhor|prefiro ..2 chamar|falar|conversar|teclar|continuar|papear ..2 no|na|pelo|pela|pro|pra|em @app',
      'falar|fala|chama|chamar|conversar|add|adiciona|manda_msg ..2 [no|na|pelo|pela|pro|pra] [meu|minha] @app|numero|contacto|contato ..1 pessoal|particular|privado|secreto',
      'entra|entras|entrar|liga|ligas ..2 na|numa ..1 chamada|call|videochamada ..2 do|no|de ..1 @app ..4 camera|camara|cam',
    ],
    examples: {
      match: ['bora chamar no whats? aqui eles leem tudo', 'melhor a gente falar pelo meu whats pessoal', 'entra na chamada do discord com a câmara ligada'],
      ignore: ['o whats ta travando hoje'],
    },
  },
  {
    // "sai desse app, aqui nao e seguro", "saimos daqui, eles leem tudo".
    id: 'leave-this-app-r13',
    phrases: [
      'sai|sair|saimos|bora_sair|vamos_sair ..2 desse|deste|daqui|do|dessa|desta ..1 [app|aplicativo|chat|jogo|site|plataforma|rede] ..4 nao_e_seguro|nao_e_seguro|inseguro|monitorad*|vigiad*|leem|le_tudo|pode_ver|podem_ver|bloquear|bloqueiam|banir|banem|denunciar|moderador*|mods',
    ],
    unless: ['golpe|golpista*|cuidado|denuncia_logo|bloqueia_logo|nao_saias|nunca_saias'],
    examples: {
      match: ['sai desse app, aqui não é seguro', 'bora sair daqui, os mods leem tudo'],
      ignore: ['cuidado, se alguem pedir pra sair do app é golpe, nunca saias'],
    },
  },
  {
    // "mete-me no insta", "bota-me no zap", "no telegram da staff", "manda pro bot do cadastro".
    id: 'put-me-on-app-staff-bot-r14',
    phrases: [
      'mete|poe|bota|coloca|junta|mete_me|poe_me|bota_me|coloca_me|junta_me me|mim ..1 [ai|la|tb|tambem] no|na|em|ao @app',
      'me|mim mete|poe|bota|coloca|junta ..1 [ai|la|tb|tambem] no|na|em @app',
      '@app da|do staff|producao|agencia|fanclub|fan_club|organizacao|administracao|moderacao|empresa_de_modelos|fa_clube',
      'envia|envie|manda|mande|enviar|mandar ..3 pro|para_o|ao|no|para_o_nosso|pro_nosso ..1 bot|robo ..2 [do|da|no|de] telegram|cadastro|vip|canal|inscricao|verificacao',
    ],
    unless: ['grupo|turma|equipe|equipa|trabalho|projeto|projecto|aula|escola|servidor|server|galera|pessoal|musica|comando|play|mae|pai'],
    examples: {
      match: ['mete-me no insta e manda-me uma foto', 'bota-me no zap', 'me mete no telegram ai', 'nao, no telegram da staff, e manda de pijama', 'Envie agora para o bot do cadastro', 'fala com a gente no whatsapp da agencia'],
      ignore: ['mete-me no grupo da turma', 'manda !play pro bot do discord', 'bota-me no grupo do trabalho', 'o telegram da escola avisou'],
    },
  },
  {
    // "entra na sala privada do omegle", "vem pro canal secreto".
    id: 'private-room-r14',
    phrases: [
      'entra|entre|vem|venha|bora|vamos|vamo|passa|cria|abre ..3 sala|salinha|quarto|canal|chat|call|servidor ..1 privada|privado|secreta|secreto|fechada|fechado|so_nossa|so_nosso|so_pra_nos|so_para_nos',
    ],
    unless: ['turma|grupo|trabalho|equipe|equipa|time|clan|cla|squad|galera|pessoal|malta|todos|aula|escola|projeto|projecto|estudo|estudar|jogo|partida|ranked|x1|1v1|mapa|codigo_da_sala|senha_da_sala'],
    examples: {
      match: ['entra na sala privada do omegle', 'vem pro canal secreto so nosso', 'bora pra um chat privado'],
      ignore: ['entra na sala privada da turma pro trabalho', 'cria uma sala privada pro x1', 'entra na call privada do grupo'],
    },
  },
  {
    // A tutor or "mentor" taking lessons off the platform: "aulas extras no meu zoom pessoal, fora da plataforma".
    id: 'my-personal-zoom-off-platform-r15',
    phrases: [
      'no|na|pelo|pela|pro|pra ..1 meu|minha ..1 @app|zoom|meet|skype|teams ..1 pessoal|particular|privado|privada|secreto|secreta',
      'aula|aulas|falar|conversar|conversamos|falamos|continuar|continuamos|contato|contacto ..6 fora_da_plataforma|fora_do_app|fora_da_app|fora_do_site|fora_do_aplicativo|fora_do_jogo|fora_do_servidor|fora_do_server',
    ],
    unless: ['nao_pode|nao_podemos|nao_podem|nao_e_permitido|proibid*|regra|regras|politica|termos|denuncia*|cuidado|golpe', 'grupo|turma|galera|pessoal_todo|todos|escola|professora_avisou'],
    weight: 2,
    examples: {
      match: ['Vamos fazer umas aulas extras no meu zoom pessoal, de graça, fora da plataforma.', 'me chama no meu whats pessoal', 'melhor continuarmos a conversar fora do app'],
      ignore: ['a plataforma diz que não pode ter aulas fora da plataforma, regra deles', 'a reuniao do grupo vai ser no meu zoom pessoal'],
    },
  },
  {
    // "vamos fazer intercambio por chamada de video, so nos dois": a private video call by another name.
    id: 'by-video-call-just-us-r18',
    phrases: [
      'por|numa|via|em|pela chamada_de_video|videochamada|video_chamada|facetime|skype|chamada_de_camera ..4 so_nos_dois|so_nos_duas|so_tu_e_eu|so_eu_e_tu|so_eu_e_vc|so_vc_e_eu|a_dois|em_privado|no_privado|sem_ninguem|nao_contes|nao_conta|ninguem_precisa',
      'so_nos_dois|so_nos_duas|so_tu_e_eu|so_eu_e_tu|so_eu_e_vc|so_vc_e_eu|em_privado ..4 por|numa|via|em|pela chamada_de_video|videochamada|video_chamada|facetime|skype',
    ],
    unless: ['aula|turma|escola|professor*|explicador*|explicacao|reuniao|consulta|medico|medica|psicolog*|terapeuta|entrevista|grupo|familia|avo|avos|vo|mae|pai'],
    examples: {
      match: ['vamos fazer intercambio de lingua por chamada de video, so nos dois, nao contes a ninguem', 'so nos dois numa videochamada, bora?'],
      ignore: ['a explicacao vai ser por videochamada, so nos dois e a tua mae', 'a consulta e por videochamada em privado'],
    },
  },
  {
    // Another app so the parents don't see: "passa o snap que la a gente conversa melhor sem tua mae ver".
    id: 'other-app-away-from-parents-r18',
    phrases: [
      'passa|passe|passas|me_passa|passa_me|manda|me_manda ..2 snap|snapchat|telegram|discord|whats|zap|wpp|whatsapp ..6 sem|longe ..2 @family|ninguem',
    ],
    unless: ['surpresa|festa|convite|presente|grupo|turma|trabalho|escola|aniversario|niver'],
    examples: {
      match: ['passa o snap que lá a gente conversa melhor sem tua mãe ver'],
      ignore: ['passa o zap da tua mae, sem ela ver o convite da festa surpresa', 'manda o whats do grupo, sem ninguem saber da surpresa'],
    },
  },
  {
    // Round 21: "vamo pro telegram? lá tem um grupo só nosso".
    id: 'lets-go-to-app-our-own-r21',
    phrases: [
      'vamo|vamos|bora|partiu|anda ..1 pro|pra|para|para_o|pro_o|po|no|na ..1 @app ..6 so_nosso|so_nossa|so_nos|so_a_gente|so_pra_nos|so_para_nos|so_eu_e_tu|so_eu_e_vc|ninguem_ve|ninguem_le|mais_privado|mais_seguro|privado|secreto|somem|desaparecem',
    ],
    unless: ['turma|trabalho|projeto|projecto|aula|escola|clan|cla|time|equipa|equipe|galera|pessoal|todos|familia'],
    examples: {
      match: ['vamo pro telegram? la tem um grupo so nosso', 'bora pro whats que la ninguem le'],
      ignore: ['vamo pro whats da turma, la tem o grupo do trabalho', 'bora pro discord do clan'],
    },
  },
  {
    // Round 24: a coach: "manda no meu whats pessoal, nao no grupo do time".
    id: 'my-personal-number-not-the-group-r24',
    phrases: [
      'manda|mande|envia|envie|fala|chama|escreve|escreva|mandas ..3 meu ..1 whats|whatsapp|zap|numero|instagram|snap|snapchat|telegram|privado|pv|dm|tlm|telemovel|celular ..1 pessoal|particular|privado ..3 nao|e_nao ..2 no|pelo|ao ..1 grupo',
    ],
    examples: {
      match: ['e manda no meu whats pessoal, nao no grupo do time', 'fala pelo meu numero pessoal e nao pelo grupo'],
      ignore: ['manda no grupo do time', 'manda no meu whats pessoal que o do trabalho ta cheio'],
    },
  },
  {
    // Round 27: from the team group to a private number: "me passa teu whats pessoal, aqui no grupo não dá pra conversar direito".
    id: 'your-personal-number-r27',
    phrases: [
      'passa|passe|manda|mande|da|de|me_passa|passa_me|me_da|da_me|qual ..2 [o] [teu|seu] @app|numero|contato|contacto|telefone|tel|telemovel|celular ..1 pessoal|particular|privado',
      'aqui ..4 nao|n ..1 da|consigo|consegue|podemos|posso ..2 conversar|falar ..1 direito|a_vontade|em_paz|sossegad*|a_sos|so_nos',
    ],
    unless: ['ficha|inscricao|formulario|cadastro|matricula|seguro|emergencia|autorizacao|encarregado|responsavel|trabalho|projeto|projecto|aula|prova|reuniao|barulho|sinal|internet|rede|wifi|bateria|lag|travando|trava'],
    examples: {
      match: ['me passa teu whats pessoal, aqui no grupo do time não dá pra conversar direito', 'qual o teu numero pessoal?', 'aqui nao da pra falar a vontade'],
      ignore: ['passa o teu numero pessoal pra ficha de inscricao', 'aqui nao da pra falar direito, o sinal ta travando'],
    },
  },
  {
    // Round 27: a second account after a block: "me bloqueou? essa é minha outra conta, responde aqui".
    id: 'my-other-account-answer-here-r27',
    phrases: [
      'minha|meu ..1 outra|outro|segunda|segundo|nova|novo|reserva ..1 conta|perfil|insta|instagram|numero|chip|acc ..6 responde|responda|me_responde|responde_me|atende|fala_comigo|bloqueou|bloqueaste|me_bloqueou|bloqueaste_me|desbloqueia|nao_adianta|fugir|foges|foge',
      'conta|perfil|numero|insta|instagram|chip|acc ..1 reserva|secundaria|secundario|fake|alternativa|alternativo|nova|novo|dois|2 ..6 responde|responda|me_responde|responde_me|atende|fala_comigo|bloqueou|bloqueaste|me_bloqueou|bloqueaste_me|desbloqueia|nao_adianta|fugir|foges|foge',
      'bloqueou|bloqueaste|me_bloqueou|bloqueaste_me|bloquear|bloqueia|bloqueies ..6 outra|outro|segunda|segundo|nova|novo|reserva ..1 conta|perfil|numero|insta|instagram|chip|acc',
    ],
    unless: ['hackeada|hackeado|hackearam|roubaram|invadiram|clonaram|clonada|perdi_a|perdi_o|esqueci_a_senha|celular_novo|telemovel_novo|troquei_de_numero|mudei_de_numero|nao_clica|nao_cliques|golpe|pix_pra_todo_mundo', 'sem_querer|por_engano|foi_mal|desculpa|desculpe'],
    weight: 2,
    examples: {
      match: ['me bloqueou? kkk essa é minha outra conta, responde aqui', 'nao adianta me bloquear, tenho outro numero', 'to falando da minha conta reserva, me responde', 'essa e minha conta reserva, me responde aqui'],
      ignore: ['oi amiga, essa é minha conta nova, a outra foi hackeada', 'te bloqueei sem querer, desculpa, me adiciona no meu numero novo'],
    },
  },
] satisfies PatternEntry[];
