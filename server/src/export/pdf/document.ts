import PDFDocument from 'pdfkit';
import { registerFonts } from '../fonts.js';
import type { ExportWords } from '../words.js';

/**
 * A pdfkit document set up for the archive: PDF/A-2a (PDF 1.7, tagged, with
 * the language set, the XMP declaring the conformance, sRGB output intent),
 * DejaVu Sans embedded for every glyph drawn, no scripts, no transparency.
 */
export const PAGE = { size: 'A4', margin: 56, footer: 28 } as const;

export const TYPE = {
  h1: 22,
  h2: 15,
  h3: 12,
  body: 10.5,
  small: 8.5,
} as const;

export const COLORS = { ink: '#1c1f23', muted: '#454b53', rule: '#9aa0a8', header: '#eeece6' };

export interface ReportPdf {
  doc: PDFKit.PDFDocument;
  /** The root of the structure tree (`Document`); every block is a child of it. */
  root: PDFKit.PDFStructureElement;
  /** Set the font after anything (the page footer) may have changed it. */
  setFont(weight: 'regular' | 'bold', size: number, color?: string): void;
}

/** What pdfkit keeps on the document for its XMP writer; not in its type definitions. */
interface XmpWriter {
  info: PDFKit.DocumentInfo & { CreationDate: Date };
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
}

export function createReportPdf(title: string, words: ExportWords): ReportPdf {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: words.language,
    displayTitle: true,
    autoFirstPage: false,
    size: PAGE.size,
    margin: PAGE.margin,
    info: {
      Title: title,
      Author: 'Møteplass',
      Subject: words.report.heading,
      Keywords: 'samskaping',
      Creator: 'Møteplass',
      Producer: 'Møteplass (PDFKit)',
    },
  });
  registerFonts(doc);
  escapeXmpInfo(doc as unknown as XmpWriter);

  let font: { weight: 'regular' | 'bold'; size: number; color: string } = {
    weight: 'regular',
    size: TYPE.body,
    color: COLORS.ink,
  };
  const setFont = (weight: 'regular' | 'bold', size: number, color = COLORS.ink) => {
    font = { weight, size, color };
    doc.font(weight).fontSize(size).fillColor(color);
  };

  let pageNumber = 0;
  doc.on('pageAdded', () => {
    pageNumber += 1;
    // The footer is an artifact: screen readers skip it, and it belongs to no block.
    const { x, y } = doc;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('regular').fontSize(TYPE.small).fillColor(COLORS.muted);
    const label = `${title} · ${words.fill(words.report.page, { page: pageNumber })}`;
    doc.text(label, PAGE.margin, doc.page.height - PAGE.footer - TYPE.small, {
      width: doc.page.width - 2 * PAGE.margin,
      align: 'center',
      lineBreak: false,
      height: TYPE.small * 2,
      ellipsis: true,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
    doc.x = x;
    doc.y = y;
    doc.font(font.weight).fontSize(font.size).fillColor(font.color);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.addPage();
  setFont('regular', TYPE.body);
  return { doc, root, setFont };
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * pdfkit writes the title, author and subject into the XMP without escaping,
 * so a title with "&" or "<" would make the metadata invalid XML and the file
 * no PDF/A. Same XMP as pdfkit's, escaped; the Info dictionary keeps the text.
 */
function escapeXmpInfo(doc: XmpWriter): void {
  doc._addInfo = function (this: XmpWriter) {
    const info = this.info;
    const created = `${info.CreationDate.toISOString().split('.')[0]}Z`;
    const alt = (value: string) =>
      `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
    this.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${created}</xmp:CreateDate>
            <xmp:CreatorTool>${escapeXml(info.Creator ?? '')}</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            ${info.Title ? `<dc:title>${alt(info.Title)}</dc:title>` : ''}
            ${info.Author ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : ''}
            ${info.Subject ? `<dc:description>${alt(info.Subject)}</dc:description>` : ''}
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${escapeXml(info.Producer ?? '')}</pdf:Producer>
            ${info.Keywords ? `<pdf:Keywords>${escapeXml(info.Keywords)}</pdf:Keywords>` : ''}
        </rdf:Description>`);
  };
}
