import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Region } from '@app/identity';
import { ZipFile } from 'yazl';
import {
  DigestChanges,
  DigestContext,
  DigestCover,
  DigestEntry,
  DigestSection,
  DigestWriter,
  EDITION_TITLES,
  IndexTag,
  REGION_TITLES,
  RTL_LANGUAGES,
} from './digest-model';
import { changesLines } from './markdown.writer';
import { escapeXml as x, FileSink } from './file-sink';
import { linkText, plainParagraphs, sectionEntryViews } from './section-entries';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Fonts that carry every UN script (Debian's fonts-noto-core and fonts-noto-cjk). */
const FONTS =
  '<w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:eastAsia="Noto Sans CJK SC" w:cs="Noto Naskh Arabic"/>';

const LANG_TAGS: Record<string, string> = {
  ar: 'ar-SA',
  zh: 'zh-CN',
  ru: 'ru-RU',
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
};

/** A paragraph; right-to-left languages get bidi paragraph and run properties so Word lays them out. */
function paragraph(
  text: string,
  options: { style?: string; language?: string; bold?: boolean; italic?: boolean } = {},
): string {
  const rtl = options.language ? RTL_LANGUAGES.has(options.language) : false;
  const tag = options.language ? (LANG_TAGS[options.language] ?? options.language) : undefined;
  const pPr = `<w:pPr>${options.style ? `<w:pStyle w:val="${options.style}"/>` : ''}${rtl ? '<w:bidi/>' : ''}</w:pPr>`;
  const lang = tag
    ? rtl
      ? `<w:lang w:bidi="${tag}"/>`
      : tag.startsWith('zh')
        ? `<w:lang w:eastAsia="${tag}"/>`
        : `<w:lang w:val="${tag}"/>`
    : '';
  const rPr = `<w:rPr>${FONTS}${options.bold ? '<w:b/>' : ''}${options.italic ? '<w:i/>' : ''}${rtl ? '<w:rtl/>' : ''}${lang}</w:rPr>`;
  // Control characters are not allowed in XML 1.0; tabs and line breaks become spaces.
  const clean = [...text]
    .filter((ch) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r')
    .join('')
    .replace(/\s+/g, ' ');
  return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${x(clean)}</w:t></w:r></w:p>`;
}

/** Markdown as plain paragraphs: structure markers are dropped, the words kept. */
function markdownParagraphs(source: string, language: string): string {
  return source
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^#{1,6}\s+/gm, '')
        .replace(/^\s*([-*+]|\d+\.)\s+/gm, '• ')
        .replace(/[*_`]/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .trim(),
    )
    .filter(Boolean)
    .map((block) => paragraph(block, { language }))
    .join('');
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${FONTS}<w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:pageBreakBefore/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
</w:styles>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

/**
 * WordprocessingML written as a stream (no whole-document model in memory), zipped at the end.
 * Arabic paragraphs are marked bidi/rtl and every run names Noto fonts covering all UN scripts.
 */
export class DocxWriter implements DigestWriter {
  readonly extension = 'docx';
  private readonly body: FileSink;
  private context?: DigestContext;
  private indexStarted = false;

  constructor(private readonly dir: string) {
    this.body = new FileSink(join(dir, 'body.docx.part'));
  }

  async start(context: DigestContext): Promise<void> {
    this.context = context;
  }

  async section(region: Region): Promise<void> {
    await this.body.write(paragraph(REGION_TITLES[region], { style: 'Heading1' }));
  }

  async entry(e: DigestEntry): Promise<void> {
    const meta = [
      e.attribution,
      e.cosigners.length ? `co-signed by ${e.cosigners.join('; ')}` : '',
      `language: ${e.language}`,
      e.tags.length ? `tags: ${e.tags.map((t) => t.label).join(', ')}` : '',
      e.provisions.length ? `provisions: ${e.provisions.map((p) => p.title).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    await this.body.write(
      paragraph(e.title, { style: 'Heading2', language: e.language }) +
        paragraph(meta, { italic: true }) +
        paragraph(e.summary, { language: e.language, bold: true }) +
        markdownParagraphs(e.text, e.language),
    );
  }

  async extraSection(section: DigestSection): Promise<void> {
    let xml = paragraph(section.title, { style: 'Heading1' });
    for (const v of sectionEntryViews(section)) {
      // Without one language the text is laid out as the paragraph's script says (no bidi marking).
      const language = v.language ?? undefined;
      xml +=
        paragraph(v.title, { style: 'Heading2', language }) +
        paragraph(v.meta.join(' · '), { italic: true }) +
        (v.links.length ? paragraph(v.links.map(linkText).join(' · ')) : '') +
        ('markdown' in v.text
          ? markdownParagraphs(v.text.markdown, v.language ?? '')
          : plainParagraphs(v.text.plain)
              .map((p) => paragraph(p, { language }))
              .join(''));
    }
    await this.body.write(xml);
  }

  async indexTag(tag: IndexTag): Promise<void> {
    if (!this.indexStarted) await this.body.write(paragraph('Index by tag', { style: 'Heading1' }));
    this.indexStarted = true;
    await this.body.write(paragraph(`${tag.label} (${tag.category})`, { bold: true }));
  }

  async indexEntry(entry: { id: string; title: string }): Promise<void> {
    await this.body.write(paragraph(`• ${entry.title}`));
  }

  async finish(cover: DigestCover, changes: DigestChanges): Promise<string> {
    await this.body.close();
    const c = this.context as DigestContext;
    const s = c.statistics;
    const head = [
      paragraph(`${c.session.title} — civil-society digest`, { style: 'Title' }),
      paragraph(`${EDITION_TITLES[c.edition]} · version ${cover.version} · ${cover.submissionCount} submissions`),
      paragraph(
        `${c.session.processName}, ${c.session.location}, ${c.session.startsAt.slice(0, 10)} to ${c.session.endsAt.slice(0, 10)}`,
      ),
      paragraph(`Content hash (SHA-256): ${cover.contentHash} · compiled ${cover.compiledAt}`),
      paragraph('Statistics', { style: 'Heading2' }),
      paragraph(`${s.submissions} submissions.`),
      ...s.byRegion.map((r) =>
        paragraph(
          `${REGION_TITLES[r.region]}: ${r.submissions} submissions, ${r.withGenderTag} with a gender tag, ${r.withHumanRightsTag} with a human-rights tag`,
        ),
      ),
      ...s.byTag.map((t) => paragraph(`${t.label} (${t.category}): ${t.submissions}`)),
      paragraph('Changes since the previous version', { style: 'Heading2' }),
      ...changesLines(changes).map((l) => paragraph(l.replace(/\*\*/g, '').replace(/\\(.)/g, '$1'))),
    ].join('');
    const open = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${head}`;
    const close =
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>';
    const bodyPath = this.body.path;
    async function* document(): AsyncGenerator<string | Buffer> {
      yield open;
      for await (const chunk of createReadStream(bodyPath)) yield chunk as Buffer;
      yield close;
    }
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml', { mtime: new Date(0) });
    zip.addBuffer(Buffer.from(ROOT_RELS), '_rels/.rels', { mtime: new Date(0) });
    zip.addBuffer(Buffer.from(DOCUMENT_RELS), 'word/_rels/document.xml.rels', { mtime: new Date(0) });
    zip.addBuffer(Buffer.from(STYLES), 'word/styles.xml', { mtime: new Date(0) });
    zip.addReadStream(Readable.from(document()), 'word/document.xml', { mtime: new Date(0) });
    zip.end();
    const path = join(this.dir, `digest.${this.extension}`);
    const out = createWriteStream(path);
    zip.outputStream.pipe(out);
    await once(out, 'finish');
    return path;
  }
}
