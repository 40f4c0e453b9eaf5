// The words of a generated briefing: sentences built from templates, with topic words from the
// shipped topic list spread through them, and the hesitations of live speech.
import { defaultTopics } from '../../content/topics';
import type { Random } from './random';

/** Who is speaking to whom, to fill the templates. */
export interface Scene {
  /** "Secretary Doe". */
  host: string;
  /** "Minister Halvorsen". */
  guest: string;
  /** "Norway". */
  country: string;
  /** What this briefing is about: topic names and their other words (all topics when absent). */
  topicNames?: readonly string[];
  topicWords?: readonly string[];
}

/** In a statement or an answer, the official spoken to. */
export type Addressee = 'host' | 'guest';

// {t} is a topic word or phrase, {T} the same capitalised; {host}, {guest}, {country} the scene,
// {other} the official the speaker turns to.
const statementSentences = [
  'It is a pleasure to meet {other} again.',
  'Our two nations share a long history of cooperation on {t}.',
  'We spent much of our meeting on {t}, and I am grateful for the frank exchange.',
  '{country} plays a vital role in {t}, and we value that contribution.',
  'We agreed to keep working together on {t} in the months ahead.',
  '{T} will be on the agenda of next month’s ministerial, and we expect progress there.',
  'I want to thank {other} for the leadership shown on {t}.',
  'We also discussed the way forward on {t} and on our shared commitments.',
  'Our forces train together every year, and that makes us stronger on {t}.',
  'The challenges we face are demanding, and only together can we meet them.',
];
const questionSentences = [
  '{host}, what is your assessment of {t}?',
  '{guest}, how will the changes affect your forces working on {t}?',
  'Are you concerned about {t}, and what are you doing about it?',
  'Has your position on {t} changed since the last ministerial?',
  'Did you discuss {t}, and did you reach any agreement?',
  'What would you say to critics who argue that {t} has been neglected?',
  'Is there a timeline for a decision on {t}?',
  'How much of this is about {t}, and how much about the budget?',
];
const answerSentences = [
  'Well, on {t}, I think we have been very clear about where we stand.',
  'I would just say this much:\u00a0 {T} is one of many issues we are watching closely.',
  'We discussed {t} at length during our meeting.',
  'Our position on {t} has not changed, and I do not expect it to change.',
  'I will not get ahead of any decision on {t}, but we are consulting our allies.',
  'There is always room for improvement, whether it is {t} or our own readiness.',
  'We have made real progress on {t} over the last year.',
  'That is a fair question, and {t} is part of the answer.',
  'Our teams will keep working on {t} at the staff level.',
  'I was reassured by what I heard about {t} today.',
  'As {other} said, {t} matters to both of our countries.',
];
const openers = ['Well, good morning, everyone.', 'Good afternoon.', 'Thank you all for coming.'];
const closers = ['Thank you.', 'Thank you very much.', 'Thank you for your attention.'];

// A topic's first pattern is its plain name ("Libya", "landmine"); the others ("Libyan", "Huawei")
// come up less often, as in real speech.
const topicNames = defaultTopics.map((topic) => topic.patterns[0] ?? topic.label);
const topicWords = defaultTopics.flatMap((topic) => topic.patterns);
const fillerWords = new Set(['a', 'the', 'in', 'to', 'our', 'that', 'we', 'on']);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// Speech hesitates: "a -- a", and a word the transcriber could not hear becomes "(inaudible)".
const roughen = (random: Random, sentence: string): string => {
  const words = sentence.split(' ');
  if (random.chance(0.15)) {
    const index = words.findIndex((word, i) => i > 0 && fillerWords.has(word));
    const word = words[index];
    if (word !== undefined) words[index] = `${word} -- ${word}`;
  }
  if (random.chance(0.04) && words.length > 4) {
    words[random.int(1, words.length - 2)] = '(inaudible)';
  }
  return words.join(' ');
};

const fill = (random: Random, template: string, scene: Scene, to: Addressee): string => {
  const topic = random.pick(
    random.chance(0.7) ? (scene.topicNames ?? topicNames) : (scene.topicWords ?? topicWords),
  );
  return template
    .replaceAll('{t}', topic)
    .replaceAll('{T}', capitalise(topic))
    .replaceAll('{host}', scene.host)
    .replaceAll('{guest}', scene.guest)
    .replaceAll('{country}', scene.country)
    .replaceAll('{other}', to === 'host' ? scene.host : scene.guest);
};

// Sentences inside a paragraph are joined by a no-break space and a space, as on the page; no
// template is used twice in one paragraph.
const paragraph = (
  random: Random,
  templates: readonly string[],
  scene: Scene,
  to: Addressee = 'guest',
): string => {
  const used = new Set<string>();
  const count = Math.min(random.int(1, 4), templates.length);
  while (used.size < count) used.add(random.pick(templates));
  return [...used]
    .map((template) => roughen(random, fill(random, template, scene, to)))
    .join('\u00a0 ');
};

/** The paragraphs of an opening statement. */
export function writeStatement(random: Random, scene: Scene, to: Addressee): string[] {
  const body = Array.from({ length: random.int(3, 7) }, () =>
    paragraph(random, statementSentences, scene, to),
  );
  return [random.pick(openers), ...body, random.pick(closers)];
}

/** One paragraph of a question. */
export function writeQuestion(random: Random, scene: Scene): string {
  return paragraph(random, questionSentences, scene);
}

/** The paragraphs of an answer. */
export function writeAnswer(random: Random, scene: Scene, to: Addressee): string[] {
  return Array.from({ length: random.int(1, 4) }, () =>
    paragraph(random, answerSentences, scene, to),
  );
}
