import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'money-for-you',
    phrases: [
      'you|u want|wanna|need [some|free|more] robux|vbucks|v_bucks|nitro|skins|gift_card*|giftcard*',
      'need|want ..2 money|cash ..4 i can|could help|give|send|pay',
      'you|u could|can|will make|earn ..3 money|cash|bank|@currency',
      '@iwill pay you|u',
      '@iwill pay|buy ..2 for your|ur ..2 nails|hair|clothes|phone|bill|phone_bill|outfit|makeup|shopping|shoes|games|skins',
      '@iwill [happily] [totally] give|buy|get|send|pay|transfer|gift|venmo|cashapp|paypal|zelle you|u|ya ..4 @payment|@currency|#|money|cash|gift|gifts|robux|vbucks|skins|skin|battle_pass|nitro|phone|iphone|clothes|anything|whatever|something',
      '@iwill [happily] give|buy|get|send|pay ..2 you|u|ya anything|whatever|everything ..2 you|u want|if',
      'want|wanna|need|do_you_want|would_you_like ..3 free|some|easy|quick ..2 robux|vbucks|v_bucks|money|cash|skins|gift_card*|giftcard*|nitro|diamonds|gems|coins|@payment',
      'free robux|vbucks|v_bucks|nitro|skins|gift_card*|giftcard*|iphone|money',
      '@iwill pay|give ..3 for ..2 pic|pics|picture|pictures|photo|photos|video|videos|selfie|nude|nudes|it|them|one|each',
      '@currency|#|money|cash|robux|vbucks ..3 for|per [a|one|each|every] pic|pics|picture|pictures|photo|photos|video|videos|selfie|nude|nudes|shoot|session|snap',
      'pay|paying you|u ..3 for ..2 pic|pics|picture|pictures|photo|photos|video|videos|selfie|nude|nudes|content|it',
      'make|earn ..3 easy|quick|fast|real|some ..2 money|cash|@currency ..3 pic|pics|picture|pictures|photo|photos|video|videos|selfie|content|modeling|modelling|sending',
      'sugar daddy|mommy|momma|baby|babe',
      '@iwill pay|cover your|ur phone_bill|nails|hair|tuition|allowance|rent|car_payment',
      'i can|could be your|ur sugar_daddy|sugar|daddy|sponsor|benefactor',
      'spoil|spoiling you|u ..3 with|if|gifts|money|anything|whatever',
      'allowance ..3 if|for|weekly|every_week|each_week|monthly',
    ],
    unless: ['trade|trading|limited|limiteds|dominus|valk|korblox|headless|final_offer|offer_final|overpay|underpay|back|owe|owed|lunch|pizza|rent|split|half|ticket|tickets|chores|babysitting|babysit|mow|lawn|tutoring|for_the_bike|the_bike|bike|used|selling|sell|sale|price|shift|work|job|birthday|bday|christmas|xmas|scam|fake|dont_fall|do_not_fall|generator|watch_out'],
    examples: {
      match: [ "i'll give you $100 for a pic", "i can send you money", "want some robux? just send a pic", "ill buy you a new phone",'i can give u 5000 vbucks if u want', 'i can buy u a $50 amazon gift card if u send me something cute', 'ill pay you for pics', '$50 per pic', 'we pay $200 per shoot', 'want free robux?', 'i can be ur sugar daddy', 'i will buy you anything you want', 'ill pay ur phone bill babe'],
      ignore: ['ill give u 500 robux for ur dominus, final offer', 'ill pay you back tomorrow', 'ill pay your share of the pizza', 'free robux generator is a scam', 'i can give you 10 dollars for the bike', 'ill buy you something for your birthday'],
    },
  },
  {
    id: 'modelling-and-fame',
    phrases: [
      'model|modeling|modelling|talent ..2 agency|agent|scout|contract|job|gig|opportunity|career|shoot|portfolio|casting',
      'scout|scouting|recruiter|recruiting|agent ..3 for ..2 agency|models|modeling|modelling|brand|talent',
      'i_am|im|we_are a|an ..2 agency|scout|photographer|casting|talent_agent|brand',
      'you|u could|should|can be ..2 a model|famous|an_influencer|a_star',
      '@iwill|we_can|we_could make you|u ..2 famous|a_model|a_star|rich|an_influencer',
      'photoshoot|photo_shoot|shoot ..3 paid|pay|@currency|#|per|agency|brand|portfolio|test_shoot',
      'brand ambassador|deal|collab|partnership|sponsorship ..3 dm|you|u|your|pics|photos',
      'perfect|great|right look ..3 for ..2 modeling|modelling|our|campaign|brand|agency|client',
      'casting|recruiting|looking_for|hiring|seeking|searching_for|scouting ..3 teen|young|new|fresh|petite|female|male models|model|faces|new_faces',
      'test shot|shots|shoot|pics|photos|polaroids|digitals ..6 portfolio|contract|agency|casting|client|clients',
      'build|building|start|make ..2 your|ur portfolio|modeling_portfolio|modelling_portfolio',
    ],
    unless: ['teacher|college|application|university|uni|art_class|got_scouted|was_scouted|get_scouted|my_cousin|my_sister|my_brother|my_friend|her_mom|his_mom|with_her_mom|with_his_mom|school|yearbook|class_photo|project|scam|fake|careful|beware|be_careful|news|article|video_game|fashion_show|assignment'],
    examples: {
      match: [ "i work for a modeling agency", "i'm a photographer, i can make you a model","Hi, I'm a scout for a modelling agency", 'u could be a model', 'i can make you famous', 'you have the perfect look for our brand', 'wanna be a brand ambassador? dm us', "we're casting teen models for a swimwear line", "We'd need a few test shots first, swimwear and lingerie, to build your portfolio", 'send digitals so we can build ur portfolio'],
      ignore: ['my cousin got scouted by a modelling agency!! she has a casting with her mom next week', 'the yearbook photoshoot is on friday', 'beware of fake modelling agency scams', 'the school play is casting new faces for the fall show', 'test shots of the new camera look sharp', 'my art teacher said to build your portfolio for the college application'],
    },
  },
  {
    id: 'drugs-alcohol-gifts',
    weight: 1,
    phrases: [
      '@iwill [bring|get|give|buy] ..2 you|u ..2 weed|vape|vapes|alcohol|drinks|booze|beer|vodka|pills|edibles|carts|juul|smokes|cigarettes|molly|xanax|drugs',
      'want|wanna|do_you_want ..2 some|a ..2 weed|vape|vapes|alcohol|drinks|booze|beer|vodka|pills|edibles|carts|juul|smokes|molly|xanax|drugs',
      'we can|could get_high|get_drunk|get_wasted|get_lit|smoke_weed|do_shots|take_shots|get_faded',
      'we can|could drink|smoke ..2 beer|beers|vodka|alcohol|wine|booze|weed|shots|liquor|whiskey|tequila|seltzers',
      '@iwill [can] send|get|buy ..2 you|u a|an|some ..2 gift|present|surprise|iphone|phone|airpods|shoes|hoodie|makeup|clothes',
      '@iwill [can] send|get|buy|bring ..2 you|u [a|an|some|those|the|that|them|new|a_new] ..2 gift|gifts|present|presents|surprise|iphone|phone|airpods|shoes|hoodie|makeup|clothes|something_nice|something_special|something_cute|anything_you_want|whatever_you_want',
    ],
    unless: ['birthday|bday|christmas|xmas|for_your_mom|for_mom|for_dad|for_your_dad|thank|thanks|back|school|class|lunch|party_for|team|coach'],
    examples: {
      match: ['i can get u a vape', 'want some weed?', 'ill buy u some airpods', 'i will send you a surprise', 'ill buy u those airpods u wanted', 'come over, my parents are out of town, we can get drunk', 'wanna meet up this weekend? ill bring u something nice'],
      ignore: ['we can drink hot chocolate after', 'ill get you a present for your birthday', 'want some pizza?', 'ill bring you your hoodie back tomorrow'],
    },
  },
  {
    id: 'need-game-currency',
    weight: 1,
    phrases: [
      'need|want|wanna [some|free|more] robux|vbucks|v_bucks|nitro|minecoins|diamonds|gems|uc ..4 i|ill|@iwill got|have|can|will|could|give|send|gift',
    ],
    unless: ['lend|borrow|back|owe|trade|trading|sell|selling|price|scam|generator|fake|lol_jk'],
    examples: {
      match: ['need vbucks? i got a code for 2800', 'want robux? i can send you some'],
      ignore: ['need robux? dont use the generator its a scam', 'want vbucks? i can lend you some'],
    },
  },
  {
    id: 'pay-for-pics',
    weight: 3,
    phrases: [
      '@iwill pay|give|send|gift|cashapp|venmo|paypal|zelle|transfer you|u|ya ..5 for|per ..3 pic|pics|picture|pictures|photo|photos|video|videos|selfie|selfies|nude|nudes|vid|vids|content',
      '@currency|#|money|cash|robux|vbucks|v_bucks|skins|nitro ..3 for|per [a|one|each|every|#|two|three|some] [couple|few] [of] [cute|quick|more] pic|pics|picture|pictures|photo|photos|video|videos|selfie|selfies|nude|nudes|vid|vids',
      'pay|paying you|u ..3 for ..2 pic|pics|picture|pictures|photo|photos|video|videos|selfie|selfies|nude|nudes|content',
      'easy|quick|fast|free money|cash|robux|vbucks ..4 just|only|for ..2 send|sending|snap|show ..3 pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|one',
    ],
    unless: ['trade|trading|limited|limiteds|back|owe|owed|lunch|pizza|rent|split|half|ticket|tickets|chores|babysitting|babysit|mow|lawn|tutoring|bike|used|selling|sell|sale|price|listing|item|product|shift|work|job|birthday|bday|christmas|xmas|scam|fake|dont_fall|do_not_fall|generator|watch_out|photographer|wedding|event|prints|print|stock|photography|portfolio|drawing|art|commission|avatar|character|dog|cat|pet|house|car|room|yearbook|school|contest|competition'],
    examples: {
      match: ["I'll pay u $50 on cashapp for a couple pics", '$20 per pic', 'ill give u 1000 robux for a few selfies', 'easy money, just send a couple pics', 'easy. 5k vbucks for 2 selfies in ur bathing suit', '20 bucks for three cute pics'],
      ignore: ['ill pay u $50 for the bike pics listing', 'we pay $200 per photo for the wedding', 'ill give you 10 bucks for the drawing pics lol its a commission', 'ill pay u back for the pics we printed'],
    },
  },
] satisfies PatternEntry[];
