import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { domToMarkdown, type DomNode } from '../../../src/corpus/extract/dom-to-markdown.ts';
import { parseBlocks } from '../../../src/corpus/blocks.ts';

function convert(html: string, title = 'Title'): string {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  return domToMarkdown(document.getElementById('root') as unknown as DomNode, { title });
}

describe('domToMarkdown', () => {
  test('GIVEN headings, paragraphs with inline markup and a list THEN they become Markdown blocks; the title heading is not repeated', () => {
    const md = convert('<h1>Title</h1><p>The <b>call</b> lasted <a href="/x">15 minutes</a>.<br>She said so.</p><h3>Details</h3><ol><li>One <em>item</em></li><li>Two</li></ol>');
    expect(md).toBe('The call lasted 15 minutes. She said so.\n\n### Details\n\n- One item\n- Two');
  });

  test('GIVEN figures, tables and scripts THEN their text is left out', () => {
    expect(convert('<p>Kept.</p><figure><img src="a.png"><figcaption>Photo: Reuters</figcaption></figure><table><tr><td>1</td></tr></table><script>x=1</script>')).toBe('Kept.');
  });

  test('GIVEN prose that looks like Markdown THEN it is escaped and reads back as the same paragraph', () => {
    const md = convert('<p># 1 priority</p><p>1. First, the *numbers* [sic]</p><p>- not a list</p>');
    const { blocks } = parseBlocks(md, 'markdown');
    expect(blocks).toEqual([
      { type: 'paragraph', text: '# 1 priority' },
      { type: 'paragraph', text: '1. First, the *numbers* [sic]' },
      { type: 'paragraph', text: '- not a list' },
    ]);
  });

  test('GIVEN bare text in a div between blocks THEN it is a paragraph of its own', () => {
    expect(convert('Loose text here.<p>A paragraph.</p>')).toBe('Loose text here.\n\nA paragraph.');
  });
});
