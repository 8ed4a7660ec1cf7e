/**
 * SourceDocument → SegmentedDocument: every heading, paragraph sentence and list item becomes
 * a numbered Sentence that knows its section, its block and, for list items, the sentence
 * that introduces the list — so a retrieved item like "A decline in fentanyl overdose deaths" can
 * still be understood (and embedded) in context.
 */
import type { Sentence, SegmentedDocument, SourceDocument } from './types.ts';
import { formatOf, parseBlocks } from './blocks.ts';
import { splitSentences } from './segment.ts';

export function segmentDocument(doc: SourceDocument): SegmentedDocument {
  const { body, ...rest } = doc;
  const { blocks, titleBlock } = parseBlocks(body, formatOf(doc.docId));
  const sentences: Sentence[] = [];
  let section: string | null = null;

  const add = (text: string, kind: Sentence['kind'], block: number, leadIn: string | null) => {
    sentences.push({ docId: doc.docId, index: sentences.length + 1, text, kind, section, block, leadIn });
  };

  blocks.forEach((b, blockNumber) => {
    switch (b.type) {
      case 'heading':
        // A section heading belongs to the section it opens; the title heading to none.
        if (blockNumber !== titleBlock) section = b.text;
        add(b.text, 'heading', blockNumber, null);
        break;
      case 'paragraph':
        for (const s of splitSentences(b.text)) add(s, 'text', blockNumber, null);
        break;
      case 'list': {
        // The list's lead-in is the last sentence of a paragraph right above it (typically
        // "…to demonstrate progress, including:"). After a heading, or at the top, there is none.
        const previous = blocks[blockNumber - 1];
        const leadIn = previous?.type === 'paragraph' ? (splitSentences(previous.text).at(-1) ?? null) : null;
        for (const item of b.items) for (const s of splitSentences(item)) add(s, 'item', blockNumber, leadIn);
        break;
      }
    }
  });
  return { ...rest, sentences };
}
