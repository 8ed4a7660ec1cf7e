/**
 * Month names abbreviated next to a figure ("In Sept 1760", "Jan. 12") written out, when the corpus
 * never uses the abbreviation: a question typed in short form asks about the month the coverage
 * writes in full, not about a name it never mentions. Pure.
 */
import type { WrittenOut } from './acronyms.ts';

const MONTHS: Record<string, string> = {
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August',
  sep: 'September', sept: 'September', oct: 'October', nov: 'November', dec: 'December',
};

// Capitalised, before a day or year ("Sept 1760") or after a day ("12 Jan"): elsewhere "Mar" and
// "Jan" may be a verb or a name.
const SHORT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|');
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}])(${SHORT})\\.?(?=,?\\s+\\d)|(?<=\\d\\s+)(${SHORT})\\.?(?![\\p{L}\\p{N}])`, 'gu');

/** The text with its months written out, and each as typed and as read. */
export function monthsWrittenOut(text: string, usedByCorpus: (word: string) => boolean): WrittenOut {
  const written: WrittenOut['written'] = [];
  const out = text.replace(ABBREVIATION, (whole, before?: string, after?: string) => {
    const abbreviation = (before ?? after)!.toLowerCase();
    if (usedByCorpus(abbreviation)) return whole;
    written.push({ typed: whole, read: MONTHS[abbreviation]! });
    return MONTHS[abbreviation]!;
  });
  return { text: out, written };
}
