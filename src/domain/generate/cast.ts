// The invented people of a generated briefing: officials with long and short labels, reporters
// with outlets. None of them is a real person.
import type { Random } from './random';

export interface Official {
  /** "SECRETARY OF DEFENSE DR. JANE Q. DOE": the label of the opening statement. */
  longLabel: string;
  /** "SEC. DOE" or "MIN. LARSEN (THROUGH TRANSLATOR)": the labels used after it. */
  shortLabels: readonly string[];
  /** "Secretary Doe": how others address the official. */
  address: string;
  /** "Secretary of Defense Dr. Jane Q. Doe": for the title and the presenters line. */
  fullTitle: string;
  interpreted: boolean;
  country: Country;
}

export interface Reporter {
  name: string;
  outlet: string;
  /** Asks through a translator, in the guest's language. */
  foreign: boolean;
}

export interface Country {
  name: string;
  adjective: string;
  /** Its officials speak through a translator. */
  translated: boolean;
}

export const host: Country = { name: 'the United States', adjective: 'U.S.', translated: false };

const countries: readonly Country[] = [
  { name: 'Norway', adjective: 'Norwegian', translated: true },
  { name: 'Poland', adjective: 'Polish', translated: true },
  { name: 'Japan', adjective: 'Japanese', translated: true },
  { name: 'Brazil', adjective: 'Brazilian', translated: true },
  { name: 'Greece', adjective: 'Greek', translated: true },
  { name: 'Portugal', adjective: 'Portuguese', translated: true },
  { name: 'the Netherlands', adjective: 'Dutch', translated: true },
  { name: 'Finland', adjective: 'Finnish', translated: true },
  { name: 'Romania', adjective: 'Romanian', translated: true },
  { name: 'Spain', adjective: 'Spanish', translated: true },
  { name: 'Estonia', adjective: 'Estonian', translated: true },
  { name: 'Chile', adjective: 'Chilean', translated: true },
  { name: 'Indonesia', adjective: 'Indonesian', translated: true },
  { name: 'Kenya', adjective: 'Kenyan', translated: false },
  { name: 'Canada', adjective: 'Canadian', translated: false },
  { name: 'Australia', adjective: 'Australian', translated: false },
  { name: 'Ghana', adjective: 'Ghanaian', translated: false },
];

const firstNames = (
  'Jane Marcus Ingrid Tomasz Aiko Rafael Eleni Joana Pieter Aino Mihai Lucía Kaja Mateo ' +
  'Sari Wanjiru Owen Harriet Kwame Priya Daniel Nadia Colm Beatriz Henrik Yuki Ama Tobias ' +
  'Greta Idris Ruth Felix Marisol Anders Chloé Dmitri Esther Farid Gwen Hugo Imogen Jonas ' +
  'Keiko Leon Mira Nikolai Olga Pablo Quinn Rosa Stefan Thandiwe Ulla Viktor Wes Ximena ' +
  'Yara Zoltan Abel Bianca'
).split(' ');

const lastNames = (
  'Doe Halvorsen Brennan Kowalczyk Tanabe Moreira Papadakis Quintal Vermeulen Lindqvist ' +
  'Popescu Serrano Tamm Okonjo Whitlock Achterberg Mensah Iyer Calloway Ferreira Nakamura ' +
  'Dunmore Rasmussen Sokolova Castillo Hargreave Lindgren Osei Varga Ellison Brandt ' +
  'Kiprono Marlowe Novak Pellegrin Rourke Sandoval Thorne Underhill Voss Wainwright Yilmaz ' +
  'Zielinski Abernathy Bjork Cardenas Delacroix Eriksen Fairweather Galloway Hollis Ingram ' +
  'Jovanovic Kessler Larkin Mwangi Nyström Orlov Prescott Quigley'
).split(' ');

const outletPlaces = (
  'Harbor Northgate Meridian Summit Granite Bluewater Lakeside Crescent Pinecrest Redfield ' +
  'Silverline Eastbridge Westport Ironwood Clearview Stonegate Capitol Frontier Keystone ' +
  'Beacon'
).split(' ');
const outletKinds = [
  'Daily',
  'Radio',
  'Television',
  'News',
  'Wire',
  'Times',
  'Post',
  'Herald',
  'Dispatch',
  'Gazette',
  'Review',
  'Monitor',
  'Broadcasting',
  'Journal',
  'Public Media',
] as const;
const pairedOutlets = [
  'Anchor & Quill',
  'Flag & Field',
  'Sword & Plough',
  'Compass & Rose',
  'Lamp & Ledger',
] as const;

const initial = (random: Random): string => String.fromCharCode(65 + random.int(0, 25));

const personName = (random: Random): { first: string; last: string } => ({
  first: random.pick(firstNames),
  last: random.pick(lastNames),
});

/** The host: a secretary of defense with a doctorate and a middle initial. */
export function createHostOfficial(random: Random): Official {
  return createSecretary(random, personName(random));
}

/** A visiting minister, with the nationality in the label and often a translator. */
export function createGuestOfficial(
  random: Random,
  country: Country,
  { first, last } = personName(random),
): Official {
  const mark = country.translated ? ' (THROUGH TRANSLATOR)' : '';
  const short = `MIN. ${last}`.toUpperCase();
  return {
    longLabel: `${country.adjective} MINISTER OF DEFENSE ${first} ${last}${mark}`.toUpperCase(),
    // The translator mark is sometimes left off a later label, as in real transcripts.
    shortLabels: country.translated ? [`${short}${mark}`, `${short}${mark}`, short] : [short],
    address: `Minister ${last}`,
    fullTitle: `Minister of Defense ${first} ${last} of ${country.name}`,
    interpreted: country.translated,
    country,
  };
}

/** A general who joins some briefings. */
export function createGeneral(random: Random, { first, last } = personName(random)): Official {
  return {
    longLabel:
      `CHAIRMAN OF THE JOINT CHIEFS OF STAFF GENERAL ${first} ${initial(random)}. ${last}`.toUpperCase(),
    shortLabels: [`GEN. ${last}`.toUpperCase()],
    address: `General ${last}`,
    fullTitle: `Chairman of the Joint Chiefs of Staff General ${first} ${last}`,
    interpreted: false,
    country: host,
  };
}

/** One of the guest countries, chosen by the seed. */
export function pickCountry(random: Random): Country {
  return random.pick(countries);
}

/** An invented news outlet: "Harbor Daily", now and then "Anchor & Quill". */
export function pickOutlet(random: Random): string {
  return random.chance(0.1)
    ? random.pick(pairedOutlets)
    : `${random.pick(outletPlaces)} ${random.pick(outletKinds)}`;
}

/** Draws invented names, never the same full name twice. */
export type NameDraw = (ownSurname?: boolean) => { first: string; last: string };

/**
 * A source of distinct invented names for a cast that meets across many briefings; with
 * `ownSurname`, a name whose surname nobody else drawn has or will have.
 */
export function createNameDraw(random: Random): NameDraw {
  const names = new Set<string>();
  const surnames = new Set<string>();
  const reserved = new Set<string>();
  return (ownSurname = false) => {
    for (let attempt = 0; ; attempt++) {
      const drawn = personName(random);
      // A spent pool gives double-barrelled surnames, as large casts have.
      const last = attempt < 500 ? drawn.last : `${drawn.last}-${random.pick(lastNames)}`;
      const key = `${drawn.first} ${last}`;
      if (names.has(key) || reserved.has(last) || (ownSurname && surnames.has(last))) continue;
      names.add(key);
      surnames.add(last);
      if (ownSurname) reserved.add(last);
      return { first: drawn.first, last };
    }
  };
}

/** A secretary of defense of the host country, from a drawn name. */
export function createSecretary(random: Random, name: { first: string; last: string }): Official {
  const full = `Dr. ${name.first} ${initial(random)}. ${name.last}`;
  return {
    longLabel: `SECRETARY OF DEFENSE ${full}`.toUpperCase(),
    shortLabels: [`SEC. ${name.last}`.toUpperCase()],
    address: `Secretary ${name.last}`,
    fullTitle: `Secretary of Defense ${full}`,
    interpreted: false,
    country: host,
  };
}

/** A pool of reporters; a few ask through a translator for the guest country's press. */
export function createReporters(random: Random, count: number, guest: Country): Reporter[] {
  return Array.from({ length: count }, () => {
    const { first, last } = personName(random);
    const foreign = guest.translated && random.chance(0.25);
    const outlet = foreign
      ? `${guest.adjective} ${random.pick(['Television', 'Public Radio', 'News Agency', 'Daily'])}`
      : pickOutlet(random);
    return { name: `${first} ${last}`, outlet, foreign };
  });
}
