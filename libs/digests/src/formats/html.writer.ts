import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Region } from '@app/identity';
import { renderMarkdown } from '@app/text';
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
  sectionAnchor,
} from './digest-model';
import { changesLines } from './markdown.writer';
import { escapeHtml as h, FileSink } from './file-sink';
import { plainParagraphs, SectionEntryView, sectionEntryViews } from './section-entries';

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; line-height: 1.5; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
header.cover { border-bottom: 2px solid #333; margin-bottom: 2rem; }
h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; } h3 { margin-bottom: .25rem; }
.meta { color: #444; font-size: .9rem; } .hash { font-family: monospace; word-break: break-all; }
table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: start; }
article { margin: 1.5rem 0; padding-bottom: 1rem; border-bottom: 1px dotted #bbb; }
blockquote { margin: .5rem 0; padding-inline-start: 1rem; border-inline-start: 3px solid #999; color: #333; }
[dir="rtl"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", sans-serif; }
:lang(zh) { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif; }
@media print { body { max-width: none; margin: 0; } section.region { break-before: page; } article { break-inside: avoid-page; } a { color: inherit; text-decoration: none; } }
`;

/**
 * The digest's stylesheet as a Content-Security-Policy source (its SHA-256). The api allows exactly
 * this inline <style> (and no other), so the HTML edition shown in a sandboxed frame inside the
 * staff console — which inherits the page's policy — is styled as readers will see it.
 */
export const DIGEST_STYLE_CSP_SOURCE = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** Headings inside a submission sit below its own title (h3): # becomes h4, and so on. */
const nestHeadings = (html: string): string =>
  html.replace(
    /<(\/?)h([1-6])>/g,
    (_m, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 3)}>`,
  );

/** Each entry's article, rendered once: the HTML and the PDF writers are handed the same entry object. */
const rendered = new WeakMap<DigestEntry, string>();

/** One entry as an <article>: lang and dir from the submission's language (Arabic right to left). */
export function articleHtml(e: DigestEntry): string {
  let html = rendered.get(e);
  if (html === undefined) {
    html = renderArticle(e);
    rendered.set(e, html);
  }
  return html;
}

function renderArticle(e: DigestEntry): string {
  const dir = RTL_LANGUAGES.has(e.language) ? ' dir="rtl"' : '';
  const meta = [
    `<span class="attribution">${h(e.attribution)}</span>`,
    e.cosigners.length ? `co-signed by ${e.cosigners.map(h).join('; ')}` : '',
    `language: ${h(e.language)}`,
    e.tags.length ? `tags: ${e.tags.map((t) => h(t.label)).join(', ')}` : '',
    e.provisions.length ? `provisions: ${e.provisions.map((p) => h(p.title)).join(', ')}` : '',
  ].filter(Boolean);
  return (
    `<article id="s-${h(e.id)}" lang="${h(e.language)}"${dir}><h3>${h(e.title)}</h3><p class="meta" lang="en" dir="ltr">${meta.join(' · ')}</p>` +
    `<blockquote>${h(e.summary)}</blockquote><div class="text">${nestHeadings(renderMarkdown(e.text))}</div></article>\n`
  );
}

/**
 * An added section's entry as an <article>: lang and dir from its language, and when it has not one
 * (an event held in several), the direction its text starts with (dir="auto"). Its links (a
 * publication's DOI, link and file) follow the details line, their addresses written out.
 */
export function sectionArticleHtml(v: SectionEntryView): string {
  const lang = v.language ? ` lang="${h(v.language)}"` : '';
  const dir = v.language ? (RTL_LANGUAGES.has(v.language) ? ' dir="rtl"' : '') : ' dir="auto"';
  const links = v.links.length
    ? `<p class="meta links" lang="en" dir="ltr">${v.links.map((l) => `${h(l.label)}: <a href="${h(l.href)}">${h(l.href)}</a>`).join(' · ')}</p>`
    : '';
  const text =
    'markdown' in v.text
      ? nestHeadings(renderMarkdown(v.text.markdown))
      : plainParagraphs(v.text.plain)
          .map((p) => `<p>${h(p)}</p>`)
          .join('');
  return (
    `<article id="${h(v.anchor)}"${lang}${dir}><h3>${h(v.title)}</h3><p class="meta" lang="en" dir="ltr">${v.meta.map(h).join(' · ')}</p>` +
    `${links}<div class="text">${text}</div></article>\n`
  );
}

/** An added section as HTML: its heading, opening its <section>, and its entries' articles. */
export const sectionHtml = (section: DigestSection): string =>
  sectionStartHtml(section) + sectionEntryViews(section).map(sectionArticleHtml).join('');

/** An added section's heading, opening its <section> (closed by whatever comes next). */
export function sectionStartHtml(section: Pick<DigestSection, 'key' | 'title'>): string {
  const id = sectionAnchor(section.key);
  return `<section class="region" id="${h(id)}" aria-labelledby="h-${h(id)}"><h2 id="h-${h(id)}">${h(section.title)}</h2>\n`;
}

/** The start of a document with the digest's styles (also each chunk the PDF is printed from). */
export function documentStart(title: string): string {
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${h(title)}</title><style>${STYLE}</style></head><body>\n<main>\n`
  );
}

export const DOCUMENT_END = '</main></body></html>\n';

/** Cover, contents, statistics and changes: everything before the first region. */
export function frontMatterHtml(
  c: DigestContext,
  cover: DigestCover,
  changes: DigestChanges,
  sections: readonly Pick<DigestSection, 'key' | 'title'>[] = [],
): string {
  const s = c.statistics;
  const regionRows = s.byRegion
    .map(
      (r) =>
        `<tr><th scope="row">${h(REGION_TITLES[r.region])}</th><td>${r.submissions}</td><td>${r.withGenderTag}</td><td>${r.withHumanRightsTag}</td></tr>`,
    )
    .join('');
  const tagRows = s.byTag
    .map((t) => `<tr><th scope="row">${h(t.label)}</th><td>${h(t.category)}</td><td>${t.submissions}</td></tr>`)
    .join('');
  const nav = s.byRegion
    .map((r) => `<li><a href="#region-${r.region}">${h(REGION_TITLES[r.region])}</a></li>`)
    .concat(sections.map((x) => `<li><a href="#${h(sectionAnchor(x.key))}">${h(x.title)}</a></li>`))
    .join('');
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${h(c.session.title)} — civil-society digest, version ${cover.version}</title><style>${STYLE}</style></head><body>\n` +
    `<header class="cover"><h1>${h(c.session.title)} — civil-society digest</h1>` +
    `<p>${h(EDITION_TITLES[c.edition])} · version ${cover.version} · ${cover.submissionCount} submissions</p>` +
    `<p class="meta">${h(c.session.processName)}, ${h(c.session.location)}, ${c.session.startsAt.slice(0, 10)} to ${c.session.endsAt.slice(0, 10)}</p>` +
    `<p class="meta">Content hash (SHA-256): <span class="hash">${cover.contentHash}</span> · compiled ${h(cover.compiledAt)}</p></header>\n` +
    `<nav aria-label="Contents"><h2>Contents</h2><ul><li><a href="#statistics">Statistics</a></li><li><a href="#changes">Changes</a></li>${nav}<li><a href="#index">Index by tag</a></li></ul></nav>\n` +
    `<main>\n<section id="statistics" aria-labelledby="h-statistics"><h2 id="h-statistics">Statistics</h2><p>${s.submissions} submissions.</p>` +
    `<table><caption>By region: gender and human-rights coverage</caption><thead><tr><th scope="col">Region</th><th scope="col">Submissions</th><th scope="col">With a gender tag</th><th scope="col">With a human-rights tag</th></tr></thead><tbody>${regionRows}</tbody></table>` +
    `<table><caption>By tag</caption><thead><tr><th scope="col">Tag</th><th scope="col">Category</th><th scope="col">Submissions</th></tr></thead><tbody>${tagRows}</tbody></table></section>\n` +
    `<section id="changes" aria-labelledby="h-changes"><h2 id="h-changes">Changes since the previous version</h2>${changesLines(
      changes,
    )
      .map((l) => `<p>${h(l.replace(/\*\*/g, '').replace(/\\(.)/g, '$1'))}</p>`)
      .join('')}</section>\n`
  );
}

/** Self-contained, accessible, printable HTML (also the source the PDF is printed from). */
export class HtmlWriter implements DigestWriter {
  readonly extension = 'html';
  private readonly body: FileSink;
  private context?: DigestContext;
  private inSection = false;
  private indexStarted = false;
  private inIndexList = false;
  private readonly sections: Pick<DigestSection, 'key' | 'title'>[] = [];

  constructor(private readonly dir: string) {
    this.body = new FileSink(join(dir, 'body.html.part'));
  }

  async start(context: DigestContext): Promise<void> {
    this.context = context;
  }

  async section(region: Region): Promise<void> {
    if (this.inSection) await this.body.write('</section>\n');
    await this.body.write(
      `<section class="region" id="region-${region}" aria-labelledby="h-${region}"><h2 id="h-${region}">${h(REGION_TITLES[region])}</h2>\n`,
    );
    this.inSection = true;
  }

  async entry(e: DigestEntry): Promise<void> {
    await this.body.write(articleHtml(e));
  }

  async extraSection(section: DigestSection): Promise<void> {
    if (this.inSection) await this.body.write('</section>\n');
    await this.body.write(sectionHtml(section));
    this.inSection = true;
    this.sections.push({ key: section.key, title: section.title });
  }

  async indexTag(tag: IndexTag): Promise<void> {
    if (this.inSection) await this.body.write('</section>\n');
    this.inSection = false;
    if (!this.indexStarted)
      await this.body.write(
        '<section class="index" id="index" aria-labelledby="h-index"><h2 id="h-index">Index by tag</h2>\n',
      );
    if (this.inIndexList) await this.body.write('</ul>\n');
    this.indexStarted = true;
    this.inIndexList = true;
    await this.body.write(`<h3>${h(tag.label)} <span class="meta">(${h(tag.category)})</span></h3><ul>\n`);
  }

  async indexEntry(entry: { id: string; title: string }): Promise<void> {
    await this.body.write(`<li dir="auto"><a href="#s-${h(entry.id)}">${h(entry.title)}</a></li>\n`);
  }

  async finish(cover: DigestCover, changes: DigestChanges): Promise<string> {
    if (this.inSection) await this.body.write('</section>\n');
    if (this.inIndexList) await this.body.write('</ul>\n');
    if (this.indexStarted) await this.body.write('</section>\n');
    await this.body.close();
    const path = join(this.dir, `digest.${this.extension}`);
    const file = new FileSink(path);
    await file.write(frontMatterHtml(this.context as DigestContext, cover, changes, this.sections));
    await file.append(this.body.path);
    await file.write(DOCUMENT_END);
    await file.close();
    return path;
  }
}
