/** The peer a user would pick instead: MiniSearch with default options over Intl.Segmenter sentences. */
import MiniSearch from 'minisearch';

export function segmentWithIntl(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

/** A sentence and the document it came from (so a mixed corpus can check the source). */
export interface PeerSentence {
  text: string;
  source: string;
}

export class MiniSearchPeer {
  private readonly search: MiniSearch<{ id: number; text: string }>;
  readonly sentences: readonly PeerSentence[];
  constructor(sentences: readonly (string | PeerSentence)[]) {
    this.sentences = sentences.map((s) => (typeof s === 'string' ? { text: s, source: '' } : s));
    this.search = new MiniSearch({ fields: ['text'], storeFields: ['text'] });
    this.search.addAll(this.sentences.map((s, id) => ({ id, text: s.text })));
  }
  /** The best `top` sentences' texts. */
  ask(question: string, top: number): string[] {
    return this.askWithSources(question, top).map((s) => s.text);
  }
  askWithSources(question: string, top: number): PeerSentence[] {
    return this.search.search(question).slice(0, top).map((r) => this.sentences[r.id as number]!);
  }
}
