import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'money-for-pics',
    phrases: [
      'te|ti|vos|eu dou|pago|mando|ofereco|envio|transfiro|faco|dava|daria|pagaria|pagava|deposito ..3 # ..2 [@money|@currency] ..4 se|por|pra|para|em_troca|caso',
      'dou|pago|ofereco|dava|daria|pagaria|pagava|mando|envio|transfiro te|ti ..3 # ..2 [@money|@currency] ..4 se|por|pra|para|em_troca|caso',
      'dou|pago|ofereco|dava|daria|pagaria|pagava|mando|envio te|ti ..2 @currency|dollar #',
      'te|ti|eu ..1 dou|pago|dava|daria|pagaria|pagava|faco ..2 um|uma [pix|pics|transferencia|mbway|recarga] ..4 se|por|pra|em_troca',
      'faco|dou|mando|envio ..1 um|uma pix|pics|mbway|transferencia|recarga ..3 se|por|em_troca',
      '# @money|@currency ..3 por|para|pra|se ..2 foto|fotos|fotinha*|nude*|nudes|pack|video|videos|uma_foto|umas_fotos|chamada|cam|camera|mostrares|mostrar|mandares|mandar',
    ],
    unless: ['se_ganhares|se_ganhar|se_venceres|se_vencer|quem_ganhar|quem_vencer|corrida|torneio|desafio|quiz|sorteio|rifa|campeonato', 'quando_voltar|quando_eu_voltar|quando_chegar|quando_eu_chegar|no_fim_do_mes|dar_comida|comida|gato|gata|cao|cachorro|regar|plantas|vizinha|vizinho', 'bizum|noticia|noticias|reportagem|jornal|pidieron|prefieres|chaval|chavala|en_mano', 'devo|devia|emprestado|emprestou|emprestaste|divida|jantar|pizza|conta|ingresso|bilhete|semana_que_vem|amanha_te_pago|troco', 'lavar|lavares|lavas|limpar|limpares|arrumar|arrumares|cortar_a_relva|cortar_a_grama|passear_o|passeares_o|carro|loica|louca|jardim|explicacao|explicacoes|babysitting|tomar_conta', 'me_ajudar|me_ajudares|me_ajudas|me_ajuda|ajudar_me|ajudares_me ..3 passar|fase|nivel|missao|boss|level|upar|jogo|partida|mapa|rank|ranked'],
    examples: {
      match: ['te dou 2000 robux se vc me mandar uma foto sem camisa', 'dou-te 50 euros por umas fotos tuas', 'te pago 100 reais se fizer chamada', '200 reais por uma foto', 'faço um pix pra ti se me mandares'],
      ignore: ['te dou 100 robux se vc me ajudar a passar a fase', 'dou-te 50 moedas se me ajudares no boss', 'pago-te 20 euros, faço por MB WAY quando voltar', 'Te pago los 40€ por bizum o prefieres en mano?', 'te dou 50 reais se vc lavar o carro', 'te pago os 20 reais semana que vem', 'me empresta 500 robux? te pago semana que vem', 'dou 10 euros para a prenda da professora e tu?'],
    },
  },
  {
    id: 'ill-pay-you',
    // A bare "te pago 300 no pix" is weak alone; with a photo request it is a warning.
    phrases: [
      'te|ti pago|dou|passo|mando|faco ..1 [um|uma] # ..2 @money|@currency|@payment|no_pix|no_pics',
      'pago|dou|passo|mando|faco te|ti [um|uma] # ..2 @money|@currency|@payment|no_pix|no_pics',
      'pago_te|te_pago|pagamos_te|te_pagamos|pagaria|pago ..1 bem|muito_bem|bastante|o_que_quiseres|o_que_quiser|quanto_quiseres|quanto_quiser|o_dobro',
    ],
    unless: ['se_ganhares|se_ganhar|se_venceres|se_vencer|quem_ganhar|quem_vencer|corrida|torneio|desafio|quiz|sorteio|rifa|campeonato', 'quando_voltar|quando_eu_voltar|quando_chegar|quando_eu_chegar|no_fim_do_mes|dar_comida|comida|gato|gata|cao|cachorro|regar|plantas|vizinha|vizinho', 'bizum|en_mano|prefieres', 'devo|devia|emprestado|emprestou|emprestaste|divida|jantar|pizza|conta|ingresso|bilhete|semana_que_vem|amanha|depois|troco|lanche|almoco|metade|parte|devolvo|uber|gasolina|bike|bicicleta|vendo|venda|compro|comprar|preco|tenis|skin|skins|conta_do|nela|nele|nelas|neles|pela|pelo|pelas|pelos|item|itens', 'me_ajudar|me_ajudares|me_ajudas|me_ajuda|ajudar_me|ajudares_me ..3 passar|fase|nivel|missao|boss|level|upar|jogo|partida|mapa|rank|ranked'],
    weight: 1,
    examples: {
      match: ['dou-te 20 euros', 'pago-te bem', 'te pago o que quiser', 'preciso de ajuda com um trampo, te pago 300 no pix', 'te dou 100 reais'],
      ignore: ['te dou 100 robux se vc me ajudar a passar a fase', 'dou-te 50 moedas se me ajudares no boss', 'pago-te 20 euros, faço por MB WAY quando voltar', 'Te pago los 40€ por bizum o prefieres en mano?', 'te pago os 20 reais amanha', 'te pago 15 do lanche', 'te dou 50 pela bike', 'te dou 1000 robux nela'],
    },
  },
  {
    id: 'its-easy',
    // "quer skin nova? é só me mandar um video teu": the easy deal that frames a photo request.
    phrases: [
      'e_so|eh_so|so_tens_de|so_tens_que|so_tem_que|so_tem_de|so_precisas_de|so_precisa|basta ..2 [me] mandar|mandares|enviar|enviares|tirar|tirares|gravar|gravares ..3 foto*|fotinha*|video*|videozinho*|nude*|nudes|pack|selfie*',
    ],
    unless: ['comprovante|comprovativo|recibo|documento*|boleto|fatura|factura|trabalho|tpc|exercicio*|grupo|turma|formulario|inscri*|candidatura|produto|artigo|anuncio|defeito|caixa|etiqueta|garantia|matricula|cartao|bilhete|rg|cpf|passaporte|cracha|carteirinha|3x4|professor*|prof'],
    examples: {
      match: ['quer skin nova? é só me mandar um video teu', 'basta mandares umas fotos tuas e ganhas 100'],
      ignore: ['é só mandar a foto do comprovante', 'basta enviar uma foto 3x4 para a carteirinha'],
    },
  },
  {
    id: 'free-game-currency',
    phrases: [
      'quer|queres|quem_quer|queria|queres_ganhar|quer_ganhar|ganha|ganhar ..2 robux|vbucks|v_bucks|diamantes|skin|skins|gemas|moedas|gift_card*|giftcard*|cartao|dinheiro|passe|battle_pass ..2 gratis|de_graca|free|facil|faceis|sem_pagar',
      'te|ti|eu ..1 dou|mando|compro|ofereco|arranjo|passo ..3 robux|vbucks|v_bucks|diamantes|skin|skins|gemas|passe|battle_pass|gift_card*|giftcard*|iphone|celular|telemovel|roupa|roupas|presente|presentes|perfume|tenis|sapatilhas|fone|fones|airpods|headset|bolsa|mala|maquiagem|maquilhagem|make|consola|console|ps5|switch|jogo_novo|coisas|o_que_quiseres|o_que_quiser|oq_quiser|tudo_o_que_quiseres|tudo_que_vc_quiser|o_que_vc_quiser|o_que_voce_quiser|oq_vc_quiser|oq_voce_quiser|tudo_o_que_vc_quiser|tudo_que_voce_quiser',
      'dou|mando|compro|ofereco|arranjo|passo te|ti ..3 robux|vbucks|v_bucks|diamantes|skin|skins|gemas|passe|battle_pass|gift_card*|giftcard*|iphone|celular|telemovel|roupa|roupas|presente|presentes|perfume|tenis|sapatilhas|fone|fones|airpods|headset|bolsa|mala|maquiagem|maquilhagem|make|consola|console|ps5|switch|jogo_novo|coisas|o_que_quiseres|o_que_quiser|oq_quiser|tudo_o_que_quiseres|tudo_que_vc_quiser|o_que_vc_quiser|o_que_voce_quiser|oq_vc_quiser|oq_voce_quiser|tudo_o_que_vc_quiser|tudo_que_voce_quiser',
      'carrego|carregar|recarrego|recarregar|carrego_te|recarrego_te ..2 telemovel|celular|saldo|credito|cartao|conta ..3 se|por|em_troca',
      'pago|dou|faco|ponho|coloco|pagar|dar ..2 [a] @your|uma|um ..1 recarga|credito|saldo|carregamento ..3 se|por|em_troca|caso',
      'queres|quer|queria|querias # ..1 @money|@currency ..3 facil|faceis|so_tens|so_tem|e_so|basta|sem_esforco',
      'pagar|pago|dar|dou|oferecer|ofereco ..1 te|ti ..2 unhas|cabelo|roupa|roupas|maquiagem|maquilhagem|compras|telemovel|celular|iphone|curso|tatuagem|piercing',
      'queres|quer|queria|queria_ganhar ganhar ..2 dinheiro|dinheirinho|trocos|uns_trocos|grana|graninha|guita|robux|vbucks|presentes|um_extra',
      'queres|quer|queria ganhar ..1 # ..1 @money|@currency',
      'ponho|coloco|boto|faco|carrego ..3 recarga|credito|saldo ..2 [no] @your [celular|telemovel]',
      'posso|vou|queria|quero|podia ..1 te|ti ..1 dar|comprar|oferecer|mandar|arranjar ..3 robux|vbucks|v_bucks|diamantes|skin|skins|gemas|passe|battle_pass|gift_card*|giftcard*|iphone|celular|telemovel|perfume|tenis|sapatilhas|airpods|headset|consola|console|ps5|switch|dinheiro|presentes|o_que_quiseres|o_que_quiser|tudo_o_que_quiseres|tudo_que_vc_quiser',
      'ofereco|dou|mando|compro|passo|arranjo|envio ..1 te|ti ..3 cartao|cartoes|vale|codigo|codigos|gift ..2 steam|psn|playstation|xbox|roblox|google_play|play_store|amazon|itunes|apple|netflix|spotify|fortnite|nintendo|razer',
      'te|ti ..1 ofereco|dou|mando|compro|passo|arranjo|envio ..3 cartao|cartoes|vale|codigo|codigos|gift ..2 steam|psn|playstation|xbox|roblox|google_play|play_store|amazon|itunes|apple|netflix|spotify|fortnite|nintendo|razer',
      // "quer diamante no free fire?", "quer crédito no celular? te faço uma recarga de 50".
      'quer|queres ..1 diamante|diamantes|robux|vbucks|v_bucks|gemas|moedas|passe|battle_pass ..2 [no|na|do|da|pro|pra|de] free_fire|ff|roblox|fortnite|brawl|brawl_stars|clash|minecraft|valorant|lol',
      'quer|queres ..1 credito|creditos|recarga|saldo|carregamento|dados|internet ..2 no|pro|pra|para_o ..1 [teu|seu] celular|telemovel|cel|telefone|chip',
      'te|ti ..1 faco|pago|ponho|coloco|dou|mando|boto ..2 uma|um|a ..1 recarga|credito|carregamento ..2 [de] #',
    ],
    unless: ['se_ganhares|se_ganhar|se_venceres|se_vencer|quem_ganhar|quem_vencer|corrida|torneio|desafio|quiz|sorteio|rifa|campeonato', 'aniversario|niver|natal|prenda_de|amigo_secreto|amigo_oculto|emprestad*|devolv*|trocar|troca', 'loja|promocao|comprar|compra_na|compras_na|preco|vendo|vende|evento|codigo_do_evento|recarga_oficial', 'nela|nele|nelas|neles|na_skin|na_conta|pela_skin|pela_conta|pelo_item|pelos_itens|pela_tua_skin|pela_tua_conta|pela_sua_skin|pela_sua_conta|vendes|vende_me|vender|venda|mae|pai|filho|filha|filhote', 'empresto|emprestar|emprestimo|empresta|sorteio|giveaway', 'manda|passa|mande|passe|envia ..1 a|o|tua|teu ..1 skin|item|pet|conta|espada|carta ..1 primeiro|antes', 'trade|troquei|trocamos|troco|no_trade', '# ..1 robux|vbucks|v_bucks|diamantes|gemas|moedas ..1 e|que|q ..1 [eu] te|ti ..1 dou|passo|mando|dou_te|passo_te ..1 a|o|uma|um|as|os ..1 skin|skins|item|itens|pet|conta|espada|carta', 'me_ajudar|me_ajudares|ajudar_me|me_ajuda|ajudas_me|passar_de_fase|passar_a_fase|passar_o_nivel|passar_de_nivel|me_carregar|me_carregares|upar_a_minha|upar_minha|a_missao|a_quest|o_boss'],
    examples: {
      match: ['eae, quer diamante no free fire?', 'quer credito no celular? te faço uma recarga de 50', 'queres robux no roblox?', 'eu pago tua recarga se vc fizer chamada comigo', 'queres 50 euros? é fácil', 'posso pagar-te as unhas e o cabelo', 'posso te dar um iphone novo', 'ofereço-te um cartão da PSN', 'te dou um cartão steam de 50', 'queres ganhar 50 euros?', 'quer robux de graça?', 'te dou um iphone', 'dou-te uma skin', 'coloco crédito no teu telemóvel', 'queres ganhar dinheiro fácil?', 'te compro aquele tenis q vc queria', 'eu te dou tudo o que quiseres', 'te compro o que vc quiser', 'te dou o que voce quiser'],
      ignore: ['quer credito no celular? te empresto', 'filho, quer credito no celular? a mae faz a recarga', 'quer diamante no free fire? compra na loja, ta em promocao', 'te dou um presente de aniversario', 'me empresta 500 robux? te pago semana que vem', 'quer trocar skins?', 'te dou 1000 robux nela', 'quanto vc quer na skin? te dou 800 robux pela conta', 'filho, te compro o tenis amanha', 'te dou umas skins se me ajudares a passar de fase', 'me passa 200 robux e te dou a skin', 'manda 50 diamantes que eu te passo o item', 'te passo 500 diamantes se vc me ajudar no boss, mano'],
    },
  },
  {
    id: 'modelling-agency',
    phrases: [
      'agencia|agencias|casting ..2 de ..1 modelo|modelos|moda|talentos|atores|influencers',
      'agencia|agencias ..4 models|model|modeling|modelling|talent|talents|kids|teen|teens|fashion|casting',
      'perfil|foto|fotos|@you ..2 foi|foste|foram ..1 selecionad*|escolhid*|aprovad*|pre_selecionad* ..3 ensaio|casting|book|campanha|desfile|agencia|teste_fotografico|sessao',
      'sou|somos|trabalho ..3 fotografo|fotografa ..6 modelo|modelos|book|books|ensaio|ensaios|casting|agencia|talentos',
      'sou|somos|trabalho ..3 olheiro|olheira|scout|caca_talentos|cacador_de_talentos|agente_de_modelos|agenciador|agenciadora|recrutador*|produtor|produtora',
      'procuramos|procuro|buscamos|recrutamos|estamos_a_procurar|estamos_procurando|procurando|a_procurar|a_procura_de ..2 modelos|modelo|meninas|rapazes|talentos|caras_novas|rostos_novos|influencers',
      'trabalho|trabalhar|carreira|vaga|contrato|oportunidade ..3 como|de|para modelo|modelos|influencer|atriz',
      'ensaio|book|sessao ..2 fotografic*|fotos|de_fotos ..4 pag*|gratis|cache|dinheiro|# ',
      'pagamos|pagam|ganhas|ganha|ganhar|recebes|recebe ..3 # ..2 [@money|@currency] ..3 por [uma|cada|a] sessao|ensaio|foto|fotos|video|videos',
    ],
    // Round 29: a photographer quoting a family, pregnancy or wedding shoot to a client.
    unless: ['ensaio_de_familia|ensaio_da_familia|ensaio_familiar|ensaio_de_gestante|ensaio_gestante|newborn|recem_nascido|fotos_editadas|orcamento|pacote|casamento|batizado|formatura|pre_wedding'],
    examples: {
      match: ['olá, sou da agência Top Kids Models', 'seu perfil foi selecionado para um ensaio', 'sou fotografo e to procurando modelos da sua idade', 'Sou olheiro de uma agência de modelos', 'trabalhar como modelo', 'pagamos 500 euros por sessão', 'ensaio fotografico pago'],
      ignore: ['Sou a Carla, fotógrafa. O ensaio de família fica R$ 300 com 20 fotos editadas', 'sou fotografo, o ensaio de gestante fica 400 reais', 'sou fotógrafo amador, adoro paisagens', 'a modelo do carro é nova', 'ela quer ser modelo', 'pago 20 euros por hora de explicação'],
    },
  },
  {
    id: 'drugs-alcohol',
    phrases: [
      'te|ti|eu ..1 dou|arranjo|consigo|levo|trago|compro ..3 vape|pod|maconha|erva|beck|baseado|charro|ganza|bebida|cerveja|vodka|alcool|cigarro*|tabaco|droga*|md|bala|ecstasy',
      'arranjo|consigo|levo|trago te ..3 vape|pod|maconha|erva|beck|baseado|charro|ganza|bebida|cerveja|vodka|alcool|cigarro*|tabaco|droga*',
    ],
    examples: {
      match: ['eu te arranjo um vape', 'arranjo-te erva', 'te levo cerveja'],
      ignore: ['o vape é proibido na escola', 'trago o bolo'],
    },
  },
  {
    id: 'paid-for-pics',
    phrases: [
      'quanto ..2 cobra|cobras|cobraria|cobrarias|cobram|queres|quer|pedes|pede ..2 por|pra|para|pelas|pelos|pela|pelo|numa|num|uma|umas ..2 foto|fotos|fotinha*|nude*|nudes|pack|packs|video|videos|videozinho*|chamada|cam|conteudo|pezinho*|pes|pack*',
      'dou|pago|passo|mando|ofereco|compro|dava|daria|pagaria|pagava|transfiro|deposito|faco ..4 # ..3 se|por|pra|para|em_troca|pelas|pelos|pela|pelo ..4 foto|fotos|fotinha*|nude*|nudes|pack|packs|video|videos|videozinho*|videochamada|chamada_de_video|cam|camera|mostrares|mostrar|tirares|tirar_a_roupa',
      '# ..2 @money|@currency|@payment ..2 por|pela|pelas|pelo|em_troca_de|so_por|se_me_mandares|se_mandares|se_me_mandar|se_mandar|se_fizeres|se_fizer ..2 [uma|umas|um|uns|cada|a|as|o|os|tua|tuas|teu|teus|sua|suas] foto|fotos|fotinha*|nude*|nudes|pack|packs|video|videos|videochamada|chamada_de_video|cam|camera',
      'vendes|vende|vendem|venderias|venderia ..2 foto|fotos|fotinha*|nude*|nudes|pack|packs|conteudo|videos',
      'ganha|ganhar|ganhas|recebe|recebes|ganhe ..3 robux|vbucks|diamantes|dinheiro|skins|gift*|grana|pix ..3 mandando|a_mandar|enviando|a_enviar|so_por|por|em_troca_de ..2 foto*|fotinha*|video*|nude*|nudes|pack|selfie*',
      'ganhar|ganhas|ganha|recebes|recebe ..3 # ..2 [@money|@currency] ..6 so_tens_de|so_tens_que|so_tem_que|so_tem_de|so_precisas|so_precisa|basta|e_so ..2 mandar|mandares|enviar|enviares|tirar|tirares|fazer ..2 foto|fotos|fotinha*|video|videos|nude*|nudes|pack|umas|uma',
    ],
    unless: ['bizum|noticia|noticias|reportagem|jornal|pidieron|prefieres|chaval|chavala|en_mano', 'casamento|formatura|batizado|evento|produto|produtos|loja|anuncio|trabalho|tpc|dever|exercicio*|prova|bike|bicicleta|carro|casa|quadro|desenho|arte|paisagem|paisagens|drone|festa|cachorro|gato|cao|skin|skins|item|itens|conta|bolo|comida|receita'],
    weight: 3,
    examples: {
      match: ['ganha robux mandando fotos', 'queres ganhar 50 euros? só tens de me mandar umas fotos', 'quanto vc cobra por umas fotos?', 'te dou 2000 robux se me mandar uma foto sua', 'te passo 1000 diamantes no ff se vc fizer uma chamada de video comigo', 'dou-te 50 euros se me mandares uma foto sem soutien', '100 reais no pix por um video', 'vendes pack?'],
      ignore: ['viste la noticia? a un chaval de Murcia le pidieron 500 euros por un video', 'ou me transferes 300€ por MB Way ou o vídeo vai para a tua família', 'quanto cobras pelas fotos da formatura?', 'te dou 10 reais se me mandares a foto do trabalho', 'pago 300 euros pela bike, mando foto do comprovativo', 'quanto queres pela skin?'],
    },
  },
  {
    id: 'paid-just-for-me',
    phrases: [
      'pago|dou|ofereco|pagaria|daria|pagava|dava|mando|passo ..1 # ..3 [@money|@currency|@payment] ..2 so_pra_mim|so_para_mim|so_pra_eu_ver|pra_mim_so|so_para_eu_ver',
    ],
    unless: ['lanche|comida|pizza|ingresso|bilhete|cinema|uber|metade|dividir|conta|jantar|almoco'],
    examples: {
      match: ['pago 100 no pix, so pra mim', 'dou 50 euros so para eu ver'],
      ignore: ['pago 20 so pra mim, a pizza dividimos', 'pago 10 reais'],
    },
  },
  {
    id: 'free-photoshoot',
    phrases: [
      'faco|fazemos|faria|fazia|ofereco|oferecemos|te_faco|faco_te ..3 book|ensaio|ensaios|sessao_de_fotos|sessao_fotografica ..3 gratis|de_graca|gratuito|gratuita|pago|paga|sem_custo',
      'book|ensaio|sessao_de_fotos|sessao_fotografica ..2 gratis|de_graca|gratuito|gratuita|sem_custo ..2 pra_vc|pra_ti|para_ti|para_voce|pra_voce',
    ],
    unless: ['amiga|amigo|miga|mano|mana|prima|primo|irma|irmao|turma|escola|casamento|formatura|batizado|curso|aula'],
    examples: {
      match: ['faço um book gratis pra vc', 'fazemos um ensaio fotográfico gratuito', 'book de graça pra ti'],
      ignore: ['amiga, faço um ensaio gratis pra ti no parque kkk', 'o book da formatura é pago'],
    },
  },
  {
    // "quer ser modelo?", "topas ser a minha modelo?": the modelling pitch addressed to the person.
    id: 'be-a-model',
    phrases: [
      'queres|querias|gostarias|topas ..1 ser|trabalhar_como|virar|fazer_de ..1 modelo|modelos|influencer|atriz|a_minha_modelo|minha_modelo',
      '@you ..1 quer|queres|queria|querias|gostaria|gostarias|topa|topas ..1 ser|trabalhar_como|virar|fazer_de ..1 modelo|modelos|influencer|atriz|a_minha_modelo|minha_modelo',
      'quer|topa ser|trabalhar_como|virar ..1 modelo|a_minha_modelo|minha_modelo ..2 [pra|para] [mim|minha_marca|minha_loja|minha_agencia|uma_marca|um_ensaio|fotos]',
    ],
    unless: ['ela|ele|eles|elas|irma|irmao|prima|primo|amiga|amigo|filha|filho|quando_crescer|quando_for_grande|no_futuro|sonho|trabalho_de|tpc|profissao|profissoes|redacao'],
    examples: {
      match: ['quer ser modelo?', 'vc quer ser modelo?', 'topas ser a minha modelo?', 'quer ser minha modelo pra umas fotos'],
      ignore: ['ela quer ser modelo', 'o que queres ser quando fores grande? modelo?', 'minha irmã quer ser modelo'],
    },
  },
  {
    // A scout looking for young models: "procuro modelos da tua idade, pagamos bem".
    id: 'scout-your-age',
    phrases: [
      'procuro|procuramos|buscamos|recrutamos|estamos_a_procurar|estamos_procurando|procurando|a_procurar|a_procura_de|precisamos_de|preciso_de|queremos ..3 modelo|modelos|meninas|rapazes|talentos|rostos|caras ..2 da_tua_idade|da_sua_idade|como_tu|como_voce|como_vc|jovens|novinhas|novinhos|adolescentes|menores|teen|teens|de_12|de_13|de_14|de_15|de_16',
      'agencia|fotografo|fotografa|olheiro|olheira|scout|casting ..6 pagamos_bem|paga_bem|pagam_bem|ganhar_dinheiro|ganhar_bem|dinheiro_facil|cache|bem_pago|bem_paga',
    ],
    unless: ['escola_de_modelos|curso|inscricao_paga|pagar_a_inscricao|pais_presentes|com_os_pais|com_autorizacao|autorizacao_dos_pais|encarregado|encarregados|responsavel_legal|responsaveis', 'noticia|golpe|golpes|cuidado|perigo|palestra|reportagem|fake|falsa|falso'],
    weight: 3,
    examples: {
      match: ['sou fotografo de uma agencia e procuro modelos da tua idade, pagamos bem', 'estamos a procurar meninas como tu para um casting', 'olheiro da agencia, dinheiro facil pra ti'],
      ignore: ['a agencia procura modelos jovens, casting com os pais presentes', 'cuidado, essa agencia que procura modelos da tua idade é golpe'],
    },
  },
  {
    // "dou-te 5000 diamantes se me mostrares": the price of a look, with no object named.
    id: 'pay-if-you-show',
    phrases: [
      '# ..3 [@money|@currency|diamantes|robux|vbucks|v_bucks|skins|skin|moedas|gemas|coins|euros|reais] ..5 se|caso|pra|para|em_troca ..1 [tu|vc] ..1 me|pra_mim ..1 mostrares|mostrar|mostras|mostrasses|mostre|deixares_ver|deixar_ver',
      'dou|pago|dava|daria|pagaria|pagava|ofereco|compro ..4 se|caso ..1 [tu|vc] ..1 me|pra_mim ..1 mostrares|mostrar|mostrasses|mostre|deixares_ver|deixar_ver',
    ],
    unless: ['trabalho|tpc|dever|exercicio*|resposta|respostas|cola|caminho|mapa|jogo|jogada|truque|bug|codigo|segredo_do_nivel|fase|nivel|boletim|nota|notas|receita|desenho|quadro|video_do_jogo|skin_nova'],
    weight: 3,
    examples: {
      match: ['dou-te 5000 diamantes no free fire se me mostrares', 'te dou 100 reais se vc me mostrar', 'pago o que quiseres se me deixares ver'],
      ignore: ['te dou 100 robux se me mostrares o truque da fase 3', 'dou-te 5 euros se me mostrares as respostas do tpc'],
    },
  },
  {
    // "se mandar umas fotinhas eu recarrego teu celular": a gift for pictures with no amount.
    id: 'if-you-send-i-give',
    phrases: [
      'se|caso ..2 mandar|mandares|enviar|enviares|mostrar|mostrares|fizer|fizeres ..2 umas|uma|algumas|umas_fotinhas|mais ..1 foto|fotos|fotinha|fotinhas|selfie|selfies|video|videos|nude*|nudes|pack|chamada|call ..4 [eu] recarrego|pago|dou|compro|ofereco|te_dou|te_pago|te_compro|dou_te|pago_te|compro_te|te_faco|faco|mando|te_mando|ganhas|ganha',
      'recarrego|recarregar|pago|compro|dou|ofereco|te_dou|te_pago|te_compro|dou_te|pago_te|compro_te|mando|te_mando ..4 se|caso|em_troca_de|por ..2 [umas|uma|algumas] ..1 foto|fotos|fotinha|fotinhas|selfie|selfies|nude*|nudes|pack',
      'em_troca|em_troca_disso|em_troca_de_tudo|e_em_troca ..3 [so] quero|queria|peco|pedia|basta|preciso|so_quero ..3 umas|uma|algumas|@photo ..1 [@photo] [tua|tuas|sua|suas|teu|teus|seu|seus|de_ti|de_vc]',
    ],
    unless: ['fotografo|fotografa|do_casamento|do_batizado|do_evento|da_festa|book_de_formatura|catalogo|dos_produtos|do_produto|paisagem|paisagens', 'trabalho|tpc|dever|escola|turma|prof*|professor*|jogo|bike|bicicleta|carro|casa|quarto|produto|anuncio|vinted|olx|venda|vender|vendo|artigo|peca|comprovante|comprovativo|recibo|fatura|boletim|festa|viagem|bolo|avo|vo|mae|pai|tia|tio', 'cachorro|cao|gato|gatinho|cachorrinho|pet|animal|planta|desenho|quadro|receita|paisagem'],
    weight: 3,
    examples: {
      match: ['em troca so quero umas fotinhas suas, coisa nossa, ninguem fica sabendo', 'se mandar umas fotinhas eu recarrego teu celular', 'te compro o fone se mandares umas fotos', 'dou-te um vale da shein em troca de umas fotos'],
      ignore: ['em troca quero uma foto do teu cachorro', 'se mandares fotos da bike eu pago o que pedes', 'pago-te o lanche se mandares as fotos do trabalho'],
    },
  },
  {
    // "me chama no zap q te mando diamante", "quer robux? eu tenho sobrando": game currency on offer.
    id: 'spare-game-currency-r9',
    phrases: [
      'te|ti|eu ..1 dou|mando|passo|arranjo|consigo|compro ..2 [uns|umas|um|uma|#] diamante|gema|moeda|skinzinha|robuxzinho',
      'quer|queres ..1 robux|vbucks|v_bucks|diamante|diamantes|gemas|skins|skin|passe ..3 eu|que|q ..1 tenho|tenho_muito|tenho_muitos|tenho_um_monte ..1 sobrando|a_mais|de_sobra|muito|muitos|um_monte|pra_dar',
    ],
    unless: ['aniversario|niver|natal|amigo_secreto|amigo_oculto|emprestad*|devolv*|trocar|troca|empresto|emprestar|loja|promocao|vendo|vende|venda|sorteio|giveaway|mae|pai|filho|filha|irmao|irma|pela_conta|pela_skin'],
    examples: {
      match: ['pô mlk novo. me chama no zap q te mando diamante', 'blz. quer robux? eu tenho sobrando'],
      ignore: ['quer trocar robux? eu tenho sobrando', 'filho, te dou um diamante no natal kkk'],
    },
  },
  {
    // "queres ser embaixadora? recebes roupa gratis", "cache de 1500 por ensaio", "posso te ajudar a crescer o canal".
    id: 'brand-deal-and-career-r9',
    phrases: [
      'ser|seres|virar|tornar_te|tornar_se ..1 embaixadora|embaixador|influencer|influenciadora|rosto|cara|modelo ..3 da|de|do|duma|de_uma ..2 marca|loja|agencia|campanha|colecao',
      'recebes|recebe|ganhas|ganha|ganhar|receber ..2 roupa|roupas|produtos|presentes|kits|kit|pecas ..1 gratis|de_graca|free|a_borla',
      'cache|cachet ..2 [de] # ..2 [@money|@currency] ..2 por ..1 ensaio|sessao|foto|fotos|video|videos|trabalho|book',
      'posso|vou|consigo|quero ..1 te|ti ..1 ajudar|ajudar_te ..1 a ..1 crescer|bombar|viralizar|ficar_famos*|ser_famos*|ter_mais ..3 canal|perfil|instagram|tiktok|carreira|seguidores|live|lives|conta',
    ],
    weight: 1,
    unless: ['sorteio|giveaway|concurso|loja_online|cupao|cupom|desconto|inscricao|inscreve|site_oficial|regulamento|trabalho_de_grupo|escola|prof*|professor*'],
    examples: {
      match: ['Olá! Somos a marca FitGirl PT, queres ser embaixadora? Recebes roupa grátis', 'sim!! cache de 1500 reais por ensaio', 'posso te ajudar a crescer o canal, tenho contatos'],
      ignore: ['participa no sorteio e recebe roupa gratis', 'o prof disse que pode te ajudar a crescer o canal da escola'],
    },
  },
  {
    // Sugar-daddy allowances: "uma mesada de 2 mil por mês, no pix, sem compromisso".
    id: 'allowance-sugar-r10',
    phrases: [
      'mesada|mesadinha ..2 # ..6 mes|mensal|semana|semanal|pix|compromisso|companhia|sugar',
      'te|ti|lhe ..1 dar|dou|pagar|pago|bancar|banco|ofereco|oferecer ..2 [uma] mesada|mesadinha',
      'sugar_daddy|sugardaddy|sugar_baby|sugarbaby|sugar_mommy|sugar_dad',
      'ajudar|ajudo|bancar|banco|mimar|mimo ..1 meninas|garotas|novinhas|minas|miudas ..2 como ..1 vc|voce|tu|ti',
    ],
    unless: ['pai|mae|mamae|papai|avo|avos|tio|tia|padrinho|madrinha|aumentar_a_mesada|minha_mesada|a_minha_mesada|mesada_do|mesada_da|noticia|reportagem|golpe|cuidado|documentario'],
    examples: {
      match: ['uma mesada de 2 mil por mês, no pix, sem compromisso nenhum', 'te dou uma mesada se vc for minha', 'quer ser minha sugar baby?', 'gosto de ajudar meninas como vc'],
      ignore: ['minha mae vai aumentar a minha mesada pra 100 por mes', 'o padrinho te dá mesada?'],
    },
  },
  {
    // "vc quer ganhar um iphone? so precisa fazer umas fotos comigo".
    id: 'win-a-prize-for-photos-r10',
    phrases: [
      'ganhar|ganhas|ganha|ganhes|levar|levas ..2 iphone|celular|telemovel|roupa|roupas|tenis|skin|skins|robux|vbucks|diamantes|dinheiro|grana|presente|prenda|consola|ps5 ..4 so|apenas|basta|e_so ..2 precisa|precisas|tens_de|tem_que|tem_de|fazer|mandar|enviar|fazeres|mandares ..3 fotos|foto|fotinhas|video|videos|ensaio|live|chamada',
    ],
    unless: ['sorteio|concurso|passatempo|giveaway|regulamento|marca|loja|escola|turma|kk*|haha*|golpe|cuidado'],
    weight: 3,
    examples: {
      match: ['vc quer ganhar um iphone? so precisa fazer umas fotos comigo', 'queres ganhar robux? basta mandares umas fotos'],
      ignore: ['pra ganhar o iphone do sorteio so precisa mandar uma foto com a hashtag'],
    },
  },
  {
    // "vc me manda fotos e eu pago teu celular novo".
    id: 'you-send-i-pay-r10',
    phrases: [
      '@you|tu ..1 me ..1 manda|mandas|envia|envias|mostra|mostras ..2 fotos|foto|fotinhas|nudes|videos|video|pack ..3 e|que|q ..1 eu ..1 pago|dou|compro|te_dou|te_pago|te_compro|recarrego|deposito',
    ],
    unless: ['casa|quarto|apartamento|renda|aluguel|carro|moto|bike|bicicleta|movel|moveis|produto*|loja|anuncio|comprovante|comprovativo|recibo|pix_do|nota_fiscal|documento*|boletim|kk*|haha*'],
    weight: 3,
    examples: {
      match: ['tenho uma proposta: vc me manda fotos e eu pago teu celular novo'],
      ignore: ['vc me manda fotos do produto e eu pago no pix'],
    },
  },
  {
    // "compro por 50 mas manda uma foto tua a vesti-la", "pago 500 em moedas".
    id: 'buy-it-if-you-show-yourself-r11',
    phrases: [
      'compro|pago|dou|te_dou|ofereco ..3 # ..3 mas|se|desde_que|com_a_condicao ..3 manda|mande|mandares|mandar|envias|enviares|mostras|mostrares ..2 [uma|umas] foto|fotos|video|pic ..1 tua|teu|sua|seu|tuas|suas|de_ti|de_vc',
      'pago|dou|te_dou|mando|te_mando ..2 # ..1 em ..1 moedas|coins|presentes|rosas|gifts|diamantes|robux|vbucks|gemas ..6 live|chamada|call|cam|camera|privad*|so_pra_mim|pra_mim',
      'faz|faca|fazer|abre ..6 live|chamada|call ..6 pago|dou|te_dou ..2 # ..1 em ..1 moedas|coins|presentes|rosas|gifts|diamantes|robux',
    ],
    unless: ['etiqueta|marca|medidas|defeito|riscos|estado|bateria|ecra|manequim|cabide|no_chao|dobrada|so_a_peca'],
    examples: {
      match: ['compro por 50 mas manda uma foto tua a vesti-la', 'faz uma live privada so pra mim no tango? pago 500 em moedas'],
      ignore: ['compro por 50 mas manda uma foto tua com a etiqueta', 'pago 500 em moedas pelo skin no jogo'],
    },
  },
  {
    // "tenho um trabalho pra ti, só precisas mandar umas fotos".
    id: 'job-just-send-photos-r11',
    phrases: [
      'trabalho|trabalhinho|emprego|job|biscate|gig|oportunidade|proposta|vaga ..4 so|apenas|basta|e_so ..2 [precisas|precisa|tens_de|tem_que|de] ..1 mandar|enviar|tirar|mandares|enviares ..2 [umas|uma|algumas] fotos|foto|videos|video|selfies',
    ],
    unless: ['cv|curriculo|candidatura|documento*|cartao_de_cidadao|bi|passaporte|produto*|artigo*|loja|fatura|obra|casa|carro|comida|pratos|receita*|anuncio|olx|vinted|relatorio|formulario'],
    examples: {
      match: ['tenho um trabalho pra ti, so precisas mandar umas fotos', 'é um job facil, basta enviar umas selfies'],
      ignore: ['tenho um trabalho pra ti, so precisas tirar umas fotos dos produtos da loja', 'a vaga é tua, so precisas mandar o cv'],
    },
  },
  {
    // Scouts and mentors: "estamos selecionando meninas pra campanha", "ajudo jovens a ganhar dinheiro com bitcoin".
    id: 'scout-and-mentor-lures-r12',
    phrases: [
      'selecionando|recrutando|procurando|buscando|escolhendo ..2 meninas|meninos|garotas|garotos|modelos|rostos|jovens|adolescentes|novinhas|novinhos|miudas|miudos ..4 campanha|ensaio|desfile|book|agencia|cache|contrato|catalogo|marca|publicidade',
      'ajudar|ajudo|ajudando|ensino|ensinar|ensinando ..3 jovens|adolescentes|menores|miudos|novinhos|estudantes|garotos|meninas ..3 ganhar|fazer|lucrar ..1 dinheiro|grana|guita|renda|lucro ..3 bitcoin|cripto*|investimento*|investir|trading|forex|apostas|bet',
      'comecas|comeca|investes|investe|colocas|coloca|poes|poe ..1 com ..1 # ..6 tens|tem|recebes|recebe|ganhas|ganha|volta|voltam|rende ..1 #',
    ],
    unless: ['escola|professor*|curso_gratuito|palestra|golpe|golpes|cuidado|fraude|policia|noticia|reportagem'],
    weight: 2,
    examples: {
      match: ['estamos selecionando meninas pra campanha de verao, cachê de 800 reais', 'estou a ajudar jovens a ganhar dinheiro com bitcoin, tens interesse?', 'começas com 50 euros e em 1 semana tens 500'],
      ignore: ['o professor disse que a escola esta selecionando alunos pra campanha de vacinacao', 'cuidado com golpe que promete ajudar jovens a ganhar dinheiro com bitcoin'],
    },
  },
  {
    // "quer uns robux? tenho sobrando": game currency dangled by a stranger.
    id: 'want-some-robux-r12',
    phrases: [
      'quer|queres|qr|kr|quere ..1 [uns|umas|uns_quantos|alguns|algumas] robux|vbucks|v_bucks|diamantes|skins|skin|gift|gifts|passe|gamepass|nitro|moedas|gemas|coins',
      'robux|vbucks|v_bucks|diamantes|skins|nitro|gemas|coins ..3 tenho|tnh ..1 sobrando|de_sobra|a_mais|pra_dar|para_dar|pra_te_dar',
      'tenho|tnh ..2 robux|vbucks|v_bucks|diamantes|skins|nitro|gemas|coins ..1 sobrando|de_sobra|a_mais|pra_dar|para_dar|pra_te_dar',
    ],
    unless: ['loja|vender|vendo|venda|preco|quanto|evento|sorteio|codigo_promocional|giveaway|site_oficial|golpe|golpes|fake|cuidado'],
    weight: 2,
    examples: {
      match: ['quer uns robux? tenho sobrando', 'queres diamantes? tenho de sobra', 'tenho nitro sobrando pra te dar'],
      ignore: ['quer robux? tem sorteio no evento oficial', 'quanto custa 800 robux na loja'],
    },
  },
  {
    // "te pago 50 no pix por uma foto tua", "dou 100 reais por um video teu": a price per picture.
    id: 'price-per-picture-r12',
    phrases: [
      'pago|te_pago|dou|te_dou|passo|te_passo|mando|te_mando|faco|te_faco|deposito|transfiro ..3 # ..4 por|pra|para|em_troca_de|em_troca_duma|em_troca_de_uma ..2 uma|um|umas|uns|cada|mais ..1 @photo',
      'compro|te_compro|dou|te_dou|pago|te_pago ..3 skin|skins|robux|diamantes|vbucks|v_bucks|passe|passe_de_batalha|gift|nitro|gamepass ..6 @send|se_mandar|se_mandares|se_me_mandar ..2 @photo',
    ],
    unless: ['evento|casamento|festa|formatura|cachorro|cao|gato|produto|produtos|fotografo|fotografa|impressao|impressa*|revelar|revelacao|loja|anuncio|paisagem|comida|prato|logo|logotipo|capa|arte|desenho|edicao|editar|montagem_do_video|trabalho|freela*|freelance'],
    weight: 3,
    examples: {
      match: ['te pago 50 no pix por uma foto tua', 'te pago 50 reais por um video teu', 'dou 100 euros em troca de uma selfie', 'eu compro a skin q vc quiser, so me manda umas fotos'],
      ignore: ['pago 20 por cada foto do evento', 'te pago 50 por um video editado pro meu canal, é freela'],
    },
  },
  {
    // Game currency and careers as bait: "ta afim de ganhar uns vbucks?", "quero te levar pro estudio, tem contrato".
    id: 'want-to-earn-some-r13',
    phrases: [
      'ta|tas|esta|estas|quer|queres|tu_quer|vc_quer ..1 afim|a_fim ..1 [de] ganhar ..3 vbucks|v_bucks|robux|diamantes|skins|skin|minecoins|moedas|gemas|passe|battle_pass|gift_card|cartao_presente|grana|dinheiro|uma_grana|uns_trocos|@money',
      'levar|levo|quero_te_levar|posso_te_levar ..3 pro|pra|ao|para_o ..1 estudio|palco|gravadora|agencia ..6 contrato|single|album|ep|clipe|gravar|carreira|famos*',
      'faco|fazer|vou_fazer|posso_fazer ..1 [o|a] teu|tua|seu|sua ..1 canal|perfil|conta ..1 bombar|crescer|explodir|viralizar',
      'te|vos ..1 faco|fazer|vou_fazer|posso_fazer ..1 [o_teu|o_seu] canal|perfil|conta ..1 bombar|crescer|explodir|viralizar',
      'sou|eu_sou ..1 mod|moderador|moderadora|admin ..3 canal|canais|servidor|servidores|streamer|streamers ..6 ajudar|crescer|bombar|divulgar|promover|subs|seguidores',
    ],
    unless: ['ajudar_no|ajudar_na|trabalhar|part_time|biscate|bico|loja|cafe|restaurante|babysit*|passear|evento|torneio|campeonato', 'escola|turma|aula|coral|banda_da_escola|professor*|prof|stor|stora|k|kk*|haha*|rsrs*|sorteio_oficial|regulamento'],
    examples: {
      match: ['ta afim de ganhar uns vbucks?', 'quero te levar pro estúdio, gravar um single. tem contrato, tudo certinho', 'massa. eu sou mod de uns canal grande, posso te ajudar a crescer', 'faço teu canal bombar'],
      ignore: ['a prof quer levar a turma pro estudio da escola gravar o coral'],
    },
  },
  {
    // "te dou essa de graça se vc for legal comigo", "te compro a skin, é só vc ser obediente", "a carta é tua", "ensaio sensual, pago 300 por sessão", "transporte pago por nós", "te mando um gift card pra vc comprar o q quiser".
    id: 'gift-if-youre-nice-r14',
    phrases: [
      'dou|te_dou|dou_te|ganhas|ganha|te_compro|compro|compro_te|de_graca|presente|te_pago|pago ..6 se ..2 for|fores|ficar|ficares|formos ..1 legal|boazinha|bonzinho|boazinho|carinhosa|carinhoso|obediente|quietinha|quietinho|especial ..1 comigo|cmg',
      'te_compro|compro|compro_te|te_dou|dou|dou_te ..6 e_so|basta|so_precisas|so_precisa|so_tens_de|so_tem_que ..2 ser|ficar|fazer ..1 obediente|boazinha|bonzinho|carinhosa|o_que_eu_mandar|oq_eu_mandar|tudo_o_que_eu_pedir|o_que_eu_pedir|oq_eu_pedir',
      '@photo ..6 a|o|as|os ..1 carta|cartas|skin|skins|item|itens|conta|premio|robux|gift|presente|pokemon ..1 e|sao|fica|ficam ..1 tua|teu|sua|seu|tuas|teus|suas|seus',
      'te_mando|mando_te|te_dou|dou_te|te_envio|envio_te ..2 um|uma ..1 gift|gift_card|giftcard|cartao_presente|vale_presente|codigo|cartao ..6 pra|para ..2 comprar|gastar|usar',
    ],
    unless: ['aniversario|niver|parabens|natal|pascoa|mae|pai|tia|tio|vo|avo|madrinha|padrinho|sorteio_oficial|trabalho_de_grupo|mesada', 'pelos_pais|pela_familia|pelas_familias|pelos_encarregados|pelo_encarregado|pelos_responsaveis|pelo_clube_e_pais|babysitter|baba|explicacao|explicacoes|aula|aulas|limpeza|jardim|evento_da_escola|formatura|casamento'],
    examples: {
      match: ['te dou essa de graça se vc for legal comigo kkkk', 'se quiser te compro a skin da vandal, é so vc ser obediente no treino', 'manda uma foto tua sem camisa, so isso e a carta é tua', 'te mando um gift card de 100 do google play pra vc comprar o q quiser'],
      ignore: ['te dou 10 reais se fores legal com a tua irma', 'te dou um presente de aniversario se fores legal kkk', 'te mando um gift card de natal pra comprar livros, beijo da tia'],
    },
  },
  {
    // Paid shoots and scouting trips: "ensaio sensual, pago 300 por sessão", "testes em Braga, transporte pago por nós".
    id: 'paid-shoot-scout-trip-r14',
    phrases: [
      'pago|pagamos|te_pago|pago_te|cache ..2 # ..3 por|cada ..1 sessao|ensaio|foto|fotos|video|videos|fotinha|nude|nudes',
      'ensaio_sensual|ensaio_nu|fotos_sensuais|ensaio_intimo|ensaio_de_lingerie ..4 pago|pagamos|ganha|ganhas|cache|#',
      'recrutar|recrutando|recrutamos|selecionar|selecionando|testes|teste|peneira|peneiras|captacao|casting ..6 transporte|viagem|passagem|passagens|estadia|alojamento|hospedagem ..2 pago|pagos|paga|pagas|gratis|gratuito|gratuita|por_nossa_conta|por_nos',
    ],
    unless: ['pelos_pais|pela_familia|pelas_familias|pelos_encarregados|pelo_encarregado|pelos_responsaveis|babysitter|baba|explicacao|explicacoes|aula|aulas|limpeza|jardim|formatura|casamento|batizado|evento_da_escola|escola|hora|horas'],
    examples: {
      match: ['ensaio sensual, pago 300 por sessão, só vc e eu no estúdio, sem mãe junto', 'estamos a recrutar para testes em Braga, transporte pago por nós', 'pagamos 150 por cada foto'],
      ignore: ['pago 20 por hora de babysitter', 'o clube vai fazer peneira, transporte pago pelos pais', 'o fotografo da formatura cobra 300 por sessao'],
    },
  },
  {
    // Fake staff prizes: "ganhaste 5000 vbucks, so precisamos de uma foto tua".
    id: 'you-won-currency-send-photo-r14',
    phrases: [
      'ganhaste|ganhou|ganhas|ganha|vc_ganhou|voce_ganhou|tu_ganhaste|premiado|premiada|recebes|recebe ..3 # ..1 vbucks|v_bucks|robux|diamantes|skins|moedas|gemas|@money ..6 @photo|selfie|foto_tua|uma_foto_tua|uma_foto_sua|foto_sua',
    ],
    unless: ['sorteio_oficial|regulamento|loja|comprovante|comprovativo|print_do_pagamento|print_da_compra|fatura|recibo|torneio|campeonato|escola|turma|professor*|prof'],
    examples: {
      match: ['sou a staff do Fortnite, ganhaste 5000 vbucks, so precisamos de uma foto tua', 'vc ganhou 800 robux! manda uma selfie pra confirmar'],
      ignore: ['ganhaste 500 vbucks no torneio, manda print do perfil pro prof', 'ganhou 50 reais na loja, manda foto do comprovante'],
    },
  },
  {
    // Game perks or a "paid test" released once the picture arrives: "q eu libero os robux na hora", "pagamos adiantado no seu pix".
    id: 'release-the-robux-r15',
    phrases: [
      'libero|liberar|libera|solto|desbloqueio|ativo|mando|passo ..2 os|o|a|teus|teu|tua ..1 robux|vbucks|v_bucks|vip|cargo|rank|skin|skins|diamantes|moedas|gemas|bonus ..3 na_hora|logo|assim_que|quando|se|depois_da|depois_do',
      'pagamos|pagaremos|depositamos|transferimos ..4 adiantado|antecipado|adiantados|no_seu_pix|no_teu_pix|na_sua_conta|na_tua_conta',
    ],
    unless: ['pix_cair|pix_cai|pix_caiu|cair_o_pix|pagamento|comprovante|compra*|comprar|pagar|pagou|pagaste|doacao|sorteio|evento|torneio|campeonato|ganhador|vencedor', 'salario|fatura|reembolso|devolucao|estorno|nota_fiscal|encomenda|pedido'],
    weight: 2,
    examples: {
      match: ['ficou fofa. agora uma de shortinho q eu libero os robux na hora', 'No segundo teste pagamos R$ 150 adiantado no seu Pix', 'manda que eu libero o vip assim que chegar'],
      ignore: ['libero o vip assim que o pix cair', 'libero os robux do sorteio na hora do evento', 'pagamos o reembolso na sua conta em 5 dias'],
    },
  },
  {
    // A role or perk for a picture: "te dou o cargo de admin se vc me mandar uma foto".
    id: 'rank-for-a-pic-r15',
    phrases: [
      'te_dou|dou_te|te_passo|passo_te|te_do|ganhas|ganha|ganhar|libero|te_dar ..3 cargo|rank|vip|admin|mod|moderador|moderadora|staff|robux|skin|skins|vbucks|diamantes|gemas|moedas ..4 se|em_troca|por|pra_quem ..3 foto|fotos|fotinha|fotinhas|selfie|selfies|video|videos|@photo|mandar|mandares|mostrar|mostrares',
    ],
    unless: ['evento|sorteio|concurso_de_build|build|print|prints|screenshot|skin_do_jogo|fanart|desenho|meme|memes|clip|clipe|gameplay|recorde|ranking|comprovante|pix'],
    weight: 3,
    examples: {
      match: ['te dou o cargo de admin se vc me mandar uma foto', 'ganhas vip em troca de umas fotos', 'te dou 800 robux por uma selfie tua'],
      ignore: ['te dou o cargo de admin se vc mandar o print do bug', 'ganha vip quem mandar a melhor foto da build no evento'],
    },
  },
  {
    // A route into stardom for pictures: "posso te colocar como trainee se mandares fotos".
    id: 'make-you-a-trainee-for-pics-r18',
    phrases: [
      'colocar|coloco|por|ponho|meter|meto|levar|levo|indicar|indico ..2 como|para|pra ..1 trainee|idol|modelo|atriz|ator|influencer|dancarina|dancarino|cantora|cantor ..4 se ..2 mandares|mandar|enviares|enviar|mostrares|mostrar',
      'passo_te|te_passo|coloco_te|te_coloco|ponho_te|te_ponho|meto_te|te_meto ..3 equipa|equipe|time|plantel|titular|selecao ..4 se ..2 vieres|vier|mandares|mandar|fizeres|fizer|treinares',
      'trainee|idol|modelo|casting|audicao ..6 se ..2 mandares|mandar|enviares|enviar ..2 foto|fotos|video|videos|fotinhas ..2 de_corpo|do_corpo|de_corpo_inteiro|tuas|suas|sem|de_biquini|de_lingerie',
    ],
    unless: ['formulario|inscricao|site_oficial|email_oficial|escola_de_danca|pais|encarregado*'],
    examples: {
      match: ['conheço a produtora da blackpink, posso te colocar como trainee se mandares fotos de corpo', 'te indico como modelo se me mandar umas fotos', 'sou treinador de um clube da liga, passo-te para a equipa principal se vieres treinar sozinho comigo'],
      ignore: ['a audicao e pelo site oficial, se mandares fotos tem de ser pelo formulario', 'te indico como modelo na escola de danca se os teus pais deixarem'],
    },
  },
  {
    // Round 19: an "OnlyFans manager" recruiting a teen ("abre um privacy que eu administro").
    id: 'content-manager-recruits-r19',
    phrases: [
      'abre|abrir|cria|criar|crie|abra|abres ..2 privacy|onlyfans|fansly|closefriends|close_friends|conta_exclusiva|perfil_exclusivo ..6 administro|gerencio|cuido|giro|ganhar|ganha|ganhas|ganharia|ganharias|dinheiro|grana|@money|#',
      'agencia|agenciamento|manager|gerencio|administro|gerenciamos|administramos ..6 criadoras|criadores|conteudo_exclusivo|conteudo_adulto|conteudo_vip|privacy|onlyfans|fansly',
    ],
    unless: ['reportagem|noticia|documentario|golpe|golpes|cuidado|denuncia*|policia'],
    examples: {
      match: ['abre um privacy que eu administro, vc ia ganhar mt la', 'trabalho numa agencia de criadoras de conteudo exclusivo', 'cria um onlyfans q eu cuido de tudo e vc ganha 5k'],
      ignore: ['viste a reportagem sobre agencias de onlyfans? golpe total', 'cuidado com agencia de criadoras de conteudo no insta'],
    },
  },
  {
    // Round 20: a TikTok Live "gifter" ("posso te mandar mais moedas toda semana") and a Minecraft "admin"
    // offering a staff rank ("ganha tag [MOD] e vip grátis").
    id: 'gifts-every-week-staff-rank-r20',
    phrases: [
      'posso|vou|consigo|quero ..1 te|ti ..1 mandar|dar|enviar|oferecer ..2 [mais] moedas|coins|presentes|gifts|galaxias|galaxia|leoes|leao|rosas|universos|diamantes ..3 toda|todo|todas|todos|sempre|semana|dia|mes|live|lives',
      'ganha|ganhas|ganhar|vai_ganhar|vais_ganhar|te_dou|dou_te ..2 tag|cargo|rank|vip|staff|mod|admin|adm|moderador ..4 gratis|de_graca|free|sem_pagar',
    ],
    unless: ['quem ..1 entrar|ganhar|convidar|votar|participar|chegar|ficar', 'todos_que|os_primeiros|evento|sorteio|giveaway|codigo|cupom|loja|compra|comprar|site|anuncio|inscricoes|formulario|candidatura|aplicacao|entrevista_no_discord_oficial|votacao|ranking|top_1|top_3|primeiro_lugar'],
    examples: {
      match: ['posso te mandar mais moedas toda semana se vc quiser', 'to precisando de staff novo, curtiu? ganha tag [MOD] e vip gratis'],
      ignore: ['ganha vip gratis quem entrar no servidor hoje', 'no evento de sabado quem ganhar leva vip gratis', 'quem ficar em primeiro lugar no ranking ganha tag vip gratis'],
    },
  },
  {
    // Round 21: the "brand ambassador" pick: "selecionamos seu perfil para o programa de embaixadoras".
    id: 'we-selected-your-profile-r21',
    phrases: [
      'selecionamos|escolhemos|selecionado|selecionada|pre_selecionado|pre_selecionada|pre_selecionamos|aprovamos ..4 [teu|seu|tua|sua|o_teu|o_seu] perfil|conta|instagram ..4 programa|embaixador*|embaixadora*|casting|parceria|influenc*|modelo|modelos|agencia|campanha|book',
      'perfil|conta ..2 foi|esta|ficou ..1 selecionado|selecionada|pre_selecionado|pre_selecionada|escolhido|escolhida|aprovado|aprovada ..4 programa|embaixador*|embaixadora*|casting|parceria|influenc*|modelo|modelos|agencia|campanha|book',
    ],
    unless: ['golpe|cuidado|denuncia|falso|falsa|spam|bolsa|universidade|faculdade|escola|vaga|emprego|entrevista|curriculo|estagio'],
    weight: 1,
    examples: {
      match: ['Oi! Somos a FitVibe 💪 e selecionamos seu perfil para o programa de embaixadoras teen', 'o teu perfil foi pré-selecionado para o casting'],
      ignore: ['cuidado, isso de selecionamos seu perfil pra parceria é golpe', 'selecionamos seu perfil para a vaga de estágio'],
    },
  },
  {
    // Round 21: a game item for a video call: "te pago o battle pass se fizer uma chamada de vídeo comigo".
    id: 'pay-you-if-you-video-call-r21',
    phrases: [
      'te_pago|pago_te|te_dou|dou_te|te_compro|compro_te|te_ofereco|ofereco_te ..4 se|caso ..2 [tu|vc|voce] fizer|fizeres|fizesse|fizesses|entrar|entrares|ligar|ligares|abrir|abrires ..3 chamada|call|videochamada|cam|camera|camara|webcam|video ..2 [comigo|so_comigo|a_dois|privad*]',
    ],
    unless: ['trabalho|explicacao|aula|aulas|treino|coach|coaching|reuniao|entrevista|grupo|galera|turma|clan|cla|equipa|time'],
    examples: {
      match: ['te pago o battle pass se fizer uma chamada de video comigo', 'dou-te o passe se ligares a camara'],
      ignore: ['te pago o lanche se fizer a chamada com o grupo do trabalho'],
    },
  },
  {
    // Round 22: a "game dev" or "agency" recruiting children for pay: "procuro testers de 12 a 15 anos, pago em robux".
    id: 'paid-young-testers-r22',
    phrases: [
      'procuro|procura|procuramos|preciso|precisamos|recruto|recrutamos|busco|buscamos ..3 tester|testers|testadores|testadoras|modelos|meninas|meninos|garotas|garotos|novinhas|novinhos ..4 anos ..4 pago|pagamos|pagamento|ganha|ganham|recebe|recebem|robux|vbucks|skins|nitro|@money',
      'tester|testers|testadores|modelos ..3 # a|ate|e # anos ..4 pago|pagamos|pagamento|ganha|ganham|recebe|recebem|robux|vbucks|skins|nitro',
    ],
    weight: 3,
    examples: {
      match: ['procuro testers de 12 a 15 anos, pago em robux', 'precisamos de testadores de 13 anos, pagamos em skins'],
      ignore: ['procuro testers pro meu jogo, quem quiser ajudar é de graça', 'a vaga de estagio é pra maiores de 18 anos, pago'],
    },
  },
  {
    // r23: donations and game currency for pictures: "se eu mandar mais 100 subs, vc me manda umas fotos",
    // "to dando robux pra galera".
    id: 'subs-for-pics-r23',
    phrases: [
      'se ..1 eu ..1 mandar|der|doar|pagar|te_mandar|te_der ..3 # ..1 subs|sub|bits|robux|skins|vbucks|diamantes|reais|contos|euros|gift|gifts ..6 @you ..1 me_manda|me_mandas|me_mostra|me_mostras|mandas_me|mostras_me|me_liga',
      'to|tou|estou ..1 dando|a_dar|oferecendo|distribuindo ..1 robux|vbucks|skins|diamantes|gift_card|gift_cards|nitro|subs ..3 pra|para|a|as|aos ..1 galera|meninas|meninos|quem|vc|voce|ti',
    ],
    unless: ['sorteio|torneio|campeonato|giveaway|evento|live_de|ganhar|ganhador|vencedor|vencedores|regras|inscri*'],
    examples: {
      match: ['e se eu mandar mais 100 subs, vc me manda umas fotos só pra mim?', 'to dando robux pra galera q joga bem'],
      ignore: ['to dando robux pra quem ganhar o torneio', 'se eu mandar 10 reais vc me manda o link do sorteio?'],
    },
  },
  {
    // r23: "tenho um trabalho pra ti, fotos artisticas, 300 euros".
    id: 'artistic-photos-paid-r23',
    phrases: [
      'fotos_artisticas|ensaio_artistico|nu_artistico|book_artistico|fotos_sensuais|ensaio_sensual|book_sensual ..6 # ..1 @money|@currency',
      '# ..1 @money|@currency ..6 fotos_artisticas|ensaio_artistico|nu_artistico|book_artistico|fotos_sensuais|ensaio_sensual|book_sensual',
    ],
    unless: ['curso|aula|workshop|exposicao|museu|galeria|faculdade|portfolio_da_escola'],
    examples: {
      match: ['tenho um trabalho pra ti, fotos artisticas, 300 euros'],
      ignore: ['o curso de fotos artisticas custa 300 euros'],
    },
  },
  {
    // Round 24: a fake talent-show judge: "sou jurada do concurso Nova Voz Teen".
    id: 'talent-show-judge-r24',
    phrases: [
      'sou|somos ..2 jurada|jurado|jurados|juradas|juri|produtora|produtor|olheiro|olheira|da_producao|diretor_de_casting|diretora_de_casting ..4 concurso|programa|casting|talent|show|festival|reality|the_voice|idolos|got_talent',
    ],
    unless: ['escola|colegio|bolo|bolos|culinaria|feira|ciencia*|redacao|poesia|desenho|matematica|quiz|turma|paroquia|igreja|bairro|camara|junta'],
    examples: {
      match: ['Olá! Sou jurada do concurso Nova Voz Teen 2026 🎤 a tua audição chamou atenção da produção', 'somos da produção do reality e gostamos do teu perfil'],
      ignore: ['sou jurado do concurso de bolos da escola amanha', 'sou jurada do festival da paroquia'],
    },
  },
  {
    // Round 24: a TikTok LIVE viewer: "mando-te um leao se tirares a camisola na live", "te pago 50 usdt por cada foto".
    id: 'gift-if-you-undress-r24',
    phrases: [
      'mando|mando_te|te_mando|dou|dou_te|te_dou|envio|envio_te|te_envio ..2 leao|leoes|universo|universos|rosa|rosas|presente|presentes|gift|gifts|moedas|coins|diamantes|galaxia|baleia ..3 se ..1 tirares|tirar|mostrares|mostrar|ligares|ligar|dancares|ficares|levantares',
      'te_pago|pago_te|pago|dou_te|te_dou|ofereco ..2 # ..1 usdt|@money|@currency|robux|reais|euros|btc|eth ..2 por|a|cada ..1 [cada] foto|fotos|video|videos|pic|pics|nude|nudes|fotinha|fotinhas',
    ],
    unless: ['fotografo|fotografa|evento|casamento|batizado|book_de_formatura|produto|produtos|loja|catalogo|banco_de_imagens|paisagem|paisagens|desenho|desenhos|ilustracao|logo'],
    examples: {
      match: ['mando-te um leao se tirares a camisola na live', 'te pago 50 usdt por cada foto, paga na hora', 'dou-te 20 rosas se ligares a camara'],
      ignore: ['pago 50 euros por cada foto do casamento, fechado?', 'te mando um leao se ganhares a batalha kkk'],
    },
  },
  {
    // Round 25: a "sugar" allowance by app transfer: "posso te dar uma mesada de 300 toda semana no pix".
    id: 'weekly-allowance-r25',
    phrases: [
      'te|ti|dou_te|posso_te|te_dou|vou_te|ofereco_te|te_ofereco ..3 mesada|semanada|mesadinha|ajuda_de_custo ..5 #|toda_semana|todas_as_semanas|por_semana|por_mes|todo_mes|@payment',
    ],
    unless: ['pai|mae|avo|vo|vovo|tia|tio|padrinho|madrinha|tarefas|arrumar|lavar|boas_notas|notas|loica|louca|quarto|castigo|comportar'],
    examples: {
      match: ['posso te dar uma mesada de 300 toda semana no pix, sem compromisso', 'ofereço-te uma mesada de 100 euros por mbway'],
      ignore: ['a tua mae vai te dar a mesada no pix amanha', 'te dou mesada de 20 por semana se arrumares o quarto'],
    },
  },
  {
    // Round 27: game-server "staff" handing out a role: "posso te dar o vip de graça mas preciso da verificação".
    id: 'free-vip-role-for-verification-r27',
    phrases: [
      'dar|dou|passo|arranjo|libero|liberar ..2 [o|a|um|uma|teu|tua] vip|cargo|rank|admin|adm|mod|staff|role|tag ..2 de_graca|gratis|free|em_troca|mas_preciso|mas_tens|mas_tem|se_mandares|se_mandar|se_me_mandares|se_me_mandar',
      'vip|cargo|rank|admin|adm|mod|staff|role ..3 de_graca|gratis|free ..4 mas|so|basta|e_so ..3 verificacao|verificar|selfie|foto|fotos|cam|camera|video',
    ],
    unless: ['sorteio|evento|ganhou|ganhaste|ganhador|vencedor|giveaway|boost|nitro|booster|votou|votar|apoiador|doacao|apoiar|regras'],
    examples: {
      match: ['posso te dar o vip de graça mas preciso da verificação', 'libero teu cargo grátis se me mandar uma selfie'],
      ignore: ['vou te dar o vip gratis porque ganhaste o sorteio', 'o cargo de vip e gratis pra quem der boost'],
    },
  },
  {
    // Round 28: the "TikTok talent manager" and "dance agency" lure: "sou agente de talentos do tiktok, posso te tornar famosa".
    id: 'talent-manager-r28',
    phrases: [
      'sou|somos|trabalho_como|trabalho_numa|trabalho_em|trabalho_para|faco_parte ..3 agente|agentes|agencia|empresario|empresaria|manager|gerente|olheiro|olheira|caca_talentos|cacador_de_talentos|cacadora_de_talentos|produtor|produtora|recrutador|recrutadora|scout ..4 talento|talentos|tiktok|tiktokers|tiktoker|influencer*|influenciador*|criador*|criadora*|danca|dancarinos|dancarinas|bailarinas|modelos|youtubers|streamers|kpop|idols',
      'posso|vou|consigo|quero|podemos|vamos ..1 te|ti|fazer_te|tornar_te|por_te ..1 [numa] tornar|fazer|deixar|transformar ..1 [em] [muito|super|uma] famosa|famoso|viral|influencer|influenciadora|estrela|conhecida|conhecido|celebridade',
    ],
    unless: ['kk*|haha*|rsrs*|brinks|zoeira|zoando|meme|professor*|prof|escola|turma|aula|trabalho_de|feira|concurso_da_escola|ensaio_da|recital|festival_da_escola'],
    examples: {
      match: ['sou agente de talentos do tiktok, posso te tornar famosa', 'trabalho como manager de tiktokers', 'vou te tornar super famosa'],
      ignore: ['vou te tornar famosa com esse video kkk', 'a prof disse que o recital vai nos tornar famosos'],
    },
  },
  {
    id: 'gifts-for-private-show-r29',
    // Round 29: live-streaming gifts (rosas, carros, moedas) promised for a "special" stream.
    phrases: [
      'mando|dou|envio|te_mando|te_dou|pago|mandarei|mandava|dava|ofereco ..4 se|caso|pra|para ..2 fizer|fizeres|fazer|fazeres|abrir|abrires|ligar|ligares ..2 live|lives|stream|chamada|videochamada|cam|camera|show ..3 especial|privad*|exclusiv*|so_pra_mim|so_para_mim|so_minha|so_nossa|particular',
      'rosas|moedas|coins|presentes|gifts|diamantes|leoes|carros|universos ..4 se|caso|pra|para ..2 fizer|fizeres|fazer|fazeres|abrir|abrires ..2 live|lives|stream|chamada|show ..3 especial|privad*|exclusiv*|so_pra_mim|so_para_mim|particular',
    ],
    unless: ['turma|escola|aula|trabalho|aniversario_do_canal|seguidores|todos|galera|pessoal|sorteio'],
    examples: {
      match: ['mando mais 50 rosas se vc fizer uma live especial só pra mim', 'te dou 100 moedas pra abrires uma chamada privada', 'dava mil diamantes se fizeres um show exclusivo'],
      ignore: ['mando rosas se vc fizer live especial pros 100 mil seguidores', 'dou presente se fizer uma live especial de aniversario do canal pra galera'],
    },
  },
  {
    id: 'webcam-job-r29',
    // Round 29: "vaga para modelo de webcam", "trabalho de camgirl": a cam job offered to a teen.
    phrases: [
      'vaga|vagas|trabalho|trabalhar|emprego|contratando|contratamos|recrutamos|procuramos|oportunidade ..3 modelo|modelos|atriz ..2 [de] webcam|cam|videochat|chat_ao_vivo',
      'vaga|vagas|trabalho|trabalhar|emprego|contratando|contratamos|recrutamos|procuramos ..3 camgirl|camgirls|cam_girl|webcamer|webcammer|streamer_adulta|modelo_webcam',
    ],
    examples: {
      match: ['Vaga para modelo de webcam, trabalhe de casa', 'estamos contratando modelos webcam', 'trabalho de camgirl, ganhas bem'],
      ignore: ['a webcam do meu pc avariou', 'vaga de modelo pra desfile da escola? nao sei'],
    },
  },
  {
    id: 'paid-chat-moderator-r29',
    // Round 29: a vague "chat moderator" job with pay, the way fake cam jobs open. Weaker than a modelling offer.
    phrases: [
      'vaga|trabalho|trabalhar|emprego|contratando|contratamos|recrutamos|procuramos ..3 moderador|moderadora|moderadores|moderadoras|atendente|atendentes ..2 de chat|do_chat|de_chats ..6 pag*|ganh*|#|reais|euros|por_dia|por_hora|por_semana|bem',
    ],
    unless: ['discord_do|servidor|server|voluntari*|sem_pagar|comunidade|twitch_do|do_cla|clan|curriculo|cv|carteira_assinada|clt|empresa|loja|horario_comercial'],
    weight: 1,
    examples: {
      match: ['quer trabalhar como moderadora de chat? pagamos bem', 'tamo contratando moderador de chat, 100 reais por dia'],
      ignore: ['procuramos moderadores de chat voluntarios pro servidor', 'vaga de atendente de chat na loja, manda o curriculo'],
    },
  },
  {
    // Round 32: a phone or SIM card of one's own, so parents cannot see: "eu dou-te um. e um cartão SIM meu".
    id: 'gift-phone-or-sim-r32',
    phrases: [
      'dou|mando|compro|ofereco|arranjo|passo|dar|comprar|oferecer|arranjar|empresto|emprestar te|ti|pra_ti|pra_voce|pra_vc|para_ti ..5 cartao_sim|cartao_sim_meu|chip|chip_meu|chip_novo|um_chip|outro_chip|telemovel_secreto|celular_secreto|segundo_telemovel|segundo_celular|outro_telemovel|outro_celular|telemovel_so_teu|celular_so_seu',
      'te|ti|eu ..1 dou|compro|ofereco|arranjo|passo|empresto ..5 cartao_sim|chip|chip_novo|um_chip|outro_chip|telemovel_secreto|celular_secreto|segundo_telemovel|segundo_celular|outro_telemovel|outro_celular',
    ],
    unless: ['loja|operadora|tarifario|plano|fatura|vivo|claro|meo|vodafone|portabilidade|tecnico|assistencia|conserto|reparacao|avo|avos|tia|tio|mae|pai|padrinho|madrinha|aniversario|natal|batata|batatas|chocolate'],
    examples: {
      match: ['eu te dou um celular e um chip novo, so pra falar comigo', 'compro-te outro telemóvel e um cartão SIM, assim ninguém vê', 'arranjo-te um chip meu pra gente conversar'],
      ignore: ['a loja dá-te um cartão SIM grátis com o tarifário', 'a tua avó vai te dar um celular novo no natal', 'te passo o chip da batata'],
    },
  },
  {
    // Round 32: gifts in a live stream traded for a dance or a pose: "amanhã mando mais se vc fizer aquela dancinha".
    id: 'more-gifts-if-you-do-r32',
    phrases: [
      'mando|dou|envio|pago|mandarei|darei|te_mando|mandar|dar ..1 mais|outra_vez|de_novo|moedas|presentes|gifts|leao|leoes|rosas|diamantes|coins ..4 se @you|tu|voce|vc|c ..1 fizer|fizeres|fazer|dancar|dancares|mostrar|mostrares|usar|usares|vestir|vestires|tirar|tirares|virar|virares|rebolar|rebolares',
      'se @you|tu|voce|vc|c ..1 fizer|fizeres|dancar|dancares|mostrar|mostrares|usar|usares|vestir|vestires|tirar|tirares|virar|virares|rebolar|rebolares ..5 mando|dou|envio|mandarei|darei ..1 mais|moedas|presentes|gifts|leao|leoes|rosas|diamantes|coins',
      'eu|te|ai_eu|entao_eu ..1 mando|dou|envio|mandarei|darei ..1 [um|o|uns] leao|leoes|universo|universos|galaxia ..2 [e_tudo]',
    ],
    unless: ['trabalho|exercicio*|tpc|licao|dever|receita|bolo|caderno|resumo|materia|coreografia_da_escola|festa_junina|apresentacao|ensaio_da_escola'],
    examples: {
      match: ['se tu dançares aquela de ontem eu mando mais moedas', 'te dou mais rosas se vc rebolar', 'faz um privado e eu mando um leão'],
      ignore: ['mando mais se vc fizer o resumo da matéria', 'amanha te mando mais fotos do bolo', 'se vc fizer o trabalho eu mando mais tarde'],
    },
  },
  {
    // Round 34: the private free lessons: "eu te dou aula de graça", "dou-te treinos grátis só a ti".
    id: 'free-lessons-for-you-r34',
    phrases: [
      'te_dou|dou_te|te_dava|te_daria|te_ensino|ensino_te ..2 aula|aulas|treino|treinos|explicacao|explicacoes ..2 de_graca|gratis|gratuita|gratuitas|gratuito|gratuitos|sem_pagar|sem_cobrar|free|na_faixa',
      'aula|aulas|treino|treinos|explicacao|explicacoes ..2 de_graca|gratis|sem_pagar|sem_cobrar|na_faixa ..2 so_pra_ti|so_pra_vc|so_para_ti|so_para_voce|so_pra_voce|pra_ti|pra_vc|para_ti|para_voce',
    ],
    unless: ['escola|ong|comunidade|associacao|voluntari*|projeto|projecto|turma_toda|toda_a_turma|todo_mundo|todos_os_alunos|biblioteca|igreja|paroquia|prefeitura|camara|inscricoes|inscricao|vagas', 'primeira_aula|aula_experimental|aula_teste|experimental'],
    examples: {
      match: ['nao conta pra ninguem q eu te dou aula de graça', 'dou-te treinos grátis, só não digas aos outros', 'aulas de graça só pra ti'],
      ignore: ['a primeira aula experimental é de graça', 'o projeto da comunidade dá aulas de graça pra todo mundo', 'a biblioteca tem aulas gratis pra ti'],
    },
  },
] satisfies PatternEntry[];
