import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';

/** Sample positions for the demo world, in several UN languages (fictional, written for the demo). */
export interface DemoSubmission {
  region: Region;
  title: string;
  summary: string;
  body: string;
  language: string;
  disclosure: Disclosure;
  provisionIds: string[];
  /** How far the demo moves it (APPEALED: rejected, then appealed by its organisation). */
  stage: 'DRAFT' | 'SUBMITTED' | 'UNDER_REVIEW' | 'APPROVED' | 'APPEALED' | 'WITHDRAWN' | 'CHANGES_REQUESTED';
  /** Organisations (by region) that co-sign it before it is submitted, each with its own disclosure. */
  cosigners?: { region: Region; disclosure: Disclosure }[];
  /** Tag slugs a moderator applies (APPROVED ones); without a GENDER tag the review records "no gender considerations". */
  tags?: string[];
  /** Tag slugs the submitter suggests to the moderators. */
  suggestedTags?: string[];
}

export const DEMO_SUBMISSIONS: DemoSubmission[] = [
  {
    region: Region.AG,
    title: 'Safeguards for journalists in cross-border data requests',
    summary:
      'Cross-border production orders must not be used to unmask journalists’ sources; we propose judicial authorisation and notice.',
    body: '## Our concern\n\nArticle 23 lets authorities order the production of stored data across borders. Without **prior judicial authorisation**, journalists and their sources are exposed.\n\n## Proposal\n\n1. Require independent judicial review.\n2. Notify the person concerned unless a court finds a specific risk.\n3. Publish annual statistics.',
    language: 'en',
    disclosure: Disclosure.NAMED,
    provisionIds: ['chapter-4', 'article-23'],
    stage: 'APPROVED',
    tags: ['journalists-press-freedom', 'judicial-oversight', 'procedural-measures'],
  },
  {
    region: Region.AG,
    title: 'Protéger les défenseurs des droits humains en ligne',
    summary:
      'Les infractions de contenu trop larges menacent les défenseuses et défenseurs des droits humains ; nous demandons des définitions étroites.',
    body: 'Les articles relatifs à la criminalisation doivent être **strictement définis**. Des formulations vagues permettent de poursuivre des militantes et militants pour leurs publications.\n\nNous recommandons une clause de sauvegarde explicite fondée sur l’article 6.',
    language: 'fr',
    disclosure: Disclosure.REGION_ONLY,
    provisionIds: ['chapter-2', 'article-6'],
    stage: 'SUBMITTED',
  },
  {
    region: Region.APG,
    title: '网络犯罪公约中的隐私保护',
    summary: '我们建议在跨境数据调取中加入比例原则和独立监督，以保护个人隐私。',
    body: '跨境电子证据调取必须遵守**必要性和比例原则**。\n\n我们建议：\n\n1. 设立独立监督机构；\n2. 限制数据保存期限；\n3. 向当事人告知。',
    language: 'zh',
    disclosure: Disclosure.ANONYMOUS,
    provisionIds: ['chapter-4'],
    stage: 'UNDER_REVIEW',
  },
  {
    region: Region.APG,
    title: 'Gender-based online violence must be named in the convention',
    summary: 'Non-consensual sharing of intimate images should be addressed with survivor-centred procedures.',
    body: 'The convention should recognise **technology-facilitated gender-based violence**. Article 16 on non-consensual dissemination of intimate images is a start; survivors need fast takedown and support.',
    language: 'en',
    disclosure: Disclosure.NAMED,
    provisionIds: ['article-16'],
    stage: 'APPROVED',
    tags: ['ncii-image-based-abuse', 'tech-facilitated-gbv', 'right-to-privacy', 'victims-rights-access-to-justice'],
  },
  {
    region: Region.EEG,
    title: 'Security research is not a crime',
    summary: 'Good-faith security testing should be excluded from the offences of illegal access and interference.',
    body: 'Articles 7 to 10 risk criminalising **good-faith security research**. We propose an explicit exception for authorised testing and coordinated vulnerability disclosure.',
    language: 'en',
    disclosure: Disclosure.INTERNAL_ONLY,
    provisionIds: ['article-7', 'article-8'],
    // The EEG round opens next week: this one waits as a draft.
    stage: 'DRAFT',
  },
  {
    region: Region.GRULAC,
    title: 'Garantías procesales para la cooperación internacional',
    summary: 'La cooperación internacional debe sujetarse a garantías de derechos humanos y a la doble incriminación.',
    body: 'Proponemos que toda solicitud de asistencia judicial recíproca exija **doble incriminación** y permita denegarla cuando exista riesgo de persecución política.',
    language: 'es',
    disclosure: Disclosure.NAMED,
    provisionIds: ['chapter-5'],
    stage: 'APPROVED',
    tags: ['dual-criminality', 'women-hrds-activists', 'international-cooperation'],
  },
  {
    region: Region.GRULAC,
    title: 'Proyecto retirado sobre conservación de datos',
    summary: 'Borrador retirado por la organización.',
    body: 'Texto retirado.',
    language: 'es',
    disclosure: Disclosure.NAMED,
    provisionIds: [],
    stage: 'WITHDRAWN',
  },
  {
    region: Region.WEOG,
    title: 'حماية المبلغين عن المخالفات في الاتفاقية',
    summary: 'نقترح ضمانات صريحة لحماية المبلغين عن المخالفات والصحفيين من الملاحقة بموجب الاتفاقية.',
    body: 'يجب أن تتضمن الاتفاقية **ضمانات واضحة** لحماية المبلغين عن المخالفات.\n\nنوصي بما يلي:\n\n1. استثناء الإفصاح للمصلحة العامة؛\n2. رقابة قضائية مستقلة.',
    language: 'ar',
    disclosure: Disclosure.NAMED,
    provisionIds: ['article-6'],
    stage: 'APPROVED',
    tags: ['whistleblowers', 'gender-mainstreaming'],
  },
  {
    region: Region.WEOG,
    title: 'Une approche fondée sur les droits pour la conservation des données',
    summary: 'La conservation rapide des données doit rester ciblée, limitée dans le temps et contrôlée par un juge.',
    body: 'La conservation rapide prévue au chapitre IV doit être **ciblée** et limitée à 90 jours, avec contrôle juridictionnel.',
    language: 'fr',
    disclosure: Disclosure.REGION_ONLY,
    provisionIds: ['chapter-4'],
    stage: 'SUBMITTED',
  },
  {
    region: Region.APG,
    title: 'Promotional content about a commercial product',
    summary: 'An advertisement unrelated to the negotiations.',
    body: 'Buy our security appliance today, with a discount for all delegations.',
    language: 'en',
    disclosure: Disclosure.NAMED,
    provisionIds: [],
    stage: 'APPEALED',
  },
  // A near-duplicate of the first submission, sent to another region's round: a mass-campaign copy.
  {
    region: Region.WEOG,
    title: 'Safeguards for journalists in cross-border data requests',
    summary:
      'Cross-border production orders must not be used to unmask journalists’ sources; we propose judicial authorisation and notice.',
    body: '## Our concern\n\nArticle 23 lets authorities order the production of stored data across borders. Without **prior judicial authorisation**, journalists and their sources are exposed.\n\n## Proposal\n\n1. Require independent judicial review.\n2. Notify the person concerned.',
    language: 'en',
    disclosure: Disclosure.REGION_ONLY,
    provisionIds: ['article-23'],
    stage: 'SUBMITTED',
  },
  // A joint position: written by the AG organisation, co-signed by two others that chose how to appear.
  {
    region: Region.AG,
    title: 'Joint statement: conditions and safeguards must apply to every procedural power',
    summary:
      'Three organisations from three regions ask that Article 24’s safeguards apply to all of Chapter IV, without exceptions for urgency.',
    body: '## A joint position\n\nArticle 24 is the Convention’s main safeguard. It must apply to **every** procedural power in Chapter IV, including expedited preservation and real-time collection.\n\n## Our requests\n\n1. No “urgency” exception without review by a judge within 48 hours.\n2. Proportionality assessed case by case, in writing.\n3. Notice to the person concerned once it no longer endangers the investigation.',
    language: 'en',
    disclosure: Disclosure.NAMED,
    provisionIds: ['chapter-4', 'article-24'],
    stage: 'APPROVED',
    tags: ['judicial-oversight', 'transparency-user-notification', 'procedural-measures'],
    cosigners: [
      { region: Region.WEOG, disclosure: Disclosure.NAMED },
      { region: Region.APG, disclosure: Disclosure.REGION_ONLY },
    ],
  },
  // A moderator asked for changes: the organisation sees the message and can revise before the deadline.
  {
    region: Region.APG,
    title: 'Data retention in the Asia-Pacific',
    summary: 'Notes on data retention.',
    body: 'Retention periods differ widely in the region. We will add the provisions and our recommendations.',
    language: 'en',
    disclosure: Disclosure.NAMED,
    provisionIds: [],
    stage: 'CHANGES_REQUESTED',
  },
];
