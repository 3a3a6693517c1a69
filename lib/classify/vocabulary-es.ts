import { _, consume, entry, type VocabularyEntry } from './vocabulary-entry';

/**
 * Spanish terms (accents are already stripped by normalise). Listed before English so that
 * words shared with English shorthand are read in their Spanish phrase first.
 */
const MENOR = String.raw`(?:menor(?:es)?|nin[oa]s?|infantil|infancia|adolescente?s?)`;

export const SPANISH_VOCABULARY: readonly VocabularyEntry[] = [
  // "violacion de orden de proteccion" is an order violation, not a rape.
  entry(String.raw`(?:violacion|incumplimiento|quebrantamiento)${_}(?:de${_}(?:la${_}|una${_})?)?orden${_}de${_}(?:proteccion|alejamiento|restriccion)`, 'ORDER_VIOLATION'),
  consume(String.raw`violacion(?=${_}de${_}(?:la${_}|una${_}|un${_})?(?:orden|ley|norma|libertad|domicilio|correspondencia|medida|condicional|prision|secreto))`),
  entry(String.raw`violencia${_}(?:domestica|familiar|intrafamiliar|de${_}genero|de${_}pareja|conyugal)`, 'DOMESTIC'),
  entry(String.raw`(?:abuso|agresion|explotacion)${_}sexual${_}(?:de${_}|a${_})?(?:un${_}|una${_})?${MENOR}|pornografia${_}infantil`, ['SEXUAL', 'CHILD']),
  entry(String.raw`pornografia${_}infantil|material${_}de${_}abuso${_}sexual${_}infantil`, ['CHILD_PORN', 'CHILD']),
  entry(String.raw`agresion${_}sexual|abuso${_}sexual|violacion|estupro|tocamientos?`, 'SEXUAL'),
  entry(String.raw`acoso${_}sexual`, 'HARASS'),
  entry(String.raw`(?:abuso|maltrato)${_}(?:infantil|de${_}menores|a${_}menores)`, ['ABUSE', 'CHILD']),
  entry(String.raw`(?:abuso|maltrato)${_}(?:de${_}|a${_})(?:ancianos?|personas?${_}mayor(?:es)?|adultos?${_}mayor(?:es)?)`, ['ELDER_ABUSE', 'ELDER']),
  entry(String.raw`sustraccion${_}(?:internacional${_})?de${_}menores`, 'CUSTODY'),
  entry(String.raw`trata${_}de${_}(?:personas|blancas|seres${_}humanos)|trata\b`, 'TRAFFICKING'),
  entry(String.raw`explotacion${_}sexual|proxenetismo`, 'TRAFFICKING_SEX'),
  entry(String.raw`trabajo${_}forzoso|explotacion${_}laboral|esclavitud|servidumbre`, 'TRAFFICKING_LABOR'),
  entry(String.raw`prostitucion`, 'PROSTITUTION'),
  entry(String.raw`robo${_}de${_}identidad|suplantacion${_}de${_}identidad|usurpacion${_}de${_}identidad`, 'FRAUD'),
  entry(String.raw`robo${_}de${_}(?:vehiculo|auto|coche|carro)s?`, 'THEFT'),
  entry(String.raw`robo\w*|atraco|asalto${_}(?:a${_}mano${_}armada|con${_}arma)`, 'ROBBERY'),
  entry(String.raw`hurto\w*`, 'THEFT'),
  entry(String.raw`secuestr\w*|privacion${_}(?:ilegal${_})?de${_}(?:la${_})?libertad`, 'KIDNAP'),
  entry(String.raw`acoso${_}escolar|ciberacoso${_}escolar`, 'BULLYING'),
  entry(String.raw`acoso|hostigamiento|ciberacoso`, 'HARASS'),
  entry(String.raw`acecho`, 'STALKING'),
  entry(String.raw`amenaza\w*`, 'THREAT'),
  entry(String.raw`homicidio\w*|asesinato\w*|feminicidio\w*`, 'HOMICIDE'),
  entry(String.raw`fraude\w*|estafa\w*|falsificacion\w*|malversacion`, 'FRAUD'),
  entry(String.raw`extorsion\w*|chantaje`, 'EXTORTION'),
  entry(String.raw`incendio\w*`, 'ARSON'),
  entry(String.raw`allanamiento\w*|escalamiento`, 'BURGLARY'),
  entry(String.raw`agresion\w*|lesiones(?:${_}(?:leves|menores|graves))?|golpes|golpiza|asalto`, 'ASSAULT'),
  entry(String.raw`pelea\w*|rina\w*`, 'VIOLENCE', { weak: true }),
  entry(String.raw`delito${_}de${_}odio|odio`, 'HATE'),
  entry(String.raw`terrorismo`, 'TERRORISM'),
  entry(String.raw`conduc\w*${_}(?:en${_}estado${_}de${_})?ebri\w*|manejar${_}ebrio|conductor${_}ebrio|alcoholemia`, 'DUI'),
  entry(String.raw`atropell\w*|fuga${_}del${_}lugar`, 'VEHICULAR'),
  entry(String.raw`vandalismo|danos|dano\b`, 'DAMAGE'),
  entry(String.raw`abandono|negligencia`, 'NEGLECT'),
  entry(String.raw`maltrato${_}(?:animal|a${_}(?:un${_})?animal\w*)|crueldad${_}animal`, 'ANIMAL_HARM'),
  entry(String.raw`maltrato\w*|abuso\b`, 'ABUSE'),
  entry(MENOR, 'CHILD'),
  entry(String.raw`armas?(?:${_}de${_}fuego|${_}blanca)?|pistola|cuchillo|navaja`, 'WEAPON'),
  entry(String.raw`anciano\w*|persona${_}mayor|adulto${_}mayor`, 'ELDER'),
  entry(String.raw`pareja|expareja|esposa|esposo|novio|novia|conyuge|concubin[oa]`, 'PARTNER'),
  entry(String.raw`sin`, [], { negator: true }),
];
