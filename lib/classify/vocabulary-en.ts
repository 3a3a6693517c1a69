import { _, __, consume, entry, type VocabularyEntry } from './vocabulary-entry';

/**
 * English words, phrases and police abbreviations (RMS offense literals, CAD call types,
 * California DOJ abbreviations such as "ASLT", "L&L", "MNR", "F/ARM").
 *
 * Order matters: at any position the first entry that matches wins and consumes its words,
 * so phrases that change the meaning of a word come before the word itself.
 */

const CHILD_WORD = String.raw`(?:child\w*|chld|juv\w*|minor\w*|mnr|kids?|infant\w*)`;
const VIOLATE = String.raw`(?:viol\w*|vio|vop|breach\w*|disobey\w*|contempt)`;
const ORDER_NOUN = String.raw`(?:order${_}of${_}protection|(?:protect\w*|prot)${_}ord\w*|restrain\w*${_}(?:\w+${_})?ord\w*|restr${_}ord\w*|no${_}contact${_}ord\w*|stay${_}away${_}ord\w*|court${_}ord\w*|crt${_}ord\w*|tro|dvro|epo|injunction${_}for${_}protection|protective${_}injunction)`;
const ANIMAL_WORD = String.raw`(?:animal\w*|anml|anim|dogs?|cats?|horses?|pets?|livestock|equine)`;

/** Things that are never a victimization, or phrases that must not be misread. */
const NON_VICTIM: VocabularyEntry[] = [
  // Offender status and registration: "SEX OFFENDER FAIL TO REGISTER" is not a sexual assault.
  consume(String.raw`(?:sex(?:ual(?:ly)?)?|sx)${_}(?:offender\w*|ofn|ofd|ofr|of|off|registrant\w*|violent${_}pred\w*|viol${_}pr\w*|predator\w*|prdtor)`),
  entry(String.raw`regist(?:er|ered|ering|ration|rant|ry)\w*|fail\w*${_}(?:to${_})?reg\b|ft${_}reg\b|reg\.?${_}act|duty${_}to${_}reg\w*`, 'SUPPRESS'),
  entry(String.raw`alarm\w*|alrm`, 'SUPPRESS'),
  entry(String.raw`caser|casing`, 'SUPPRESS'),
  entry(String.raw`false${_}(?:police${_}|bomb${_}|crime${_})?(?:report\w*|rpt)|false${_}crime|false${_}9${__}1${__}1|fls${_}(?:etc${_})?rpt`, 'SUPPRESS'),
  consume(String.raw`shot${_}spotter`),
  entry(String.raw`justifiab\w*|excusable${_}homicide`, 'JUSTIFIABLE'),
  consume(String.raw`report\w*${_}(?:loss|lost)(?:${_}(?:or${_})?(?:theft|stolen))?`),
  consume(String.raw`burg\w*${_}tools?`),
  // Destroying one's own documents (a licence, a draft card) has no victim.
  consume(String.raw`(?:destr\w*|destroy\w*|dstry)${_}(?:of${_})?(?:orig\w*|draft${_}cards?|licen[cs]es?|lic\b|id${_}cards?|documents?)|draft${_}cards?`),
  entry(String.raw`minor${_}(?:traffic${_})?(?:injur\w*|inj)\b`, 'INJURY'),
  consume(String.raw`unborn(?:${_}child\w*)?`),
  consume(String.raw`child${_}(?:support|care(?:${_}fac\w*)?)`),
  entry(String.raw`(?:missing|found)${_}(?:juv\w*|child\w*|minor\w*|kids?|persons?|senile|adults?|elder\w*|prsn)`, 'REGULATORY'),
  consume(String.raw`sex${_}in${_}public(?:${_}place)?`),
  consume(String.raw`prize${_}?fight\w*|illegal${_}fight\w*`),
  consume(String.raw`fight\w*${_}verbal\w*|verbal\w*${_}fight\w*`),
  consume(String.raw`(?:industrial|construction|work)${_}(?:accident|mishap)\w*`),
  consume(String.raw`potential${_}(?:threat|thrt)\w*`),
  consume(String.raw`(?:reblt|rebuilt|rebuild\w*|car|auto|storage|vehicle)${_}batt\w*`),
  consume(String.raw`eavesdrop\w*${_}devices?`),
  consume(String.raw`(?:deface\w*|defacing|alter\w*|remov\w*)${_}(?:\w+${_})?(?:identification|id|serial|ident)${_}(?:mark\w*|nbr|numbers?|no)`),
  consume(String.raw`(?:drug|substance|alcohol)${_}abuse`),
  consume(String.raw`domestic(?=${_}(?:animal|flight|travel|terror|product|goods|partnership))`),
  entry(String.raw`(?:poss\w*|pos|sell|sale|sold|mfg|manuf\w*|import\w*|transp\w*|trnsp\w*|ill${_}poss\w*|illegal${_}poss\w*)${_}(?:\w+${_}){0,2}(?:assault|aslt)${_}(?:weapon|wpn|rifle)s?`, 'WEAPON'),
  entry(String.raw`(?:pub(?:lic)?${_}s(?:a)?f(?:e)?ty|public${_}safety)(?:${_}(?:cmptr|computer)\w*)?`, 'PUBLIC_TARGET'),
];

const DOMESTIC_AND_ORDERS: VocabularyEntry[] = [
  entry(String.raw`${VIOLATE}${_}(?:of${_})?stalk\w*${_}no${_}contact${_}ord\w*`, ['ORDER_VIOLATION', 'STALKING']),
  entry(String.raw`${VIOLATE}${_}(?:\w+${_}){0,4}?${ORDER_NOUN}`, 'ORDER_VIOLATION'),
  entry(String.raw`${ORDER_NOUN}${_}(?:\w+${_})?${VIOLATE}`, 'ORDER_VIOLATION'),
  // CAD shorthand "VIOL ORD", "VIOLATION OF ORDER": the order is a court order.
  entry(String.raw`(?:viol\w*|vio|vop)${_}(?:of${_})?(?:an${_}|a${_})?ord(?:er|r)?\b`, 'ORDER_VIOLATION'),
  entry(String.raw`disclos\w*${_}(?:of${_})?(?:dv|domestic${_}viol\w*)${_}(?:victim\w*${_})?(?:location|address\w*)`, ['DISCLOSE_LOCATION', 'DOMESTIC']),
  entry(String.raw`intimate${_}partner\w*|ipv`, 'DOMESTIC'),
  entry(String.raw`domestic\w*(?:${_}viol\w*)?`, 'DOMESTIC'),
  entry(String.raw`dom(?:${_}viol\w*)?`, 'DOMESTIC'),
  entry(String.raw`fam(?:ily)?${_}(?:viol\w*|dist\w*|disturb\w*|fight\w*|dispute\w*|offen[sc]\w*|abuse|argument\w*|trouble)`, 'DOMESTIC'),
  entry(String.raw`(?<![a-z])dv(?:ip|ro|o)?(?![a-z])`, 'DOMESTIC', { raw: true }),
  entry(String.raw`coercive${_}(?:and${_}|or${_})?control\w*|controlling${_}(?:and${_}|or${_})?coercive\w*|honou?r${_}based${_}(?:violence|abuse)|forced${_}marriage`, 'DOMESTIC'),
  entry(String.raw`spous\w*${_}abuse|wife${_}beat\w*|battered${_}(?:wife|woman|women|spouse|partner)`, ['DOMESTIC', 'ABUSE']),
  entry(String.raw`teen${_}dating(?:${_}(?:viol\w*|abuse))?`, ['DOMESTIC', 'DATING', 'CHILD']),
  entry(String.raw`dating${_}(?:viol\w*|abuse)`, ['DOMESTIC', 'DATING']),
  entry(String.raw`date${_}rape`, 'SEXUAL'),
  entry(String.raw`dating|boyfriend|girlfriend|b/f|g/f|ex${__}(?:boyfriend|girlfriend|bf|gf)`, 'DATING'),
  entry(String.raw`spous\w*|spos|cohab\w*|co${__}habit\w*|husband|wife|wives|ex${__}(?:wife|husband|partner|spouse)|partner|significant${_}other|fiance\w*`, 'PARTNER'),
  entry(String.raw`(?:family|fam|household)${_}member\w*|(?:by|within|in)${_}(?:a${_})?famil\w*|intra${__}famil\w*|familial|relative\w*`, 'FAMILY'),
  entry(String.raw`(?:step${__})?(?:mother|father|parent|son|daughter|brother|sister|grandmother|grandfather|grandparent|grandchild)s?|uncle|aunt|cousin|in${__}laws?`, 'FAMILY'),
];

const CHILDREN_AND_CUSTODY: VocabularyEntry[] = [
  entry(String.raw`custod\w*${_}interf\w*|(?:interf\w*|intrf\w*)(?:${_}(?:w|with))?${_}(?:custod\w*|visitation)|visitation${_}interf\w*|${VIOLATE}${_}(?:of${_})?custody\w*|custody${_}(?:decree|order)${_}viol\w*|depriv\w*${_}(?:\w+${_}){0,2}custod\w*|(?:child|chld|parental)${_}(?:steal\w*|abduct\w*|kidnap\w*)|conc\w*(?:${_}etc)?${_}(?:adopt\w*|adptbl)${_}(?:child|chld)`, 'CUSTODY'),
  entry(String.raw`${CHILD_WORD}${_}not${_}returned|fail\w*${_}to${_}return${_}(?:a${_}|the${_})?${CHILD_WORD}|withh[eo]ld\w*${_}(?:a${_}|the${_})?${CHILD_WORD}`, 'CUSTODY'),
  entry(String.raw`unattended${_}(?:found${_})?${CHILD_WORD}`, ['NEGLECT', 'CHILD']),
  // Grooming, enticing or soliciting a child (not "soliciting a minor to sell drugs").
  entry(String.raw`(?:groom\w*|entic\w*|solicit\w*)${_}(?:of${_})?(?:a${_})?${CHILD_WORD}(?!${_}to${_}(?:sell|commit|buy|purchase|deliver|transport|steal))`, ['SEXUAL', 'CHILD']),
  entry(String.raw`childhood|as${_}a${_}(?:child|minor|juvenile)|when${_}(?:\w+${_})?was${_}(?:a${_})?(?:child|minor)|adult${_}disclos\w*|non${__}recent`, ['ADULT_SURVIVOR', 'CHILD']),
  entry(String.raw`(?:crimes?|crm)${_}(?:against|agnst)${_}(?:a${_})?(?:child\w*|chld)`, ['CHILD_OFFENSE', 'CHILD']),
  entry(String.raw`offen[sc]e\w*${_}involving${_}(?:child\w*|minors?|juv\w*)`, ['CHILD_OFFENSE', 'CHILD'], { weak: true }),
  entry(String.raw`shaken${_}baby|battered${_}child|child${_}endanger\w*|(?:inj\w*|harm)${_}to${_}(?:a${_})?${CHILD_WORD}`, ['ABUSE', 'CHILD']),
];

const SEXUAL: VocabularyEntry[] = [
  entry(String.raw`child${_}porn\w*|kiddie${_}porn\w*|csam|child${_}sex\w*${_}abuse${_}(?:material|image\w*)|indecent${_}(?:images?|photo\w*|pictures?)${_}of${_}(?:a${_})?(?:child\w*|minor\w*)|(?:child|chld|minor|mnr)${_}(?:photo\w*|image\w*|pictures?|videos?)|sex\w*${_}performance${_}(?:by${_}|of${_})?(?:a${_})?${CHILD_WORD}`, ['CHILD_PORN', 'CHILD']),
  entry(String.raw`(?:obscen\w*|obscn|obs|harmf\w*|porn\w*)${_}(?:matter|material|matr|mtr|mat|matl)s?${_}(?:\w+${_}){0,3}?(?:to|for)${_}(?:a${_})?${CHILD_WORD}`, ['HARMFUL_TO_CHILD', 'CHILD']),
  entry(String.raw`harmf\w*${_}mat\w*`, 'HARMFUL_TO_CHILD'),
  entry(String.raw`(?:obscene|nuisance|annoying|harass\w*)${_}(?:or${_}\w+${_})?(?:tele)?phone${_}calls?|(?:obscene|nuisance|annoying)${_}calls?`, 'HARASS'),
  entry(String.raw`(?:letters?|calls?|(?:tele)?phone)${_}(?:\w+${_})?lewd\w*|lewd\w*${_}(?:letters?|(?:tele)?phone${_}calls?|calls?)`, 'HARASS'),
  entry(String.raw`sex\w*${_}exp\w*${_}(?:of${_})?(?:a${_})?${CHILD_WORD}|(?<!financial\W{1,3})exploit\w*${_}(?:of${_})?(?:a${_})?${CHILD_WORD}`, ['SEX_EXPLOIT_CHILD', 'CHILD']),
  entry(String.raw`sextortion`, ['IMAGE_ABUSE', 'THREAT']),
  entry(String.raw`revenge${_}porn\w*|intimate${_}(?:image|photo|video)\w*|(?:dist\w*|shar\w*|publish\w*)${_}(?:\w+${_}){0,2}(?:image|photo|video)s?\b`, 'IMAGE_ABUSE'),
  entry(String.raw`obscen\w*|obscn\w*|obs${_}(?:mtr|matr|matter|material)|porn\w*`, 'OBSCENE'),
  entry(String.raw`incest\w*|sex\w*${_}relations?\w*${_}(?:in|within|w/in)${_}famil\w*`, 'INCEST'),
  entry(String.raw`historic\w*|adult${_}survivor\w*|delayed${_}(?:report|disclosure)`, 'ADULT_SURVIVOR'),
  entry(String.raw`peep\w*|voyeur\w*|upskirt\w*|(?:unauth\w*|unlawful\w*|illegal\w*|secret\w*|hidden)${_}(?:\w+${_})?(?:video\w*|filming|photograph\w*|camera)|look\w*${_}in(?:to)?${_}(?:\w+${_})?(?:hole|window|bath\w*|restroom|dressing)|invasion${_}of${_}privacy|unlawful${_}surveillance`, 'VOYEUR'),
  entry(String.raw`sexual${_}harass\w*|sex${_}harass\w*`, 'HARASS'),
  entry(String.raw`statutory${_}(?:rape|sex\w*)|unlawful${_}sex\w*|sex\w*${_}unlawful|sex\w*${_}(?:w|with)${_}(?:a${_})?${CHILD_WORD}|lewd\w*${_}(?:\w+${_}){0,2}(?:w|with|on|upon)${_}(?:a${_})?${CHILD_WORD}`, ['SEXUAL', 'CHILD']),
  entry(String.raw`sex\w*${_}offen[sc]e\w*`, 'SEXUAL', { weak: true }),
  // "Annoying or molesting a child" (Cal. PC 647.6) is a sexually motivated offence.
  entry(String.raw`(?:annoy\w*|anoy\w*)${_}(?:\w+${_}){0,2}?${CHILD_WORD}|${CHILD_WORD}${_}(?:annoy\w*|anoy\w*)`, ['SEXUAL', 'CHILD']),
  entry(String.raw`sex\w*${_}(?:assault\w*|aslt|asslt|assl|batt\w*|abuse\w*|misconduct|contact|conduct|penetrat\w*|pen\b|intercourse|crimes?|attack\w*|touch\w*)`, 'SEXUAL'),
  entry(String.raw`(?:indecen\w*|public)${_}(?:expos\w*|indecen\w*)|expos\w*${_}(?:\w+${_})?(?:genital\w*|himself|herself|self|privates?)|exhib\w*${_}gn?tl\w*|flash(?:er|ing|ed)?\b|masturbat\w*`, 'EXPOSURE'),
  entry(String.raw`rap(?:e|ed|es|ist|ing)\b|sodom\w*|oral${_}cop\w*|orl${_}cop\w*|copulat\w*|fondl\w*|molest\w*|grop(?:e|ed|ing)\b|l&l|lascivious\w*|indecent${_}(?:liberties|assault|act\w*|touch\w*|solicit\w*)|forcible${_}touch\w*|foreign${_}obj\w*|f/obj|pen\W*f\W*obj|(?:w|with)${_}?int(?:ent)?${_}(?:to${_})?(?:commit${_})?sex\w*`, 'SEXUAL'),
  entry(String.raw`lewd\w*`, 'EXPOSURE'),
  entry(String.raw`predatory`, 'CHILD'),
  entry(String.raw`hiv|aids${_}transmission`, 'HIV_TRANSMISSION'),
  entry(String.raw`sexual\w*`, 'SEXUAL', { weak: true }),
];

const TRAFFICKING_AND_PROSTITUTION: VocabularyEntry[] = [
  entry(String.raw`(?:human${_})?traffick\w*${_}(?:of${_})?(?:a${_})?${CHILD_WORD}${_}(?:\w+${_}){0,2}?(?:sex\w*|prostitut\w*|commercial)\w*`, ['TRAFFICKING_SEX', 'CHILD']),
  entry(String.raw`sex\w*${_}traffick\w*|(?:human${_})?traffick\w*${_}(?:\w+${_}){0,2}?(?:commercial${_}sex|sex\w*|prostitut\w*)|commercial${_}sex\w*(?:${_}acts?)?|sexual${_}servitude|(?:forced|compelled|coerced)${_}(?:into${_})?prostitut\w*`, 'TRAFFICKING_SEX'),
  entry(String.raw`labou?r${_}traffick\w*|(?:human${_})?traffick\w*${_}(?:\w+${_}){0,2}?(?:labou?r|servitude|forced${_}work)|involuntary${_}servitude|forced${_}labou?r|debt${_}bondage|peonage|servitude|modern${_}slavery|slavery|labou?r${_}exploit\w*`, 'TRAFFICKING_LABOR'),
  entry(String.raw`human${_}traffick\w*|traffick\w*${_}(?:in|of)${_}(?:persons?|humans?|people|minors?|child\w*|women|girls?|juv\w*)|traffick\w*`, 'TRAFFICKING'),
  entry(String.raw`pimp\w*|pander\w*|procur\w*|promot\w*${_}(?:\w+${_})?prostitut\w*|compel\w*${_}prostitut\w*|(?:receiv\w*|rcv)${_}(?:\w+${_})?proceed\w*`, 'PIMPING'),
  entry(String.raw`prostitut\w*|patroniz\w*|solicit\w*${_}(?:of${_})?(?:a${_})?sex(?:ual)?${_}acts?`, 'PROSTITUTION'),
];

const VEHICLES: VocabularyEntry[] = [
  entry(String.raw`vehic\w*${_}(?:homicide|manslaughter|mans)|veh${_}(?:homicide|mans\w*)|gross${_}vehicular${_}\w+|death${_}by${_}(?:dangerous|careless)${_}driving`, ['VEHICULAR', 'HOMICIDE']),
  entry(String.raw`intoxication${_}manslaughter`, ['DUI', 'HOMICIDE']),
  entry(String.raw`intoxication${_}assault`, ['DUI', 'ASSAULT']),
  entry(String.raw`vehic\w*${_}assault`, ['VEHICULAR', 'ASSAULT']),
  entry(String.raw`d\.?u\.?i\b\.?|dui\w*|dwi|owi|ovi|dwai|driving${_}(?:while${_})?(?:under${_}(?:the${_})?influence|intoxicated|impaired|drunk)|drunk\w*${_}driv\w*|drink${_}driv\w*|intoxicated${_}(?:driver|driving|operator)|(?:intoxicated|impaired)${_}(?:(?:&|and|or)${_}(?:intoxicated|impaired)${_})?driv\w*`, 'DUI'),
  entry(String.raw`hit\W*(?:and\W*|n\W*)?run\w*|h\W?&\W?r|h/r|leav\w*${_}(?:the${_})?scene|fail\w*${_}to${_}stop${_}(?:after${_})?(?:an${_})?(?:accident|collision)|(?:ped\w*|persons?|bicyclist|cyclist)${_}(?:struck|hit|run${_}over)|struck${_}by${_}(?:a${_})?(?:vehicle|car|auto)|traffic${_}injur\w*`, 'VEHICULAR'),
  entry(String.raw`accident\w*|acc\b|mvc|mva|collision\w*|crash\w*`, 'ACCIDENT'),
];

/** Before violence words, so "POISONING A DOG" is animal cruelty, not an assault. */
const ANIMALS: VocabularyEntry[] = [
  entry(String.raw`(?:dog|cock|animal|anml)${_}fight\w*|fight\w*${_}(?:dogs?|cocks?)|bull${__}fight\w*|b(?:e|ea)stiality|zoophilia`, 'ANIMAL_HARM'),
  entry(String.raw`(?:cruel\w*|abuse\w*|neglect\w*|tortur\w*|harm\w*|kill\w*|poison\w*|endanger\w*|tether\w*|mistreat\w*|injur\w*)${_}(?:\w+${_}){0,2}?(?:to${_}|of${_}|on${_})?(?:an${_})?${ANIMAL_WORD}|(?:animal\w*|anml)${_}(?:cruel\w*|abuse\w*|neglect\w*|tortur\w*)|on${_}(?:an${_})?(?:animal|anml)\b`, 'ANIMAL_HARM'),
];

const VIOLENCE_AND_THREATS: VocabularyEntry[] = [
  entry(String.raw`mass${_}(?:shooting|casualt\w*|violence|killing|murder)|active${_}(?:shooter|assailant|killer)`, 'MASS_VIOLENCE'),
  entry(String.raw`att(?:empt(?:ed)?)?${_}(?:murder|homicide)`, 'ASSAULT'),
  entry(String.raw`(?:terroristic|terrorist|terror)${_}threat\w*`, ['THREAT', 'TERRORISM']),
  entry(String.raw`(?:bomb|hijack|arson|explosive|anthrax)(?:${_}(?:bomb|hijack|arson))?${_}(?:threat|thrt|thret)\w*`, 'BOMB_THREAT'),
  entry(String.raw`(?:intim\w*|threat\w*|thret\w*|thrtn\w*|dissuad\w*|diss|prevent\w*|influenc\w*|influ|retaliat\w*|tamper\w*)${_}(?:\w+${_})?(?:wit|witness\w*|vict\w*|jurors?)\b|(?:wit|witness\w*|jurors?)${_}(?:tamper\w*|intimid\w*|dissuas\w*|retaliat\w*)`, 'INTIMIDATION'),
  entry(String.raw`ethnic${_}intimidation|racial\w*${_}(?:or${_}religious\w*${_})?(?:motivated|aggravated)|religious\w*${_}(?:motivated|aggravated)`, 'HATE'),
  entry(String.raw`(?:disclos\w*|discls|reveal\w*|post\w*)${_}(?:\w+${_}){0,3}?(?:address\w*|adr|addr|location|residence|whereabouts)|post\w*${_}(?:\w+${_}){0,3}?(?:internet|intrnet|online)`, 'DISCLOSE_LOCATION'),
  entry(String.raw`(?:person|victim|subject|someone|man|woman|juvenile|child)${_}(?:was${_})?shot\b|shot${_}at\b|gsw|gunshot${_}wounds?`, 'ASSAULT'),
  entry(String.raw`(?:firing|shooting|shots?${_}fired|shots?)${_}at${_}(?:an${_})?unocc\w*`, 'DAMAGE'),
  entry(String.raw`(?:firing|shoot\w*|shots?${_}fired|shots?)${_}at${_}(?:an${_}|a${_})?(?:occ\w*|inhab\w*|dwelling|persons?|moving|vehicle|house|residence)`, 'ASSAULT'),
  entry(String.raw`exh\w*${_}(?:f/arm|f/a|firearm|weapon|wpn|dly|deadly|gun)\w*|brandish\w*`, ['ASSAULT', 'WEAPON']),
  entry(String.raw`(?:il+${_}?use|iluse|use${_}of)${_}(?:of${_})?(?:tear|mustard)\w*|tear\w*${_}?gas${_}(?:\w+${_}){0,2}?iluse|(?:disch\w*|point\w*|aim\w*|shin\w*)${_}laser${_}(?:\w+${_})?(?:occ\w*|aircraft|at)`, 'ASSAULT'),
  entry(String.raw`gbi|sbi|gbh|abh|great${_}bodily${_}(?:injury|harm)|grievous${_}bodily${_}harm|actual${_}bodily${_}harm|bodily${_}harm`, ['ASSAULT', 'INJURY']),
  entry(String.raw`corporal${_}(?:injury|punishment)|crpl${_}inj\w*|inflict\w*${_}(?:\w+${_})?inj\w*|force${_}on${_}(?:a${_})?(?:person|prsn)`, ['ASSAULT', 'INJURY']),
  entry(String.raw`armed${_}violence|aggravated${_}discharge|road${_}rage|throw\w*${_}(?:\w+${_})?obj\w*`, 'ASSAULT'),
  entry(String.raw`assault\w*|aslt\w*|asslt|assl|batt(?:ery|eries|ered|er)?\b|bat(?=:|${_}(?:w|on|upon|spous\w*|cohab\w*|sp|po|ofcr|officer|person|prsn|vict\w*)\b)|adw|mayhem|maim\w*|tortur\w*|mutilat\w*|stab(?:bing|bed|s)?\b|shooting\w*|beat(?:ing|en)\b|beat${_}up|strangl\w*|strangulation|brawl\w*|poison\w*|poisn|caustic|lynch\w*|wounding`, 'ASSAULT'),
  entry(String.raw`violen(?:ce|cia)\b|fight\w*`, 'VIOLENCE', { weak: true }),
  entry(String.raw`stalk\w*|cyberstalk\w*`, 'STALKING'),
  entry(String.raw`bull(?:y|ied|ies|ying)\w*|cyberbull\w*|hazing`, 'BULLYING'),
  entry(String.raw`harass\w*|haras\b|annoy\w*|anoy\w*|malicious${_}communication\w*|verbal${_}abuse|dox(?:x)?(?:ing|ed)?`, 'HARASS'),
  entry(String.raw`tarasoff`, 'THREAT', { weak: true }),
  entry(String.raw`threat\w*|thret\w*|thrt\w*|menac\w*|crim${_}threat\w*`, 'THREAT'),
  entry(String.raw`intimid\w*|compel\w*`, 'INTIMIDATION'),
  entry(String.raw`hate\b|hate${_}(?:crime|incident)\w*|bias\b|bias${_}motivat\w*|civil${_}rights?|civ${_}rgt\w*|(?:place|plce|house)${_}(?:of${_})?(?:worship|wrshp)|wrshp|(?:right${_}of|free${_}exercise${_}of)${_}religio\w*|anti${__}(?:semit\w*|gay|lgbt\w*|muslim|islamic|asian|black|jewish|hispanic|latino|immigrant|trans\w*)|antisemit\w*|racist|racial${_}slurs?|homophob\w*|transphob\w*|islamophob\w*|xenophob\w*|swastika\w*`, 'HATE'),
  entry(String.raw`terror\w*|(?:weapons?|wpns?)${_}(?:of${_})?mass${_}dest\w*|wpn${_}ms${_}dest\w*|wmd|material${_}support`, 'TERRORISM'),
  entry(String.raw`murder\w*|homicid\w*|manslaughter|mansl\w*|mans\b|killing${_}of|femicide`, 'HOMICIDE'),
  entry(String.raw`kidnap\w*|kidnp\w*|abduct\w*|(?:false\w*|fls)${_}imprison\w*|unlawful${_}restraint|forcible${_}detention|hostage\w*|amber${_}alert|(?:false\w*|fls)${_}(?:\w+${_}){0,2}?(?:arrest|detain\w*|dtn)\b`, 'KIDNAP'),
  entry(String.raw`lur(?:e|es|ed|ing)\b`, 'LURING'),
  entry(String.raw`stranger`, 'STRANGER'),
];

const PROPERTY_AND_FRAUD: VocabularyEntry[] = [
  entry(String.raw`(?:other${_})?(?:crimes?|crm|offen[sc]es?)${_}(?:against|agnst)${_}(?:a${_}|the${_})?(?:persons?|prsn)|person${_}crime\w*`, 'PERSON_CRIME'),
  entry(String.raw`(?:other${_})?crimes?${_}(?:involving|against)${_}property|prop(?:erty)?${_}crime\w*`, 'PROPERTY_CRIME'),
  entry(String.raw`eavesdrop\w*|evsdrp\w*|wiretap\w*|(?:rec\w*|intercept\w*)${_}(?:\w+${_})?(?:phone|tele\w*|cell)${_}comm\w*`, 'EAVESDROP'),
  entry(String.raw`identity${_}theft|ident\w*${_}theft|id${_}theft|theft${_}of${_}identity|(?:false|fls|fake)${_}(?:use${_}of${_})?(?:\w+${_})?ident(?:ity|\b)|anothers?${_}identity|(?:oth\w*|anothers?)'?s?${_}(?:id|ident\w*)\b|financial${_}(?:identity${_}theft|exploit\w*)|misappropriat\w*|misapp\w*`, 'FRAUD'),
  entry(String.raw`(?:unauth\w*|unlawful\w*|illegal\w*|alter\w*|tamper\w*|access\w*|acc|assist\w*|asst|hack\w*|damage\w*|fraud\w*|frd|use\w*)${_}(?:(?!pub|public)\w+${_}){0,2}?(?:computer|cmptr|cmpt)\w*|(?:computer|cmptr)\w*${_}(?:fraud|crimes?|tamper\w*|invasion|intrusion|hack\w*|trespass)|hack(?:ing|ed|er)\b`, 'FRAUD'),
  entry(String.raw`deceptive${_}(?:altering|collection)\w*`, 'FRAUD'),
  entry(String.raw`deceptive\w*`, 'FRAUD', { weak: true }),
  entry(String.raw`fraud\w*|frd|frdlnt|defraud\w*|swindl\w*|bunco|con${_}game|confidence${_}game|false${_}pretens\w*|forg(?:e|ed|es|ery|eries|ing|d)\b|counterfeit\w*|countrft|cntrft|cnterfeit\w*|counterft|embezz\w*|credit${_}cards?|cc${_}(?:fraud|theft)|(?:stolen|forged)${_}cc|acc?ess?${_}(?:cards?|crd|device|dev)|cash${_}card|atm${_}(?:card|fraud)|bad${_}card|(?:bad|bogus|fict\w*|counterfeit|nsf|worthless)${_}(?:checks?|doc\w*)|doc\w*${_}worthless|check${_}kit\w*|impersonat\w*|personat\w*|persnate|impers\w*|imprs|scam\w*|phish\w*|skimm\w*|(?:scan|swipe)\w*${_}(?:\w+${_})?(?:cards?|device|dvice)|fake${_}(?:cards?|ids?|checks?)|ins${_}(?:prop|clm|claim|inf\w*)|pyramid${_}scheme|ponzi|scheme|tout\w*|fict\w*${_}nam\w*|(?:fls|false)${_}nam\w*|fisc\w*${_}acc\w*|false${_}adv\w*|slugs?|pay${_}tv|(?:recorded|recording|sound|snd|audio)${_}(?:sounds?|rec\w*|visual)|sound${_}or${_}audio|piracy|pirat\w*|bootleg\w*`, 'FRAUD'),
  entry(String.raw`extor\w*|blackmail\w*`, 'EXTORTION'),
  entry(String.raw`robb\w*|rob\b|carjack\w*|car${_}jack\w*|hijack\w*|hold${__}up\w*|mugg\w*`, 'ROBBERY'),
  // "Strong arm" names a robbery in CAD lists but is also a weapon type (hands, fists, feet).
  entry(String.raw`strong${__}arm\w*`, 'ROBBERY', { weak: true }),
  entry(String.raw`burg\w*|b\W?&\W?e\b|break\w*${_}(?:and|&)${_}enter\w*|break${__}ins?\b|home${_}invasion|vehic\w*${_}invasion|hot${_}prowl`, 'BURGLARY'),
  // A "burn" is arson only when someone set it: open or illegal burning is a permit matter.
  entry(String.raw`arson\w*|(?:reckless|malicious\w*|intentional\w*|will?ful\w*|criminal)${_}burn\w*|burn\w*${_}(?:down|of${_}(?:a${_})?(?:building|structure|vehicle|car|house|residence|dwelling))|burned${_}(?:down|out)|set${_}(?:a${_})?fires?|fire${__}setting|(?:by${_}(?:means${_}of${_})?|with${_})fire\b|firebomb\w*|molotov`, 'ARSON'),
  entry(String.raw`injure\b`, 'DAMAGE'),
  entry(String.raw`injur\w*|inj\b|injs|injry`, 'INJURY'),
  entry(String.raw`keyed${_}(?:\w+${_})?(?:car|vehicle|veh)|slash\w*${_}tires?|vandal\w*|graffiti\w*|grafiti\w*|grafitti\w*|tagger|tagging|damag\w*|dmg|damg|dmage|defac\w*|destroy\w*|destruction|dstry|dstroy|destr\b|crim\w*${_}mischief|mischief|wreck\w*`, 'DAMAGE'),
  entry(String.raw`tres?pas\w*|tresp\w*|trspss\w*|trsp\b|(?:enter|remain)\w*${_}(?:\w+${_})?(?:on${_})?(?:pstd|posted)${_}(?:prop\w*|la?nd)|pstd${_}la?nd`, 'TRESPASS'),
  entry(String.raw`theft\w*|thft|thf|ptythft|pthft|g/thft|larcen\w*|stolen|steal\w*|shoplift\w*|pocket${__}pick\w*|pickpocket\w*|purse${__}snatch\w*|car${_}prowl\w*|auto${_}(?:recovery|prowl\w*)|loot\w*|take\w*${_}(?:\w+${_})?(?:vehicle|vessel|aircraft|veh|car)${_}(?:w/o|without)|joyrid\w*|tamper\w*${_}(?:\w+${_})?(?:veh\w*|motor${_}veh\w*|aircraft|car)|drunk${_}roll\w*|jostl\w*|dwoc|(?:w/o|without)${_}owners?'?s?${_}consent|unauth\w*${_}use${_}(?:of${_})?(?:a${_}|motor${_})?veh\w*`, 'THEFT'),
];

const HARM_WORDS_AND_QUALIFIERS: VocabularyEntry[] = [
  entry(String.raw`elder\w*${_}(?:adult${_})?abuse|abuse${_}of${_}(?:an${_})?elder\w*`, ['ELDER_ABUSE', 'ELDER']),
  entry(String.raw`abus\w*|cruel\w*|mistreat\w*`, 'ABUSE'),
  entry(String.raw`neglect\w*|abandon\w*|desert\w*|dsrt|(?:fail\w*|fl)${_}(?:to${_})?(?:provide|prvd|prov)\w*|unattended\w*|endanger(?:ing|ment|s)?\b|(?:lack${_}of|no)${_}supervision`, 'NEGLECT'),
  entry(String.raw`disturb\w*|dispute\w*|argument\w*`, 'DISPUTE'),
  entry(String.raw`elder\w*|eldr|senior${_}citizens?|seniors?|dependent${_}adults?|dep${_}adl\w*|dep${_}adu?lt\w*|vulnerable${_}adults?|care${_}facilit\w*|nursing${_}homes?|caretak\w*|caretkr|ctakr|caregiver\w*|disabled${_}(?:persons?|adults?)|elderly${_}or${_}disabled|incompetent${_}(?:or${_}physically${_}disabled${_})?persons?`, 'ELDER'),
  entry(String.raw`(?<![a-z0-9$.])-(?:1[0-8]|[1-9])(?![0-9.a-z])`, 'CHILD', { raw: true }),
  entry(String.raw`(?<![a-z0-9$.])(?:1[0-7]|[1-9])\+`, 'CHILD', { raw: true }),
  entry(String.raw`(?:under|u/|u|<)\s?(?:1[0-8]|[1-9])\b(?!\W*(?:gm|grams?|lbs|pounds|ft|feet|oz|%|days?|hours?))|(?:1[0-7]|[1-9])${_}(?:or${_}(?:under|younger)|(?:yrs?|years?)${_}(?:old\b|of${_}age|or${_}younger))|(?:1[0-7]|[1-9])${__}(?:yoa|y/o|yo|yr?s?${__}old\b)`, 'CHILD'),
  entry(String.raw`child\w*|chld|chl|kids?|juv\w*|minors?|mnr|infant\w*|bab(?:y|ies)|toddler\w*|newborn\w*|teen\w*|adolescen\w*|youth\w*|tender${_}years?`, 'CHILD'),
  entry(String.raw`weapon\w*|wpn\w*|weapn|guns?|handgun\w*|firearm\w*|f/arm\w*|f/a|knife|knives|cutting${_}instrument|pistol\w*|rifle\w*|armed|deadly`, 'WEAPON'),
  entry(String.raw`narcotic\w*|narc|drugs?|cannabis|marij\w*|marihuana|cocaine|heroin|meth\w*|amphetamine\w*|controlled${_}sub\w*|cntl${_}sub|c/sub|cds|paraphernalia|wildlife|smuggl\w*|contraband|ephedrine|pseudoephedrine|hypodermic|syringe\w*|nitrous`, 'CONTRABAND'),
  entry(String.raw`tobacc?o|liquor\w*|alcohol\w*|tickets?|firework\w*|f/work\w*|ammo|ammunition|delinquen\w*|runaway\w*|run${_}away|curfew|truan\w*|gambl\w*|lottery|bingo|wager\w*|brib\w*|loiter\w*|vagran\w*|parole|probation|warrants?|escape\w*|perjury|licen[cs]e\w*|permits?|parking|towing|citation|nuisance|littering|noise|missing|money${_}laundering|laundering`, 'REGULATORY'),
  entry(String.raw`adult(?:e)?ry|fornicat\w*|bigam\w*|polygam\w*`, 'CONSENSUAL'),
  entry(String.raw`airports?|airprt|state${_}(?:sup\w*|owned|lands?|property)|gov\w*${_}(?:sup\w*|property|owned|fac\w*|lands?)|public${_}(?:property|prop|lands?|building|bldg)|railroad|rr|trains?|off${_}limits?|closed${_}lands?|electrical${_}facil\w*|sewer\w*|utility${_}facil\w*|military|nat(?:ional)?${_}forest`, 'PUBLIC_TARGET'),
  entry(ANIMAL_WORD, 'ANIMAL'),
  entry(String.raw`no|non|not|w/o|without|excl\w*|except\w*`, [], { negator: true }),
];

export const ENGLISH_VOCABULARY: readonly VocabularyEntry[] = [
  ...NON_VICTIM,
  ...DOMESTIC_AND_ORDERS,
  ...CHILDREN_AND_CUSTODY,
  ...SEXUAL,
  ...TRAFFICKING_AND_PROSTITUTION,
  ...VEHICLES,
  ...ANIMALS,
  ...VIOLENCE_AND_THREATS,
  ...PROPERTY_AND_FRAUD,
  ...HARM_WORDS_AND_QUALIFIERS,
];
