// The people of a generated archive, over the years it spans: secretaries and generals who serve a
// term each, spokespeople who moderate, visiting ministers who come back, and reporters who return
// (some moving to another outlet) beside occasional newcomers. None of them is a real person.
import {
  createGeneral,
  createGuestOfficial,
  createNameDraw,
  createSecretary,
  pickCountry,
  pickOutlet,
  type NameDraw,
  type Official,
  type Reporter,
} from './cast';
import type { Random } from './random';

/** An official who serves from one day to another (days counted from the archive's first). */
export interface Term<T> {
  holder: T;
  from: number;
  to: number;
}

/** A spokesperson: moderates department briefings under an honorific label. */
export interface Spokesperson {
  /** "MS. SERRANO". */
  label: string;
  /** "Ms. Serrano": how reporters address them. */
  address: string;
  fullName: string;
}

/** A reporter of the archive, with the day they move to another outlet, if they do. */
export interface ArchiveReporter {
  name: string;
  outlet: string;
  movesTo?: { outlet: string; day: number };
}

/** Everyone a generated archive can call on. */
export interface ArchiveCast {
  secretaries: Term<Official>[];
  generals: Term<Official>[];
  spokespeople: Term<Spokesperson>[];
  guests: Official[];
  reporters: ArchiveReporter[];
  draw: NameDraw;
}

function serveTerms<T>(count: number, days: number, create: () => T): Term<T>[] {
  const length = days / count;
  return Array.from({ length: count }, (_, index) => ({
    holder: create(),
    from: Math.floor(index * length),
    to: index === count - 1 ? days : Math.floor((index + 1) * length) - 1,
  }));
}

/** Who holds a term on a day. */
export function holderOn<T>(terms: readonly Term<T>[], day: number): T {
  const term = terms.find((candidate) => day >= candidate.from && day <= candidate.to) ?? terms[0];
  if (term === undefined) throw new RangeError('a cast needs at least one term');
  return term.holder;
}

/** A reporter drawn new, with an outlet. */
export function createArchiveReporter(random: Random, draw: NameDraw): ArchiveReporter {
  const { first, last } = draw();
  return { name: `${first} ${last}`, outlet: pickOutlet(random) };
}

/** Invents the cast of an archive spanning `days` days with about `briefings` briefings. */
export function createArchiveCast(random: Random, days: number, briefings: number): ArchiveCast {
  const draw = createNameDraw(random);
  const years = Math.max(1, days / 365);
  const secretaries = serveTerms(Math.ceil(years / 3), days, () =>
    createSecretary(random, draw(true)),
  );
  const generals = serveTerms(Math.ceil(years / 4), days, () => createGeneral(random, draw(true)));
  const spokespeople = serveTerms(Math.ceil(years / 2), days, () => {
    const { first, last } = draw(true);
    const honorific = random.pick(['Mr.', 'Ms.']);
    return {
      label: `${honorific} ${last}`.toUpperCase(),
      address: `${honorific} ${last}`,
      fullName: `${first} ${last}`,
    };
  });
  const guests = Array.from(
    { length: Math.min(150, Math.max(4, Math.round(briefings / 12))) },
    () => createGuestOfficial(random, pickCountry(random), draw()),
  );
  const reporters = Array.from(
    { length: Math.min(90, 20 + Math.round(briefings / 40)) },
    (): ArchiveReporter => {
      const reporter = createArchiveReporter(random, draw);
      if (random.chance(0.2)) {
        let outlet = pickOutlet(random);
        while (outlet === reporter.outlet) outlet = pickOutlet(random);
        reporter.movesTo = { outlet, day: random.int(0, days) };
      }
      return reporter;
    },
  );
  return { secretaries, generals, spokespeople, guests, reporters, draw };
}

/** A reporter as a briefing on `day` introduces them. */
export function reporterOn(reporter: ArchiveReporter, day: number): Reporter {
  const moved = reporter.movesTo !== undefined && day >= reporter.movesTo.day;
  return {
    name: reporter.name,
    outlet: moved && reporter.movesTo !== undefined ? reporter.movesTo.outlet : reporter.outlet,
    foreign: false,
  };
}
