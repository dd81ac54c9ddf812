import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'mature-for-age',
    phrases: [
      'nobody|no_one|noone ..3 understands|gets|knows|loves|cares_about|appreciates|treats|cares you|u ..3 like|better_than|the_way|as_much i',
      'mature|grown_up|smart|wise|advanced|developed ..3 for|4 ..2 your|ur|ya age',
      'mature|grown_up|developed ..2 for [a|an] #',
      'seem|seems|look|act|sound|are|re ..3 older|more_mature|so_mature|mature ..2 than|for ..3 age|#|other|girls|guys|boys|kids',
      'age is just|only|only_just|really_just a number',
      'age ..2 does_not_matter|doesnt_matter|means_nothing|is_nothing_but_a_number|aint_nothing_but_a_number|is_just_a_number|is_only_a_number',
      'not like ..2 other|the_other ..2 girls|guys|boys|kids|people',
      'different from|than ..2 the_other|other|all_the ..2 girls|guys|boys|kids',
      'you|u are|re [so] [much] [way] more mature',
      'you|u get|understand me ..3 better than|more_than|like_no|like_nobody',
      'nobody|no_one|noone ..3 understands|gets|knows you|u ..3 like|better_than|the_way i',
      'i understand you|u ..3 better than|more_than|like_no|unlike your',
      'you|u ..2 deserve ..3 better|someone|more|to_be_treated',
      'than ..2 most|other|the_other|all_the|all|any|other_girls|the_girls|the_guys girls|guys|boys|kids|people|teens ..1 your|ur|ya age',
    ],
    unless: ['homework|essay|teacher|grade|grades|exam|test|school|class|report|project|book|dog|cat|puppy|kitten|game|match'],
    examples: {
      match: [ "nobody cares about you like i do", "you look way older than 14", "you're so much more mature than girls my age", "you deserve someone who treats you right",'u seem way more mature than other girls ur age', 'age is just a number', 'ur so mature for your age', 'ur really mature for 14 honestly', 'ur not like other girls', 'ur different from the other girls', 'nobody understands u like i do', 'way better than most girls ur age tbh'],
      ignore: ['your essay is very mature for your grade', 'age is a number on the form', 'she is taller than most girls her age'],
    },
  },
  {
    id: 'so-beautiful',
    phrases: [
      'your|ur beautiful|gorgeous|pretty|cute|stunning|perfect|adorable|hot|sexy',
      'known you|u ..2 forever|my_whole_life|for_years|all_my_life',
      'in love with you|u',
      'you|u|your|ur are|re|is|look|looking|r ..3 beautiful|gorgeous|pretty|cute|hot|stunning|perfect|adorable|attractive|mature|grown_up',
      'prettier|hotter|cuter|more_beautiful|more_mature|smarter ..2 than ..3 girls|guys|boys|people|girl|guy|boy|anyone|anybody|everyone|kids',
      'you|u are|re|r my everything|world|whole_world|soulmate|angel|princess|babygirl|baby_girl|dream_girl',
      'such a good girl|boy',
      'good girl|boy ..2 for_me|for_daddy',
      'you|u|your|ur are|re|is|look|looking|r [so|really|very|sooo|rlly|super|such|literally|honestly|damn|kinda|lowkey] [a] beautiful|gorgeous|pretty|cute|hot|stunning|perfect|cutie|beauty|babe|angel|goddess|princess|queen|adorable|attractive|handsome|model|special|amazing|breathtaking|lovely',
      'you|u|your|ur are|re|r [so|really|very|such] [a] [real] [natural] model_material|perfect_girl|perfect_boy|dream_girl|dream_guy',
      'your|ur ..2 smile|eyes|face|lips|hair|body|skin ..2 is|are|so ..2 beautiful|gorgeous|pretty|perfect|stunning|amazing|cute|hot|nice|lovely',
      'such|what a ..2 beautiful|gorgeous|pretty|cute|hot|stunning ..2 girl|boy|face|smile|body|thing|young',
      'hey|hi|hello|hii|heyy beautiful|gorgeous|pretty|cutie|princess|angel|sweetie|sweetheart|cutie_pie|beautiful_girl',
      'you|your|ur so|sooo|really|very|such|super|rlly|literally|lowkey|kinda|damn|too [a] beautiful|gorgeous|pretty|cute|hot|stunning|perfect|cutie|beauty|adorable|attractive|handsome',
      'you|u have|got ..2 such|the|a|really|so ..2 beautiful|gorgeous|pretty|perfect|stunning|amazing|cute|nice|lovely|hot|cutest|prettiest ..2 smile|eyes|face|lips|body|hair|skin',
      'i think i_am|im falling ..2 for|in_love you|u',
      'i [have] [never] [met] ..3 anyone|someone|somebody|a_girl|a_guy ..3 like you|u|as_special|as_beautiful|as_perfect',
      'you|u are|r|re ..2 special|perfect|one_of_a_kind|the_only_one|my_everything|my_world|the_best_thing ..3 to|for me',
      'saw|seen|checked|looked_at|love|loved|liked ..3 your|ur pics|photos|profile|pictures|posts|videos|page ..3 beautiful|pretty|gorgeous|cute|hot|stunning|amazing|perfect|model',
      'you|u|your|ur ..4 have|has|got ..3 natural|perfect|unique|stunning|striking|flawless|amazing look|features|face|bone_structure',
    ],
    unless: ['haircut|dress|outfit|drawing|art|essay|cake|dog|cat|puppy|kitten|car|house|room|shoes|nails|video_was|edit|game|voice|song|singing|dance|dancing|play|performance|goal|shot|project|presentation|mom|dad|sister|brother|grandma|baby|lol|lmao|haha|thanks|thx|ty|ily|bestie|bff|sis|bro|girl_you|queen_of|teacher|team'],
    examples: {
      match: [ "you're gorgeous", "you're so mature", "you are beautiful", "you're prettier than all the girls on here",'ur so pretty', 'hey cutie', 'you are so beautiful', 'u have such a nice smile', 'ur eyes are gorgeous', 'youre so beautiful seriously', 'saw ur pics ur so pretty', 'i think im falling for you', "Your profile has a really natural look, we're casting teen models"],
      ignore: ['your haircut looks so good', 'your drawing is amazing', 'ur so pretty bestie ily', 'your dog is so cute', 'your new room has a really natural look with the plants'],
    },
  },
  {
    id: 'the-prettiest',
    phrases: [
      'you|your|ur [are|re|r] [lowkey|literally|honestly|like|so|def|definitely|easily|actually|deadass|fr] the prettiest|cutest|hottest|most_beautiful|sexiest|most_gorgeous|most_attractive|finest ..3 girl|boy|guy|person|one|thing|i_have|ive|on|in|here',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|dog|cat|puppy|kitten|baby|dress|outfit|drawing|art|grandma|mom|dad|sister|brother|team'],
    examples: {
      match: ['ngl ur lowkey the prettiest girl in my server', 'you are the most beautiful girl on here', 'youre literally the cutest person i have ever talked to'],
      ignore: ['ur the prettiest bestie ily', 'your dog is the cutest one in the park'],
    },
  },
  {
    id: 'only-i-get-you',
    weight: 1,
    phrases: [
      'older guys|men|people|ppl ..4 get|understand|treat|know you|u better|more',
      'i get|understand|treat|know you|u ..2 better than ..3 boys|guys|kids|anyone|your_friends|ur_friends|your_parents|ur_parents|your_bf|ur_bf|them',
      'you|your|ur [are|re|r] the only one|person who|that ..2 gets|understands|gets_me|understands_me|listens|cares',
      'you|u looked|look|looking so|really|soo|super|sooo good|hot|sexy|fine|amazing|perfect|beautiful in that|your|ur|this|those pic|pics|photo|picture|selfie|video',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|dress|outfit|prom|wedding|haircut|hair|team|class_photo|yearbook|dog|cat|mom|dad|grandma|jersey|uniform|costume|thanks|thank|ty|thx'],
    examples: {
      match: ['older guys like me get u better than the boys in ur class', 'ur the only one who gets me', 'u looked so good in that pic babe'],
      ignore: ['ur the only one who gets me bestie ily', 'you looked so good in that prom pic', 'i get you better than anyone lol'],
    },
  },
] satisfies PatternEntry[];
