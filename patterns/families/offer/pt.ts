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
    unless: ['devo|devia|emprestado|emprestou|emprestaste|divida|jantar|pizza|conta|ingresso|bilhete|semana_que_vem|amanha_te_pago|troco'],
    examples: {
      match: ['te dou 2000 robux se vc me mandar uma foto sem camisa', 'dou-te 50 euros por umas fotos tuas', 'te pago 100 reais se fizer chamada', '200 reais por uma foto', 'faço um pix pra ti se me mandares'],
      ignore: ['te pago os 20 reais semana que vem', 'me empresta 500 robux? te pago semana que vem', 'dou 10 euros para a prenda da professora e tu?'],
    },
  },
  {
    id: 'free-game-currency',
    phrases: [
      'quer|queres|quem_quer|queria|queres_ganhar|quer_ganhar|ganha|ganhar ..2 robux|vbucks|v_bucks|diamantes|skin|skins|gemas|moedas|gift_card*|giftcard*|cartao|dinheiro|passe|battle_pass ..2 gratis|de_graca|free|facil|faceis|sem_pagar',
      'te|ti|eu ..1 dou|mando|compro|ofereco|arranjo|passo ..3 robux|vbucks|v_bucks|diamantes|skin|skins|gemas|passe|battle_pass|gift_card*|giftcard*|iphone|celular|telemovel|roupa|roupas|presente|presentes|perfume',
      'dou|mando|compro|ofereco|arranjo|passo te|ti ..3 robux|vbucks|v_bucks|diamantes|skin|skins|gemas|passe|battle_pass|gift_card*|giftcard*|iphone|celular|telemovel|roupa|roupas|presente|presentes|perfume',
      'carrego|carregar|recarrego|recarregar|carrego_te|recarrego_te ..2 telemovel|celular|saldo|credito|cartao|conta ..3 se|por|em_troca',
      'queres|quer|queria|queria_ganhar ganhar ..2 dinheiro|dinheirinho|trocos|uns_trocos|grana|graninha|guita|robux|vbucks|presentes|um_extra',
      'ponho|coloco|boto|faco|carrego ..3 recarga|credito|saldo ..2 [no] @your [celular|telemovel]',
    ],
    unless: ['aniversario|niver|natal|prenda_de|amigo_secreto|amigo_oculto|emprestad*|devolv*|trocar|troca'],
    examples: {
      match: ['quer robux de graça?', 'te dou um iphone', 'dou-te uma skin', 'coloco crédito no teu telemóvel', 'queres ganhar dinheiro fácil?'],
      ignore: ['te dou um presente de aniversario', 'me empresta 500 robux? te pago semana que vem', 'quer trocar skins?'],
    },
  },
  {
    id: 'modelling-agency',
    phrases: [
      'agencia|agencias|casting ..2 de ..1 modelo|modelos|moda|talentos|atores|influencers',
      'sou|somos|trabalho ..3 olheiro|olheira|scout|caca_talentos|cacador_de_talentos|agente_de_modelos|agenciador|agenciadora|recrutador*|produtor|produtora',
      'procuramos|procuro|buscamos|recrutamos|estamos_a_procurar|estamos_procurando ..2 modelos|modelo|meninas|rapazes|talentos|caras_novas|rostos_novos|influencers',
      'trabalho|trabalhar|carreira|vaga|contrato|oportunidade ..3 como|de|para modelo|modelos|influencer|atriz',
      'ensaio|book|sessao ..2 fotografic*|fotos|de_fotos ..4 pag*|gratis|cache|dinheiro|# ',
      'pagamos|pagam|ganhas|ganha|ganhar|recebes|recebe ..3 # ..2 [@money|@currency] ..3 por [uma|cada|a] sessao|ensaio|foto|fotos|video|videos',
    ],
    examples: {
      match: ['Sou olheiro de uma agência de modelos', 'trabalhar como modelo', 'pagamos 500 euros por sessão', 'ensaio fotografico pago'],
      ignore: ['a modelo do carro é nova', 'ela quer ser modelo', 'pago 20 euros por hora de explicação'],
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
] satisfies PatternEntry[];
