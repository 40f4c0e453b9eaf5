// Words that are never a subject of a briefing by themselves, however they are capitalised. General
// English function words come from the stopwords-en package; these are the closed classes a briefing
// adds: titles and ranks, honorifics, calendar words, the furniture of a press conference, and nouns
// too general to jump to ("issue", "country"). Lower case.

/** Titles, ranks and honorifics ("Secretary", "Gen.", "Sir"): they introduce a person, not a subject. */
export const titleWords: readonly string[] = `
  mr mrs ms miss mx dr prof professor sir dame lord lady madam madame mme mister messrs
  secretary minister president vice prime deputy under assistant acting general gen lieutenant lt
  colonel col major maj captain capt admiral adm rear sergeant sgt commander cmdr cdr commandant
  brigadier brig marshal chief chairman chairwoman chair chairperson director ambassador amb senator
  sen representative rep congressman congresswoman governor gov mayor king queen prince princess
  excellency honorable honourable hon rev reverend spokesman spokeswoman spokesperson chancellor
  premier envoy commissioner counselor counsellor adviser advisor officer undersecretary sec min pres
  secretary-general sg attorney judge speaker leader minister-president st ma'am
`
  .split(/\s+/)
  .filter((word) => word.length > 0);

/** Words of an office after a title ("Secretary of Defense", "Minister for Foreign Affairs"). */
export const officeWords: readonly string[] = `
  defense defence state foreign affairs homeland security treasury interior justice health commerce
  energy labor labour education transportation transport agriculture veterans housing war navy army
  air force national intelligence public policy economic economy finance trade industry development
  international cooperation european union armed forces staff joint chiefs home office
`
  .split(/\s+/)
  .filter((word) => word.length > 0);

/** Months, days and other calendar words. */
export const calendarWords: readonly string[] = `
  january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today
  tomorrow yesterday tonight morning afternoon evening night week weekend month year years days
  christmas easter
`
  .split(/\s+/)
  .filter((word) => word.length > 0);

/**
 * The furniture of a press conference, and nouns, adjectives and verbs too general to be a subject or
 * to make one with another word ("real progress", "discuss defence").
 */
export const briefingWords: readonly string[] = `
  q question questions answer answers thank thanks briefing briefings press conference transcript
  staff moderator reporter reporters journalist journalists inaudible crosstalk translator
  interpreter interpretation applause laughter unknown ok okay yes hello hi folks everyone everybody
  guys ladies gentlemen statement statements remarks comment comments point points issue issues
  thing things lot lots way ways time times part parts kind number people person country countries
  nation nations government governments world situation case fact sense today's matter matters
  term terms level levels area areas side sides place places end start beginning course respect
  regard order question's yesterday's everybody's real strong close clear big huge significant key
  major whole full true sure certain likely possible progress discuss talk meet work support
  continue ensure provide make take bring help announce expect welcome raise address review north
  south east west northern southern eastern western central
`
  .split(/\s+/)
  .filter((word) => word.length > 0);
