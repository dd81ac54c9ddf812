import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'my-handle',
    phrases: [
      'mijn|mn|m @app ..1 is|heet|naam|staat',
      'mijn|mn|m @app ..1 naam|account|gebruikersnaam|username|handle',
      'voeg|add|adden|volg ..3 me ..2 toe',
      'mijn|mn @app',
    ],
    unless: ['streak*', 'verwijderd', 'gehackt', 'kapot', 'doet', 'werkt', 'storing', 'leeg', 'vol', 'update', 'story', 'filter*'],
    examples: {
      match: ['mijn snap is sarah.x09', 'mn insta is lisa_05', 'voeg me maar toe'],
      ignore: ['mijn snap streak is 200', 'mijn insta is gehackt'],
    },
  },
  {
    id: 'my-address-school',
    phrases: [
      'ik|k woon ..2 in|op|aan|bij|te|vlakbij|naast|hier',
      'kwoon ..2 in|op|aan|bij|te|vlakbij|naast|hier',
      'mijn|mn|m|ons adres|postcode|huisnummer ..1 is',
      'ik|k zit ..2 op|in ..3 school|college|lyceum|gymnasium|atheneum|havo|vwo|vmbo|mavo|klas|brugklas|groep|middelbare|# ..1 [havo|vwo|vmbo|mavo|klas]',
      'kzit ..2 op|in ..3 school|college|lyceum|gymnasium|atheneum|havo|vwo|vmbo|mavo|klas|brugklas|groep|middelbare|# ..1 [havo|vwo|vmbo|mavo|klas]',
      'ik|k ga ..2 naar ..2 het|de ..2 college|lyceum|gymnasium|school|middelbare',
      'kga ..2 naar ..2 het|de ..2 college|lyceum|gymnasium|school|middelbare',
      'ik|k zit in de|het ..1 eerste|tweede|derde|vierde|vijfde|zesde|brugklas|1_e|2_e|3_e|4_e|5_e|6_e|#',
      'kzit in de|het ..1 eerste|tweede|derde|vierde|vijfde|zesde|brugklas|1_e|2_e|3_e|4_e|5_e|6_e|#',
      'het|de ..1 college|lyceum|gymnasium|atheneum|scholengemeenschap ..2 in|te',
      'mijn|mn|m|onze school ..1 is|heet',
      'mijn|mn|m ouders ..1 zijn|is ..4 weg|niet_thuis|werken|op_vakantie|er_niet',
      'ik|k ben ..2 [nu|vanavond] alleen ..1 thuis',
    ],
    unless: ['vroeger', 'vorig_jaar', 'zat_op'],
    examples: {
      match: ['ik woon in utrecht', 'mijn adres is dorpsstraat 12', 'ik zit op het lyceum', 'het lyceum in zwolle', 'ik zit in 2 havo', 'ik ben alleen thuis', 'mijn ouders zijn tot 10 uur weg'],
      ignore: ['ik zat vroeger op judo', 'woon jij daar ook'],
    },
  },
  {
    id: 'my-age-number-alone',
    phrases: [
      'ik|k ben|bn # ..1 [jaar|jr|jaar_oud]',
      'kben|kbn # ..1 [jaar|jr|jaar_oud]',
      'ik|k word ..1 # ..1 [jaar]',
      'kword ..1 # ..1 [jaar]',
      '# [en|n] jij|you|jou|ge|gij',
      '# jaar|jr ..1 [oud] [en|n] jij|you',
      'mijn|mn|m ..1 nummer|nr|telefoonnummer|06 ..1 is',
      'ik|k ben elf|twaalf|dertien|veertien|vijftien|zestien|zeventien',
    ],
    unless: ['uur', 'minuten', 'euro', 'procent', 'km'],
    examples: {
      match: ['ik ben 14', '14 en jij', 'ik word 15', 'mijn nummer is 0612345678', 'ik ben dertien'],
      ignore: ['ik ben om 6 uur thuis', 'het kost 14 euro'],
    },
  },
] satisfies PatternEntry[];
