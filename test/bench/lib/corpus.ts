/**
 * Text the data generator builds submissions from: sentences in the six UN languages, about what
 * civil society says in the cybercrime negotiations. Bodies are made of many of them in a
 * pseudo-random order, so no two bodies are alike and their lengths vary like real position papers.
 */
import { createHash } from 'node:crypto';

export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/** Words of its own that follow each common sentence of a body, so bodies are not near-duplicates of each other. */
export const OWN_WORDS = 20;

/**
 * The `count` words of submission `seed` after its sentence `k`: pseudo-words made from an MD5, the
 * same the data generator makes in SQL (translate(substr(md5(seed:k:w), 1, 4 + w % 5), hex, letters)).
 */
export function ownWords(seed: number, k: number, count = OWN_WORDS): string {
  const words = Array.from({ length: count }, (_, i) => {
    const w = i + 1;
    const hex = createHash('md5')
      .update(`${seed}:${k}:${w}`)
      .digest('hex')
      .slice(0, 4 + (w % 5));
    return [...hex].map((c) => 'etaoinshrdlucmpy'['0123456789abcdef'.indexOf(c)]).join('');
  });
  return `${words.join(' ')}.`;
}
export type Language = (typeof LANGUAGES)[number];

/** Share of submissions per language, in twentieths (English is the most common). */
export const LANGUAGE_WEIGHTS: Record<Language, number> = { en: 8, fr: 3, es: 3, ar: 2, ru: 2, zh: 2 };

export const SENTENCES: Record<Language, string[]> = {
  en: [
    'The draft convention should confine its criminalisation chapter to offences against the confidentiality, integrity and availability of computer systems.',
    'We urge delegations to require dual criminality before any request for the preservation of stored computer data is executed.',
    'Procedural powers must be subject to prior judicial authorisation, independent oversight and an effective remedy for the persons concerned.',
    'Security researchers and journalists who access systems in good faith to expose vulnerabilities must not be treated as criminals.',
    'The human rights safeguards in Article 24 ought to apply to every procedural measure, including those used for international cooperation.',
    'Gender-based violence facilitated by technology affects women, girls and LGBTQI+ people in ways that the text barely acknowledges.',
    'Survivors of non-consensual image sharing need swift removal of content, not only the prosecution of perpetrators.',
    'Definitions that refer to content rather than conduct invite abuse against dissidents, artists and human rights defenders.',
    'States should publish annual statistics on the requests they send and receive under the convention.',
    'The principle of proportionality requires that the most intrusive powers be reserved for the most serious offences.',
    'Civil society organisations from the Global South have had limited opportunities to attend the sessions in person.',
    'Capacity building should include training for judges and prosecutors on digital evidence and on the rights of suspects.',
    'Real-time collection of traffic data is among the most intrusive measures and needs the strongest safeguards.',
    'A grounds-for-refusal clause must allow a State to decline cooperation where a request is politically motivated.',
    'Data protection standards should travel with personal data when it is transferred to another State Party.',
    'We welcome the inclusion of a gender perspective in the preamble and ask that it be carried into the operative articles.',
    'Children must be protected from sexual exploitation online without weakening the encryption that keeps them safe.',
    'Service providers should be able to notify their users of requests unless a court has ordered confidentiality for a limited time.',
    'The convention should not oblige States to criminalise conduct that is protected by freedom of expression.',
    'Independent review of the implementation of the convention, with the participation of stakeholders, is essential.',
    'Many legal systems already cover these offences, so the added value of new crimes should be demonstrated, not assumed.',
    'Emergency requests for data must be defined narrowly and be reviewed after the fact by an independent authority.',
    'The mechanism for the conference of the States Parties should admit non-governmental observers without a veto by any single State.',
    'Our coalition collected testimonies from more than forty organisations working with people affected by online abuse.',
    'Extradition for offences established under the convention must respect the prohibition of torture and the principle of non-refoulement.',
    'Technical assistance should be transparent, with public information about the projects funded and their results.',
    'The scope of the instrument should be limited to the offences it defines rather than to any serious crime committed with a computer.',
    'Journalistic sources deserve explicit protection when stored data is searched or seized.',
  ],
  fr: [
    'Le projet de convention devrait limiter les infractions aux atteintes à la confidentialité, à l’intégrité et à la disponibilité des systèmes informatiques.',
    'Les pouvoirs procéduraux doivent être soumis à une autorisation judiciaire préalable et à un contrôle indépendant.',
    'Les chercheurs en sécurité qui agissent de bonne foi ne doivent pas être poursuivis pour avoir signalé des vulnérabilités.',
    'La violence fondée sur le genre facilitée par la technologie touche de manière disproportionnée les femmes et les filles.',
    'Les garanties de l’article 24 doivent s’appliquer à toutes les mesures, y compris celles prises au titre de la coopération internationale.',
    'Nous demandons que la double incrimination soit exigée avant toute mesure d’entraide judiciaire.',
    'Les organisations de la société civile des pays du Sud ont eu peu d’occasions de participer aux sessions.',
    'La protection des données personnelles doit accompagner les données transférées vers un autre État partie.',
    'Les journalistes et leurs sources méritent une protection explicite lors des perquisitions de données.',
    'Le principe de proportionnalité exige de réserver les pouvoirs les plus intrusifs aux infractions les plus graves.',
    'Les victimes de diffusion non consentie d’images intimes ont besoin d’un retrait rapide des contenus.',
    'Un mécanisme d’examen indépendant, ouvert aux parties prenantes, est indispensable à la mise en œuvre.',
  ],
  es: [
    'El proyecto de convención debería limitarse a los delitos contra la confidencialidad, integridad y disponibilidad de los sistemas informáticos.',
    'Las facultades procesales deben estar sujetas a autorización judicial previa y a una supervisión independiente.',
    'Las personas investigadoras en seguridad que actúan de buena fe no deben ser criminalizadas.',
    'La violencia de género facilitada por la tecnología afecta de manera desproporcionada a mujeres, niñas y personas LGBTIQ+.',
    'Las salvaguardias del artículo 24 deben aplicarse a todas las medidas, incluida la cooperación internacional.',
    'Solicitamos que se exija la doble incriminación antes de ejecutar cualquier solicitud de asistencia.',
    'Las organizaciones de la sociedad civil de América Latina han tenido pocas oportunidades de participar en persona.',
    'La protección de datos personales debe acompañar a los datos transferidos a otro Estado parte.',
    'El principio de proporcionalidad exige reservar las medidas más intrusivas para los delitos más graves.',
    'Las sobrevivientes de la difusión no consentida de imágenes íntimas necesitan la retirada rápida del contenido.',
    'Los periodistas y sus fuentes merecen una protección explícita cuando se registran o incautan datos.',
    'Un mecanismo de examen independiente, con participación de la sociedad civil, es esencial para la aplicación.',
  ],
  ru: [
    'Проект конвенции должен ограничиваться преступлениями против конфиденциальности, целостности и доступности компьютерных систем.',
    'Процессуальные полномочия должны осуществляться только с предварительного разрешения суда и под независимым надзором.',
    'Исследователи безопасности, действующие добросовестно, не должны преследоваться за сообщения об уязвимостях.',
    'Гендерное насилие с использованием технологий непропорционально затрагивает женщин и девочек.',
    'Гарантии статьи 24 должны распространяться на все меры, включая международное сотрудничество.',
    'Мы призываем требовать двойной криминальности до исполнения любого запроса о правовой помощи.',
    'Организации гражданского общества из нашего региона имели мало возможностей участвовать в сессиях.',
    'Защита персональных данных должна сохраняться при их передаче другому государству-участнику.',
    'Принцип соразмерности требует применять наиболее интрузивные меры только к наиболее тяжким преступлениям.',
    'Журналисты и их источники заслуживают явной защиты при обыске и изъятии данных.',
    'Независимый механизм обзора с участием заинтересованных сторон необходим для осуществления конвенции.',
    'Пострадавшим от распространения интимных изображений без согласия нужно быстрое удаление материалов.',
  ],
  ar: [
    'ينبغي أن يقتصر مشروع الاتفاقية على الجرائم التي تمس سرية النظم الحاسوبية وسلامتها وإتاحتها.',
    'يجب أن تخضع الصلاحيات الإجرائية لإذن قضائي مسبق ولرقابة مستقلة وسبيل انتصاف فعال.',
    'لا ينبغي تجريم الباحثين الأمنيين الذين يكشفون الثغرات بحسن نية.',
    'يؤثر العنف القائم على النوع الاجتماعي الميسر بالتكنولوجيا على النساء والفتيات بشكل غير متناسب.',
    'يجب أن تنطبق ضمانات المادة 24 على جميع التدابير بما فيها التعاون الدولي.',
    'نطالب باشتراط ازدواجية التجريم قبل تنفيذ أي طلب للمساعدة القانونية المتبادلة.',
    'لم تتح لمنظمات المجتمع المدني في منطقتنا فرص كافية لحضور الدورات.',
    'ينبغي أن ترافق حماية البيانات الشخصية البيانات المنقولة إلى دولة طرف أخرى.',
    'يقتضي مبدأ التناسب قصر أشد التدابير تدخلا على أخطر الجرائم.',
    'يستحق الصحفيون ومصادرهم حماية صريحة عند تفتيش البيانات أو ضبطها.',
    'إن وجود آلية استعراض مستقلة بمشاركة أصحاب المصلحة أمر أساسي لتنفيذ الاتفاقية.',
    'تحتاج الناجيات من نشر الصور الحميمة دون موافقة إلى إزالة المحتوى بسرعة.',
  ],
  zh: [
    '公约草案应当仅限于针对计算机系统保密性、完整性和可用性的犯罪。',
    '程序性权力必须事先获得司法授权，并接受独立监督和有效救济。',
    '出于善意发现并报告漏洞的安全研究人员不应被定为犯罪。',
    '技术助长的性别暴力对妇女和女童造成了不成比例的影响。',
    '第二十四条规定的人权保障应当适用于包括国际合作在内的所有措施。',
    '我们敦促在执行任何司法协助请求之前坚持双重犯罪原则。',
    '来自本地区的民间社会组织参加会议的机会十分有限。',
    '个人数据在转移至另一缔约国时，应当继续受到数据保护标准的约束。',
    '相称性原则要求将最具侵入性的措施仅用于最严重的犯罪。',
    '在搜查或扣押数据时，记者及其消息来源应当得到明确保护。',
    '由利益攸关方参与的独立审查机制对于公约的执行至关重要。',
    '未经同意传播私密图像的受害者需要迅速删除相关内容。',
  ],
};

/** Opening words of titles, per language; a topic follows. */
export const TITLE_OPENINGS: Record<Language, string[]> = {
  en: ['Position on', 'Recommendations on', 'Safeguards for', 'Comments on', 'Joint statement on', 'Concerns about'],
  fr: ['Position sur', 'Recommandations concernant', 'Garanties pour', 'Observations sur'],
  es: ['Posición sobre', 'Recomendaciones sobre', 'Salvaguardias para', 'Comentarios sobre'],
  ru: ['Позиция по вопросу', 'Рекомендации по вопросу', 'Гарантии в отношении', 'Замечания по вопросу'],
  ar: ['موقف بشأن', 'توصيات بشأن', 'ضمانات بشأن', 'ملاحظات بشأن'],
  zh: ['关于', '就', '对'],
};

export const TOPICS: Record<Language, string[]> = {
  en: [
    'the scope of criminalisation',
    'procedural safeguards',
    'international cooperation',
    'data protection',
    'technology-facilitated gender-based violence',
    'security research',
    'the review mechanism',
    'child protection and encryption',
    'emergency data requests',
    'grounds for refusal',
  ],
  fr: [
    'le champ de l’incrimination',
    'les garanties procédurales',
    'la coopération internationale',
    'la protection des données',
    'la violence de genre en ligne',
    'la recherche en sécurité',
  ],
  es: [
    'el alcance de la tipificación',
    'las salvaguardias procesales',
    'la cooperación internacional',
    'la protección de datos',
    'la violencia de género en línea',
    'la investigación en seguridad',
  ],
  ru: [
    'сферы криминализации',
    'процессуальных гарантий',
    'международного сотрудничества',
    'защиты данных',
    'гендерного насилия в сети',
    'исследований безопасности',
  ],
  ar: [
    'نطاق التجريم',
    'الضمانات الإجرائية',
    'التعاون الدولي',
    'حماية البيانات',
    'العنف الرقمي القائم على النوع الاجتماعي',
    'البحث الأمني',
  ],
  zh: ['定罪范围的意见', '程序保障的建议', '国际合作的意见', '数据保护的建议', '网络性别暴力的意见', '安全研究的建议'],
};

/** Countries per UN regional group (consistent with the identity context's mapping). */
export const COUNTRIES: Record<string, string[]> = {
  AG: ['NG', 'KE', 'ZA', 'SN', 'EG', 'GH', 'TN', 'UG'],
  APG: ['IN', 'ID', 'PH', 'JP', 'PK', 'MY', 'LB', 'NP'],
  EEG: ['PL', 'UA', 'RO', 'CZ', 'GE', 'RS', 'HU', 'AM'],
  GRULAC: ['BR', 'MX', 'AR', 'CO', 'CL', 'PE', 'UY', 'CR'],
  WEOG: ['FR', 'DE', 'GB', 'CA', 'US', 'NL', 'ES', 'AU'],
};

export const ORG_WORDS = {
  first: [
    'Digital',
    'Open',
    'Civic',
    'Global',
    'Rights',
    'Citizen',
    'Access',
    'Privacy',
    'Justice',
    'Safe',
    'Free',
    'Women’s',
    'Youth',
    'Media',
    'Legal',
  ],
  second: [
    'Rights Watch',
    'Futures',
    'Commons',
    'Defenders Network',
    'Policy Lab',
    'Freedom Initiative',
    'Law Centre',
    'Tech Collective',
    'Observatory',
    'Alliance',
    'Forum',
    'Foundation',
  ],
};
