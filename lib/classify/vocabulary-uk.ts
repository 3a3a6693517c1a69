import { _, __, entry, type VocabularyEntry } from './vocabulary-entry';

/**
 * Offence names used by police in England and Wales (Home Office offence classification,
 * Offences Against the Person Act 1861 sections, Protection from Harassment Act 1997).
 */
export const UK_VOCABULARY: readonly VocabularyEntry[] = [
  entry(String.raw`(?:assault${_})?occasioning${_}(?:actual${_})?bodily${_}harm|wounding(?:${_}with${_}intent)?|inflicting${_}grievous${_}bodily${_}harm|common${_}assault|(?:oapa|offences${_}against${_}the${_}person${_}act)(?:${_}1861)?(?:${_}s${__}\.?${__}(?:18|20|47))?|(?:s|sec|section)${__}\.?${__}(?:18|20|47)${_}(?:oapa|gbh|abh|wounding|assault)`, 'ASSAULT'),
  entry(String.raw`(?:gbh|abh)${_}(?:s|sec|section)${__}\.?${__}(?:18|20|47)|(?:gbh|abh)${_}with${_}intent`, ['ASSAULT', 'INJURY']),
  entry(String.raw`controlling${_}(?:or|and)${_}coercive${_}behaviou?r`, 'DOMESTIC'),
  entry(String.raw`(?:rape|sexual${_}assault|assault${_}by${_}penetration|sexual${_}activity)${_}(?:of${_}|with${_})?(?:a${_})?(?:child|girl|boy)(?:${_}under${_}1[0-8])?`, ['SEXUAL', 'CHILD']),
  entry(String.raw`assault${_}by${_}penetration|causing${_}sexual${_}activity${_}without${_}consent`, 'SEXUAL'),
  entry(String.raw`indecent${_}(?:images?|photograph\w*)${_}of${_}(?:a${_})?child\w*`, ['CHILD_PORN', 'CHILD']),
  entry(String.raw`stalking${_}involving${_}fear${_}of${_}violence|putting${_}people${_}in${_}fear${_}of${_}violence`, 'STALKING'),
  entry(String.raw`racially${_}(?:or${_}religiously${_})?aggravated|religiously${_}aggravated`, 'HATE'),
  entry(String.raw`female${_}genital${_}mutilation|fgm`, ['ABUSE', 'CHILD']),
  entry(String.raw`causing${_}death${_}by${_}(?:dangerous|careless|inconsiderate)${_}driving`, ['VEHICULAR', 'HOMICIDE']),
  entry(String.raw`drink${__}driv\w*|driving${_}whilst${_}(?:unfit|over${_}the${_}limit)|excess${_}alcohol`, 'DUI'),
  entry(String.raw`fail\w*${_}to${_}stop|fail\w*${_}to${_}report${_}(?:an${_})?(?:accident|collision)`, 'VEHICULAR'),
  entry(String.raw`burglary${_}(?:dwelling|residential|non${__}dwelling|business)|aggravated${_}burglary`, 'BURGLARY'),
  entry(String.raw`arson${_}(?:endangering${_}life|with${_}intent)`, 'ARSON'),
];
