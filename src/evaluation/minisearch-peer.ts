/** The peer a user would pick instead: MiniSearch with default options over Intl.Segmenter sentences. */
import MiniSearch from 'minisearch';

export function segmentWithIntl(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

export class MiniSearchPeer {
  private readonly search: MiniSearch<{ id: number; text: string }>;
  constructor(readonly sentences: readonly string[]) {
    this.search = new MiniSearch({ fields: ['text'], storeFields: ['text'] });
    this.search.addAll(sentences.map((text, id) => ({ id, text })));
  }
  ask(question: string, top: number): string[] {
    return this.search.search(question).slice(0, top).map((r) => this.sentences[r.id as number]!);
  }
}
