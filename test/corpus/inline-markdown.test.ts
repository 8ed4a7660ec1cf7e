import { describe, expect, it } from 'vitest';
import { stripInlineMarkdown } from '../../src/corpus/inline-markdown.ts';

describe('stripInlineMarkdown', () => {
  it('GIVEN emphasis of every kind THEN the markers go and the words stay', () => {
    expect(stripInlineMarkdown('**bold**, __strong__, *em*, _em_, ***both***, ~~gone~~')).toBe('bold, strong, em, em, both, gone');
  });

  it('GIVEN underscores or asterisks that are not emphasis THEN they stay', () => {
    expect(stripInlineMarkdown('snake_case_name, 5 * 3 = 15, a footnote*')).toBe('snake_case_name, 5 * 3 = 15, a footnote*');
  });

  it('GIVEN links, reference links and autolinks THEN their text remains, and "[sic]" stays', () => {
    expect(stripInlineMarkdown('[the report](https://x.com/a_(b) "T"), [ref link][r], <https://x.com>, "they [sic] said"')).toBe(
      'the report, ref link, https://x.com, "they [sic] said"',
    );
  });

  it('GIVEN inline code THEN the backticks go and the code is not treated as markup', () => {
    expect(stripInlineMarkdown('run `a_b *c*` now')).toBe('run a_b *c* now');
  });

  it('GIVEN images, footnote marks, HTML tags and entities THEN they are removed or decoded', () => {
    expect(stripInlineMarkdown('A![x](p.png) claim[^1] <b>here</b> &amp; &#8220;there&#8221;&nbsp;now')).toBe('A claim here & “there” now');
  });

  it('GIVEN backslash escapes THEN the escaped character is kept literally', () => {
    expect(stripInlineMarkdown('\\*not emphasis\\* and \\_this\\_')).toBe('*not emphasis* and _this_');
  });
});
