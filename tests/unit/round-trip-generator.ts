import fc from 'fast-check';

// Random briefings in the label format: officials with long and short labels (some through a
// translator), staff introductions, reporters' questions with mid-turn interpreted paragraphs, stage
// directions. Names are made up; the parser must handle them by its general rules.

const words = [
  'we',
  'discussed',
  'the',
  'mission',
  'security',
  'cooperation',
  'today',
  'and',
  'our',
  'allies',
  'forces',
  'remain',
  'committed',
  'to',
  'partners',
  'in',
  'region',
  'Libya',
  'NATO',
  'Iraq',
  'Afghanistan',
  'landmines',
  'about',
  'question',
  'support',
  'thank',
  'you',
  'very',
  'much',
  'policy',
];
const surnames = ['KOWALSKI', 'OKAFOR', 'LINDQVIST', 'TANAKA', 'MORENO', 'HALVORSEN', 'DUBOIS'];
const givenNames = ['ANNA', 'PETER', 'MARTA', 'JAMES', 'ELENA', 'TOMAS'];
const offices = [
  ['SECRETARY OF DEFENSE', 'SEC.'],
  ['MINISTER OF DEFENSE', 'MIN.'],
  ['GENERAL', 'GEN.'],
] as const;
const reporters = ['Sam Reed', 'Ada Park', 'Lee Chan', 'Noor Amin', 'Ivo Marek'];
const outlets = ['Daily Ledger', 'Radio North', 'Harbor Times', 'Channel Nine'];

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const sentence = fc
  .array(fc.constantFrom(...words), { minLength: 3, maxLength: 12 })
  .chain((list) =>
    fc.constantFrom('.', '?', '!').map((stop) => `${capitalise(list.join(' '))}${stop}`),
  );

const paragraph = fc
  .array(sentence, { minLength: 1, maxLength: 3 })
  .map((list) => list.join('\u00a0 '));

interface Official {
  long: string;
  short: string;
  interpreted: boolean;
}

const official: fc.Arbitrary<Official> = fc
  .record({
    office: fc.constantFrom(...offices),
    given: fc.constantFrom(...givenNames),
    surname: fc.constantFrom(...surnames),
    interpreted: fc.boolean(),
  })
  .map(({ office, given, surname, interpreted }) => ({
    long: `${office[0]} ${given} ${surname}`,
    short: `${office[1]} ${surname}`,
    interpreted,
  }));

const mark = (official: Official, label: string): string =>
  official.interpreted ? `${label} (THROUGH TRANSLATOR)` : label;

const turn = (label: string, paragraphs: readonly string[]): string =>
  paragraphs.map((text, index) => (index === 0 ? `${label}:\u00a0 ${text}` : text)).join('\n\n');

const question = fc.record({
  introduced: fc.boolean(),
  reporter: fc.constantFrom(...reporters),
  outlet: fc.constantFrom(...outlets),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
  interpretedFollowUp: fc.option(paragraph, { nil: undefined }),
  answers: fc.array(fc.tuple(fc.nat(), fc.array(paragraph, { minLength: 1, maxLength: 3 })), {
    minLength: 1,
    maxLength: 2,
  }),
});

/** A whole briefing as text, in the format of the seed transcript. */
export const briefingArbitrary: fc.Arbitrary<string> = fc
  .record({
    title: fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 6 }),
    date: fc.boolean(),
    officials: fc.uniqueArray(official, {
      minLength: 1,
      maxLength: 3,
      selector: (person) => person.short,
    }),
    statements: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
    questions: fc.array(question, { maxLength: 4 }),
    crosstalk: fc.boolean(),
  })
  .map(({ title, date, officials, statements, questions, crosstalk }) => {
    const parts = [`Joint Press Briefing on ${title.map(capitalise).join(' ')}`];
    if (date) parts.push('January 28, 2020');
    for (const person of officials) parts.push(turn(mark(person, person.long), statements));
    for (const asked of questions) {
      if (asked.introduced) parts.push(`STAFF:\u00a0 ${asked.reporter}, ${asked.outlet}.`);
      const followUp =
        asked.interpretedFollowUp === undefined
          ? []
          : [`(THROUGH TRANSLATOR):\u00a0 ${asked.interpretedFollowUp}`];
      parts.push(turn('Q', [...asked.paragraphs, ...followUp]));
      for (const [index, answer] of asked.answers) {
        const person = officials[index % officials.length];
        if (person !== undefined) parts.push(turn(mark(person, person.short), answer));
      }
    }
    if (crosstalk) parts.push('(CROSSTALK)');
    return `${parts.join('\n\n')}\n`;
  });
