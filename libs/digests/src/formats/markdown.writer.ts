import { join } from 'node:path';
import { Region } from '@app/identity';
import {
  DigestChanges,
  DigestContext,
  DigestCover,
  DigestChange,
  DigestEntry,
  DigestSection,
  DigestWriter,
  EDITION_TITLES,
  IndexTag,
  REGION_TITLES,
} from './digest-model';
import { FileSink } from './file-sink';
import { plainParagraphs, SectionEntryLink, sectionEntryViews } from './section-entries';

/** Keeps user text from turning into Markdown structure where it is used inline (titles, names). */
const inline = (text: string): string =>
  text
    .replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();

/** A link as an autolink: characters that would end one (<, >, spaces) percent-encoded. */
const autolink = (l: SectionEntryLink): string =>
  `${inline(l.label)}: <${l.href.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;

export function statisticsMarkdown(context: DigestContext): string {
  const s = context.statistics;
  const lines = [
    `## Statistics`,
    '',
    `${s.submissions} submissions.`,
    '',
    '| Region | Submissions | With a gender tag | With a human-rights tag |',
    '|---|---:|---:|---:|',
  ];
  for (const r of s.byRegion)
    lines.push(`| ${REGION_TITLES[r.region]} | ${r.submissions} | ${r.withGenderTag} | ${r.withHumanRightsTag} |`);
  lines.push('', '| Tag | Category | Submissions |', '|---|---|---:|');
  for (const t of s.byTag) lines.push(`| ${inline(t.label)} | ${t.category} | ${t.submissions} |`);
  return lines.join('\n') + '\n\n';
}

export function changesLines(changes: DigestChanges): string[] {
  if (changes.previousVersion === null) return ['First version.'];
  // An entry of an added section says which section it is in; a submission needs no such note.
  const name = (c: DigestChange) => inline(c.section ? `${c.title} (${c.section})` : c.title);
  const part = (label: string, list: DigestChange[]) =>
    list.length ? [`**${label}** (${list.length}): ${list.map(name).join('; ')}`] : [];
  const lines = [
    ...part('Added', changes.added),
    ...part('Removed', changes.removed),
    ...part('Changed', changes.changed),
  ];
  return lines.length ? lines : ['No changes.'];
}

export class MarkdownWriter implements DigestWriter {
  readonly extension = 'md';
  private readonly body: FileSink;
  private context?: DigestContext;
  private indexStarted = false;

  constructor(private readonly dir: string) {
    this.body = new FileSink(join(dir, 'body.md.part'));
  }

  async start(context: DigestContext): Promise<void> {
    this.context = context;
  }

  async section(region: Region): Promise<void> {
    await this.body.write(`## ${REGION_TITLES[region]}\n\n`);
  }

  async entry(e: DigestEntry): Promise<void> {
    const meta = [
      `*${inline(e.attribution)}*`,
      e.cosigners.length ? `Co-signed by ${e.cosigners.map(inline).join('; ')}` : '',
      `Language: ${e.language}`,
      e.tags.length ? `Tags: ${e.tags.map((t) => inline(t.label)).join(', ')}` : '',
      e.provisions.length ? `Provisions: ${e.provisions.map((p) => inline(p.title)).join(', ')}` : '',
    ].filter(Boolean);
    await this.body.write(
      `### ${inline(e.title)}\n\n${meta.join(' · ')}\n\n> ${e.summary.replace(/\n/g, '\n> ')}\n\n${e.text.trim()}\n\n---\n\n`,
    );
  }

  async extraSection(section: DigestSection): Promise<void> {
    let text = `## ${inline(section.title)}\n\n`;
    for (const v of sectionEntryViews(section)) {
      const links = v.links.length ? `${v.links.map(autolink).join(' · ')}\n\n` : '';
      const body =
        'markdown' in v.text
          ? `${v.text.markdown.trim()}\n\n`
          : plainParagraphs(v.text.plain)
              .map((p) => `${inline(p)}\n\n`)
              .join('');
      text += `### ${inline(v.title)}\n\n${v.meta.map(inline).join(' · ')}\n\n${links}${body}---\n\n`;
    }
    await this.body.write(text);
  }

  async indexTag(tag: IndexTag): Promise<void> {
    if (!this.indexStarted) await this.body.write('## Index by tag\n\n');
    this.indexStarted = true;
    await this.body.write(`\n**${inline(tag.label)}** (${tag.category})\n\n`);
  }

  async indexEntry(entry: { id: string; title: string }): Promise<void> {
    await this.body.write(`- ${inline(entry.title)}\n`);
  }

  async finish(cover: DigestCover, changes: DigestChanges): Promise<string> {
    await this.body.close();
    const context = this.context as DigestContext;
    const path = join(this.dir, `digest.${this.extension}`);
    const file = new FileSink(path);
    await file.write(
      [
        `# ${inline(context.session.title)} — civil-society digest`,
        '',
        `${EDITION_TITLES[context.edition]} · version ${cover.version} · ${cover.submissionCount} submissions`,
        '',
        `${inline(context.session.processName)}, ${inline(context.session.location)}, ${context.session.startsAt.slice(0, 10)} to ${context.session.endsAt.slice(0, 10)}`,
        '',
        `Content hash (SHA-256): \`${cover.contentHash}\` · compiled ${cover.compiledAt}`,
        '',
        '',
      ].join('\n'),
    );
    await file.write(statisticsMarkdown(context));
    await file.write(`## Changes since the previous version\n\n${changesLines(changes).join('\n\n')}\n\n`);
    await file.append(this.body.path);
    await file.close();
    return path;
  }
}
