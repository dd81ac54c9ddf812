import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'money-for-you',
    phrases: [
      'you|u want|want_to|need [some|free|more] robux|vbucks|v_bucks|nitro|skins|gift_card*|giftcard*',
      'need|want ..2 money|cash ..4 i can|could help|give|send|pay',
      'you|u could|can|will make|earn ..3 money|cash|bank|@currency',
      'want|want_to|like_to|would_like_to earn|make ..3 #|money|cash|@currency|@payment|robux|vbucks|card|gift_card|gift_cards|skins',
      'if you|u ..6 i|ill|i_will|i_can|i_could|i_would pay|give|send double|triple|extra|twice|x2|2x|more_money|more_cash',
      '@iwill pay you|u',
      '@iwill pay|buy ..2 for your|ur ..2 nails|hair|clothes|phone|bill|phone_bill|outfit|makeup|shopping|shoes|games|skins',
      '@iwill [happily] [totally] give|buy|get|send|pay|transfer|gift|venmo|cashapp|paypal|zelle you|u|ya ..4 @payment|@currency|money|cash|gift|gifts|robux|vbucks|skins|skin|battle_pass|nitro|phone|iphone|clothes|anything|whatever|something',
      '@iwill [happily] [totally] give|buy|get|send|pay|transfer|gift|venmo|cashapp|paypal|zelle you|u|ya [like|about|around|another|an_extra|extra|a_cool|a_quick] #',
      '@iwill [happily] give|buy|get|send|pay ..2 you|u|ya anything|whatever|everything ..2 you|u want|if',
      'want|want_to|need|do_you_want|would_you_like ..3 free|some|easy|quick ..2 robux|vbucks|v_bucks|money|cash|skins|gift_card*|giftcard*|nitro|diamonds|gems|coins|@payment',
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
    unless: ["joke|joking|the_gc|went_too_far", "get_an_a|an_a|grades|good_grades|report_card|pass_the|pass_your|exam|clean_your_room|tidy_your_room", "walk_my_dog|dog_walking|pet_sit*|petsit*|feed_my|water_my|wash_my_car|help_me_move|clean_my|cleaning", 'a_visit|a_little_visit|little_visit|sweets|candy|pocket_money|for_a_treat|spend_it|do_not_spend|make_sure|sure_you|for_real|if_we_win|when_we_win|if_you_win|if_u_win|we_win|trade|trading|limited|limiteds|dominus|valk|korblox|headless|final_offer|offer_final|overpay|underpay|back|owe|owed|lunch|pizza|rent|split|half|ticket|tickets|chores|babysitting|babysit|mow|lawn|tutoring|for_the_bike|the_bike|bike|used|selling|sell|sale|price|shift|work|job|birthday|bday|christmas|xmas|scam|fake|dont_fall|do_not_fall|generator|watch_out|hiring|cafe|summer_job|interview|apply|resume|paper_round|paper_route|lemonade|walk_the_dog|the_dog|dishes|errand|errands|wash_the_car|cover_for_me|cover_me|cover_my|babysitter|help_me_move|move_house|moving|help_me_with_the|help_me_clean|help_me_paint'],
    examples: {
      match: [ "i'll give you $100 for a pic", "i can send you money", "want some robux? just send a pic", "ill buy you a new phone",'i can give u 5000 vbucks if u want', 'i can buy u a $50 amazon gift card if u send me something cute', 'ill pay you for pics', '$50 per pic', 'we pay $200 per shoot', 'want free robux?', 'i can be ur sugar daddy', 'i will buy you anything you want', 'ill pay ur phone bill babe', 'wanna earn a 2k vbucks card?', 'if u add socks off and some legs i pay double'],
      ignore: ["my sugar daddy joke went too far in the gc lol", "i'll buy u robux if u get an A", "ill pay u $15 every week to walk my dog", "I'll send you some money for sweets", 'can we video call? i wanna make sure ur real', 'ill gift u the battle pass if we win', 'ill give u 500 robux for ur dominus, final offer', 'ill pay you back tomorrow', 'ill pay your share of the pizza', 'free robux generator is a scam', 'i can give you 10 dollars for the bike', 'ill buy you something for your birthday', 'want to earn some extra cash this summer? the cafe is hiring', 'if u cover my shift ill pay double', 'i can give you 5 quid if you do me a favour and walk the dog', 'if u cover for me i pay extra', 'want to earn some money? my mum needs a babysitter', 'if u help me move i will pay extra', 'great, I will send u my number. 30 min english 30 min spanish', 'ill send u my address, its 12 park road'],
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
      '@iwill|we_can|we_could make|give you|u ..2 a_mod|mod|admin|an_admin|moderator|a_moderator|vip|staff|verified|a_role|the_role|owner|co_owner ..4 if|just|first|but|all_you|all_u',
      'photoshoot|photo_shoot|shoot ..3 paid|pay|@currency|#|per|agency|brand|portfolio|test_shoot',
      'brand ambassador|deal|collab|partnership|sponsorship ..3 dm|you|u|your|pics|photos',
      'perfect|great|right look ..3 for ..2 modeling|modelling|our|campaign|brand|agency|client',
      'casting|recruiting|looking_for|hiring|seeking|searching_for|scouting ..3 teen|young|new|fresh|petite|female|male models|model|faces|new_faces',
      'test shot|shots|shoot|pics|photos|polaroids|digitals ..6 portfolio|contract|agency|casting|client|clients',
      'build|building|start|make ..2 your|ur portfolio|modeling_portfolio|modelling_portfolio',
      'make|making|post|posting|sell|selling|film|shoot content ..4 fan_page|fanpage|fan_site|fansly|onlyfans|only_fans|premium|private_page|private_fan|vip',
      'you|u get|make|earn|keep half|a_cut|a_share|percent ..3 of|what|the ..2 we|i make|earn|profit|money',
      'casting|cast|recruiting|hiring|looking_for|seeking ..4 girls|boys|teens|teenagers|kids|minors|young_girls|young_guys|young_people ..2 #|aged|age|ages|between|under',
      'paid gig|shoot|photoshoot|role|job|opportunity|modeling|modelling|campaign ..4 girls|boys|teens|teenagers|#|young|dm|send|photos|pics|interested',
      'thought|thinking|considered|consider ..2 about|of ..1 modeling|modelling|becoming_a_model|being_a_model|a_modeling_career|a_modelling_career',
      'represent|represents|representing|scouting|looking_for|searching_for new_faces|fresh_faces|new_talent|young_talent',
    ],
    unless: ['group_shoot|group_shoots|group_photo|group_photos|group_shot|group_shots|helping|keep_helping|being_active|stay_active|teacher|college|application|university|uni|art_class|got_scouted|was_scouted|get_scouted|my_cousin|my_sister|my_brother|my_friend|her_mom|his_mom|with_her_mom|with_his_mom|school|yearbook|class_photo|project|scam|fake|careful|beware|be_careful|news|article|video_game|fashion_show|assignment|family_portrait|family_portraits|portrait_session|family_session|of_the_family|newborn|wedding|engagement|booking|your_session|mini_session|outfits'],
    examples: {
      match: [ "i work for a modeling agency", "i'm a photographer, i can make you a model","Hi, I'm a scout for a modelling agency", 'u could be a model', 'i can make you famous', 'you have the perfect look for our brand', 'wanna be a brand ambassador? dm us', "we're casting teen models for a swimwear line", "We'd need a few test shots first, swimwear and lingerie, to build your portfolio", 'send digitals so we can build ur portfolio', 'Your feed is stunning, have you ever thought about modelling?', 'I work with an agency in LA that represents new faces', 'im a mod here, i could make u a mod too, just gotta verify first', 'hi, im casting for a music video, paid gig, girls 13-16', 'i make content for a private fan page', 'u get half of what we make'],
      ignore: ['my cousin got scouted by a modelling agency!! she has a casting with her mom next week', 'the yearbook photoshoot is on friday', 'beware of fake modelling agency scams', 'the school play is casting new faces for the fall show', 'test shots of the new camera look sharp', 'my art teacher said to build your portfolio for the college application', 'i can make you a mod if you keep helping in the server chat', 'private lessons pay well', 'im a photographer, can u send a few reference photos of the family before the shoot'],
    },
  },
  {
    id: 'bring-vapes-r36',
    weight: 1,
    phrases: [
      '@iwill|i_can|i_could bring|bring_over|bring_round ..3 vape|vapes|weed|edibles|juul|carts|booze|vodka|alcohol|liquor',
    ],
    unless: ['party|bbq|barbecue|cookout|wedding|for_the_adults|for_my_dad|for_my_mom|for_my_mum|my_uncle|my_aunt|rehab|quit|quitting|confiscate|confiscated|teacher|principal|police|lol|haha|lmao'],
    examples: {
      match: ['i can bring snacks and a vape', 'ill bring vodka if u let me come over', 'i could bring some edibles tonight'],
      ignore: ['ill bring the vodka to the party saturday', 'i can bring chips and dip to the bbq', 'ill bring the vape i confiscated to the principal'],
    },
  },
  {
    id: 'drugs-alcohol-gifts',
    weight: 1,
    phrases: [
      '@iwill [bring|get|give|buy] ..2 you|u ..2 weed|vape|vapes|alcohol|drinks|booze|beer|vodka|pills|edibles|carts|juul|smokes|cigarettes|molly|xanax|drugs',
      'want|want_to|do_you_want ..2 some|a ..2 weed|vape|vapes|alcohol|drinks|booze|beer|vodka|pills|edibles|carts|juul|smokes|molly|xanax|drugs',
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
      'need|want|want_to [some|free|more] robux|vbucks|v_bucks|nitro|minecoins|diamonds|gems|uc ..4 i|ill|@iwill got|have|can|will|could|give|send|gift',
      'i [have|got] ..3 extra|spare|free|bunch_of|loads_of|tons_of|lots_of skins|robux|vbucks|v_bucks|gems|codes|items|gift_cards|gift_card|diamonds|nitro ..4 you|u want|want_to|need',
    ],
    unless: ['lend|borrow|back|owe|trade|trading|sell|selling|price|scam|generator|fake|lol_jk'],
    examples: {
      match: ['need vbucks? i got a code for 2800', 'want robux? i can send you some', 'yo i got a bunch of extra skins, u want the black knight?'],
      ignore: ['need robux? dont use the generator its a scam', 'want vbucks? i can lend you some', 'i got extra skins, u want to trade?'],
    },
  },
  {
    id: 'pay-for-pics',
    weight: 3,
    phrases: [
      'i|we pay|tip ..2 for pic|pics|photos|pictures|videos|selfies|content ..2 of your|ur|you|u',
      '@iwill pay|give|send|gift|cashapp|venmo|paypal|zelle|transfer you|u|ya ..6 for|per ..3 pic|pics|picture|pictures|photo|photos|video|videos|selfie|selfies|nude|nudes|vid|vids|content',
      '@currency|#|money|cash|robux|vbucks|v_bucks|skins|nitro ..3 for|per [a|one|each|every|#|two|three|some] [couple|few] [of] [cute|quick|more] pic|pics|picture|pictures|photo|photos|video|videos|selfie|selfies|nude|nudes|vid|vids',
      'pay|paying you|u ..3 for ..2 pic|pics|picture|pictures|photo|photos|video|videos|selfie|selfies|nude|nudes|content',
      'easy|quick|fast|free money|cash|robux|vbucks ..4 just|only|for ..2 send|sending|snap|show ..3 pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|one',
      'i|we buy|purchase|pay_for ..1 feet|foot|toe|toes|sock|socks|used ..1 pic|pics|photos|pictures|videos|content',
      'i|we tip|pay ..3 well|good|big|a_lot|extra|generously|nicely ..3 for private|privates|private_ones|private_shows|private_streams|special|pms|dms|customs|custom',
      'private|custom shows|streams|ones|content|requests ..3 tip|tips|pay|paid|money|@currency',
      'gift_card|giftcard|robux|vbucks|money|present|gift|cash ..6 say|show thank_you|thanks|thank|repay|pay_me_back|appreciation ..3 with a|with_a|with pic|selfie|photo|video|snap|pics',
      'if you|u send|show|snap ..3 pic|pics|picture|selfie|photo|photos|video|one|nudes ..4 @iwill|then_i|i|ill give|make|gift|buy|send|pay|get',
      'i|we pay|paid girls|guys|boys|people|teens|models ..3 for|per ..2 pic|pics|picture|pictures|photo|photos|video|videos|selfie|selfies|content',
      '@iwill pay|buy|get|cover|top_up|topup|reload|refill|fill_up ..4 if|when|as_long_as|once you|u ..3 send|show|snap|turn_on|go_on|get_on|hop_on|switch_on ..3 pic|pics|picture|photo|photos|selfie|selfies|video|videos|cam|camera|webcam|facetime|nude|nudes',
    ],
    unless: ['trade|trading|limited|limiteds|back|owe|owed|lunch|pizza|rent|split|half|ticket|tickets|chores|babysitting|babysit|mow|lawn|tutoring|bike|used|selling|sell|sale|price|listing|item|product|shift|work|job|birthday|bday|christmas|xmas|scam|fake|dont_fall|do_not_fall|generator|watch_out|photographer|wedding|event|prints|print|stock|photography|portfolio|drawing|art|commission|avatar|character|dog|cat|pet|house|car|room|yearbook|school|contest|competition', 'collage|album|slideshow|party|trip|scrapbook|edit|editing|print|printing|from_the|of_the'],
    examples: {
      match: ['i pay for pics of ur feet', "I'll pay u $50 on cashapp for a couple pics", '$20 per pic', 'ill give u 1000 robux for a few selfies', 'easy money, just send a couple pics', 'easy. 5k vbucks for 2 selfies in ur bathing suit', '20 bucks for three cute pics', 'hey i buy feet pics, $20 each through paypal', 'i pay girls for pics, u interested?', 'if u send me a pic ill give u the admin role on the server', 'i left u a gift card in ur dms 🎁 just say thank u with a selfie', 'i tip really well for private ones', 'ill pay for ur nails if u send me a cute pic', 'ill top up ur robux if u turn on cam'],
      ignore: ['ill pay u $50 for the bike pics listing', 'we pay $200 per photo for the wedding', 'ill give you 10 bucks for the drawing pics lol its a commission', 'ill pay u back for the pics we printed', 'ill pay for the pizza if u send me a pic of the menu'],
    },
  },
  {
    id: 'gift-for-a-favour',
    weight: 3,
    phrases: [
      '@iwill|i_can|i_could give|get|send|buy|gift ..4 if you|u ..3 do something|smth|sth|a_favor|a_favour|stuff|things ..1 for me',
      '@iwill|i_can|i_could get|buy|give|gift|send|pay ..4 you|u|ya|it|one|them ..6 just|only|all|but|if ..4 do|need_you_to_do ..2 something|smth|sth|a_favor|a_favour|a_small_favor|a_small_favour|one_thing|one_little_thing|a_little_something|me_a_favor|me_a_favour|me_a_small_favor|me_a_small_favour|me_a_quick_favor',
    ],
    unless: ['build|base|building|grind|grinding|level|farm|farming|homework|essay|notes|shift|chores|dishes|lunch|ride|lift|dog|walk_the|babysit*|mow|lawn|help_me_move|moving|cover|tutoring|study|class|project|tickets|concert|grocer*|shopping|milk|trash|bins|laundry|vote|like_my|share_my|follow_my|subscribe'],
    examples: {
      match: ['i can give u robux if u do something for me 😉', 'i could get u one. just need u to do something for me first 😉', "ya i'll gift it, just do me a small favor"],
      ignore: ['i can give u robux if u do something for me, like help me build my base', 'ill give u 10 bucks if u do me a favor and walk the dog', 'ill buy you lunch if you do me a favor and cover my shift'],
    },
  },
  {
    id: 'secret-phone',
    phrases: [
      'spare|secret|second|burner|extra|separate|old phone|sim|sim_card|handset ..4 you|u|for_you|for_u|just_for|so_we|we_can',
    ],
    unless: ['charger|case|screen|cracked|broke|broken|mum_has|mom_has|my_mum|my_mom|my_dad|dad_has|my_sister|my_brother|grandma|trip|camp|school_trip|emergency|lost|stolen|repair|fix|sell|selling|buy_it|price|trade|lol|haha'],
    examples: {
      match: ['ive got a spare phone u can have, just so we can talk', 'ill send u a secret phone so we can talk'],
      ignore: ['ive got a spare charger u can have', 'mum has a spare phone u can use for the school trip'],
    },
  },
  {
    id: 'gift-waiting',
    weight: 1,
    phrases: [
      'i got|bought|have_got|ve_got|made|left you|u ..2 a|an|some ..1 little|lil|small|special|secret ..1 present|gift|gifts|surprise',
    ],
    unless: ['birthday|bday|christmas|xmas|thank|thanks|mom|mum|dad|grandma|teacher|at_school_tomorrow|tomorrow_at_school|in_class|secret_santa|santa|lol|haha|bestie|sis|bro|love_you|ily|congrats|congratulations|get_well'],
    examples: {
      match: ['i got u a little present, its waiting at the park bench near ur school, go alone ok'],
      ignore: ['i got u a little present, ill give it to u at school tomorrow!! ily'],
    },
  },
  {
    id: 'treats-and-top-ups',
    weight: 1,
    phrases: [
      '@iwill sort you|u out ..2 with|w some|a_bit_of|a_bit cash|money|quid|skins|robux|vbucks|stuff|credit',
      '@iwill pay|cover for everything|it_all|all_of_it|the_whole_thing|your_ticket|ur_ticket|your_train|ur_train|your_uber|ur_uber|the_hotel|the_room',
      '@iwill|i_can|i_could buy|get|treat you|u ..3 bubble_tea|boba|starbucks|frappuccino|mcdonalds|maccies|nandos|ice_cream|drinks|clothes|hoodie|shoes|sneakers|nails|makeup|perfume|jewelry|jewellery|new_clothes|a_treat|stuff|things|food|snacks|a_meal|dinner|something_nice|something_cute|whatever_you_want|anything_you_want',
      'want|do_you_want ..1 me to buy|get|send|pay_for ..2 you|u|your|ur',
      'want|want_to|you_want|u_want|you_need|u_need [a|an|some|free] [dollar|#|@currency] ..2 amazon_card*|amazon_gift*|gift_card*|giftcard*|steam_card*|itunes_card*|apple_card*|google_play_card*|visa_gift*|psn_card*|xbox_card*|roblox_card*|fortnite_card*',
      '@iwill|i_can|i_could top_up|topup|top|pay|cover|reload|refill ..2 your|ur|you|u ..2 phone|credit|data|phone_credit|phone_bill|bill|sim|minutes',
    ],
    unless: ['birthday|bday|christmas|xmas|thanks|thank|back|owe|owed|mom|mum|dad|grandma|grandpa|for_helping|help_me|homework|study|project|bestie|sis|bro|lol|haha|team|class|practice|game|win|won|lost|bet|payback|pay_back|your_turn|my_turn|next_time|last_time|split|half|share|lunch_money|sorry|apology|store|shop|mall_with|shopping_with|list|groceries|grocery|errand|errands|scam|scams|scammer|scammers|psa|going_round|going_around|beware|watch_out|file|files|link|recording|podcast|notes|doc|document|pdf|screenshot|screenshots|slides|the_pics|the_photos|the_video|the_clip'],
    examples: {
      match: ['ill sort u out with some cash', "Thats fine, we can still meet up. I'll pay for everything", 'lets meet at the mall, ill buy u stuff', 'i can swing by n pick u up after school, ill buy u food', 'want a $100 amazon card?', 'ill buy u bubble tea', 'want me to buy u that hoodie?', "i'll top up your phone credit", 'i can get u new clothes, whatever u want'],
      ignore: ['i recorded our call for the podcast, want me to send you the file?', 'ill buy u bubble tea for ur bday!!', 'want me to buy u anything at the store? mum gave me a list', 'ill top up ur phone credit, u can pay me back later', 'ill buy u boba if u help me with the homework', 'guys PSA theres a scam going round where someone says they have ur nudes and want gift cards'],
    },
  },
  {
    id: 'should-be-a-model',
    phrases: [
      '@currency|# per|a|each set|shoot|photoshoot|photo_shoot|look|outfit_set',
      'you|u could|should|can|must be model|a_model|a_great_model|a_real_model',
      'girl|boy|face|look like you|u|yours should|could|must be ..2 model|famous|a_model|modeling|modelling',
      'we|we_would|wed|i_would|id love|like|want ..2 to sign you|u',
      'thought|thinking|considered ..2 about|of ..1 photoshoot|photoshoots|a_photoshoot|doing_a_photoshoot|a_shoot|doing_a_shoot|shoots|doing_shoots',
      'photographer|agent|scout|agency ..4 pays|paid|pay|paying|money|@currency',
      'pay|paying|pays our|their models|talent|girls ..2 well|good|a_lot|very_well|really_well|generously|per',
    ],
    unless: ['tutor|tutoring|lesson|lessons|therapy|gym|coach|tennis|chess|table|set_of|lego|lol|haha|lmao|bestie|sis|bro|mom|mum|dad|grandma|school|class|yearbook|contest|costume|scam|fake|careful|beware|news|role_model|a_role_model'],
    examples: {
      match: ['We pay $150 per set', 'ever thought about doing a photoshoot?', 'i know a photographer, he pays', "we'd love to sign you", 'we pay our models well', 'beautiful girl like you should be model', 'u could be a model fr', 'face like yours should be famous'],
      ignore: ['the lego set is $50 per set at the shop', 'the school photographer is paid by the pta', 'u could be a model lol bestie', 'you should be a role model for the younger kids', 'u could be a model in the school fashion contest'],
    },
  },
  {
    id: 'thanks-with-a-selfie',
    phrases: [
      'send|show|snap ..6 and|then it|its|they|theyre|itll_be|it_will_be|they_are [is|s|are|all] yours|urs',
      'selfie|pic|photo|video|snap|picture ..3 to|as say|a thank_you|thanks|thank|thankyou',
      'help|get|make you|u ..2 famous|viral|more_followers|followers|popular|sponsored|a_sponsorship|brand_deals|verified',
    ],
    unless: ['birthday|bday|christmas|xmas|grandma|grandpa|mom|mum|dad|aunt|uncle|teacher|coach|class|team|card|thank_you_card|note|letter|school|charity|fundraiser|donor|donors|lol|haha|lmao|bestie|sis|bro|homework|project|tips|tutorial|hashtags|algorithm|consistency|post_more|posting_schedule'],
    examples: {
      match: ['fr. just send me a pic in ur underwear and its urs', 'just send me a selfie to say thanks 😊', 'i could help u get famous'],
      ignore: ['send me ur address and its urs, the old hoodie lol', 'send grandma a selfie to say thanks for the birthday money', 'i could help u get more followers, post more consistently and use hashtags'],
    },
  },
  {
    id: 'spare-card-for-you',
    weight: 1,
    phrases: [
      'still want|need ..2 those|the|that|some vbucks|robux|skins|skin|nitro|gift_card|card|battle_pass|money|cash',
      'i have|got ..3 gift_card*|giftcard*|steam_card*|code|codes|robux|vbucks|nitro|card ..4 do_not_need|dont_need|spare|extra|want_it|you_want|u_want|for_you|for_u',
      'we|i scout|recruit|cast|find|discover ..2 young|new|fresh faces|talent|models|girls|boys|teens',
      'paid|pay photoshoot|photoshoots|photo_shoot|photo_shoots|shoot|shoots|modeling|modelling|gig|gigs',
    ],
    unless: ['scam|fake|careful|beware|news|generator|trade|trading|sell|selling|price|school|yearbook|class|club|team|sports|football|soccer|basketball|college|university|mom|mum|dad|lol|haha'],
    examples: {
      match: ['yo u still want those vbucks?', 'i have a gift card i dont need, want it?', 'We scout young faces on TikTok.', 'We offer paid photoshoots, $400 a session.'],
      ignore: ['i have a spare code, want to trade?', 'the college football coach scouts young talent at the game'],
    },
  },
  {
    id: 'worth-your-while',
    phrases: [
      '@iwill|i_can|i_could|i_would make it worth ..1 your_while|ur_while|ya_while|it',
      'want|want_to ..4 skin|skins|robux|vbucks|it|them|one|the_code|the_card|the_pass|battle_pass ..4 just|only|all_you|all_u ..3 do|need_you_to_do ..2 me ..1 one|a|small|little|tiny favor|favour|thing|something',
      'money|cash|things ..1 is|s|are tight|hard|short|bad ..4 i_can|ill|@iwill|i_could help',
    ],
    unless: ['move|moving|help_me|pizza|lunch|dinner|homework|essay|project|study|shift|cover|chores|dishes|lawn|babysit*|dog|cat|car|garage|clean|cleaning|paint|painting|mom|mum|dad|grandma*|grandpa*|aunt*|uncle|brother|sister|cousin|trade|trading|lol|haha|lmao|bestie|bro|sis|charity|fundraiser|school|class|team|church'],
    examples: {
      match: ['ill make it worth ur while', "i'll make it worth it 😉", 'if u want the skin just do me one favor', 'i know money is tight at home, i can help'],
      ignore: ['help me move on saturday, ill make it worth ur while with pizza', 'if u want the skin just do me one favor and trade ur axe lol', 'money is tight this month, mom said i can help with chores'],
    },
  },
  {
    id: 'gift-come-get-it',
    weight: 1,
    phrases: [
      'i got|bought|have|left you|u a|an|some gift|present|surprise ..4 come|meet|pick|collect|get_it|waiting|its_waiting',
      '@iwill give|send you|u my spare|old|extra airpods|phone|iphone|ipad|switch|console|headphones|laptop',
      'wont|will_not regret ..3 @iwill|i_can treat|spoil|take_care|look_after',
      'help you|u ..1 with|out_with money|cash|bills|rent|your_phone_bill|ur_phone_bill',
    ],
    unless: ['birthday|bday|christmas|xmas|thank|thanks|mom|mum|dad|grandma*|grandpa*|aunt*|uncle|brother|sister|cousin|teacher|school|class|secret_santa|santa|lol|haha|bestie|sis|bro|love_you|ily|congrats|congratulations|get_well|new_one|got_a_new|upgraded|budget|budgeting|job|apply|application|form|bank|charity'],
    examples: {
      match: ['i got u a gift, come get it', 'ill give u my spare airpods', 'u wont regret it, ill treat u well', 'i can help u with money if u need'],
      ignore: ['i got u a gift for ur bday, come get it at school', 'ill give u my old phone, i got a new one', 'i can help u with money stuff, the bank app has a budget tool'],
    },
  },
  // round 7 (en-tg): "let me take u shopping"
  {
    id: 'take-you-shopping',
    phrases: [
      '@iwill|let_me|lemme|let_me_just take you|u shopping|on_a_shopping_spree|to_the_mall|for_a_shopping_spree',
      'shopping_spree|shopping_trip ..3 on me|for_you|for_u|my_treat',
    ],
    unless: ['birthday|bday|christmas|xmas|mom|mum|dad|grandma|grandpa|nana|aunt|auntie|uncle|sis|bestie|back_to_school|school_clothes|uniform|prom|dress|graduation|grad|tomorrow_after_work|dinner|family'],
    examples: {
      match: ['let me take u shopping', 'ill take u on a shopping spree, my treat', 'shopping spree on me if u come'],
      ignore: ['let me take u shopping for ur bday sweetie, love grandma', 'mom said she will take u shopping for school clothes'],
    },
  },
  {
    id: 'quick-money-and-conditional-top-up',
    weight: 2,
    phrases: [
      'earn|make # ..1 @currency|bucks|dollars|quid ..3 quick|real_quick|easy|fast|easily|tonight|from_home',
      'easy|quick|fast money|cash|job ..3 for you|u|interested|want_to|want|dm',
      'casting|scouting|recruiting|looking_for|hiring ..4 teen|teens|young|girls|boys ..3 swimwear|bikini|lingerie|underwear|brand|campaign|shoot|photoshoot',
      'need|want anything ..2 money|money_wise|moneywise|cash ..3 ask|tell_me|let_me_know|i_got_you|i_got_u',
    ],
    unless: ['lawn|mow|mowing|babysit*|dog_walking|walk_the_dog|chores|dishes|car_wash|bake_sale|fundraiser|charity|school|class|team|church|mom|mum|dad|grandma|grandpa|aunt|uncle|scam|scams|news|warning|too_good_to_be_true|fake|shift|manager|store|restaurant|tutoring|paper_round|lemonade|move|moving|couch|sofa|help_me|help_with|garage|yard|garden'],
    examples: {
      match: ['wanna earn 50 bucks real quick? easy job', 'we are casting for a teen swimwear brand, are you interested?', 'if u need anything money wise just ask, i got u'],
      ignore: ['wanna earn 20 bucks? mow the lawn for grandma', 'easy money job posts are a scam, news says', 'the store is hiring teens for the summer campaign'],
    },
  },
  {
    id: 'top-up-if-you-snap',
    weight: 3,
    phrases: [
      'top_up|topup|top|gift|send ..5 if|when|as_long_as you|u ..1 snap|send|show|facetime|cam|call|vc|pic|selfie ..1 me|one|a|some|pic|pics|back',
    ],
    unless: ['homework|notes|answers|code|link|address|invite|game|lobby|party|team|class|mom|mum|dad|grandma|grandpa|bill|rent|split|owe|back_the|paid|receipt|screenshot|proof|lol|haha|lmao|birthday|bday'],
    examples: {
      match: ['ill top up ur phone if u snap me', 'ill gift u the skin if u send a pic'],
      ignore: ['ill send u the money if u send me the receipt', 'ill top up the game if u send me the code lol'],
    },
  },
  {
    id: 'buy-you-something',
    phrases: [
      'let_me|lemme|@iwill buy|get|cop you|u ..1 something|smth|sth|anything|whatever|a_gift|a_present|a_treat|stuff',
      'want|need money|cash|robux|vbucks ..3 i_got_you|i_got_u|i_can_help|ill_send|i_will_send|i_can_send|hit_me_up',
      'i_got_you|i_got_u w|with|on robux|vbucks|money|cash|skins|gift_cards|a_gift_card|the_battle_pass ..3 if|just|but',
    ],
    unless: ['birthday|bday|christmas|xmas|mom|mum|dad|grandma|grandpa|nana|aunt|auntie|uncle|sis|bestie|bro|back_to_school|school_clothes|uniform|prom|graduation|grad|family|lunch|coffee|snack|snacks|drink|boba|food|pizza|at_the|from_the|store|mall|cafeteria|vending|gas_station|game|tournament|owe|back|pay_me_back|payback|paid|loan|lol|haha|lmao|fundraiser|charity'],
    examples: {
      match: ['lemme buy u something', 'u want money? i got u', 'i got u w robux if u do me a favor'],
      ignore: ['lemme buy u something from the vending machine', 'u want money for lunch? i got u, pay me back later', 'lemme buy u something for ur bday sis'],
    },
  },
  {
    id: 'typos-and-non-native',
    phrases: [
      'i [can|will|could] giv|gve|gibe|giff ..1 you|u ..2 robux|vbucks|money|cash|gift|gifts|skins|@payment|#',
      'i_am|im sending|send you|u gift|gifts|present|presents|a_gift|a_present ..3 give|send|tell me|your|ur ..1 address|adress|addy|location|number',
    ],
    unless: ['birthday|bday|christmas|xmas|mom|mum|dad|grandma|grandpa|nana|aunt|auntie|uncle|sis|bestie|bro|owe|back|pay_me_back|loan|lol|haha|lmao|fundraiser|charity|secret_santa|santa|class|team|wedding'],
    examples: {
      match: ['i can giv u robux', 'i am sending you gift, give me address'],
      ignore: ['i can giv u the money back tomorrow', 'im sending u a gift for ur bday, whats ur address'],
    },
  },
  {
    id: 'currency-for-a-selfie',
    phrases: [
      'want|want_to|need ..3 battle_pass|robux|vbucks|v_bucks|skin|skins|gift_card|steam_card|diamonds|gems|coins|nitro|discord_nitro|money|cash ..4 just|only|all_you_gotta_do|all_you_got_to_do|all_you_have_to_do|all_you_need_to_do|simply ..2 send|snap|show|take ..3 pic|pics|selfie|selfies|photo|photos|video|vid|one|something',
    ],
    unless: ['homework|notes|answers|code|link|address|invite|screenshot|proof|receipt|game|lobby|match|team|class|mom|mum|dad|grandma|grandpa|bill|rent|split|owe|paid|lol|haha|lmao|birthday|bday|scam|news|warning|never'],
    examples: {
      match: ['u want the battle pass? just send me a selfie', 'need robux? all u gotta do is send a pic'],
      ignore: ['u want the battle pass? just send me the code lol', 'need robux? scam accounts say just send a pic, never do it'],
    },
  },
  {
    id: 'creator-and-nails',
    phrases: [
      'i_am|im a|an youtuber|tiktoker|influencer|streamer|content_creator|producer|director|casting_director ..6 want|want_to|be_in|feature|collab|star_in|famous',
      'get|pay_for|treat_you_to|book ..2 your|ur|you|u nails|hair|lashes|brows ..1 done|did|appointment',
    ],
    unless: ['mom|mum|dad|grandma|grandpa|nana|aunt|auntie|uncle|sis|sister|bestie|bff|birthday|bday|christmas|prom|wedding|graduation|grad|school|class|team|project|assignment|lol|haha|lmao|my_channel_for_the_class|charity'],
    examples: {
      match: ['im a youtuber, want to be in my video? send me pics first', 'ill get ur nails done'],
      ignore: ['ill get ur nails done for prom, love mom', 'im a youtuber for the school project lol'],
    },
  },
  // round 8 (en-eg): stream tips and gifted subs, "got u those airpods u wanted", "u still need robux?"
  {
    id: 'tips-subs-and-wanted-gifts',
    phrases: [
      '@iwill tip|donate ..1 [to] you|u ..3 if|for|private|cam|stream|show|live|just|when',
      '@iwill send|gift|give|buy|drop [you|u] ..2 gifted_subs|gift_subs|gifted|subs|bits|donation|donations|tips|superchat|superchats|tiktok_coins|coins|roses|lions|galaxies|universe',
      'stream|cam|show|live|camera ..3 @iwill tip|donate|pay|send_money [you|u]',
      'got|bought|ordered|grabbed|have you|u ..2 airpods|air_pods|iphone|phone|headphones|earbuds|ps5|switch|vape|vapes|jordans|dunks|sneakers|makeup|palette|hoodie|bag|necklace|perfume|giftcard|gift_card|skin|skins ..4 you|u wanted|want|asked_for|liked|were_looking_at|been_wanting|wished_for',
    ],
    unless: ['waiter|delivery|driver|uber|doordash|taxi|barber|haircut|restaurant|server|bartender|birthday|bday|christmas|xmas|santa|hanukkah|eid|graduation|anniversary|mom|mum|dad|grandma|grandpa|aunt|uncle|love_mom|love_dad|back|owe|owed|refund|return|order_number|tracking|scam|fake|lol_jk|charity|fundraiser|secret_santa|raffle|giveaway|contest'],
    examples: {
      match: ['i could send u some gifted subs if u want', 'go live on ur cam for me, private stream, ill tip u', 'got u those airpods pro u wanted'],
      ignore: ['ill tip u for the delivery', 'got u the hoodie u wanted for ur bday!!', 'i could send u some gifted subs for the charity stream', 'got u the skin u wanted, u owe me back lol'],
    },
  },
  {
    id: 'still-need-currency',
    weight: 1,
    phrases: [
      'you|u still need|want|saving_for|saving_up_for [some|more] robux|vbucks|v_bucks|nitro|minecoins|gems|diamonds|uc',
    ],
    unless: ['lend|borrow|back|owe|trade|trading|sell|selling|price|scam|generator|fake|lol_jk|my|mine|our|mom|mum|dad|birthday|bday|christmas'],
    examples: {
      match: ['yo u still need robux for that bundle?'],
      ignore: ['u still need robux? dont use the generator its a scam', 'u still want vbucks? u can borrow mine'],
    },
  },
  // round 8 (en-eg): "i got weed if u want some"
  {
    id: 'i-have-drugs-for-you',
    phrases: [
      'i [got|have|can_get|could_get] ..2 weed|vape|vapes|pens|carts|edibles|alcohol|drinks|booze|liquor|vodka|pills|xans|xanax|molly|shrooms|percs|lean ..3 if|for you|u ..1 want|want_to|need|like|some|too',
    ],
    unless: ['rehab|quit|quitting|doctor|prescription|allergy|allergies|pharmacy|headache|cramps|ibuprofen|tylenol|advil|vitamin|vitamins|school_project|health_class|dare|lol_jk|soda|juice|water|coffee|tea|snacks|news|scam|arrested|police|mom|mum|dad'],
    examples: {
      match: ['i got weed if u want some', 'i can get vapes for u if u want'],
      ignore: ['i got ibuprofen if u need some for the cramps', 'i got drinks if u want some, soda and juice'],
    },
  },
  // round 8 (en-eg): "want me to top up ur phone?", "i'll put credit on ur phone"
  {
    id: 'top-up-your-phone',
    phrases: [
      '@iwill|want_me_to|want_to_me_to|i_can|i_could top_up|topup|put_credit_on|add_credit_to|put_money_on|add_money_to|pay|reload|recharge|pay_for|cover ..1 your|ur phone|credit|data|plan|bill|sim|phone_bill|mobile',
      '@iwill|i_can|i_could put|add|send|load credit|money|data|minutes|airtime ..2 on|to|onto your|ur phone|sim|account|card|number',
    ],
    unless: ['mom|mum|dad|love_mom|love_mum|love_dad|grandma|grandpa|nan|back|owe|owed|emergency|lost|stolen|broke_down|repair|screen|cracked|insurance|work_phone|business|lol_jk'],
    examples: {
      match: ['want me to top up ur phone?', "i'll put credit on ur phone"],
      ignore: ['want me to top up ur phone? love mum', 'ill put credit on ur phone, pay me back friday'],
    },
  },
  // round 8 (en-eg): "here's 500 robux, now send one"
  {
    id: 'sent-you-currency-now-send',
    phrases: [
      'here|heres|here_is|here_s|sent|just_sent|gave|i_sent|i_gave|i_just_sent ..2 #|some|the robux|vbucks|v_bucks|dollar*|bucks|quid|nitro|gift_card|giftcard|money|cash|coins|gems ..3 now|so|send|show|snap',
    ],
    unless: ['owe|owed|back|for_the|lunch|pizza|rent|split|half|ticket|tickets|bet|debt|refund|payback|pay_me_back|change|tip|birthday|bday|christmas|xmas|mom|mum|dad|grandma|grandpa|receipt|screenshot_of|proof|link|invoice|order|item|listing|sale|selling|sold|bought|trade|trading|lol|haha|lmao'],
    examples: {
      match: ["here's 500 robux, now send one", 'just sent 20 bucks, now show me'],
      ignore: ['sent 20 bucks for the pizza, now send me ur half', 'here is the money i owe u, now send the receipt'],
    },
  },
  // round 8 (en-eg): payment apps of other English-speaking countries as a verb, help or gifts in exchange for a pic or a visit
  {
    id: 'pay-or-help-if-you-send',
    phrases: [
      '@iwill|i_can|i_could e_transfer|etransfer|interac|monzo|starling|payid|osko|venmo|cashapp|cash_app|zelle|paypal|revolut|transfer|pay|send ..1 you|u ..3 if|when|once|as_long_as you|u send|show|snap [me] [a|some|one|any|a_couple|couple|few|more|a_few] pic|pics|photo|photos|selfie|selfies|video|videos|vid|vids|one|something|smth|nudes|couple|few|more',
      '@iwill|i_can|i_could e_transfer|etransfer|interac|monzo|starling|payid|osko|venmo|cashapp|cash_app|zelle|paypal|revolut|transfer|pay|send ..1 you|u ..3 if|when|once|as_long_as you|u facetime|ft|vc|cam|turn_on|go_on|hop_on',
      '@iwill|i_can|i_could help|do ..1 you|u|your|ur ..3 homework|essay|assignment|project|coursework ..3 if|when|once you|u send|show|snap ..2 pic|pics|photo|photos|selfie|video|one|yourself|urself',
      '@iwill|i_can|i_could sponsor|promote|boost|feature|shoutout you|u|your|ur ..3 if|when|once you|u send|show|do|make|film',
    ],
    unless: ['back|owe|owed|pay_me_back|refund|lunch|pizza|rent|split|half|ticket|tickets|chores|babysitting|babysit|mow|lawn|tutoring|bike|selling|sell|sale|price|listing|item|product|shift|job|birthday|bday|christmas|xmas|scam|fake|receipt|invoice|screenshot|proof|bank_details|account_number|notes|answers|the_homework|the_essay|the_link|the_form|the_file|the_doc|my_part|your_part|ur_part|deal|collab|brand|agency|business|lol|haha|lmao|tracking|shipping|label|serial|item|parcel|package|details|of_the|of_it|of_that'],
    examples: {
      match: ['ill e-transfer u 40 if u send a couple', "i'll help u with ur homework if u send a pic", "i'll sponsor ur tiktok if u do a private video"],
      ignore: ['ill e-transfer u 40 if u send the bank details lol', 'ill pay u back if u send me the receipt', 'ill help u with ur essay if u send me ur notes'],
    },
  },
  {
    id: 'gift-if-you-come',
    phrases: [
      'you|u can|could have|keep|get my [old|spare|new] ..1 ps5|xbox|switch|phone|iphone|ipad|airpods|headphones|laptop|account|skins|robux|vbucks|console ..3 if|when|once you|u facetime|ft|vc|call|cam|come|meet|visit|send|show|snap|sleep|stay|do',
      'i have|got|ve_got a|some|something gift|present|surprise|something ..2 for you|u ..6 come|meet|pick_it_up|collect|in_person',
      '@iwill|i_can|i_could get|buy|give|gift ..1 [you|u] ..3 tickets|ticket|gift|present|phone|iphone|puppy|kitten|clothes|shoes|sneakers|anything|one|airpods|vape|vapes|alcohol|drinks ..3 if|when|once you|u come|meet|visit|sleep|stay|hang|spend_the_night',
    ],
    unless: ['back|owe|owed|birthday|bday|christmas|xmas|mom|mum|dad|grandma|grandpa|aunt|uncle|party|sleepover|the_girls|the_boys|the_guys|squad|bestie|sis|bro|team|class|group|concert_with_us|with_us|lol|haha|lmao|shelter|adopt|adoption|uni|college|university|home_from|when_you_are_home|when_your_home|when_ur_home'],
    examples: {
      match: ["I have a gift for you, but you'll need to come and collect it", 'u can have my old ps5 if u facetime me tonight', "i'll get u concert tickets if u come with me", "u want a puppy? i'll give u one if u come to mine"],
      ignore: ["i'll get u a ticket if u come with us, the whole squad is going", 'ill buy u a present if u come to my bday lol'],
    },
  },
  // round 8 (en-eg): "ur phone would be at ur door by friday", "£400 for the first set"
  {
    id: 'delivered-gift-and-set-fee',
    phrases: [
      'your|ur phone|iphone|gift|present|package|parcel|airpods|ps5|switch|shoes|sneakers|hoodie|giftcard|gift_card|robux|vbucks ..2 would|will|could|can be at|on|in your|ur door|doorstep|house|mailbox|letterbox|inbox|account ..3 by|tomorrow|tonight|friday|monday|saturday|sunday|next|in',
      '@currency|# for|per the|your|ur|a first|next|second|whole set|shoot|session|batch|photoshoot|photo_shoot',
    ],
    unless: ['order|ordered|tracking|amazon|delivery_driver|courier|refund|return|mom|mum|dad|grandma|grandpa|birthday|bday|christmas|xmas|santa|wedding|event|photographer|photography|portfolio_review|school_photos|yearbook|graduation|family_photos|headshots|tennis|gym|training|lesson|lessons|tutor|tutoring|haircut|salon|nails|lol|haha|lmao|scam|fake'],
    examples: {
      match: ['a few private pics, nothing crazy. ur phone would be at ur door by friday', '£400 for the first set, paid straight to your PayPal'],
      ignore: ['ur phone would be at ur door by friday, the tracking says amazon', '$200 for the first session, tennis lessons start monday'],
    },
  },
  // round 8 (en-eg): chat spellings, "ill giv u robux 4 a pic"
  {
    id: 'giv-u-robux-4-a-pic',
    phrases: [
      '@iwill|i_can|i|ill giv|gve|give|send|gift|pay ..1 you|u ..2 robux|vbucks|v_bucks|money|cash|nitro|skins|#|@currency ..2 4|for|per [a|one|1|some|#] pic|pics|photo|photos|selfie|selfies|vid|vids|video|videos|nudes',
    ],
    unless: ['trade|trading|limited|limiteds|back|owe|owed|lunch|pizza|rent|split|half|ticket|tickets|bike|selling|sell|sale|price|listing|item|product|birthday|bday|scam|fake|generator|of_the|from_the|photographer|wedding|event|prints|print|drawing|art|commission|dog|cat|pet|house|car|room|yearbook|school|contest|competition'],
    examples: {
      match: ['ill giv u robux 4 a pic', 'i give u 500 robux for one selfie'],
      ignore: ['ill give u 20 bucks for the pics of the bike listing'],
    },
  },
  // round 9 (en-n9g): "£300 a week just keep me company", "1000 robux if u send a pic", "u tryna make some easy money", "ill buy u that headset", "i can give u op/admin", nitro for cam
  {
    id: 'allowance-for-company-r9',
    phrases: [
      '# ..2 a|per|every|each week|month|day|wk ..6 keep me company|chat|talk|text|be_my|sugar',
      'sugar_baby|sugar_daddy|sugar_mommy|weekly_allowance|monthly_allowance|allowance ..4 pay|give|send|#|money|dollar|pound|pounds|quid|bucks',
      'pay|give|send ..1 you|u ..4 allowance|weekly|monthly|every_week|each_week|a_week|per_week',
    ],
    unless: ["walk_my_dog|dog_walking|walk_the_dog|pet_sit*|petsit*|feed_my|water_my|wash_my_car|help_me_move|clean_my|cleaning|mow|mowing|babysit*|tutor*", 'job|shift|chores|pocket_money|rent|bill|bills|salary|tax|invoice|mum|mom|dad|parents|grandma|grandpa|bank|account_statement|netflix|subscription|spotify|gym'],
    examples: {
      match: ['£300 a week, u just keep me company online', "Hi sweetie, I'm looking for a sugar baby, I pay weekly allowance 💸"],
      ignore: ["ill pay u $15 every week to walk my dog", 'my mum gives me £10 a week pocket money for chores'],
    },
  },
  {
    id: 'currency-if-you-send-r9',
    phrases: [
      '# ..1 robux|vbucks|v_bucks|coins|gems|nitro|quid|pounds|dollars|bucks|dollar|pound|gift_card|minecoins|shark_cards|uc|cp ..2 if|for|when you|u send|show|snap|take|do',
      '@iwill buy|get|gift ..1 you|u ..2 nitro|robux|vbucks|v_bucks|battle_pass|skin|skins|headset|game|phone|airpods|trainers|gift_card ..6 if|when|as_long_as you|u',
    ],
    unless: ["get_an_a|an_a|grades|good_grades|report_card|pass_the|pass_your|exam|clean_your_room|tidy_your_room", 'homework|chores|help_me|carry_me|win|beat|first_place|bet|wager|lol_jk|birthday|bday|christmas|report_card|grades|tournament|raffle|giveaway|sub|subscribe'],
    examples: {
      match: ['yea 1000 robux if u send me a pic of u in ur pjs', 'ill buy u nitro if u turn it on for 5 mins'],
      ignore: ["i'll buy u robux if u get an A", 'ill buy u the battle pass if u win the tournament', '500 robux if u carry me in bedwars'],
    },
  },
  {
    id: 'easy-money-and-gifts-r9',
    phrases: [
      'you|u|do_you|do_u want|tryna|trying_to|wanna|want_to ..2 make|earn ..2 easy|quick|fast|extra|some money|cash|bread|bands|bucks|dough|pounds|quid',
      '@iwill buy|get you|u that|the ..1 headset|phone|skin|skins|game|airpods|hoodie|trainers|shoes|bag|controller|keyboard|mic ..2 you|u wanted|want|been_wanting',
    ],
    unless: ['hiring|cafe|shop|apply|interview|job|shift|car_wash|babysit*|mow|lawn|dog_walking|walk_dogs|moving|bake_sale|lemonade|tutor*|work|uncle|mum|mom|dad|grandma|grandpa|birthday|bday|christmas|xmas|eid|gcse|exam|grades|paper_round|newspaper|for_your_birthday|scam|scammers|lol_jk'],
    examples: {
      match: ['yo u tryna make some easy money', 'we should meet at cabot circus sat, ill buy u that headset u wanted'],
      ignore: ['u wanna make some quick money? my uncle needs help moving boxes', 'ill get u that headset u wanted for ur birthday'],
    },
  },
  {
    id: 'give-you-op-admin-r9',
    weight: 1,
    phrases: [
      '@iwill give|make you|u op|admin|mod|staff|vip|owner|co_owner|moderator|perms|permissions',
      'want|want_to|you_want|u_want admin|op|mod|staff|vip|perms ..2 [i|i_can]',
    ],
    unless: ['apply|application|vote|trial|test|probation|rules|discord_rules|server_rules|help|builders|build_team|event'],
    examples: {
      match: ['want admin? i can give u op', 'ill make u mod'],
      ignore: ['apply for mod in the server rules channel'],
    },
  },
  {
    id: 'get-you-into-modeling-r9',
    phrases: [
      '@iwill|i_know_how_to get|put|sign you|u into|in modeling|modelling|acting|the_industry|an_agency|a_campaign|music_videos|commercials|adverts|ads',
      'you|u could|should|would|will ..1 be ..1 a model|modelling|modeling ..6 just|only|all ..1 need|want ..2 pics|photos|selfies|shots',
    ],
    unless: ['careers_day|careers_fair|school|class|teacher|course|college|uni|audition_form|drama_club|lol_jk|scam|scammers|catfish|documentary|news'],
    examples: {
      match: ['i can get u into modeling, just need some pics', 'ill get you into the industry babe'],
      ignore: ['the careers fair can get u into modelling courses at college'],
    },
  },
  {
    id: 'sub-donate-if-you-r10',
    phrases: [
      '@iwill|i_can|can sub|subscribe|donate|tip|gift_subs|gift|send ..4 bits|subs|money|dollar|@currency|# ..4 if|for you|u do|go|show|send|private|cam',
    ],
    unless: ['charity|fundraiser|bake_sale|sponsor|sponsored|marathon|run|walk|school|church|hospital|birthday|bday|goal|stream_goal|subathon|lol_your_stream'],
    examples: {
      match: ['i will sub to ur channel + donate 100 bits if u do a private stream for me'],
      ignore: ['i can donate 10 if u do the sponsored walk'],
    },
  },
  {
    id: 'earn-just-sending-pics-r10',
    phrases: [
      'earn|make|get|pocket ..3 # ..3 just|only|by|for|from sending|send|posting|selling ..2 me|pics|photos|selfies|videos|vids|content|feet_pics',
    ],
    unless: ['survey|surveys|tutoring|babysitting|dog_walking|chores|job|shift|shifts|etsy|vinted|depop|ebay|scam|heads_up|its_a_scam|sounds_like_a_scam|too_good'],
    examples: {
      match: ['u can earn 500 a week just sending me pics'],
      ignore: ['u can earn 500 a week just sending me pics, sounds like a scam tbh'],
    },
  },
  {
    id: 'sort-your-ticket-r11',
    phrases: [
      '@iwill|i_could|i_can sort|pay_for|buy|book|cover ..2 your|ur|you_a|u_a train|bus|uber|taxi|cab|coach|plane|flight [ticket|tickets|fare|ride|travel]',
      'my treat|shout ..6 just_us|just_you|dont_tell|do_not_tell|no_one|nobody|come_alone|pick_you_up|pick_u_up|drive_up|drive_down',
    ],
    unless: ['mum|mom|dad|nan|nana|grandma|grandpa|auntie|aunt|uncle|love_mum|love_mom|love_dad|from_school|practice|training|lesson|appointment|dentist|doctor|hospital|funeral|wedding|graduation|uni_open_day|open_day|interview|concert|festival|gig|back|owe|pay_me_back|half|split|birthday|bday|team|squad|club|trip'],
    examples: {
      match: ['we should meet at the studio, ill sort ur train ticket', 'ill pay for ur uber', 'i can book u a train ticket'],
      ignore: ['ill sort ur train ticket for the open day, love mum', 'ill pay for ur bus ticket, u can pay me back later'],
    },
  },
  {
    id: 'buy-you-if-you-send-something-r11',
    weight: 3,
    phrases: [
      '@iwill buy|get|give|send|gift ..5 if|when|once you|u send|show|snap ..2 something|smth|sumn|somethin|summat|me_something|me_smth|me_sumn',
      '@currency # ..3 just|only ..4 pic|photo|selfie|vid|video|pics|photos|selfies',
      '# @currency|quid|bucks|dollars|pounds ..3 just|only ..4 pic|photo|selfie|vid|video|pics|photos|selfies',
    ],
    unless: ['listing|item|product|bike|shoes|trainers|console|game|ps5|xbox|phone_case|bag|jacket|receipt|tag|label|proof_of_postage|postage|parcel|delivery|size|condition|damage|broken|scratches|back|owe|lunch|pizza|bday|birthday|christmas|xmas|chores|homework|grades|report_card|mum|mom|dad|nan|grandma|menu|drink|coffee|food|shop|from_the|essay|notes|answers|copy|worksheet|coursework|lol|haha'],
    examples: {
      match: ['ill buy u the new iphone if u send me something', 'want £50? just one pic', '100 quid just for a couple of pics'],
      ignore: ["want £20? just one pic of ur essay so i can copy lol", "ill buy u a drink if u send me something from the menu", 'ill buy u a pizza if u send me something for the homework', '£50 just a pic of the condition pls', 'ill get u the game if u send me something from the shop'],
    },
  },
  // ---- round 12 (en-n12): ambassador, crypto-mentor and free-coaching lures ----
  {
    id: 'brand-ambassador-crypto-mentor-r12',
    phrases: [
      'you|u could|can|should|would|will be [our|a|the|an] [next|new] brand_ambassador|ambassador|influencer|face_of|next_top_model|cover_model',
      'make|earn|making|earning money|cash|bank|profit|profits ..3 from|with|on|trading crypto|forex|bitcoin|btc|trading|investment|investing|nfts|memecoins ..4 10x|5x|double|triple|in_one_week|in_a_week|per_week|a_week|daily|every_day|overnight',
      'i|we could|can|will give|offer you|u ..2 private|one_on_one|1_on_1|personal|free sessions|lessons|training|coaching ..2 free|for_free|no_charge|on_me|obviously',
    ],
    unless: ['school|teacher|club_fee|club_fees|parents|your_parents|ur_parents|mum|mom|dad|scam|scams|heads_up|what_do_i_do|what_should_i_do|careful|news|they_say|saying'],
    examples: {
      match: ['We loved your pics and think you could be our next brand ambassador!', 'I help young people make money from crypto, 10x in one week', 'i could give you private sessions, free obviously'],
      ignore: ['careful, ppl on tiktok say u can make money from crypto 10x in a week, its a scam', 'i could give you private lessons, free, ask ur mum if thats ok'],
    },
  },
  // ---- round 13 (en-n13): money dropped on a wallet for pics, streamer gifts, "potential to be model" ----
  {
    id: 'money-on-your-app-for-pics-r13',
    phrases: [
      '@iwill put|send|drop|transfer|pay|give|venmo|cashapp ..3 on|to|in|into your|ur|you ..2 @payment|account|monzo ..3 for|if a|some|couple|few|one|1|your|ur ..3 @photo|@nude',
      '@photo ..4 @iwill drop|put|send|transfer|pay ..3 dollar|pound|euro|# ..2 in|on|into your|ur @payment',
      '@photo|off_stream ..4 the_kind|the_ones ..6 @iwill drop|put|send|transfer|pay ..3 in|on|into your|ur',
      'gifted|gift|gifting you|u # ..1 subs|sub|bits|skins|robux|vbucks|nitro|donos',
      '@iwill gift|give ..2 you|u ..1 # more ..3 subs|sub|bits|skins|robux|vbucks|nitro',
      'you|u have potential|what_it_takes|the_look ..1 to be|to_be|to_become [a] model|influencer|brand_ambassador|face ..3 in|for|with|of',
      '@iwill cover|pay_for ..2 train_fare|fare|train|travel|uber|taxi|bus|flight|ticket|tickets ..3 to|come|if|studio|session|shoot|see_me',
    ],
    unless: ['pizza|food|owe|owed|back|half|split|gas|petrol|lunch|dinner|rent|bill|bills|share|birthday|bday|christmas|xmas|mum|mom|dad|school_trip|uni|interview|grandma|nana|congrats|affiliate|raid|the_team|for_the_trip'],
    examples: {
      match: ["i'll put £50 on ur monzo for a couple of pics in ur school uniform", 'yo great stream tonight!! gifted u 5 subs did u see', 'i could gift u like 50 more and some bits if u want to grow', 'You have potential to be model in Dubai and Milan', 'ill cover train fare, come to the studio'],
      ignore: ['ill put 20 on ur monzo for the pizza', 'gifted u 5 subs congrats on affiliate!!', 'ill cover ur train fare for the school trip'],
    },
  },
  {
    id: 'ill-bring-you-vbucks-r14',
    phrases: [
      '@iwill|i_could|i_can|i_will_even bring|get|buy|give|send|gift|load|top_up you|u|your_account|ur_account ..1 vbucks|v_bucks|robux|skins|a_skin|battle_pass|gift_card|giftcard|gift_cards|steam_card|nitro|discord_nitro|bits|gems|coins|minecoins|riot_points|rp|primogems|crystals',
      'i [have|got] [a] spare ..3 i_could|i_can|ill|i_will ..1 just give|send|gift you|u ..2 for_free|free|tbh|no_cost|if_you|if_u',
    ],
    unless: ["get_an_a|an_a|grades|good_grades|report_card|pass_the|pass_your|exam|clean_your_room|tidy_your_room", 'build|base|world|island|castle|creation|plot|birthday|bday|christmas|xmas|owe|back|pay_you_back|pay_u_back|payback|for_the_bet|lost_the_bet|bet|won_the_bet|trade|swap|for_yours|for_your|your_turn|return|mum_said|mom_said|dad_said|my_mum|my_mom|my_dad|giveaway|tournament|prize|winner|raffle|sis|bro|bestie|cousin|allowance|win|wins|winning|race|obby|event|contest|competition|first_place|1_st_place|comes_first'],
    examples: {
      match: ['i could come round after ur mum leaves, ill bring u vbucks', 'ill get u robux if u keep it between us', 'i have a spare charizard ex i could just give u tbh', 'i can send u nitro'],
      ignore: ["i'll buy u robux if u get an A", 'i will give you 500 robux if you win the obby race tonight', 'ill get u vbucks for ur bday', 'ill send u the robux back tmrw i owe u', 'ill give u my skin if u trade me the axe'],
    },
  },
  {
    id: 'hook-you-up-with-robux-r14',
    phrases: [
      'hook|sort|shout|bless|treat|spoil you|u [up] ..2 [with|a|some] [new] skin|skins|vbucks|v_bucks|robux|gift_card|giftcard|nitro|money|cash|quid|bucks|battle_pass|gems|coins ..4 if|for|when you|u|a|some send|show|snap|pic|pics|photo|photos|video|vid',
    ],
    unless: ['birthday|bday|christmas|xmas|owe|pay_you_back|pay_u_back|bet|trade|swap|giveaway|tournament|prize|winner|raffle|allowance|chores|homework|mum_said|mom_said|dad_said'],
    examples: {
      match: ['ill hook u up with robux if u send a pic', 'ill shout u a new skin if u send a pic', 'ill sort u some vbucks for a pic'],
      ignore: ['ill hook u up with robux for ur bday', 'ill sort u some vbucks if u do my chores lol'],
    },
  },
  {
    id: 'free-portfolio-shoot-r14',
    phrases: [
      'do|shoot|take|build ..2 your|ur|a portfolio|photoshoot|photo_shoot|shoot|headshots|test_shoot|modelling_pics|modeling_pics ..2 free|for_free|no_charge|for_nothing|on_me|at_no_cost',
      'free|paid portfolio|photoshoot|photo_shoot|test_shoot ..4 you|u|your|ur ..4 studio|hotel|my_place|his_place|apartment|flat|alone',
    ],
    unless: ['school|yearbook|prom|graduation|wedding|drama|play|musical|theatre|theater|club|team|class|course|college|uni|university|portfolio_review|art_portfolio|gcse|a_level|coursework|linkedin|cv|job|your_mum|ur_mum|your_mom|ur_mom|parents|bring'],
    examples: {
      match: ['my cousin is a photographer he can do ur portfolio free', 'ill shoot ur portfolio for free, come to my studio', 'free photoshoot for u at my studio'],
      ignore: ['the photography club will do ur headshots for free for the musical', 'my cousin can do ur art portfolio review for free for ur gcse'],
    },
  },
  {
    id: 'send-and-the-card-is-yours-r15',
    phrases: [
      'send|do|take ..4 and|n|then ..3 the|a|your|ur|this [first] [dollar] [#] card|gift_card|giftcard|robux|vbucks|money|cash|rank|skin ..1 is|are|its yours|urs|goes_to_you',
      'send|do|take ..4 then|and|n the|your|ur rank|role|skin|robux|vbucks|card is|its yours|urs',
      'i [can|could|will] pay|paying ..3 for|per features|feature|verse|track|vocal|vocals ..3 #|upfront|up_front',
    ],
    unless: ['raffle|competition|giveaway|contest|shop|store|order|refund|homework|form|forms|bday|birthday|christmas|xmas|mum|mom|dad|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|chores|dishes|lawn|grades'],
    examples: {
      match: ['thats perfect, age is just a number. send one now and the first $50 card is yours', 'send a selfie in bed then the rank is urs', 'fr. I pay for features too, $500 upfront'],
      ignore: ['do the dishes and the $20 card is yours, love mum', 'enter the giveaway and the gift card is yours'],
    },
  },
  {
    id: 'rank-or-feature-for-a-selfie-r15',
    weight: 3,
    phrases: [
      'rank|promote|make|give ..3 you|u ..3 mod|admin|vip|mvp|staff|helper|owner|op|the_feature|a_feature|a_verse ..4 for|if ..3 a|one|some|your|ur selfie|selfies|pic|pics|photo|photos|video|vid|snap',
      'send ..3 @photo|pic|pics|one|selfie|selfies ..3 and|n|then @iwill give|get|put|make ..4 feature|verse|spot|rank|admin|mod|robux|vbucks|role|vip|skin|skins|gift_card|money|cash',
    ],
    unless: ['pet|dog|cat|build|base|castle|screenshot|screenshots|proof_of_purchase|receipt|homework|art|drawing|logo|banner|thumbnail|contest|competition|giveaway|event|application|form|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said'],
    examples: {
      match: ['ill rank u up to mod for a selfie', 'send pics and ill give u the feature on my track'],
      ignore: ['ill make u mod if u send a screenshot of ur build', 'send ur art and ill give u the role for the contest'],
    },
  },
  // round 16 (en-n16): self-styled 'sponsors' of young dancers, riders, players
  {
    id: 'i-sponsor-young-r16',
    phrases: [
      'i|we sponsor|fund|support ..2 young|teen|teenage|junior|talented dancers|dancers|models|riders|players|gamers|girls|boys|athletes|skaters|gymnasts',
      'sponsors|sponsor talk|chat|speak|deal ..1 privately|in_private|in_dms',
    ],
    unless: ['club|academy|federation|council|charity|trust|foundation|scholarship|application|apply|form|school|parents|parent|guardian|official|website|newsletter|committee'],
    examples: {
      match: ['i sponsor young dancers, pay for comps and costumes', 'forum is public hun, sponsors talk privately'],
      ignore: ['the club sponsors young riders, apply on the website with ur parents'],
    },
  },
  // round 17 (en-n17): paid "private shoots"
  {
    id: 'paid-private-shoot-r17',
    phrases: [
      'private|solo|one_on_one|1on1|personal shoot|shoots|photoshoot|photoshoots|sessions ..4 paid|pay|paying|@currency|per_hour|an_hour|hr|cash',
    ],
    unless: ['wedding|family_photos|family_shoot|engagement|newborn|graduation|headshots|pricing_list|book_now|booking|package|packages|parents_welcome|parent_present|with_your_parents'],
    examples: {
      match: ['i do private shoots too, paid $60/hr', 'solo photoshoot, i pay cash'],
      ignore: ['private wedding shoots from $300, booking now'],
    },
  },
  // round 18 (en-n18): sports "scout" scholarships, robux "to my besties", fan-account "signed album / video msg from the idol", "you send pics, I pay $40 each", "get u that headset irl"
  {
    id: 'scout-idol-robux-pay-each-r18',
    phrases: [
      'i|we scout|recruit ..4 academy|college|university|prep_school|club|team|program|programme|scholarship*|league|agency',
      'give|giving|gift|gifting|hand_out ..2 robux|vbucks|v_bucks|minecoins|gems|diamonds|coins ..2 to|for ..2 besties|bestie|friends|anyone|whoever|people|ppl|every1|everyone',
      'i|we can|could|will|ill get|hook you|u ..3 signed|autographed|meet_and_greet|backstage|vip|fansign|video_msg|video_message|shoutout|voice_msg|voice_note|facetime_with ..3 album|from|with|pass|passes|ticket|tickets|on_stream|on_live',
      'pics|photos|pictures|nudes|selfies|vids|videos ..4 i|we|ill|@iwill pay|send|give ..3 #|@currency|each|per|a_pic|a_photo',
      'i|ill|@iwill get|buy you|u ..4 irl|in_person|when_we_meet|when_i_see_you|when_i_see_u',
    ],
    unless: ['tryout|tryouts|trial|trials|parents|your_parents|ur_parents|mum_and_dad|email_the_club|consent|form|contract_with_your_parents|selling|for_sale|commission|commissions|prints|print|etsy|shop|portfolio_review|birthday|bday|christmas|xmas|secret_santa'],
    examples: {
      match: ['I scout for a prep academy in the states, full scholarships', 'im rich lol i give robux to my besties', 'i can get u a signed album and maybe a video msg from yeonjun', 'You send pics, I pay $40 each in USDT', 'i could get u that new headset irl', 'my cousin is on the hybe staff, i can get u backstage passes'],
      ignore: ['we scout at the u16 trials, ask your parents to email the club', 'i can get u a signed album for ur birthday, my aunt works at hmv', 'i could get u that headset irl for christmas'],
    },
  },

  // round 19 (en-n19): content-agency and cheat-seller offers: "ill pay extra for the spicy ones", "i give u lifetime key", "earn $300/day sending pics", "ur gonna be making 3-4k a month", shout-outs, free private sessions
  {
    id: 'pay-extra-for-spicy-r19',
    phrases: [
      '@iwill|i|we pay|give|tip|send extra|double|triple|more|a_bonus|bonus ..3 for [the] spicy|spicier|sexy|sexier|hot|naughty|special|private|risky|riskier|extra|exclusive ones|pics|vids|videos|content|stuff',
      'give|gift|hook you|u [up] [with] [a|the] lifetime|free|permanent key|license|licence|access|sub|subscription|aimbot|cheat|cheats|mod_menu|wallhack|esp|unlock_all',
      'earn|make|making|earning ..3 @currency|#|money|cash ..4 sending|selling|posting|uploading pics|@photo|content|selfies|feet_pics',
      'you|your|ur [are|r] [going_to|gonna] be making|earning|pulling|pulling_in ..3 a|per|every|each month|week|wk|mo|weekly|monthly',
      'shoutout|shout_out|shoutouts|promo|feature ..6 you|u could|will|would|going_to|can blow_up|blow|go_viral|get_big|get_famous|get_followers|grow',
      'private|solo|one_on_one|1on1 session|sessions|shoot|shoots|photoshoot|photoshoots ..4 free|portfolio|portfolios|paid|for_you|no_charge',
      'creator|content|onlyfans|fansly agency|agencies|management|mgmt',
    ],
    unless: ['hour|hourly|an_hour|per_hour|shift|minimum_wage|job_at|hiring|interview|resume|cv|lawn|babysitting|tutoring|my_sister|my_mom|my_mum|my_dad|my_brother|my_aunt|internship|marketing|scam|fake|careful|beware|be_careful|news|article|pretending|heads_up|they_said|he_said|she_said|what_do_i_do|what_should_i_do|school|yearbook|spare|my_friend'],
    examples: {
      match: ['i like it cozy 😘 ill pay extra for the spicy ones later', 'send 3 pics in ur undies and i give u lifetime key 🔑', '🔥FAST MONEY FOR TEENS🔥 earn $300/day sending pics to verified buyers', 'ur gonna be making 3-4k a month 🤑', 'fr. he wants to do a shoutout on stream, u could blow up', 'I do private sessions for portfolios, free for talented cosplayers', 'im a manager at a creator agency, we handle girls 18+'],
      ignore: ['you could be making 15 an hour at the cafe, theyre hiring', 'i have a spare key for the game, ill give u a free key', 'heads up theres an acc pretending to be a creator agency', 'my sister works for a content agency in marketing'],
    },
  },

  {
    id: 'we-manage-creators-r19',
    phrases: [
      'we|i manage|run|handle|represent creators|models|girls|accounts|pages|of_accounts|onlyfans_accounts|fansly_accounts|content_creators',
      'you|u just|only send|make|shoot|film [the|your|ur] content|pics|vids|videos ..4 we|i handle|do|manage|run|post|sell|market',
    ],
    unless: ['youtube|channel_art|thumbnails|editing_job|school|club|yearbook|newsletter|marketing_class|internship|scam|fake|careful|beware|be_careful|news|article|pretending|heads_up|they_said|he_said|she_said|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['we manage creators, u just send the content and we handle the page', 'i run of accounts for girls like u'],
      ignore: ['for the school newsletter u just send the content and we handle the layout'],
    },
  },
  // round 20 (en-n20): game items or live gifts traded for pictures
  {
    id: 'yours-if-you-send-a-pic-r20',
    phrases: [
      'yours|urs|free|for_you ..3 if|when|once you|u send|show|give|do ..3 me [a|an|some|one] @photo|pic|pics|video|vid|selfie|cam|ft|facetime',
      'sent|gave|gifted|spent ..3 you|u|on_you|on_u ..4 coins|gifts|roses|lions|lion|universe|galaxy|diamonds|stars|gift ..6 least|deserve|owe|in_return|something_back|back',
      'spent|spend|wasted|dropped ..3 coins|gifts|roses|lions|universe|universes|galaxy|diamonds|stars ..2 for|on you|u ..6 least|deserve|owe|in_return|something_back|back',
    ],
    unless: ['screen|screenshot|receipt|proof_of_payment|trade_window|trade_screen|code|gift_card_code|middleman|mm2|thank_you|thanks_for|thank_u'],
    examples: {
      match: ['i got the renegade raider acc, its urs if u send me a vid on ft', 'sent u 30k coins on live. least u can do is a pic', 'ive spent like 200 on coins for u, i think i deserve something back now', 'the skin is yours if you send me a selfie'],
      ignore: ['the acc is urs if u send me a screenshot of the trade screen', 'ill send the skin once u send the code'],
    },
  },
  // round 20 (en-n20): a "producer" trading a feature for pictures
  {
    id: 'put-you-on-my-track-if-r20',
    phrases: [
      'put|feature|featuring you|u on|in my|a|the|our track|song|beat|album|mixtape|video|music_video|remix|ep ..4 if|when|once|for you|u send|show|do ..3 @photo|pic|pics|video|selfie|cam|something|smth|few',
    ],
    unless: ['demo|verse|vocals|voice_memo|voice_note|recording_of_you_singing|lyrics|bars|cover|audio|stems|wav|mp3'],
    examples: {
      match: ['ill put u on my track if u send a few pics', 'i could feature u on the song if u send something cute'],
      ignore: ['ill put u on my track if u send the vocals', 'ill feature u on the song if u send me ur verse'],
    },
  },
  // round 21 (en-n21): paying for "refs"/pics, free currency dangled, gifts brought along
  {
    id: 'pay-for-refs-of-you-r21',
    phrases: [
      '@iwill|id pay|give|send|venmo|paypal # ..4 for the|your|ur|a refs|ref|pics|photos|selfies|snaps ..6 you|u|your|ur|real',
      '@iwill|id pay|give|send # ..6 for|per each|every pic|photo|selfie|snap|one_of_you',
    ],
    unless: ['drawing|drawings|sketch|commission|comms|art|painting|logo|design|lesson|essay|homework|ticket|tickets|lunch|pizza|gas|uber|back|owe|babysitting|dog|walking|print|prints|sticker|stickers|card|cards|stamp|stamps'],
    examples: {
      match: ['id pay 100 for the refs u use. the real ones', 'ill pay 20 for each pic of u'],
      ignore: ['ill pay 20 for each commission drawing', 'id pay 10 for the refs u use, the art ones', 'ill give 5 for each print'],
    },
  },
  {
    id: 'want-free-currency-r21',
    phrases: [
      'you|u want|want_to|need # ..2 vbucks|v_bucks|robux|gems|diamonds|minecoins|nitro|bobux',
      '@iwill bring|buy|get you|u ..2 a new|new headset|controller|airpods|skin|skins|console|ps5|xbox|iphone|phone|battle_pass',
    ],
    unless: ['same|me_too|who_does_not|who_doesnt|who_would_not|scam|generator|fake|giveaway|birthday|bday|christmas|xmas|mum|mom|dad|back|borrow|lend|return|broke|yours_back|sold_out|i_wish|lol_same'],
    examples: {
      match: ['nice. u want 5000 vbucks? i got spare codes', 'ill bring u a new headset'],
      ignore: ['u want 1000 robux? lol same', 'free vbucks generator is a scam', 'ill get u a new controller for ur birthday'],
    },
  },
  {
    id: 'we-pay-per-shoot-r21',
    phrases: [
      'we|they|i|client|clients pay ..1 # ..3 per|for_each|a|each shoot|test_shoot|session|photoshoot|set|photo_set',
    ],
    unless: ['hour|shift|babysitting|tutoring|lawn|wedding|event|portfolio_review|invoice|freelance|contract|school|yearbook'],
    examples: {
      match: ['we pay 300 pound per test shoot', 'they pay 200 a shoot', 'we pay £300 per test shoot'],
      ignore: ['they pay 15 per hour at the cafe', 'we pay 200 per shoot for the wedding, invoice after'],
    },
  },
  // round 22 (en-n22): a "game dev" recruiting young testers
  {
    id: 'young-testers-paid-r22',
    phrases: [
      'need|looking_for|recruiting|hiring|want|searching_for ..3 testers|playtesters|beta_testers|play_testers|testers ..3 your|ur|young|under_18|teen|teens|kids|minors age|ages|aged|young|teens|kids ..6 pay|pays|paid|robux|vbucks|money|gift_card|gift_cards|nitro|steam_credit|dollar|#',
      'young|teen|underage playtesters|testers|beta_testers ..4 pay|pays|paid|robux|vbucks|money|gift_card|gift_cards|nitro|steam_credit|dollar|#',
    ],
    unless: ['school|class|club|teacher|game_jam|gamejam|hackathon|science_fair|pizza|snacks|parents_permission|parental_consent|with_your_parents|with_ur_parents'],
    examples: {
      match: ['im a dev at a small studio, we need testers ur age, pays in robux', 'we pay young testers in steam credit'],
      ignore: ['we need testers your age for the school game jam, pays in pizza lol'],
    },
  },
  // round 23 (en-n23): "i can gift vbucks", "id drop $100 for a private stream", "I'll pay the first $50 as trust", "u get the pc set for free"
  {
    id: 'gift-currency-drop-for-private-r23',
    phrases: [
      'i|i_can|i_could|@iwill can|could|will [just] gift|get|buy|send|cop [you|u|ya] ..2 vbucks|v_bucks|robux|battle_pass|the_battle_pass|skins|nitro|coins|gems|minecoins|primogems|crowns|shards|a_skin|bundle',
      'id|i_would|@iwill|i_can|i_could drop|pay|give|send|spend|donate|tip ..2 # ..3 for a|your|ur|one private|personal|solo|exclusive stream|show|session|call|cam|facetime|video|vid',
      '@iwill|i_can|i_could pay|send ..3 first|upfront|up_front ..4 trust|good_faith|legit|legitimate|proof',
      'send|pic|photo|selfie|one|it ..6 and|then the|a ..3 is|s yours|urs ..2 free|for_free|babe|bby|baby|hun',
      'send|pic|photo|selfie|one|it ..6 and|then you|u get|will_get|can_have ..4 for free|free|for_nothing',
    ],
    unless: ['birthday|bday|christmas|xmas|for_winning|giveaway|give_away|raffle|tournament|prize|winner|for_the_team|gift_card_for|if_you_win|if_u_win|refund|receipt|order|paypal_goods|for_your_mum|ticket|tickets|photocard*|postage|shipping|hoodie|item|listing|sale|the_form|for_entry|entry|competition|contest'],
    examples: {
      match: ['wow. i could get u into a team one day. want the new battle pass? i can gift vbucks', 'id drop $100 for a private stream, just us, cam on, no chat', "send your cashapp, I'll pay the first $50 as trust", 'send it to me not the gc 💕 and u get the wonwoo pc set for free', 'ill send the first 50 upfront so u know im legit', 'send it and the vip role is yours for free'],
      ignore: ['i can gift u the battle pass for ur bday', 'winner of the raffle gets the pc set for free', 'i can get u vbucks if u win the tournament lol'],
    },
  },
  // round 25 (en-n25): sugar daddy/mommy weekly allowance, creator "agency" that runs the account under its own name
  {
    id: 'sugar-allowance-r25',
    phrases: [
      'open_to|looking_for|want|be_my|become_my|need_a|interested_in|into|ever_had|ever_tried|seeking ..3 sugar arrangement|daddy|mommy|mummy|mama|baby|relationship|dating|deal|thing',
      'sugar daddy|mommy|mummy|mama here|looking|seeking|wants|needs',
      'i|@iwill [can|could|would] send|give|pay|transfer|cashapp|venmo|zelle ..1 you|u|my_favourite|my_favorite ..3 @currency|#|money|cash ..3 every|each|a|per week|friday|month|weekend|wk',
      'spoil|pamper you|u ..6 allowance|@currency|#|money|cash|gifts|@payment',
      'under my name|account|id ..4 till|until|til you|u|your|ur ..2 18|eighteen|legal|of_age|old_enough',
      'we handle|manage|do|take_care_of ..3 marketing|promo|promotion|everything|the_rest|management ..4 you|u just|only make|create|film|shoot|post|send content|pics|videos|photos',
    ],
    unless: ["walk_my_dog|walk_the_dog|dog|pet_sit*|feed_my|water_my|wash_my_car|clean_my|cleaning", 'lol|lmao|haha|boba|lunch|coffee|joke|jk|meme|tiktok|chores|rent|bills|babysit*|tutoring|lessons|shifts|job|work|hours|mowing|dog_walking|walking_the_dog|grandma|grandpa|nana|nan|birthday|bday|christmas'],
    examples: {
      match: ['hey beautiful, saw ur page. no pressure but r u open to a sugar arrangement?', 'basically i spoil u. $250 a week allowance thru cashapp or venmo', 'hey sweetie sugar mommy here, i send $300 every friday thru cashapp to my favourite boy', 'thats fine hun we set the account up under my name till ur 18, nobody checks', '100% real babe, we handle all the marketing, u just make content'],
      ignore: ["ill pay u $15 every week to walk my dog", 'lol be my sugar daddy and buy me boba', 'i send u $20 every week for lunch', 'grandma will spoil u with gifts at christmas'],
    },
  },
  // round 27 (en-n27): a gift the parents must not know about — "got u something 🎁 new airpods, just dont tell ur parents where they came from"
  {
    id: 'got-you-a-gift-do-not-tell-r27',
    phrases: [
      'got|bought|buying|getting|ordered|sending you|u ..4 something|present|gift|airpods|iphone|phone|trainers|sneakers|shoes|hoodie|vape|vapes|makeup|perfume|necklace|bracelet|headphones|switch|ps5|xbox|giftcard|gift_card|money|cash|robux|vbucks ..6 do_not|dont|never|no_need_to tell|let_know|show|mention ..2 parents|mum|mom|dad|folks|family|anyone|anybody|no_one',
    ],
    unless: ['surprise|birthday|bday|christmas|xmas|mothers_day|fathers_day|anniversary|for_her|for_him|for_mum|for_mom|for_dad|for_your_mum|for_your_mom|for_your_dad|her_present|his_present|party|lol|haha|lmao|jk|how_much|the_price|what_it_cost|the_cost|sale|secret_santa|wrap|wrapped|wrapping|card_for'],
    examples: {
      match: ['got u a new phone, just dont tell ur parents who gave it', 'bought you some airpods, no need to tell your mum', 'sending u 500 robux, dont tell anyone'],
      ignore: ['got u something for ur mums birthday, dont tell her its a surprise', 'bought you new trainers, dont tell dad how much they cost lol'],
    },
  },
  // round 28 (en-n28): game currency given first, to call in later — "sent u 1000 robux btw"
  {
    id: 'sent-you-game-currency-r28',
    phrases: [
      'sent|gave|bought|got|dropped|gifted|transferred you|u [like|about|over|another|the] # ..1 robux|vbucks|v_bucks|minecoins|primogems|nitro|riot_points|apex_coins|cod_points|shark_cards',
      'sent|gave|bought|got|gifted|gift you|u the|a|another battle_pass|battlepass|season_pass|gamepass|game_pass|nitro|robux_card|vbucks_card|steam_card|gift_card|skin|emote|bundle',
    ],
    unless: ['birthday|bday|christmas|xmas|trade|trading|traded|for_the|for_your|for_ur|deal|back|owe|owed|you_sent|u_sent|payback|pay_back|refund|mum|mom|dad|bro|sis|congrats|winner|won|raffle|giveaway|tournament|prize|stream|subs|charity|donation|lost|mistake|accident|accidentally|by_mistake|wrong_person'],
    examples: {
      match: ['sent u 1000 robux btw, ur welcome', 'i just bought u the battle pass 😎', 'gave u 2000 vbucks last night'],
      ignore: ['sent u 1000 robux for ur bday bro', 'i sent u 400 robux back for the trade', 'gifted u a battle pass, u won the tournament!!'],
    },
  },
  // round 28 (en-n28): a "talent manager" signing young creators — "we sign creators and get them brand deals"
  {
    id: 'talent-manager-brand-deals-r28',
    phrases: [
      'i_am|im|i_m|we_are|were|i_work_as|i_work_for|i_work_with ..2 a|an|the ..3 talent|creator|creators|influencer|influencers|tiktok|content_creator|ugc manager|managers|management|network|agency',
      'get|land|book|score|find you|u|them|creators|our_creators ..2 brand_deals|brand_deal|sponsorships|sponsorship|sponsors|paid_collabs|paid_partnerships|brand_collabs|paid_promos',
      'we|i would|could|can|want_to|wanna|would_love_to|d_love_to|id_love_to sign|manage|represent you|u|your_account|ur_account|your_channel|ur_channel',
    ],
    unless: ['theatre|theater|auditions|audition|musical|play|drama|casting_call|talent_show|my_job|at_work|linkedin|job_posting|hiring|interview|resume|cv|scam|scams|fake|beware|careful|psa|watch_out|my_sister|my_cousin|my_friend|her_manager|his_manager|their_manager|parents_consent|parental_consent|your_parents_can|with_your_parents|guardian|school|club|coach'],
    examples: {
      match: ['hi! im a talent manager at BrightWave, loved ur videos', 'hey im kayla, a tiktok talent manager', 'we get our creators brand deals and sponsorships', 'we would love to sign you, dm me'],
      ignore: ['beware of fake talent managers asking for pics', 'the talent show manager needs your song by friday', 'my cousin got brand deals through her manager', 'im a talent manager at a theatre and our auditions are open'],
    },
  },
  // round 29 (en-n29): stream gifts for a "special" or private stream
  {
    id: 'gifts-for-a-special-stream-r29',
    phrases: [
      '@iwill|will|gonna|going_to send|give|gift|drop|tip ..2 you|u|ya ..3 tokens|coins|gifts|roses|diamonds|gems|stars|bits|lions|galaxies|galaxy|universe|robux|vbucks|points ..4 for|if ..4 special|private|exclusive|personal|solo|secret stream|show|live|session|cam|video',
      'special|private|exclusive|personal|secret stream|show|live|session ..4 just|only for me ..6 tokens|coins|gifts|roses|diamonds|gems|galaxy|galaxies|lions|universe',
    ],
    unless: ['charity|fundraiser|subathon|marathon|tournament|giveaway|for_everyone|for_all|qna|birthday_stream|bday_stream|collab|speedrun'],
    examples: {
      match: ['ill send u tokens for a special stream', 'i will gift you 500 coins if you do a private live for me', 'private show just for me and ill throw u 10 galaxies'],
      ignore: ['ill send u coins for the charity stream', 'i will gift you 500 coins if you do a special stream for everyone on your birthday', 'ill send u gems for the subathon'],
    },
  },
  // round 29 (en-n29): fake webcam modelling / "chat host" jobs for teens
  {
    id: 'webcam-modelling-job-r29',
    phrases: [
      'hiring|recruiting|looking_for|seeking|need|want ..3 webcam|cam|online|chat models|model|girls|hosts|host|modelling|modeling',
      'webcam|cam|camgirl|chat_host modelling|modeling|model|work|job|gig|position|opportunity ..6 pay|paid|per_week|a_week|per_hour|an_hour|per_hr|hr|@currency|#',
    ],
    unless: ['police|warning|scam|scams|beware|report|reported|news|article|documentary|careful|dodgy|sketchy|dont_fall|do_not_fall|camera_shop|photography_course|fashion_week|3d|3d_model|3d_models|blender|cad|ai_model|ai_models|llm|data|machine_learning'],
    examples: {
      match: ["we're hiring webcam models, £500 a week, no experience needed", 'looking for online chat hosts 16+, work from home', 'cam modelling job, paid per hour, all from ur bedroom'],
      ignore: ['beware, theres a scam hiring webcam models on tiktok', 'we need 3d models for the game jam', 'the police warned about fake cam modelling jobs paying £500 a week'],
    },
  },
  // round 29 (en-n29): a "photographer" met at a shopping centre or skate park
  {
    id: 'photograph-you-model-look-r29',
    phrases: [
      'love|like|want|want_to|let_me|can|could ..2 photograph|shoot|take_pics_of|take_photos_of|do_a_shoot_with you|u ..6 model|modelling|modeling|portfolio|agency|look|face|features|body|figure',
    ],
    unless: ['family|kids|children|wedding|newborn|baby|mini_session|booking|deposit|parents|with_your_mum|with_your_mom|with_your_dad|graduation|headshots_for|school|yearbook|team|club|prom|event|christening|engagement'],
    examples: {
      match: ['id love to photograph u, u have a model look', 'let me shoot you, ur face is perfect for my portfolio', 'i want to take pics of u, agency would love ur look'],
      ignore: ['id love to photograph you and the kids, family mini sessions are £80', 'i can photograph you for the yearbook, ur look is fine', 'love to shoot you at prom, book with your mum'],
    },
  },
  // round 30 (en-n30): a "sugar daddy" paying the phone plan with no strings, pics "in return",
  // an older gamer's rank boost and Nitro
  {
    id: 'cover-your-plan-no-strings-r30',
    phrases: [
      '@iwill cover|pay|pay_for|buy|get|take_care_of|sort ..6 no_strings|no_strings_attached|nothing_in_return|expect_nothing|dont_want_anything|do_not_want_anything',
      'like|love|enjoy spoiling|to_spoil|treating|to_treat ..1 pretty|cute|young|gorgeous|beautiful|sweet girls|girl|boys|boy|ones|things',
      '@photo ..6 every|each|once_a week|day|month|weekend ..2 in_return|in_exchange|as_a_thank_you|as_thanks',
    ],
    unless: ['mum|mom|dad|grandma|nana|gran|aunt|uncle|chores|babysitting|shifts|job|work|homework|tutoring|lessons|lawn|dog_walking|birthday|bday|christmas|my_kids|my_daughter|my_son|the_kids|lol|haha'],
    examples: {
      match: ['I could cover your plan every month, no strings', 'i like spoiling pretty girls', 'send me a few pics every week in return'],
      ignore: ['ill cover your phone plan if u do the chores, love mum', 'i like spoiling my dog lol'],
    },
  },
  {
    id: 'boost-your-rank-and-nitro-r30',
    phrases: [
      'boost|carry|rank_up ..1 you|u|your|ur ..1 account|acc|rank ..2 to|into diamond|plat|platinum|gold|champ|champion|champs|master|masters|grandmaster|immortal|radiant|predator|ascendant|elite|legend|unreal',
      'boost|carry|rank_up you|u to diamond|plat|platinum|champ|champion|champs|master|masters|grandmaster|immortal|radiant|predator|ascendant|elite|legend|unreal',
      'throw_in|throw_in_some|get_you|buy_you|gift_you|chuck_in ..1 nitro|discord_nitro|skins|vbucks|v_bucks|robux|battle_pass|battlepass|gems|coins|primogems',
    ],
    unless: ['lol|haha|lmao|bro|bruh|team|squad|duo|tournament|scrim|scrims|birthday|bday|christmas|for_your_birthday|sibling|brother|sister|cousin|for_your|for_ur|trade|deal'],
    weight: 1,
    examples: {
      match: ['i can boost u to diamond this weekend and throw in nitro', 'ill carry ur account to champ', 'ill gift you nitro if u hop on vc'],
      ignore: ['ill carry u to diamond lol we duo tonight', 'ill get you nitro for your birthday bro', 'ill give u 500 robux for ur dominus, deal?'],
    },
  },
  // round 31 (en-n31): "sending you 1000 vbucks if u want, no catch"
  {
    id: 'sending-you-game-currency-r31',
    phrases: [
      'sending|sendin|gifting|giving|dropping|send|gift you|u|ya ..2 #|some|free|a_few|loads_of|a_bunch_of ..1 robux|vbucks|v_bucks|nitro|skins|diamonds|gems|minecoins|uc|battle_pass|bobux ..4 if|no_catch|no_strings|for_free|free|just_because|because|cause|cuz|for_nothing|want',
      'robux|vbucks|v_bucks|nitro|skins|diamonds|gems|minecoins|uc|battle_pass|money|cash|gift_card|giftcard ..4 no catch|strings|strings_attached|conditions',
    ],
    unless: ['birthday|bday|christmas|xmas|back|owe|owed|won|bet|lost|the_bet|split|for_the_team|tournament|code_expires|my_brother|my_sister|mom|mum|dad|grandma|grandpa|lol_jk|scam|scammer|scammers|too_good_to_be_true|never_accept|do_not_accept|tell_an_adult|trusted_adult|be_careful|careful'],
    examples: {
      match: ['ill be sending u 500 robux if u want', 'gifting you some vbucks, no strings attached', 'free nitro no catch, just add me'],
      ignore: ['sending you 500 robux for your bday!', 'sending u the vbucks i owe u from the bet', 'if someone offers free robux no catch its a scam, be careful'],
    },
  },
  // round 32 (en-n32): live-stream gifts offered to a teen ("sent u a lion", "ill send a galaxy")
  {
    id: 'live-gift-lion-galaxy-r32',
    phrases: [
      'sent|send|sending|gave|give|giving|drop|dropped|dropping you|u|ya [a|another|some|#|the|2|3|more] lion|lions|galaxy|galaxies|universe|universes|tiktok_universe',
      'ill|@iwill|i_will|will send|give|drop|gift|tip [you|u] [a|another|some|#|the|more] lion|lions|galaxy|galaxies|universe|universes|coins|diamonds',
    ],
    unless: ['poster|posters|print|prints|lego|toy|toys|plush|plushie|teddy|puzzle|picture_of|pic_of|photo_of|documentary|wallpaper|king|zoo|book|books|film|movie|card|cards'],
    examples: {
      match: ['loved ur live, sent u a lion', 'do that again and ill send a galaxy', 'ill give u 3 universes if u go live tonight'],
      ignore: ['i sent u a lion poster for ur room', 'ill send a galaxy wallpaper later', 'we saw the lion king on saturday'],
    },
  },
  // round 33 (en-n33): a stranger's casting pitch beyond modelling ("i run a voice acting agency, we cast for anime dubs")
  {
    id: 'i-run-an-agency-we-cast-r33',
    phrases: [
      'i|we run|own|manage|work_for|work_at|am_with|are_with a|an|my|our ..3 agency|casting_company|casting_studio|talent_management',
      'we|i cast|recruit|hire|book ..2 for ..2 anime|dubs|dub|dubbing|voice_acting|voiceover|voiceovers|commercials|ads|adverts|music_videos|films|movies|shows|series|cartoons|games',
    ],
    unless: ['scam|scams|fake|beware|news|article|my_mum|my_mom|my_dad|my_aunt|my_uncle|my_cousin|my_sister|my_brother|travel|estate|real_estate|insurance|temp|cleaning|staffing|nursing|recruitment_agency|job_centre|school|class|club|drama_club|theatre_club|play|musical|volunteer*|charity'],
    examples: {
      match: ['hi! i run a voice acting agency, we cast for anime dubs', 'we cast for commercials and music videos, ur perfect', 'i work for a talent agency in london'],
      ignore: ['my mum runs a travel agency', 'our drama club casts for the school musical next week', 'beware of fake agency scams that cast for ads'],
    },
  },
  // round 39 (en-n39): "how much would you want for some pics? like $100?", "if i sent you a little money on cash app would you show me..."
  {
    id: 'how-much-for-some-pics-r39',
    phrases: [
      'how_much|what_price|what_would|whats_your_price|what_is_your_price ..3 want|charge|take|ask|need|cost|price ..2 for [some|a|a_few|more|your|ur] @photo|pictures|feet_pics|content|selfies',
      'how_much [for|per] [some|a|a_few|one|your|ur] @photo|pictures|feet_pics|selfies ..4 like|maybe|dollar|#|@payment|cash|money|venmo|paypal',
    ],
    unless: ['camera|printer|print|prints|printing|frame|frames|album|photographer|photography|photoshoot|photo_shoot|shoot|wedding|headshot|headshots|passport|yearbook|school_photos|school_pictures|picture_day|photo_day|editing|edit|lightroom|stock|license|licence|client|clients|portfolio|commission|drawing|art|painting|etsy|ebay|listing|website|logo|design|prom|graduation|event'],
    examples: {
      match: ['how much would u want for a few pics? like 50?', 'how much would you charge for some selfies, im serious', 'how much for some pics like $80'],
      ignore: ['how much would you charge for wedding photos', 'how much for the school pictures package, like $40?', 'how much do you want for the camera'],
    },
  },
  {
    id: 'if-i-sent-you-money-would-you-show-r39',
    phrases: [
      'if i sent|send|gave|give|paid|pay|venmo|venmoed|cashapp|cashapped|transferred|transfer you|u|ya ..4 money|cash|dollar|bucks|#|@payment|venmo|paypal|cash_app|cashapp ..6 would|will|could|can you|u [maybe] [please] show|send|take|do|film|strip|flash|let_me_see',
    ],
    unless: ['back|pay_you_back|pay_u_back|owe|owed|lunch|tickets|ticket|rent|bill|bills|gas|uber|lyft|groceries|pizza|food|concert|gift|present|fundraiser|charity|donation|raffle|fee|fees|deposit|homework|tutoring|lesson|lessons|notes|receipt|invoice|proof|screenshot_of_the|tracking|package|parcel|order|item|ticket_link|link'],
    examples: {
      match: ['if i send u 50 bucks would u show me more?', 'if i gave you some cash on venmo would you send me a pic in the shower', 'if i paid you $40 could u maybe film something for me'],
      ignore: ['if i send u 20 for the concert tickets would u send the link', 'if i venmo you for lunch can you send me a screenshot', 'if i pay you $30 can you do my homework'],
    },
  },
] satisfies PatternEntry[];
