import { describe, expect, it } from 'vitest';
import { ADDED_SENTENCES, editDocument } from '../../scripts/bench/change-document.ts';
import { countSentences } from '../../scripts/bench/corpus.ts';

describe('editDocument', () => {
  it('GIVEN a document THEN exactly two sentences are added: one after the title, one at the end', () => {
    const text = 'ls(1) — list\n\nNAME\n\nls - list directory contents.\n\nDESCRIPTION\n\nList information about the files. Sort entries.\n';
    const edited = editDocument(text);
    expect(countSentences('a.txt', edited)).toBe(countSentences('a.txt', text) + 2);
    expect(edited.startsWith(`ls(1) — list\n\n${ADDED_SENTENCES[0]}\n\nNAME`)).toBe(true);
    expect(edited.trimEnd().endsWith(ADDED_SENTENCES[1])).toBe(true);
  });
});
