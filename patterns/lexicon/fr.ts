/** Words for phrases in this language (@name), added to or overriding lexicon/common.ts. */
import type { Lexicon } from '../phrase';

export default {
  /** Pictures and videos (nouns). */
  photo: ['photo*', 'foto*', 'tof', 'tofs', 'toff', 'tofz', 'pic', 'pics', 'picture*', 'image*', 'selfie*', 'video*', 'vid', 'vids', 'vdo', 'vidz', 'nude*', 'clich*', /* r38 */ 'nood', 'noods', 'noodz', 'noud', 'nouds'],
  /** Undressed, underwear, intimate: what makes a picture request sexual. */
  nude: [
    'nue', 'nues', 'nu', 'nus', 'nude*', 'a_poil*', 'a_poal', 'apoil', 'sans_vetement*', 'sans_rien', 'sans_habit*', 'sans_haut', 'sans_culotte', 'sans_t_shirt', 'sans_tshirt', 'sans_tee_shirt', 'sans_teeshirt', 'sans_ton_t_shirt', 'sans_ton_tshirt',
    'sous_vet*', 'sous_vetement*', 'nuisette*', 'calecon*', 'boxer*', 'en_slip', 'soutif*', 'soutien_gorge', 'lingerie', 'culotte*', 'string*', 'maillot*', 'bikini*', 'petite_tenue',
    'tenue_sexy', 'brassiere*', 'intime*', 'sexy', 'hot', 'coquin*', 'ose', 'osee*', 'oser', 'torse_nu', 'seins', 'sein', 'fesse*', 'cul', 'boobs',
    'teton*', 'nichon*', 'chatte', 'bite', 'zizi', 'teub', 'sexe', 'poitrine', 'corps', 'pied*', 'dans_ton_bain', 'sous_la_douche',
    'dans_ta_douche', /* r38 */ 'nood', 'noods', 'noodz', 'en_serviette', 'tenue_legere', 'tenues_legeres', 'peu_vetue', 'peu_vetu', 'peu_habillee', 'denudee', 'denude', 'en_pyjama', 'en_string', 'en_culotte',
    'dans_ton_lit', 'sur_ton_lit', 'sous_la_couette', 'sous_ta_couette', 'decollete', 'moulant', 'moulante', 'moulants', 'moulantes', 'sortie_de_la_douche', 'sorti_de_la_douche', 'sortant_de_la_douche',
    /* r21 */ 'sans_le_haut', 'sans_ton_haut', 'sans_le_bas', 'sors_de_la_douche', 'sort_de_la_douche', 'sortes_de_la_douche', 'sors_de_ta_douche', 'sors_du_bain', 'sortie_du_bain', 'apres_ta_douche', 'apres_la_douche',
  ],
  /** Body parts asked about. */
  body: ['formes', 'courbes', 'corps', 'seins', 'sein', 'fesse*', 'cul', 'poitrine', 'boobs', 'teton*', 'nichon*', 'chatte', 'bite', 'zizi', 'teub', 'sexe', 'parties', 'ventre', 'pied*', 'jambes', 'cuisses', 'torse', /* r38: misspelt corps */ 'cors', 'corp', 'korps'],
  /** Send (imperative, 2nd person, infinitive), also glued "m'envoie" forms. */
  send: ['envoi*', 'envoyer', 'envoyez', 'envoyes', 'menvoi*', 'menvoy*', 'tenvoi*', 'renvoi*', 'renvoy*', 'mrenvoi*', 'send', 'file', 'files', 'balance'],
  /** Show. */
  show: ['montre*', 'montrer', 'mmontre*', 'montr*', 'fais_voir', 'fait_voir', 'fai_voir', 'faites_voir'],
  /** "I (will) ... you": je te, j'te, jte. */
  ite: ['je_te', 'je_t', 'jte', 'j_te', 'jt', 'j_t', 'moi_je_te', 'je_vais_te', 'jvais_te', 'jvais_t', 'je_vais_t', 'jvai_te'],
  /** First person subject, any spelling. */
  je: ['je', 'j', 'jvais', 'jvai', 'jv', 'jte', 'jle', 'jla', 'jles', 'jen', 'jl', 'jmet', 'jmets', 'jvai'],
  /** "t'as" in all spellings. */
  tas: ['t_as', 'tas', 'ta', 'tu_as', 'as_tu', 'astu', 't_a', 'tu_a', 'vous_avez', 'avez_vous', 't_avais', 'tu_avais'],
  /** "t'es" in all spellings. */
  tes: ['t_es', 'tes', 'tu_es', 'es_tu', 't_est', 'tu_est', 'vous_etes', 'etes_vous', 't_etais', 'tu_etais'],
  /** School years. */
  grade: ['college', 'lycee', 'ecole', '4eme', '3eme', '5eme', '6eme', '4_eme', '3_eme', '5_eme', '6_eme', '4_em', '3_em', '4_e', '3_e', '5_e', '6_e', 'seconde', '2_nde', 'premiere', '1_ere', 'terminale', 'term', 'cm2', 'cm1', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme', /* r28: Belgium, Quebec */ 'athenee', 'cegep', 'polyvalente', 'secondaire'],
  /** Family and people close to the person (as the audience of a threat or a secret). */
  family: [
    'parent*', 'mere', 'pere', 'maman', 'papa', 'mama*', 'daron*', 'reum', 'reup', 'famille', 'famile', 'frere*', 'soeur*', 'reuf', 'reus',
    'oncle', 'tante', 'grand_mere', 'grands_parents', 'entourage', 'proche*', 'prof*', 'cousin*', 'chum', 'blonde',
  ],
  /** Who a threat to share names: friends, school, followers, the whole internet. */
  audience: [
    'parent*', 'mere', 'pere', 'maman', 'papa', 'daron*', 'famille', 'famile', 'frere*', 'soeur*', 'entourage', 'proche*', 'cousin*',
    'pote*', 'amis', 'amies', 'ami', 'copain*', 'copine*', 'meilleure_amie', 'meilleur_ami', 'meilleure_pote', 'meilleur_pote', 'bff', 'crush', 'abonne*', 'abo', 'abos', 'followers', 'follower', 'contacts', 'contact',
    'lycee', 'college', 'ecole', 'classe', 'bahut', 'prof*', 'directeur', 'directrice', 'proviseur*', 'principal', 'cpe', 'insta*', 'snap*', 'tiktok', 'facebook', 'fb', 'compte*', 'story', 'mur',
    'tout_le_monde', 'tt_le_monde', 'tlm', 'partout', 'internet', 'reseau*', 'le_net', 'site*', 'porn*', 'twitter', 'reddit', 'whatsapp',
    'groupe*', 'quartier', 'voisin*', 'mec', 'copain', 'meuf', 'gars', 'club', 'boulot', 'taf', 'employeur*',
    'chum', 'chums', 'blonde', 'boss', 'patron*', 'coach', 'entraineur*', 'gymnase', 'athenee', 'cegep', 'polyvalente', 'repertoire', 'liste_de_contacts', 'carnet_d_adresses',
    'youtube', 'pornhub', 'xvideos', 'onlyfans', 'telegram', 'discord', 'serveur',
    /* r21 */ 'coequipier*', 'capitaine', 'gang', 'clan', 'guilde', 'team',
    /* r19 */ 'cure', 'paroisse', 'pretre', 'pasteur', 'imam', 'mosquee', 'eglise', 'aumonerie', 'catechisme', 'cate', 'scouts', 'chef_scout', 'cheftaine', 'rabbin', 'synagogue', 'equipe', 'vestiaire', 'manager', 'gerant*', 'collegues', 'responsable', 'cite',
  ],
  /** Verbs for spreading pictures (first person forms and infinitives). */
  spread: [
    'envoi*', 'envoy*', 'enverr*', 'balanc*', 'publi*', 'poste', 'postes', 'poster*', 'post', 'postrai', 'partag*', 'diffus*', 'mettre',
    'mets', 'met', 'mettrai*', 'montre', 'montrer*', 'montrerai*', 'leak*', 'expos*', 'affich*', 'fais_tourner', 'faire_tourner',
    'ferai_tourner', 'circuler', 'transfer*', 'balancer', 'lacher', 'lache', /* r21, Quebec */ 'shoot', 'shooter', 'shooterai', 'shootrai', /* r24, Quebec */ 'calisser', 'calisserai', 'calisse_ca', 'crisser', 'crisserai', 'garrocher', 'garrocherai',
    'jenvoi*', 'jtenvoi*', 'jlenvoi*', 'jlaenvoi*', 'jlesenvoi*', 'jpublie*', 'jposte*', 'jbalance*', 'jdiffuse*', 'jpartage*', 'jleak*', 'jmontre*',
  ],
  /** Chat apps as French teens write them. */
  app: ['snp', 'snapchat', 'instagram', 'tele', 'whatsap', 'watsap', 'watsapp', 'wtsp', 'wats', 'whats', 'telegramme', 'disc', 'discorde', 'messenger', 'skyp', 'signal', 'facetime', 'bereal', 'yubo', 'wizz', 'zepeto', 'threads'],
  /** Video calls. */
  cam: ['cam', 'camera*', 'webcam', 'visio', 'facetime', 'appel_video', 'appel_en_video', 'video', 'facecam', 'face_cam', 'appel_cam', 'appel_camera', 'visio_prive*'],
  /** Payment methods common in France, Belgium, Switzerland. */
  payment: [
    'lydia', 'sumeria', 'paylib', 'wero', 'pcs', 'pcs_mastercard', 'transcash', 'neosurf', 'toneo', 'mandat_cash', 'ticket_premium',
    'carte_cadeau*', 'cartes_cadeau*', 'carte_google*', 'carte_amazon', 'carte_steam', 'carte_psn', 'carte_itunes', 'carte_apple',
    'carte_paysafe*', 'carte_play*', 'carte_xbox', 'carte_roblox', 'recharge*', 'coupon*', 'virement*', 'vir', 'crypto', 'bitcoin*', 'btc',
    'carte_bleue', 'cb', 'rib', 'iban', 'paypal', 'pp', 'western', 'twint', 'revolut', 'interac', 'virement_interac',
    'cashlib', 'flexepin', 'carte_fnac', 'carte_netflix', 'carte_spotify', 'carte_nintendo', 'carte_fortnite', 'carte_playstation', 'binance', 'usdt', 'moneygram', 'ria', 'ticket_pcs', 'coupon_pcs',
    'orange_money', 'wave', 'mtn_money', 'mtn_momo', 'mobile_money', 'moov_money', 'payconiq', 'bancontact', 'e_transfert', 'e_transfer',
    /* r19 */ 'cashplus', 'cash_plus', 'wafacash', 'wafa_cash', 'barid_cash', 'baridimob', 'jibi', 'cih', 'd17', 'flouci', 'mpesa', 'm_pesa', 'airtel_money', 'free_money', 'wari', 'western_union', 'mobile_banking',
  ],
  /** Currency words, including slang for euros. */
  currency: ['euros', 'euro', 'eur', 'e', 'balles', 'boules', 'eu', 'keuros', 'centimes', 'francs', 'chf', 'dollars', 'piasses', 'piastres', 'piasse', 'piastre', 'cennes', 'fcfa', 'cfa', 'francs_cfa', 'f_cfa', 'dh', 'dhs', 'dirham', 'dirhams', 'dinars', 'dinar', 'dzd', 'tnd'],
  /** Money (nouns without a number). */
  money: ['argent', 'thune*', 'tunes', 'fric', 'oseille', 'maille', 'biff', 'monnaie', 'cash', 'money', 'paiement', 'virement*', 'pognon', 'ble'],
} satisfies Lexicon;
