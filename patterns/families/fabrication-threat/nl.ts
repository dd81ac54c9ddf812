import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'ai|photoshop*|fotoshop*|deepfake*|deep_fake*|nudify*|undress*|bewerk*|edit*|app ..5 naakt*|nude*|porno*|porn*|bloot|blote|uitkleden|uitgekleed|ontkleed|seks*',
      'naakt*|nude*|porno*|porn*|seks*|bloot|blote ..5 met|via|door|in ai|photoshop*|fotoshop*|deepfake*|een_app|bewerk*|edit*',
      'naakt*|nude*|porno*|porn*|blote ..3 van ..1 je|jou|jouw ..1 maken|gemaakt|maak|bewerken|profielfoto*|gezicht|foto*',
      'je|jouw|uw gezicht|hoofd|kop ..4 op|in ..3 porno*|porn*|naakt*|naakte|blote|bloot|seks*|sexvideo*|seksvideo*',
      'deepfake*|deep_fake* ..3 van|met je|jou|jouw',
      'ik|k maak|bewerk|photoshop|fotoshop|edit ..3 je|jou|jouw ..3 naakt|bloot',
      'kmaak|kbewerk|kphotoshop|kfotoshop|kedit ..3 je|jou|jouw ..3 naakt|bloot',
      'nepnaakt*|nepnude*|fakenude*|nepporno*|fake_nudes|nep_nudes|nep_naaktfoto*',
      'nepfoto*|nepvideo*|nepbeeld*|fakefoto*|fake_foto* ..2 van je|jou|jouw',
      'ik|k maak ..3 nep|fake|nepfoto*|nepvideo*|deepfake*|ai ..2 @photo|@nude ..3 van je|jou',
      'kmaak ..3 nep|fake|nepfoto*|nepvideo*|deepfake*|ai ..2 @photo|@nude ..3 van je|jou',
      'ai|app|photoshop*|deepfake*|nudify* ..4 kleren|kleding ..2 weghalen|weg|uittrekken|verwijderen|wegpoetsen|wegdoen',
      'niemand ..3 gelooft|geloven|geloof ..3 nep|fake|echt_is|niet_echt|bewerkt|ai',
      'ze zien|weten ..2 niet|nooit ..2 dat ..2 nep|fake|bewerkt|ai',
    ],
    unless: ['nagels', 'wimpers', 'haar', 'tas', 'merk', 'schoenen', 'haha*', 'lol', 'grapje', 'snor', 'filter', 'fake_account', 'nepaccount', 'les', 'nieuws', 'artikel', 'documentaire', 'voorlichting', 'verboden', 'strafbaar', 'illegaal'],
    examples: {
      match: ['ik maak er naaktfotos van met AI', 'ik heb je gezicht op een pornovideo geplakt', 'niemand gaat geloven dat het nep is', 'ik maak een deepfake van je', 'met ai maak ik je naakt', 'ik bewerk je profielfoto naakt'],
      ignore: ['ik heb je foto gephotoshopt haha je hebt nu een snor', 'we hadden les over deepfakes', 'ai is zo goed geworden'],
    },
  },
] satisfies PatternEntry[];
