import { describe, expect, it } from 'vitest';
import { readCall } from '../../src/domain/transcript/calls';
import { resolveQuestioners } from '../../src/domain/transcript/questioners';
import type { TurnSketch } from '../../src/domain/transcript/questioners';
import {
  isFollowUp,
  isModeratorCue,
  readSelfIntroduction,
  readStaffIntroduction,
} from '../../src/domain/transcript/reporters';

describe('readStaffIntroduction', () => {
  it('reads "Name, Outlet." with the outlet as written', () => {
    expect(readStaffIntroduction('Luis Martinez, ABC News.')).toEqual({
      name: 'Luis Martinez',
      outlet: 'ABC News',
    });
    expect(readStaffIntroduction('Jeff Schogol, Task & Force.')).toEqual({
      name: 'Jeff Schogol',
      outlet: 'Task & Force',
    });
  });

  it('reads a lead-in before the name', () => {
    expect(readStaffIntroduction('Next question, Anna Klein, Reuters.')).toEqual({
      name: 'Anna Klein',
      outlet: 'Reuters',
    });
  });

  it('does not read closing thanks, a single first name or a long turn as an introduction', () => {
    expect(readStaffIntroduction('Thank you all.')).toBeUndefined();
    expect(readStaffIntroduction('Go ahead, Jeff.')).toBeUndefined();
    expect(
      readStaffIntroduction(
        'We will take questions now, and I ask you to keep them short, Luis Martinez, ABC News, and then the others in the room.',
      ),
    ).toBeUndefined();
  });
});

describe('readSelfIntroduction', () => {
  it('reads "Hi, Name with Outlet." and keeps it to the first sentence', () => {
    expect(
      readSelfIntroduction('Hi, Luis Martinez with ABC News.  Mr. Secretary, a question.'),
    ).toEqual({ name: 'Luis Martinez', outlet: 'ABC News' });
  });

  it('names an inaudible reporter by outlet alone', () => {
    expect(readSelfIntroduction('(inaudible), RAI Television.')).toEqual({
      outlet: 'RAI Television',
    });
  });

  it('reads "Name from Outlet" after addressing the official', () => {
    expect(readSelfIntroduction('Jane, Tom Lee from Daily Planet. What about Africa?')).toEqual({
      name: 'Tom Lee',
      outlet: 'Daily Planet',
    });
  });

  it('does not take an address to an official or a question for an introduction', () => {
    expect(readSelfIntroduction('Thank you.')).toBeUndefined();
    expect(
      readSelfIntroduction('Mr. Secretary, a question for you and the minister.'),
    ).toBeUndefined();
    expect(readSelfIntroduction('Mr. Secretary, NATO allies are worried.')).toBeUndefined();
    expect(
      readSelfIntroduction('Secretary Esper, are you satisfied with the degree of cooperation?'),
    ).toBeUndefined();
    expect(
      readSelfIntroduction('Minister Guerini, Libya in particular, (inaudible) regular troops.'),
    ).toBeUndefined();
  });
});

describe('cues and follow-ups', () => {
  it('reads a moderator cue', () => {
    expect(isModeratorCue('Bob, go ahead.')).toBe(true);
    expect(isModeratorCue('Is that the next step?')).toBe(false);
    expect(
      isModeratorCue('The drawdown in Afghanistan will follow conditions on the ground.'),
    ).toBe(false);
  });

  it('reads a follow-up question', () => {
    expect(isFollowUp('And the Taliban talks?')).toBe(true);
    expect(isFollowUp('Just to follow up on that, when?')).toBe(true);
    expect(isFollowUp('Minister Guerini, have you talked about Iraq?')).toBe(false);
  });
});

describe('resolveQuestioners', () => {
  // A one-paragraph turn: its first and last paragraph are the same.
  const said = (kind: TurnSketch['kind'], text: string): TurnSketch => ({
    kind,
    label: kind === 'staff' ? 'STAFF' : 'MR. SMITH',
    firstText: text,
    lastText: text,
    paragraphs: 1,
  });
  const staff = (text: string): TurnSketch => said('staff', text);
  const official = (text: string): TurnSketch => said('official', text);
  const question = (firstText: string, label = 'Q'): TurnSketch => ({
    kind: 'reporter',
    label,
    firstText,
    lastText: firstText,
    paragraphs: 1,
  });

  it('names the reporter introduced by staff and marks the introduction', () => {
    const result = resolveQuestioners([
      staff('Luis Martinez, ABC News.'),
      question('Hi, Luis Martinez with ABC News.'),
      official('Landmines are a tool.'),
    ]);
    expect(result.reporters[1]).toMatchObject({
      name: 'Luis Martinez',
      affiliation: 'ABC News',
      idBase: 'r-luis-martinez',
    });
    expect(result.introduces).toEqual([true, false, false]);
  });

  it('makes the same name one reporter, and unintroduced questions under another label new ones', () => {
    const result = resolveQuestioners([
      staff('Luis Martinez, ABC News.'),
      question('What about Iraq?'),
      official('We stay.'),
      question('Minister, what about Libya?', 'Q (THROUGH TRANSLATOR)'),
      official('We talk.'),
      staff('Luis Martinez, ABC News.'),
      question('One more on Iraq?'),
      official('Yes.'),
      question('Secretary, and 5G?', 'QUESTION'),
    ]);
    const [, first, , second, , , third, , fourth] = result.reporters;
    expect(third).toBe(first);
    expect(second).not.toBe(first);
    expect(fourth).not.toBe(second);
    expect([second?.name, fourth?.name]).toEqual(['Unnamed reporter 1', 'Unnamed reporter 2']);
    expect([second?.idBase, fourth?.idBase]).toEqual(['r-unnamed-1', 'r-unnamed-2']);
  });

  it('keeps questions with the reporter someone called on until another is called', () => {
    const result = resolveQuestioners([
      official('We welcome the ceasefire. Courtney?'),
      question('Thanks, Dana. When will the talks resume?'),
      official('Next week.'),
      question('Who will attend?'),
      official('Both sides. Phil.'),
      question('On the harbor bill, is it paid for?'),
      official('It is.'),
      question('By whom?'),
    ]);
    expect(result.reporters.map((draft) => draft?.name)).toEqual([
      undefined,
      'Courtney',
      undefined,
      'Courtney',
      undefined,
      'Phil',
      undefined,
      'Phil',
    ]);
    expect(result.followsUp).toEqual([false, false, false, true, false, false, false, true]);
    // The calls close answers, so they stay in the exchange before.
    expect(result.introduces).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('gives a reporter first called by first name the full name given later', () => {
    const result = resolveQuestioners([
      official('Mira?'),
      question('What about the port?'),
      official('On the phone, Leila Okonjo, Northern Wire.'),
      question('Is the ceasefire holding?'),
      official('It is. Mira, you had one more?'),
      question('Thanks. Mira Sand, Harbor Daily. Is there a date?'),
    ]);
    const [, mira, , leila, , miraAgain] = result.reporters;
    expect(mira).toBe(miraAgain);
    expect(mira).toMatchObject({ name: 'Mira Sand', affiliation: 'Harbor Daily' });
    expect(leila).toMatchObject({ name: 'Leila Okonjo', affiliation: 'Northern Wire' });
    expect(result.introduces).toEqual([true, false, true, false, false, false]);
  });

  it('gives a follow-up and a question right after a question to the same reporter', () => {
    const result = resolveQuestioners([
      question('Bob Barnes, Associated Press.  General, the troops?'),
      question('Also, the timeline?'),
      official('Conditions decide.'),
      question('And the Taliban talks?'),
    ]);
    expect(result.reporters[1]).toBe(result.reporters[0]);
    expect(result.reporters[3]).toBe(result.reporters[0]);
    expect(result.followsUp).toEqual([false, true, false, true]);
  });

  it('lets an official who moderates introduce or cue a question', () => {
    const result = resolveQuestioners([
      official('Next question, Anna Klein, Reuters.'),
      question('What about Huawei?'),
      official('Bob, go ahead.'),
      question('What about the drawdown?'),
    ]);
    expect(result.reporters[1]).toMatchObject({ name: 'Anna Klein', affiliation: 'Reuters' });
    expect(result.introduces).toEqual([true, false, true, false]);
    // A reporter called by first name alone is named so.
    expect(result.reporters[3]).toMatchObject({ name: 'Bob', idBase: 'r-bob' });
  });
});

describe('readCall', () => {
  it('reads a reporter called at the end of a turn, by first name or with an outlet', () => {
    expect(readCall('We welcome the ceasefire. Courtney?')).toEqual({
      call: { name: 'Courtney' },
      alone: false,
    });
    expect(readCall('Phil.')).toEqual({ call: { name: 'Phil' }, alone: true });
    expect(readCall('Nancy, go ahead.')?.call).toEqual({ name: 'Nancy' });
    expect(readCall('Go ahead, Courtney.')?.call).toEqual({ name: 'Courtney' });
    expect(readCall('On the phone, Jane Roe, Northern Wire.')?.call).toEqual({
      name: 'Jane Roe',
      outlet: 'Northern Wire',
    });
    expect(readCall("We'll start with Piotr Zielak from Radio Kresy.")?.call).toEqual({
      name: 'Piotr Zielak',
      outlet: 'Radio Kresy',
    });
    expect(readCall('Mira, you had one more?')?.call).toEqual({ name: 'Mira' });
    expect(readCall('Yes, KTV?')?.call).toEqual({ outlet: 'KTV' });
  });

  it('reads the floor handed to someone unnamed', () => {
    expect(readCall('Not this week. Yes, in the back.')).toEqual({ call: 'unnamed', alone: false });
  });

  it('does not read answers, thanks or a country said again as calls', () => {
    expect(readCall('Thank you, Jane.')).toBeUndefined();
    expect(readCall('Absolutely.')).toBeUndefined();
    expect(readCall('Not yet. Thanks, everybody.')).toBeUndefined();
    expect(readCall('We discussed the border with Estonia. Estonia.')).toBeUndefined();
    expect(readCall('The ministers met in Lusaka and agreed on the next steps.')).toBeUndefined();
  });
});

describe('self-introductions after a greeting', () => {
  it('reads "Thanks, Tomas. Name with Outlet." and not the greeting', () => {
    expect(
      readSelfIntroduction('Thanks, Tomas. Leila Okonjo with Northern Wire. Is it holding?'),
    ).toEqual({ name: 'Leila Okonjo', outlet: 'Northern Wire' });
    expect(readSelfIntroduction('Thanks, John. Can you say more?')).toBeUndefined();
    expect(readSelfIntroduction('Thanks, John.')).toBeUndefined();
  });
});
