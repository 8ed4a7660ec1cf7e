import { describe, expect, it } from 'vitest';
import { monthsWrittenOut } from '../../src/retrieval/month-names.ts';

const never = () => false;
const out = (text: string, used: (w: string) => boolean) => monthsWrittenOut(text, used).text;

describe('month names written out', () => {
  it('GIVEN an abbreviated month before a day or year, or after a day THEN it is written in full', () => {
    expect(out('In Sept 1760 who negotiated?', never)).toBe('In September 1760 who negotiated?');
    expect(out('What happened on Jan. 12, 2026?', never)).toBe('What happened on January 12, 2026?');
    expect(out('What happened on 12 Jan?', never)).toBe('What happened on 12 January?');
    expect(out('Was it Dec, 1941?', never)).toBe('Was it December, 1941?');
  });

  it('GIVEN the same letters with no figure beside them, in lower case, inside a word, or used by the corpus THEN the text is unchanged', () => {
    expect(out('Did Jan Smuts mar the treaty?', never)).toBe('Did Jan Smuts mar the treaty?');
    expect(out('What did sept 1760 mean?', never)).toBe('What did sept 1760 mean?');
    expect(out('Who took Marseille 1944?', never)).toBe('Who took Marseille 1944?');
    expect(out('In Sept 1760 who negotiated?', (w) => w === 'sept')).toBe('In Sept 1760 who negotiated?');
  });
});

describe('the months written out, for the member', () => {
  it('GIVEN abbreviated months THEN each is listed as typed and as read', () => {
    expect(monthsWrittenOut('From Sept. 1760 to 12 Jan 1761?', never).written).toEqual([
      { typed: 'Sept.', read: 'September' },
      { typed: 'Jan', read: 'January' },
    ]);
  });
});
