import { describe, expect, it } from 'vitest';
import { englishWrittenOut, withAbbreviationsWrittenOut, writtenOut } from '../../src/retrieval/acronyms.ts';

const SENTENCES = [
  'After World War II, the Soviet Union installed socialist regimes.',
  'The Ottoman Empire allied with Germany in World War I.',
  'The American Automobile Association reported that 20% of stations ran out.',
  'The Organization of Arab Petroleum Exporting Countries proclaimed an oil embargo.',
  'He moved to New York in 1902, and to New York again in 1910.',
];
const table = writtenOut(SENTENCES);
const unknown = () => false;
const read = (question: string, used: (word: string) => boolean = unknown) => withAbbreviationsWrittenOut(question, (a) => table.get(a), used).text;

describe('abbreviations the coverage writes out', () => {
  it('GIVEN runs of capitalised words THEN their initials abbreviate them, small words inside left out and a numeral kept', () => {
    expect(table.get('WWII')).toBe('World War II');
    expect(table.get('WWI')).toBe('World War I');
    expect(table.get('AAA')).toBe('American Automobile Association');
    expect(table.get('OAPEC')).toBe('Organization of Arab Petroleum Exporting Countries');
    expect(table.get('NY')).toBe('New York');
  });

  it('GIVEN a sentence\'s first word, or a run read from its middle THEN no abbreviation comes of it', () => {
    // "After" is capitalised for its place; "Exporting Countries" is the end of a longer name.
    expect(table.has('AWWII')).toBe(false);
    expect(table.has('EC')).toBe(false);
    expect(table.has('APEC')).toBe(false);
    // Nor from initials, which abbreviate already: "U.S." is no "U S".
    expect(writtenOut(['The U.S. State Department said so.']).get('US')).toBeUndefined();
    // Nor across punctuation: "Cologne, Germany" is two names.
    expect(writtenOut(['The city of Cologne, Germany lies on the Rhine.']).has('CG')).toBe(false);
    // Nor from the start of a longer name, but before its numeral: "President Marcelo" is no "PM".
    expect(writtenOut(['President Marcelo Rebelo de Sousa will begin talks on Wednesday.']).has('PM')).toBe(false);
    expect(table.get('WW')).toBe('World War');
  });

  it('GIVEN a question with an abbreviation the coverage never uses THEN it is read as the words it stands for', () => {
    expect(read('What campaign did the regime initiate after WWII?')).toBe('What campaign did the regime initiate after World War II?');
    expect(read('Who did the Ottoman empire ally with in WW I?')).toBe('Who did the Ottoman empire ally with in World War I?');
    expect(read('Who won WW2?')).toBe('Who won World War II?');
    expect(read('According to the AAA, how many stations ran out?')).toBe('According to the American Automobile Association, how many stations ran out?');
    // Each as typed and as read, for the reply to say.
    expect(withAbbreviationsWrittenOut('Who won WW2 and WWII?', (a) => table.get(a), unknown).written).toEqual([
      { typed: 'WW2', read: 'World War II' },
      { typed: 'WWII', read: 'World War II' },
    ]);
    expect(withAbbreviationsWrittenOut('Who won?', (a) => table.get(a), unknown).written).toEqual([]);
  });

  it('GIVEN an abbreviation the coverage uses itself, none it writes out, or a question typed in capitals THEN the question is left as typed', () => {
    expect(read('What did the AAA report?', (w) => w === 'AAA')).toBe('What did the AAA report?');
    expect(read('What did NATO decide?')).toBe('What did NATO decide?');
    expect(read('WHAT HAPPENED AFTER WWII?')).toBe('WHAT HAPPENED AFTER WWII?');
    expect(read('IS it over?')).toBe('IS it over?');
  });
});

describe('English initialisms the coverage writes out in lower case ("chief executive")', () => {
  // A coverage that writes "chief executive" and "gross domestic product", each word after the one before.
  const coverage = ['chief', 'executive', 'gross', 'domestic', 'product'];
  const used = (w: string) => coverage.includes(w);
  const together = (a: string, b: string) => coverage.indexOf(b) === coverage.indexOf(a) + 1;

  it('GIVEN an initialism English writes out THEN it is read as its words, as far as the coverage writes them, two at least', () => {
    expect(englishWrittenOut('CEO', used, together)).toBe('chief executive');
    expect(englishWrittenOut('gdp', used, together)).toBe('gross domestic product');
    // One word of it, or words the coverage never writes together, is not it.
    expect(englishWrittenOut('CEO', (w) => w === 'chief', together)).toBeUndefined();
    expect(englishWrittenOut('CEO', used, () => false)).toBeUndefined();
    expect(englishWrittenOut('XQZ', used, together)).toBeUndefined();
  });

  it('GIVEN a question with one, in capitals or typed in lower case THEN it is read so and says so; a stop word or an English word ("who", "aids") is not one', () => {
    const english = (t: string) => englishWrittenOut(t, used, together);
    const out = withAbbreviationsWrittenOut('what did the CEO say', () => undefined, used, english);
    expect(out.text).toBe('what did the chief executive say');
    expect(out.written).toEqual([{ typed: 'CEO', read: 'chief executive' }]);
    expect(withAbbreviationsWrittenOut('who is the ceo', () => undefined, used, english).text).toBe('who is the chief executive');
    expect(withAbbreviationsWrittenOut('who said it', () => undefined, used, english).text).toBe('who said it');
    expect(withAbbreviationsWrittenOut('what aids were sent', () => undefined, used, english).text).toBe('what aids were sent');
  });
});
