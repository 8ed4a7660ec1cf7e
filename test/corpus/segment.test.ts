import { describe, expect, it } from 'vitest';
import { normaliseWhitespace, splitSentences } from '../../src/corpus/segment.ts';

/** Each case: the paragraph, and the sentences a careful reader would cut it into. */
function expectSplit(paragraph: string, sentences: string[]): void {
  expect(splitSentences(paragraph)).toEqual(sentences);
}

describe('splitSentences', () => {
  describe('abbreviations', () => {
    it('GIVEN "U.S." before a title or name THEN the sentence is not split', () => {
      expectSplit('It included U.S. Secretary of State Marco Rubio. The talks ended.', [
        'It included U.S. Secretary of State Marco Rubio.',
        'The talks ended.',
      ]);
      expectSplit('The U.S. State Department noted that Rubio asked for "tangible results" and increased collaboration to dismantle cartel networks.', [
        'The U.S. State Department noted that Rubio asked for "tangible results" and increased collaboration to dismantle cartel networks.',
      ]);
    });

    it('GIVEN a sentence ending with "U.S." and a next sentence starting with "The" THEN it is split there', () => {
      expectSplit('The talks took place in the U.S. The call lasted 15 minutes.', [
        'The talks took place in the U.S.',
        'The call lasted 15 minutes.',
      ]);
      expectSplit('He met officials in Washington, D.C. It was his first visit.', [
        'He met officials in Washington, D.C.',
        'It was his first visit.',
      ]);
    });

    it('GIVEN "U.S." or "U.K." followed by a lower-case word or a number THEN nothing is split', () => {
      expectSplit('U.S. officials and U.K. diplomats met. The U.S. 2026 budget grew.', [
        'U.S. officials and U.K. diplomats met.',
        'The U.S. 2026 budget grew.',
      ]);
    });

    it('GIVEN titles (Mr., Mrs., Dr., St., Gen., Sen.) THEN they never end a sentence', () => {
      expectSplit('Mr. and Mrs. Smith met Dr. Jones in St. Louis with Gen. Milley and Sen. Cruz. They talked.', [
        'Mr. and Mrs. Smith met Dr. Jones in St. Louis with Gen. Milley and Sen. Cruz.',
        'They talked.',
      ]);
    });

    it('GIVEN e.g., i.e., vs. and approx. mid-sentence THEN the sentence is not split', () => {
      expectSplit('Some states, e.g. Sonora, and some cities, i.e. Tijuana, agreed. Mexico vs. Canada drew approx. 5,000 fans.', [
        'Some states, e.g. Sonora, and some cities, i.e. Tijuana, agreed.',
        'Mexico vs. Canada drew approx. 5,000 fans.',
      ]);
    });

    it('GIVEN "etc." mid-sentence THEN it continues, and GIVEN "etc." at the end THEN the next sentence starts', () => {
      expectSplit('Guns, drugs, etc. were seized. They seized guns, drugs, etc. Then they left.', [
        'Guns, drugs, etc. were seized.',
        'They seized guns, drugs, etc.',
        'Then they left.',
      ]);
    });

    it('GIVEN a month abbreviation before a day THEN it is not a boundary', () => {
      expectSplit('The call was on Jan. 12 and the reply on Feb. 3, 2026. Both were short.', [
        'The call was on Jan. 12 and the reply on Feb. 3, 2026.',
        'Both were short.',
      ]);
    });

    it('GIVEN company suffixes (Inc., Corp.) THEN they split only before a sentence starter', () => {
      expectSplit('Apple Inc. reported earnings. Shares of Acme Corp. The company fell. Acme Corp. CEO Jane Doe spoke.', [
        'Apple Inc. reported earnings.',
        'Shares of Acme Corp.',
        'The company fell.',
        'Acme Corp. CEO Jane Doe spoke.',
      ]);
    });

    it('GIVEN "No." before a number THEN it is an abbreviation, and GIVEN "No." as an answer THEN it ends the sentence', () => {
      expectSplit('He was ranked No. 5 in the poll. Was he first? No. The poll said otherwise.', [
        'He was ranked No. 5 in the poll.',
        'Was he first?',
        'No.',
        'The poll said otherwise.',
      ]);
    });

    it('GIVEN a state abbreviation (case-sensitive) THEN "Ill." is Illinois and "ill." ends a sentence', () => {
      expectSplit('He lives in Springfield, Ill. with his family. He was ill. Doctors said so.', [
        'He lives in Springfield, Ill. with his family.',
        'He was ill.',
        'Doctors said so.',
      ]);
    });
  });

  describe('initials', () => {
    it('GIVEN a run of initials THEN the name stays whole', () => {
      expectSplit('J. R. R. Tolkien wrote it. J.R.R. Tolkien was British.', [
        'J. R. R. Tolkien wrote it.',
        'J.R.R. Tolkien was British.',
      ]);
    });

    it('GIVEN a middle initial THEN the name stays whole, even before "A"', () => {
      expectSplit('John F. Kennedy and George W. Bush met J. A. Smith. They talked.', [
        'John F. Kennedy and George W. Bush met J. A. Smith.',
        'They talked.',
      ]);
    });

    it('GIVEN a single capital letter ending a sentence THEN a following sentence starter splits', () => {
      expectSplit('They chose Plan B. It worked.', ['They chose Plan B.', 'It worked.']);
    });
  });

  describe('numbers', () => {
    it('GIVEN decimals, amounts and versions THEN their dots are not boundaries', () => {
      expectSplit('Growth was 3.5 percent. It cost $1.2 billion. Version v2.0 shipped on 12.01.2026 at example.com today.', [
        'Growth was 3.5 percent.',
        'It cost $1.2 billion.',
        'Version v2.0 shipped on 12.01.2026 at example.com today.',
      ]);
    });

    it('GIVEN a sentence ending with a number THEN the next sentence still starts', () => {
      expectSplit('The rate fell to 3.5. The figures were welcomed.', ['The rate fell to 3.5.', 'The figures were welcomed.']);
    });
  });

  describe('quotes and brackets', () => {
    it('GIVEN a sentence ending inside quotes THEN the closing quote belongs to it', () => {
      expectSplit('"It is not necessary," he said. "We are sovereign." Next, he left.', [
        '"It is not necessary," he said.',
        '"We are sovereign."',
        'Next, he left.',
      ]);
      expectSplit('She said: “We are going.” Then she left.', ['She said: “We are going.”', 'Then she left.']);
    });

    it('GIVEN "Stop!" she said. THEN it is ONE sentence (lower-case after the quote)', () => {
      expectSplit('"Stop!" she said. "Why?" he asked.', ['"Stop!" she said.', '"Why?" he asked.']);
    });

    it('GIVEN an exclamation in quotes followed by a name and a verb of saying THEN it is one sentence', () => {
      expectSplit('"Enough!" President Claudia Sheinbaum told reporters.', ['"Enough!" President Claudia Sheinbaum told reporters.']);
    });

    it('GIVEN an exclamation in quotes followed by a new sentence THEN it splits', () => {
      expectSplit('"Viva Mexico!" Crowds cheered outside.', ['"Viva Mexico!"', 'Crowds cheered outside.']);
    });

    it('GIVEN a parenthesised sentence THEN the closing bracket stays with it', () => {
      expectSplit('He left early. (The talks had ended.) The rest stayed.', [
        'He left early.',
        '(The talks had ended.)',
        'The rest stayed.',
      ]);
    });

    it('GIVEN a quotation opening the next sentence THEN the boundary is before the quote', () => {
      expectSplit('He agreed. "We will cooperate," he said.', ['He agreed.', '"We will cooperate," he said.']);
    });
  });

  describe('ellipses', () => {
    it('GIVEN an ellipsis followed by a lower-case word or a name THEN the sentence continues', () => {
      expectSplit('He paused... then continued. "We will... Mexico is sovereign," she said.', [
        'He paused... then continued.',
        '"We will... Mexico is sovereign," she said.',
      ]);
    });

    it('GIVEN an ellipsis followed by a sentence starter THEN it ends the sentence', () => {
      expectSplit('He waited… Then he left. She hesitated. . . The call ended.', [
        'He waited…',
        'Then he left.',
        'She hesitated. . .',
        'The call ended.',
      ]);
    });
  });

  describe('other punctuation', () => {
    it('GIVEN question and exclamation marks THEN they end sentences', () => {
      expectSplit('Why not? Mexico said no. What?! Really.', ['Why not?', 'Mexico said no.', 'What?!', 'Really.']);
    });

    it('GIVEN a paragraph ending with a colon or no punctuation THEN it is one sentence', () => {
      expectSplit('Sheinbaum pointed to specific metrics to demonstrate progress, including:', ['Sheinbaum pointed to specific metrics to demonstrate progress, including:']);
      expectSplit('A significant decrease in homicide rates', ['A significant decrease in homicide rates']);
    });

    it('GIVEN line breaks, tabs and repeated spaces THEN sentences have single spaces', () => {
      expectSplit('  The call\nlasted\t15   minutes.\r\n  It ended.  ', ['The call lasted 15 minutes.', 'It ended.']);
    });

    it('GIVEN an empty or blank paragraph THEN there are no sentences', () => {
      expect(splitSentences('')).toEqual([]);
      expect(splitSentences(' \n\t ')).toEqual([]);
    });
  });
});

describe('normaliseWhitespace', () => {
  it('GIVEN zero-width, soft-hyphen and control characters THEN they are removed or become spaces', () => {
    expect(normaliseWhitespace('fen\u00ADtanyl\u200B and\u0007weapons\u00A0here')).toBe('fentanyl and weapons here');
  });
});
