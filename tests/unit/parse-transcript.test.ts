import { describe, expect, it } from 'vitest';
import { briefingText } from '../../src/content/seeds';
import { defaultTopics } from '../../src/content/topics';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Turn } from '../../src/domain/types';

const transcript = parseTranscript(briefingText);

function turn(id: string): Turn {
  const found = transcript.turns.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no turn ${id}`);
  return found;
}
const speaker = (id: string) => transcript.speakers.find((candidate) => candidate.id === id);
const slice = (span: { start: number; end: number }) => briefingText.slice(span.start, span.end);
const turnsWithTopic = (topicId: string) =>
  transcript.turns
    .filter((candidate) => candidate.topics.includes(topicId as never))
    .map((t) => t.id);

describe('parseTranscript on the shipped briefing: front matter', () => {
  it('finds the title after the page furniture and sets the furniture aside', () => {
    expect(transcript.title).toBe(
      'Secretary of Defense Dr. Mark T. Esper and Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing',
    );
    expect(transcript.titleSpan && slice(transcript.titleSpan)).toBe(transcript.title);
    expect(transcript.boilerplate).toHaveLength(7);
    expect(transcript.boilerplate.every((block) => block.kind === 'boilerplate')).toBe(true);
    expect(transcript.boilerplate[0]?.text).toBe(
      'An official website of the United States Government',
    );
    expect(transcript.diagnostics).toEqual([
      expect.objectContaining({
        code: 'boilerplate-dropped',
        message: '7 lines of page text before the title were set aside.',
      }),
    ]);
    expect(transcript.preamble).toEqual([]);
  });

  it('names the publisher from the defense.gov notice', () => {
    expect(transcript.source).toEqual({ publisher: 'U.S. Department of Defense' });
  });
});

describe('parseTranscript on the shipped briefing: labels and turns', () => {
  it('reads 19 turns, 7 speakers and 6 exchanges', () => {
    expect(transcript.turns.map((t) => t.id)).toEqual(
      Array.from({ length: 19 }, (_, index) => `t${index + 1}`),
    );
    expect(transcript.speakers).toHaveLength(7);
    expect(transcript.exchanges).toHaveLength(6);
  });

  it('ends a label at its colon and starts the speech after the no-break space', () => {
    const first = turn('t1');
    expect(first.label).toBe('SECRETARY OF DEFENSE DR. MARK T. ESPER');
    expect(slice(first.labelSpan)).toBe('SECRETARY OF DEFENSE DR. MARK T. ESPER:');
    expect(briefingText[first.labelSpan.end]).toBe('\u00a0');
    expect(first.paragraphs[0]?.text).toBe('Well, good morning, everyone.');
  });

  it('keeps a colon inside speech as speech', () => {
    expect(turn('t5').paragraphs[1]?.text).toMatch(/^I would just say this much:\u00a0 Landmines/);
    expect(turn('t5').label).toBe('SEC. ESPER');
  });

  it('marks turns whose label carries the translator note as interpreted', () => {
    const opening = turn('t2');
    expect(opening.label).toBe('ITALIAN MINISTER OF DEFENSE LORENZO GUERINI (THROUGH TRANSLATOR)');
    expect(opening.interpreted).toBe(true);
    expect(opening.paragraphs.every((paragraph) => paragraph.interpreted)).toBe(true);
    expect(turn('t17')).toMatchObject({ label: 'MIN. GUERINI', interpreted: false });
  });

  it('reads a mid-turn (THROUGH TRANSLATOR): as an interpreted paragraph of the same speaker', () => {
    const question = turn('t7');
    expect(question.speakerId).toBe('r-rai-television');
    expect(question.interpreted).toBe(false);
    expect(question.paragraphs.map((paragraph) => paragraph.interpreted)).toEqual([
      false,
      false,
      true,
    ]);
    expect(question.paragraphs[2]?.text).toMatch(/^Minister Guerini, Libya in particular/);
    expect(turn('t8').speakerId).toBe('s-esper');
  });

  it('reads (CROSSTALK) as a stage direction of the turn it sits in', () => {
    const pleasantry = turn('t18');
    expect(pleasantry.speakerId).toBe('s-esper');
    expect(pleasantry.paragraphs.map((paragraph) => [paragraph.text, paragraph.stage])).toEqual([
      ['Pleasure to see you.', false],
      ['(CROSSTALK)', true],
    ]);
  });

  it('keeps (inaudible) inside a sentence as speech', () => {
    const [first] = turn('t13').paragraphs;
    expect(first?.text).toMatch(/^\(inaudible\) contributed to increased tensions in Libya\./);
    expect(first?.stage).toBe(false);
    expect(transcript.turns.flatMap((t) => t.paragraphs).filter((p) => p.stage)).toHaveLength(1);
  });

  it('gives every paragraph the text its offsets hold, trimmed', () => {
    for (const paragraph of transcript.turns.flatMap((t) => t.paragraphs)) {
      expect(slice(paragraph)).toBe(paragraph.text);
      expect(paragraph.text).toBe(paragraph.text.trim());
    }
  });
});

describe('parseTranscript on the shipped briefing: speakers', () => {
  it('resolves the long and short labels of the secretary to one official', () => {
    expect(speaker('s-esper')).toEqual({
      id: 's-esper',
      name: 'Mark T. Esper',
      kind: 'official',
      role: 'Secretary of Defense',
      affiliation: 'United States',
      labels: ['SECRETARY OF DEFENSE DR. MARK T. ESPER', 'SEC. ESPER'],
    });
  });

  it('resolves the minister, with and without the translator note, to one official of Italy', () => {
    expect(speaker('s-guerini')).toEqual({
      id: 's-guerini',
      name: 'Lorenzo Guerini',
      kind: 'official',
      role: 'Minister of Defense',
      affiliation: 'Italy',
      labels: [
        'ITALIAN MINISTER OF DEFENSE LORENZO GUERINI (THROUGH TRANSLATOR)',
        'MIN. GUERINI (THROUGH TRANSLATOR)',
        'MIN. GUERINI',
      ],
    });
  });

  it('names the reporter that staff introduces and who introduces himself', () => {
    expect(turn('t3')).toMatchObject({ speakerId: 'staff', label: 'STAFF' });
    expect(turn('t4').speakerId).toBe('r-luis-martinez');
    expect(speaker('r-luis-martinez')).toEqual({
      id: 'r-luis-martinez',
      name: 'Luis Martinez',
      kind: 'reporter',
      affiliation: 'ABC News',
      labels: ['Q'],
    });
    // The self-introduction stays in the text: nothing is dropped.
    expect(turn('t4').paragraphs[0]?.text).toBe('Hi, Luis Martinez with ABC News.');
  });

  it('names an inaudible reporter by outlet', () => {
    expect(turn('t7').paragraphs[0]?.text).toBe('(inaudible), RAI Television.');
    expect(speaker('r-rai-television')).toMatchObject({
      name: 'RAI Television reporter',
      kind: 'reporter',
      affiliation: 'RAI Television',
    });
  });

  it('takes the outlet as written from a staff introduction', () => {
    expect(turn('t11').speakerId).toBe('r-jeff-schogol');
    expect(speaker('r-jeff-schogol')).toMatchObject({
      name: 'Jeff Schogol',
      affiliation: 'Task & Force',
    });
  });

  it('makes an unintroduced interpreted question a distinct unnamed reporter', () => {
    expect(turn('t14')).toMatchObject({
      label: 'Q (THROUGH TRANSLATOR)',
      interpreted: true,
      speakerId: 'r-unnamed-1',
    });
    expect(speaker('r-unnamed-1')).toEqual({
      id: 'r-unnamed-1',
      name: 'Unnamed reporter',
      kind: 'reporter',
      labels: ['Q (THROUGH TRANSLATOR)'],
    });
  });

  it('lists speakers in order of first appearance', () => {
    expect(transcript.speakers.map((s) => s.id)).toEqual([
      's-esper',
      's-guerini',
      'staff',
      'r-luis-martinez',
      'r-rai-television',
      'r-jeff-schogol',
      'r-unnamed-1',
    ]);
  });
});

describe('parseTranscript on the shipped briefing: exchanges and topics', () => {
  it('groups statements, four questions and the closing', () => {
    expect(
      transcript.exchanges.map((exchange) => [
        exchange.id,
        exchange.kind,
        exchange.turnIds,
        exchange.questionNumber,
        exchange.questionerId,
      ]),
    ).toEqual([
      ['x1', 'statements', ['t1', 't2'], undefined, undefined],
      ['x2', 'question', ['t3', 't4', 't5', 't6'], 1, 'r-luis-martinez'],
      ['x3', 'question', ['t7', 't8', 't9'], 2, 'r-rai-television'],
      ['x4', 'question', ['t10', 't11', 't12', 't13'], 3, 'r-jeff-schogol'],
      ['x5', 'question', ['t14', 't15', 't16'], 4, 'r-unnamed-1'],
      ['x6', 'closing', ['t17', 't18', 't19'], undefined, undefined],
    ]);
  });

  it('titles exchanges by number, questioner and most mentioned topics', () => {
    expect(transcript.exchanges.map((exchange) => exchange.title)).toEqual([
      'Opening statements',
      'Question 1 · Luis Martinez, ABC News · Afghanistan, Landmines, NATO',
      'Question 2 · RAI Television reporter · Libya, NATO, Cooperation',
      'Question 3 · Jeff Schogol, Task & Force · Landmines, Libya, Russia',
      'Question 4 · Unnamed reporter · Iraq, 5G, NATO',
      'Closing',
    ]);
  });

  it('tags the four required topics on exactly the turns that mention them', () => {
    expect(turnsWithTopic('libya')).toEqual(['t2', 't7', 't9', 't11', 't13']);
    expect(turnsWithTopic('afghanistan')).toEqual(['t1', 't2', 't4', 't6', 't8']);
    expect(turnsWithTopic('landmines')).toEqual(['t4', 't5', 't11', 't12']);
    expect(turnsWithTopic('5g')).toEqual(['t14', 't16']);
  });

  it('finds "Khalifa Haftar" as Libya, "mine fields" as landmines and Huawei as 5G', () => {
    const mentioned = (id: string) =>
      turn(id).paragraphs.flatMap((p) => p.mentions.map((m) => [m.topicId, slice(m)]));
    expect(mentioned('t11')).toEqual(
      expect.arrayContaining([
        ['landmines', 'mine fields'],
        ['libya', 'Haftar'],
      ]),
    );
    expect(mentioned('t16')).toEqual(expect.arrayContaining([['5g', 'Huawei']]));
  });

  it("gives each exchange the union of its turns' topics in topic-list order", () => {
    const order = defaultTopics.map((topic) => topic.id);
    for (const exchange of transcript.exchanges) {
      const union = new Set(exchange.turnIds.flatMap((id) => turn(id).topics));
      expect(exchange.topics).toEqual(order.filter((id) => union.has(id)));
    }
  });

  it('puts every paragraph exactly where the blank-line blocks of the text are', () => {
    // Found apart from the parser: the blocks between blank lines after the title, less the label
    // or translator mark that opens them and the white space around them.
    const expected: [number, number][] = [];
    const title = briefingText.indexOf('Joint Press Briefing\n') + 'Joint Press Briefing'.length;
    for (const match of briefingText.slice(title).matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
      const opening =
        /^(?:[A-Z][A-Z. ]*(?: \(THROUGH TRANSLATOR\))?|\(THROUGH TRANSLATOR\)):[\s\u00a0]*/.exec(
          match[0],
        );
      const start = title + match.index + (opening?.[0].length ?? 0);
      const end = title + match.index + match[0].trimEnd().length;
      expect(briefingText.slice(start, end).trim()).toBe(briefingText.slice(start, end));
      if (end > start) expected.push([start, end]);
    }
    const found = transcript.turns.flatMap((t) => t.paragraphs.map((p) => [p.start, p.end]));
    expect(found).toEqual(expected);
    expect(found).toHaveLength(67);
    expect(transcript.turns.map((t) => [t.label, t.paragraphs.length])).toEqual([
      ['SECRETARY OF DEFENSE DR. MARK T. ESPER', 9],
      ['ITALIAN MINISTER OF DEFENSE LORENZO GUERINI (THROUGH TRANSLATOR)', 10],
      ['STAFF', 1],
      ['Q', 3],
      ['SEC. ESPER', 3],
      ['MIN. GUERINI (THROUGH TRANSLATOR)', 5],
      ['Q', 3],
      ['SEC. ESPER', 5],
      ['MIN. GUERINI (THROUGH TRANSLATOR)', 4],
      ['STAFF', 1],
      ['Q', 4],
      ['SEC. ESPER', 4],
      ['MIN. GUERINI (THROUGH TRANSLATOR)', 2],
      ['Q (THROUGH TRANSLATOR)', 2],
      ['MIN. GUERINI (THROUGH TRANSLATOR)', 3],
      ['SEC. ESPER', 4],
      ['MIN. GUERINI', 1],
      ['SEC. ESPER', 2],
      ['STAFF', 1],
    ]);
  });

  it('parses the same text to the same result twice', () => {
    expect(parseTranscript(briefingText)).toEqual(transcript);
  });
});
