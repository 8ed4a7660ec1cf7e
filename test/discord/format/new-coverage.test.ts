import { describe, expect, test } from 'vitest';
import { formatNewCoverage, type CoverageNews } from '../../../src/discord/format/new-coverage.ts';
import type { DocumentInfo } from '../../../src/engine/types.ts';
import { LIMITS } from '../../../src/discord/replies.ts';

const talks: DocumentInfo = { docId: 'talks.md', title: 'Talks *resume*', sentences: 30, url: 'https://news.example/talks', date: '2026-01-13', publisher: 'The _Courier_' };
const museum: DocumentInfo = { docId: 'museum.md', title: 'Museum reopens', sentences: 4, url: null, date: null };

const news = (n: Partial<CoverageNews>): CoverageNews => ({ added: [], back: [], updated: [], restored: [], ...n });

describe('formatNewCoverage', () => {
  test('GIVEN a document added THEN its title linked, outlet and date, and how to ask', () => {
    expect(formatNewCoverage(news({ added: [talks] }))?.content).toBe(
      '📰 **New coverage** (1 document):\n• [Talks \\*resume\\*](https://news.example/talks) · The \\_Courier\\_ · 13 Jan 2026\nAsk about it with `/ask`, or mention me with your question.',
    );
  });

  test('GIVEN documents added and updated THEN both sections, a document with no link in bold and nothing about what it lacks', () => {
    const content = formatNewCoverage(news({ added: [museum], updated: [talks] }))?.content ?? '';
    expect(content).toMatch(/^📰 \*\*New coverage\*\* \(1 document\):\n• \*\*Museum reopens\*\*\n🔄 \*\*Updated\*\* \(1 document\): answers now quote the new version\.\n• \[Talks/);
  });

  test('GIVEN documents restored THEN back in the coverage, or back to an earlier version, not new or updated', () => {
    expect(formatNewCoverage(news({ back: [museum], restored: [talks] }))?.content).toBe(
      '↩️ **Back in the coverage** (1 document):\n• **Museum reopens**\n' +
        '↩️ **An earlier version restored** (1 document): answers now quote it again.\n• [Talks \\*resume\\*](https://news.example/talks) · The \\_Courier\\_ · 13 Jan 2026\n' +
        'Ask about it with `/ask`, or mention me with your question.',
    );
  });

  test('GIVEN nothing added or updated THEN no post', () => {
    expect(formatNewCoverage(news({}))).toBeNull();
  });

  test('GIVEN a folder of 300 documents copied in THEN one message within Discord\'s limit, the rest counted', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...talks, docId: `d${i}.md`, title: `A report on the harbour pilots' strike, day ${i + 1}` }));
    const content = formatNewCoverage(news({ added: many, updated: many.slice(0, 50) }))?.content ?? '';
    expect(content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(content).toMatch(/…and \d+ documents more/);
    expect(content).toContain('🔄 **Updated** (50 documents)');
    expect(content.endsWith('Ask about it with `/ask`, or mention me with your question.')).toBe(true);
  });
});
