import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createReaderTopic,
  decodeReaderTopic,
  decodeReaderTopics,
  encodeReaderTopic,
  encodeReaderTopics,
  putReaderTopic,
  removeReaderTopic,
} from '../../src/domain/topics/reader-topics';
import type { Filters } from '../../src/domain/search/filters';
import type { Topic, TopicId } from '../../src/domain/types';

function made(name: string, words: readonly string[]): Topic {
  const result = createReaderTopic(name, words);
  if (!result.ok) throw new Error(result.message);
  return result.topic;
}

const messageOf = (result: { ok: boolean; message?: string }) =>
  result.ok ? 'ok' : result.message;

describe('createReaderTopic', () => {
  it('makes a topic from a name and its words, with an id no slug can take', () => {
    expect(made('  Ruritania ', ['Ruritania', ' Ruritanian ', 'ruritania', ''])).toEqual({
      id: 'my_ruritania',
      label: 'Ruritania',
      patterns: ['Ruritania', 'Ruritanian'],
    });
  });

  it('takes the name as the only word when no words are given', () => {
    expect(made('Port Elda', [])).toEqual({
      id: 'my_port-elda',
      label: 'Port Elda',
      patterns: ['Port Elda'],
    });
  });

  it('keeps accented names and words such as "U.S." and "F-35"', () => {
    expect(made('Élysée talks', ['Élysée', 'U.S.', 'F-35']).patterns).toEqual([
      'Élysée',
      'U.S.',
      'F-35',
    ]);
  });

  it('says what is wrong with an empty, long or odd name or word', () => {
    expect(messageOf(createReaderTopic('   ', []))).toBe('Give the topic a name.');
    expect(messageOf(createReaderTopic('x'.repeat(41), []))).toBe(
      `The name “${'x'.repeat(40)}…” is too long: at most 40 characters.`,
    );
    expect(messageOf(createReaderTopic('Dams', ['#dams']))).toBe(
      'The word “#dams” can only hold letters, digits, spaces, hyphens, apostrophes, periods and “&”, starting with a letter or digit and ending with one or a period.',
    );
    expect(messageOf(createReaderTopic('Dams', ['dam_wall']))).toBe(
      'The word “dam_wall” can only hold letters, digits, spaces, hyphens, apostrophes, periods and “&”, starting with a letter or digit and ending with one or a period.',
    );
    expect(messageOf(createReaderTopic('Dams (all)', []))).toBe(
      'The name “Dams (all)” can only hold letters, digits, spaces, hyphens, apostrophes, periods and “&”, starting with a letter or digit and ending with one or a period.',
    );
  });

  it('refuses more than 12 words', () => {
    const words = Array.from({ length: 13 }, (_, index) => `word${index}`);
    expect(messageOf(createReaderTopic('Many', words))).toBe(
      'A topic can have at most 12 words; this one has 13.',
    );
  });
});

describe('the text form of reader topics', () => {
  const ruritania = made('Ruritania', ['Ruritania', 'Ruritanian']);
  const dams = made('Dams', []);

  it('is the name and the words joined by "_", or the name alone', () => {
    expect(encodeReaderTopic(ruritania)).toBe('Ruritania_Ruritania_Ruritanian');
    expect(encodeReaderTopic(dams)).toBe('Dams');
    expect(encodeReaderTopics([ruritania, dams])).toBe('Ruritania_Ruritania_Ruritanian*Dams');
  });

  it('reads back to the same topics', () => {
    expect(decodeReaderTopic('Ruritania_Ruritania_Ruritanian')).toEqual({
      ok: true,
      topic: ruritania,
    });
    expect(decodeReaderTopics('Ruritania_Ruritania_Ruritanian*Dams')).toEqual({
      ok: true,
      topics: [ruritania, dams],
    });
    expect(decodeReaderTopics('')).toEqual({ ok: true, topics: [] });
  });

  it('gives a plain message for a bad text, never a throw', () => {
    expect(messageOf(decodeReaderTopic(''))).toBe('The link names an empty topic.');
    expect(messageOf(decodeReaderTopic('Dams__dam'))).toBe(
      'The topic “Dams__dam” in the link has an empty word.',
    );
    expect(messageOf(decodeReaderTopic('<script>'))).toBe(
      'The topic in the link cannot be read. The name “<script>” can only hold letters, digits, spaces, hyphens, apostrophes, periods and “&”, starting with a letter or digit and ending with one or a period.',
    );
    expect(messageOf(decodeReaderTopics('Dams*Dams'))).toBe(
      'The link names the topic “Dams” twice.',
    );
    expect(messageOf(decodeReaderTopics('a*b*c*d*e*f*g*h*i*j*k'))).toBe(
      'A link can carry at most 10 topics of your own; this one has 11.',
    );
  });

  it('never throws, and what it reads writes back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const decoded = decodeReaderTopics(text);
        if (decoded.ok) {
          expect(decodeReaderTopics(encodeReaderTopics(decoded.topics))).toEqual(decoded);
        } else {
          expect(decoded.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every topic it makes', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9](?:[A-Za-zÀ-ÿ0-9 .'&-]{0,20}[A-Za-zÀ-ÿ0-9.])?$/);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (name, words) => {
        const result = createReaderTopic(name, words);
        if (!result.ok) return;
        expect(decodeReaderTopic(encodeReaderTopic(result.topic))).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('putReaderTopic and removeReaderTopic', () => {
  const ruritania = made('Ruritania', ['Ruritania', 'Ruritanian']);
  const start: Filters = { speakers: [], topics: ['libya' as TopicId], q: 'talks' };

  it('adds a topic last and chooses it', () => {
    const put = putReaderTopic(start, ruritania);
    expect(put).toEqual({
      ok: true,
      filters: {
        speakers: [],
        topics: ['libya', 'my_ruritania'],
        q: 'talks',
        readerTopics: [ruritania],
      },
    });
  });

  it('puts an edited topic in the place of the old one, chosen as it was', () => {
    const added = putReaderTopic(start, ruritania);
    if (!added.ok) throw new Error(added.message);
    const renamed = made('Ruritanian court', ['Strelsau']);
    expect(putReaderTopic(added.filters, renamed, 'my_ruritania' as TopicId)).toEqual({
      ok: true,
      filters: {
        speakers: [],
        topics: ['libya', 'my_ruritanian-court'],
        q: 'talks',
        readerTopics: [renamed],
      },
    });
  });

  it('refuses a second topic of the same name, and an eleventh', () => {
    const added = putReaderTopic(start, ruritania);
    if (!added.ok) throw new Error(added.message);
    expect(messageOf(putReaderTopic(added.filters, made('ruritania', ['Zenda'])))).toBe(
      'You have a topic named “Ruritania” already.',
    );
    const ten = Array.from({ length: 10 }, (_, index) => made(`Subject ${index}`, []));
    expect(messageOf(putReaderTopic({ ...start, readerTopics: ten }, ruritania))).toBe(
      'You can have at most 10 topics of your own: remove one first.',
    );
  });

  it('removes a topic and its choice, and the list when it is empty', () => {
    const added = putReaderTopic(start, ruritania);
    if (!added.ok) throw new Error(added.message);
    expect(removeReaderTopic(added.filters, 'my_ruritania' as TopicId)).toEqual(start);
  });
});
