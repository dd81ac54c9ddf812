import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'przerobie|przerobimy|przerabiam|zmontuje|zmontujemy|wkleje|wklejam|przykleje|photoshopuje|fotoszopuje|zfotoszopuje|edytuje|wygeneruje|podmienie|naloze ..4 je|to|twoje|twoja|twoj|twoich|twojej|twoja_twarz|ciebie|cie|zdjec*|fotk*|twarz*|glowe ..4 nago|nagie|nagich|nagiego|nagiej|na_nagie|porno*|nudes*|rozebran*|golas*|golego|sex*|seks*|erotyczn*|do_filmu|na_cialo|na_czyjes|na_nagie_cialo',
      'zrobie|zrobimy|wygeneruje|stworze|przygotuje|zmontuje ..4 deepfak*|dipfejk*|fejkowe_nudes*|fake_nudes*|sztuczne_nudes*',
      'deepfak*|dipfejk* ..4 z_twoja|z_twoich|z_ciebie|twoja_twarza|twojej_twarzy|twoich|twoja|ciebie|cie|porno*|nago|nagie',
      'fotomontaz*|montaz*|przerobk* ..4 porno*|nago|nagie|nagich|nudes*|erotyczn*|rozebran*',
      'zrobie|stworze|wygeneruje|przygotuje|zmontuje ..3 falszyw*|fejkow*|fake*|sztuczn*|przerobion*|podrobion* ..2 nagie|nudes*|porno*|zdjec*|fotk*|filmik*|nagrani*|fotografi*',
      'ai|aplikacj*|apk*|sztucznej_inteligencji|sztuczna_inteligencja|bota|botem ..3 cie|ciebie|twoje|twoja ..2 rozbier*|rozebra*|nago|nagie|przerob*',
      'zrobie|zrobimy|wygeneruje|stworze ..2 z ..1 twojej|twoich|twoja|ciebie ..3 nagie|nudes*|porno*|nago|golas*|rozebran*',
      'zrobilem|zrobilam|wygenerowalem|wygenerowalam|stworzylem|stworzylam|przerobilem|przerobilam ..3 twoje|twoich|twoja|cie|ciebie ..2 nagie|nudes*|porno*|nago|golas*|rozebran* ..4 ai|przez_ai|w_ai|sztuczn*|aplikacj*|apk*|photoshop*|program*',
      'rozbiore|rozbierzemy ..2 cie|ciebie ..3 ai|w_ai|w_aplikacji|aplikacj*|apk*|program*|sztuczn*|photoshop*',
      'ai|sztuczna_inteligencja|sztucznej_inteligencji|aplikacj*|apka|apke ..4 rozbier*|rozebra*|rozbierze|nago|nagie|nudes*|porno* ..3 twoje|twoja|twoich|cie|ciebie|z_twojego|z_twoich',
      'nikt ..2 nie ..1 uwierzy|uwierza ..3 ze_to_nie|ze_to_niby_nie ..1 ty|jestes|twoje|twoja|twoj|twoje_cialo',
      'nikt ..2 nie pozna|odrozni|zauwazy|pomysli|zorientuje ..3 ze_to|ze_to_jest|ze_to_sa ..2 fejk|fake|przerobione|nieprawdziwe|montaz|ai|podrobka|falszywe',
    ],
    unless: ['ciast*|zjadl*|zjadla|zbil*|stlukl*|zepsul*|wygral*|strzelil*|gol*|plastyk*|informatyk*|lekcj*|projekt*_szkoln*|mema|mem|memy|plakat*|gazet*|zaproszeni*|laur*|xd|prezentacj*'],
    examples: {
      match: ['zrobilem twoje nagie zdjecia przez AI', 'przerobię je na nagie fotki i roześlę po twojej szkole', 'zrobię deepfake z twoją twarzą i wyślę wszystkim', 'zrobię z twoich zdjęć fotomontaż porno', 'wkleję twoją twarz do filmu porno', 'rozbiorę cię w aplikacji AI', 'nikt nie pozna że to fake', 'nikt ci nie uwierzy że to nie ty na tym filmiku'],
      ignore: ['nikt ci nie uwierzy że to nie ty zjadłeś ciasto', 'zrobię fotomontaż na plastykę', 'przerobię to zdjęcie na mema xd', 'na informatyce robimy montaż filmu'],
    },
  },
] satisfies PatternEntry[];
