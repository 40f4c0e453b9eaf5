import {
  createGeneral,
  createGuestOfficial,
  createHostOfficial,
  createReporters,
  host,
  pickCountry,
  type Official,
  type Reporter,
} from './cast';
import { createRandom, type Random } from './random';
import { writeAnswer, writeQuestion, writeStatement, type Addressee, type Scene } from './speech';

export interface GenerateTranscriptOptions {
  /** How many speaker turns (labels) to write. */
  turns: number;
  /** The same seed always gives the same text. */
  seed: number;
}

/** A turn to write: its label and paragraphs. */
export interface TurnDraft {
  label: string;
  paragraphs: readonly string[];
  /** Paragraphs after the turn that are not speech, such as "(CROSSTALK)". */
  after?: readonly string[];
}

// The page furniture a transcript copied from a government site starts with.
const boilerplate = [
  "An official website of the United States Government\u00a0\nHere's how you know",
  'Official websites use .gov',
  '.gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'A lock ( lock ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
const archiveNotice =
  'You have accessed part of a historical collection on defense.gov. Some of the information contained within may be outdated and links may not function. Please contact the DOD Webmaster with any questions.';
const months = 'Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.'.split(' ');

/** A turn's paragraphs: the label's colon is followed by a no-break space and a space, as on the page. */
export const writeTurn = (turn: TurnDraft): string[] => {
  const [first = '', ...rest] = turn.paragraphs;
  return [`${turn.label}:\u00a0 ${first}`, ...rest, ...(turn.after ?? [])];
};

const writeHeader = (random: Random, officials: readonly Official[]): string[] => {
  const [hostOfficial, guestOfficial] = officials;
  const names = [hostOfficial, guestOfficial].map((o) => o?.fullTitle ?? '').filter(Boolean);
  const kind = random.pick([
    'Joint Press Briefing',
    'Joint Press Conference',
    'Press Availability',
  ]);
  const date = `${random.pick(months)} ${random.int(1, 28)}, ${random.int(2015, 2024)}`;
  // Pages from an archive carry one more notice; keep the parsers honest about both forms.
  const archived = random.chance(0.5) ? [archiveNotice] : [];
  return [
    ...boilerplate,
    ...archived,
    `${names.join(' and ')} ${kind}`,
    date,
    `Presenters: ${officials.map((o) => o.fullTitle).join('; ')}`,
  ];
};

/** Whom an official speaks to: the host turns to the guest; everyone else turns to the host. */
export const addresseeOf = (official: Official | undefined): Addressee =>
  official?.country === host ? 'guest' : 'host';

/** Writes one question round: a STAFF introduction, the question, follow-ups and answers. */
export const writeRound = (
  random: Random,
  officials: readonly Official[],
  reporter: Reporter,
  scene: Scene,
): TurnDraft[] => {
  const [hostOfficial, guestOfficial] = officials;
  const shortLabel = (o: Official | undefined): string =>
    o === undefined ? 'STAFF' : random.pick(o.shortLabels);
  const turns: TurnDraft[] = [];
  const introduced = random.chance(0.7);
  if (introduced)
    turns.push({ label: 'STAFF', paragraphs: [`${reporter.name}, ${reporter.outlet}.`] });
  const opening = introduced
    ? random.pick([`Hi, ${reporter.name} with ${reporter.outlet}.`, 'Thank you.', 'Thanks.'])
    : random.pick([
        `Hi, ${reporter.name} from ${reporter.outlet}.`,
        `(inaudible), ${reporter.outlet}.`,
        'Yes, hi.\u00a0 Thank you.',
      ]);
  const question = [opening, writeQuestion(random, scene)];
  // A question for the guest from the guest's own press is put through the translator mid-turn.
  if (reporter.foreign)
    question.push(`(THROUGH TRANSLATOR):\u00a0 ${writeQuestion(random, scene)}`);
  else if (random.chance(0.5)) question.push(writeQuestion(random, scene));
  turns.push({
    label: reporter.foreign && random.chance(0.3) ? 'Q (THROUGH TRANSLATOR)' : 'Q',
    paragraphs: question,
  });
  const answerers = random.chance(0.6) ? [hostOfficial, guestOfficial] : [random.pick(officials)];
  for (const official of answerers) {
    turns.push({
      label: shortLabel(official),
      paragraphs: writeAnswer(random, scene, addresseeOf(official)),
    });
  }
  if (random.chance(0.2)) {
    turns.push({
      label: 'Q',
      paragraphs: [`Just a quick follow-up:\u00a0 ${writeQuestion(random, scene)}`],
    });
    turns.push({
      label: shortLabel(hostOfficial),
      paragraphs: writeAnswer(random, scene, 'guest'),
    });
  }
  const last = turns.at(-1);
  if (last !== undefined && random.chance(0.05)) last.after = ['(CROSSTALK)'];
  return turns;
};

/** The closing courtesies of a briefing with a host and a guest. */
export const writeClosing = (random: Random, officials: readonly Official[]): TurnDraft[] => {
  const [hostOfficial, guestOfficial] = officials;
  const label = (o: Official | undefined): string =>
    o === undefined ? 'STAFF' : random.pick(o.shortLabels);
  return [
    {
      label: label(hostOfficial),
      paragraphs: ['Thank you.', `${guestOfficial?.address ?? 'Minister'}, thank you very much.`],
    },
    { label: label(guestOfficial), paragraphs: ['Thank you.'] },
    { label: label(hostOfficial), paragraphs: ['Pleasure to see you.'], after: ['(CROSSTALK)'] },
    { label: 'STAFF', paragraphs: ['Thank you all.'] },
  ];
};

/**
 * Writes a realistic, invented briefing transcript in the shipped briefing's format, with exactly
 * `turns` speaker turns. Pure: the same options always give the same text.
 */
export function generateTranscript({ turns, seed }: GenerateTranscriptOptions): string {
  const random = createRandom(seed);
  const country = pickCountry(random);
  const officials = [createHostOfficial(random), createGuestOfficial(random, country)];
  if (random.chance(0.4)) officials.push(createGeneral(random));
  const [hostOfficial, guestOfficial] = officials;
  const scene: Scene = {
    host: hostOfficial?.address ?? 'Secretary',
    guest: guestOfficial?.address ?? 'Minister',
    country: country.name,
  };
  const total = Math.max(0, Math.floor(turns));
  const closing = total >= 8 ? writeClosing(random, officials) : [];
  const budget = total - closing.length;
  const reporters = createReporters(
    random,
    Math.min(400, Math.max(8, Math.ceil(total / 20))),
    country,
  );
  const paragraphs = writeHeader(random, officials);
  let written = 0;
  const emit = (turn: TurnDraft): void => {
    paragraphs.push(...writeTurn(turn));
    written += 1;
  };
  for (const official of officials) {
    if (written >= budget) break;
    emit({
      label: official.longLabel,
      paragraphs: writeStatement(random, scene, addresseeOf(official)),
    });
  }
  while (written < budget) {
    for (const turn of writeRound(random, officials, random.pick(reporters), scene)) {
      if (written >= budget) break;
      emit(turn);
    }
  }
  closing.forEach(emit);
  return `${paragraphs.join('\n\n')}\n`;
}
