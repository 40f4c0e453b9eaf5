// The news stories of a generated archive: a headline, a date line, a few paragraphs on the topics
// of a briefing, and a quote attributed in the style of a government news story.
import type { NameDraw } from './cast';
import type { Random } from './random';
import type { Scene } from './speech';

const headlines = [
  'Ministers agree next steps on {T}',
  'Allies review progress on {t}',
  'New support announced on {t}',
  'Talks in the capital focus on {t}',
];
const sentences = [
  'Ministers met this week to discuss {t} and the months ahead.',
  'The talks covered {t}, with both sides pledging closer work.',
  'Officials said {t} would stay high on the agenda.',
  'A statement after the meeting named {t} as a shared priority.',
  'Further talks on {t} are planned before the end of the year.',
];
const quotes = [
  'We have made real progress on {t}, and we will keep at it.',
  'Our partners know they can count on us when it comes to {t}.',
  'There is more to do on {t}, and we will do it together.',
];
const speakerTitles = ['Defence Secretary', 'Foreign Minister', 'Armed Forces Minister'];

const fill = (random: Random, template: string, topics: readonly string[]): string => {
  const topic = random.pick(topics);
  return template
    .replaceAll('{t}', topic)
    .replaceAll('{T}', topic.charAt(0).toUpperCase() + topic.slice(1));
};

/** Writes an invented news story about a briefing's topics, dated by `dateLine`. */
export function writeArticle(
  random: Random,
  draw: NameDraw,
  dateLine: string,
  focus: Pick<Scene, 'topicNames'>,
): string {
  const topics = focus.topicNames ?? ['defence'];
  const { first, last } = draw();
  const body = Array.from({ length: random.int(3, 5) }, () =>
    Array.from({ length: random.int(1, 3) }, () =>
      fill(random, random.pick(sentences), topics),
    ).join(' '),
  );
  const quote = fill(random, random.pick(quotes), topics);
  return `${[
    `News story: ${fill(random, random.pick(headlines), topics)}`,
    dateLine,
    ...body,
    `${random.pick(speakerTitles)} ${first} ${last} said:`,
    quote,
  ].join('\n\n')}\n`;
}
