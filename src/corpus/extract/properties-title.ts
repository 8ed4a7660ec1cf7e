/**
 * A title from a file's own properties (a PDF's Info dictionary, a Word file's core properties), when
 * it is one a reader would recognise: not the exporting program's placeholder ("Untitled",
 * "Microsoft Word - statement.docx") or a file name. Pure.
 */
export function propertiesTitle(title: string | null | undefined): string | null {
  const clean = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (!clean || /^(?:untitled|document\d*|microsoft word\b.*)$/i.test(clean) || /\.(?:docx?|pdf|odt|rtf|pages|indd|txt)$/i.test(clean)) return null;
  return clean;
}
