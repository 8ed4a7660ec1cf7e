/**
 * A small, valid Word document (.docx) written for the tests with JSZip: paragraphs in the styles
 * Word gives them (Title, Heading1, List Paragraph as a bullet list) and core properties.
 */
import JSZip from 'jszip';

export interface DocxParagraph {
  text: string;
  /** A paragraph style id of styles.xml below; none for body text. */
  style?: 'Title' | 'Heading1' | 'ListParagraph';
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

/** A relationships part: each [type (after the schemas' common prefix), target]. */
function relationships(entries: readonly [string, string][]): string {
  const lines = entries.map(([type, target], i) => `  <Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/${type}" Target="${target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\n${lines.join('\n')}\n</Relationships>`;
}

export async function minimalDocx(paragraphs: readonly DocxParagraph[], core: { title?: string; created?: string } = {}): Promise<Buffer> {
  const body = paragraphs
    .map((p) => {
      const list = p.style === 'ListParagraph' ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '';
      const props = p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/>${list}</w:pPr>` : '';
      return `<w:p>${props}<w:r><w:t xml:space="preserve">${xmlText(p.text)}</w:t></w:r></w:p>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
  <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
  <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`,
  );
  zip.file('_rels/.rels', relationships([['officeDocument/2006/relationships/officeDocument', 'word/document.xml'], ['package/2006/relationships/metadata/core-properties', 'docProps/core.xml']]));
  zip.file('word/_rels/document.xml.rels', relationships([['officeDocument/2006/relationships/styles', 'styles.xml'], ['officeDocument/2006/relationships/numbering', 'numbering.xml']]));
  zip.file('word/styles.xml', STYLES);
  zip.file('word/numbering.xml', NUMBERING);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${
      core.title !== undefined ? `<dc:title>${xmlText(core.title)}</dc:title>` : ''
    }${core.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created>` : ''}</cp:coreProperties>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A statement as a ministry writes one in Word. */
export const STATEMENT_PARAGRAPHS: DocxParagraph[] = [
  { text: 'Joint statement on security cooperation', style: 'Title' },
  { text: 'Officials of both countries met in Washington on Tuesday to review their cooperation against the cartels that traffic fentanyl and firearms across the border.' },
  { text: 'Both delegations agreed to share the tracing of seized firearms every week, and to meet again in Mexico City in the first week of March.' },
  { text: 'Next steps', style: 'Heading1' },
  { text: 'A joint unit on cartel finances will open in Monterrey.', style: 'ListParagraph' },
  { text: 'Forty analysts from both countries will staff it from April.', style: 'ListParagraph' },
  { text: 'Mexico reaffirmed that it does not accept the presence of foreign troops on its territory, & the United States said it respects that decision.' },
];
