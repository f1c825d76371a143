import { EventType } from '../entities';

/** The certificate's words in the six UN languages (the event's title stays as staff wrote it). */
export interface CertificateWords {
  dir: 'ltr' | 'rtl';
  title: string;
  certifies: string;
  tookPart: string;
  heldOn: string;
  modules: string;
  issued: (date: string, reference: string) => string;
  types: Record<EventType, string>;
}

export const CERTIFICATE_WORDS: Record<string, CertificateWords> = {
  en: {
    dir: 'ltr',
    title: 'Certificate of attendance',
    certifies: 'This certifies that',
    tookPart: 'took part in',
    heldOn: 'held on',
    modules: 'Training modules covered',
    issued: (date, ref) => `Issued on ${date}. Reference ${ref}.`,
    types: {
      [EventType.TRAINING]: 'Training',
      [EventType.SIDE_MEETING]: 'Side meeting (Track 1.5/2)',
      [EventType.REGIONAL_MEETING]: 'Regional meeting',
      [EventType.OUTREACH_FORUM]: 'Policy outreach forum',
    },
  },
  fr: {
    dir: 'ltr',
    title: 'Certificat de participation',
    certifies: 'Le présent certificat atteste que',
    tookPart: 'a participé à',
    heldOn: 'tenu le',
    modules: 'Modules de formation couverts',
    issued: (date, ref) => `Délivré le ${date}. Référence ${ref}.`,
    types: {
      [EventType.TRAINING]: 'Formation',
      [EventType.SIDE_MEETING]: 'Réunion parallèle (piste 1.5/2)',
      [EventType.REGIONAL_MEETING]: 'Réunion régionale',
      [EventType.OUTREACH_FORUM]: 'Forum de dialogue politique',
    },
  },
  es: {
    dir: 'ltr',
    title: 'Certificado de asistencia',
    certifies: 'Se certifica que',
    tookPart: 'participó en',
    heldOn: 'celebrado el',
    modules: 'Módulos de formación cubiertos',
    issued: (date, ref) => `Expedido el ${date}. Referencia ${ref}.`,
    types: {
      [EventType.TRAINING]: 'Formación',
      [EventType.SIDE_MEETING]: 'Reunión paralela (vía 1.5/2)',
      [EventType.REGIONAL_MEETING]: 'Reunión regional',
      [EventType.OUTREACH_FORUM]: 'Foro de diálogo político',
    },
  },
  ar: {
    dir: 'rtl',
    title: 'شهادة حضور',
    certifies: 'تشهد هذه الوثيقة بأنّ',
    tookPart: 'شارك في',
    heldOn: 'الذي عُقد في',
    modules: 'وحدات التدريب المشمولة',
    issued: (date, ref) => `صدرت في ${date}. المرجع ${ref}.`,
    types: {
      [EventType.TRAINING]: 'تدريب',
      [EventType.SIDE_MEETING]: 'اجتماع جانبي (المسار 1.5/2)',
      [EventType.REGIONAL_MEETING]: 'اجتماع إقليمي',
      [EventType.OUTREACH_FORUM]: 'منتدى الحوار بشأن السياسات',
    },
  },
  zh: {
    dir: 'ltr',
    title: '出席证书',
    certifies: '兹证明',
    tookPart: '参加了',
    heldOn: '举办日期',
    modules: '涵盖的培训单元',
    issued: (date, ref) => `签发日期：${date}。编号：${ref}。`,
    types: {
      [EventType.TRAINING]: '培训',
      [EventType.SIDE_MEETING]: '边会（1.5/2 轨）',
      [EventType.REGIONAL_MEETING]: '区域会议',
      [EventType.OUTREACH_FORUM]: '政策对话论坛',
    },
  },
  ru: {
    dir: 'ltr',
    title: 'Сертификат об участии',
    certifies: 'Настоящим удостоверяется, что',
    tookPart: 'принял(а) участие в мероприятии',
    heldOn: 'состоявшемся',
    modules: 'Пройденные учебные модули',
    issued: (date, ref) => `Выдан ${date}. Номер ${ref}.`,
    types: {
      [EventType.TRAINING]: 'Тренинг',
      [EventType.SIDE_MEETING]: 'Параллельное совещание (трек 1.5/2)',
      [EventType.REGIONAL_MEETING]: 'Региональное совещание',
      [EventType.OUTREACH_FORUM]: 'Форум по вопросам политики',
    },
  },
};

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
@page { size: A4 landscape; margin: 18mm; }
body { font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; color: #111; }
main { border: 3px double #1b4f72; padding: 14mm; min-height: 150mm; text-align: center; }
h1 { font-size: 28pt; color: #1b4f72; margin: 0 0 10mm; }
.name { font-size: 24pt; font-weight: bold; margin: 6mm 0; }
.event { font-size: 18pt; margin: 6mm 0; }
.meta { color: #333; }
ul { list-style: none; padding: 0; }
footer { margin-top: 12mm; font-size: 10pt; color: #444; }
[dir="rtl"] body, [dir="rtl"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", sans-serif; }
:lang(zh) { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif; }
`;

export interface CertificateContent {
  language: string;
  person: string;
  eventTitle: string;
  eventType: EventType;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  modules: string[];
  issuedAt: Date;
  reference: string;
}

/** The certificate as one HTML page, printed to PDF by Chromium (the digests' renderer). */
export function certificateHtml(c: CertificateContent): string {
  const w = CERTIFICATE_WORDS[c.language] ?? CERTIFICATE_WORDS.en;
  const day = (d: Date) =>
    new Intl.DateTimeFormat(c.language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: c.timeZone,
    }).format(d);
  const dates = day(c.startsAt) === day(c.endsAt) ? day(c.startsAt) : `${day(c.startsAt)} – ${day(c.endsAt)}`;
  const modules = c.modules.length
    ? `<h2>${escape(w.modules)}</h2><ul>${c.modules.map((m) => `<li dir="auto">${escape(m)}</li>`).join('')}</ul>`
    : '';
  return (
    `<!doctype html>\n<html lang="${escape(c.language)}" dir="${w.dir}"><head><meta charset="utf-8"><title>${escape(w.title)}</title><style>${STYLE}</style></head>` +
    `<body><main><h1>${escape(w.title)}</h1><p>${escape(w.certifies)}</p><p class="name" dir="auto">${escape(c.person)}</p>` +
    `<p>${escape(w.tookPart)}</p><p class="event" dir="auto">${escape(c.eventTitle)}</p>` +
    `<p class="meta">${escape(w.types[c.eventType])} · ${escape(w.heldOn)} ${escape(dates)}${c.venue ? ` · <span dir="auto">${escape(c.venue)}</span>` : ''}</p>` +
    `${modules}<footer>${escape(w.issued(day(c.issuedAt), c.reference))}</footer></main></body></html>\n`
  );
}
