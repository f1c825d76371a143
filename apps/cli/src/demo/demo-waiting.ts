import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import { DemoSubmission } from './demo-submissions';

/**
 * Positions waiting for the moderators: six more themes, each in the six UN languages, sent from
 * four regions, so the moderator desk has a queue to page through, filters that narrow it (region,
 * language, round) and coverage to read. Short texts, each a real position (fictional authors).
 */
interface Text {
  title: string;
  summary: string;
  body: string;
}

interface Theme {
  provisionIds: string[];
  /** Tag slugs the submitters suggest. */
  suggestedTags: string[];
  texts: Record<'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es', Text>;
}

const THEMES: Theme[] = [
  {
    provisionIds: ['chapter-4', 'article-24'],
    suggestedTags: ['data-protection', 'proportionality'],
    texts: {
      en: {
        title: 'Retention orders need an end date',
        summary: 'Expedited preservation of stored data must expire unless a court extends it.',
        body: 'Preservation orders under Articles 25 and 26 should lapse after **90 days** unless an independent authority renews them with reasons. Data kept beyond that should be deleted, and the person concerned told once the investigation allows it.',
      },
      fr: {
        title: 'Les ordres de conservation doivent avoir une échéance',
        summary: 'La conservation rapide des données stockées doit expirer sauf prolongation par un juge.',
        body: 'Les ordres de conservation des articles 25 et 26 devraient prendre fin après **90 jours**, sauf renouvellement motivé par une autorité indépendante. Les données conservées au-delà devraient être effacées et la personne concernée informée dès que l’enquête le permet.',
      },
      es: {
        title: 'Las órdenes de conservación necesitan fecha de caducidad',
        summary: 'La conservación rápida de datos almacenados debe caducar salvo que un juez la prorrogue.',
        body: 'Las órdenes de conservación de los artículos 25 y 26 deberían caducar a los **90 días**, salvo renovación motivada por una autoridad independiente. Los datos conservados más allá deberían borrarse e informarse a la persona afectada en cuanto la investigación lo permita.',
      },
      ru: {
        title: 'У предписаний о сохранении данных должен быть срок',
        summary: 'Срочное сохранение хранимых данных должно прекращаться, если суд его не продлит.',
        body: 'Предписания о сохранении по статьям 25 и 26 должны истекать через **90 дней**, если независимый орган не продлит их с обоснованием. Данные сверх этого срока следует удалять, а затронутое лицо уведомлять, как только это позволит расследование.',
      },
      ar: {
        title: 'أوامر حفظ البيانات تحتاج إلى تاريخ انتهاء',
        summary: 'يجب أن ينتهي الحفظ العاجل للبيانات المخزنة ما لم تمدده محكمة.',
        body: 'ينبغي أن تنتهي أوامر الحفظ بموجب المادتين 25 و26 بعد **90 يومًا** ما لم تجددها سلطة مستقلة بقرار مسبّب. ويجب حذف البيانات المحفوظة بعد ذلك، وإبلاغ الشخص المعني حالما يسمح التحقيق بذلك.',
      },
      zh: {
        title: '数据保存令应有截止日期',
        summary: '对存储数据的快速保存除非经法院延长，否则应自动失效。',
        body: '第二十五条和第二十六条规定的保存令应在 **90 天** 后失效，除非独立机构说明理由予以延长。超过期限保存的数据应予删除，并在调查允许时告知当事人。',
      },
    },
  },
  {
    provisionIds: ['article-14', 'article-15'],
    suggestedTags: ['rights-of-the-child', 'right-to-privacy', 'child-online-protection'],
    texts: {
      en: {
        title: 'Protect children without scanning everyone’s messages',
        summary: 'Child protection measures must not require providers to break end-to-end encryption.',
        body: 'We support strong action against online child sexual abuse. Implementation of Articles 14 and 15 must not oblige providers to scan private messages in bulk or weaken encryption: targeted investigation, victim support and fast removal of known material work better and respect everyone’s privacy.',
      },
      fr: {
        title: 'Protéger les enfants sans lire les messages de tous',
        summary:
          'La protection de l’enfance ne doit pas obliger les fournisseurs à casser le chiffrement de bout en bout.',
        body: 'Nous soutenons une action ferme contre les abus sexuels d’enfants en ligne. La mise en œuvre des articles 14 et 15 ne doit pas imposer l’analyse massive des messages privés ni affaiblir le chiffrement : les enquêtes ciblées, l’aide aux victimes et le retrait rapide des contenus connus sont plus efficaces.',
      },
      es: {
        title: 'Proteger a la infancia sin revisar los mensajes de todos',
        summary: 'La protección infantil no debe exigir a los proveedores romper el cifrado de extremo a extremo.',
        body: 'Apoyamos una acción firme contra el abuso sexual infantil en línea. La aplicación de los artículos 14 y 15 no debe obligar a revisar masivamente mensajes privados ni a debilitar el cifrado: la investigación focalizada, el apoyo a las víctimas y la retirada rápida de material conocido funcionan mejor.',
      },
      ru: {
        title: 'Защищать детей, не просматривая переписку всех',
        summary: 'Меры защиты детей не должны требовать от провайдеров ослаблять сквозное шифрование.',
        body: 'Мы поддерживаем решительные меры против сексуального насилия над детьми в интернете. Применение статей 14 и 15 не должно обязывать провайдеров массово сканировать личные сообщения или ослаблять шифрование: адресные расследования, помощь пострадавшим и быстрое удаление известных материалов эффективнее.',
      },
      ar: {
        title: 'حماية الأطفال دون فحص رسائل الجميع',
        summary: 'لا يجوز أن تُلزم تدابير حماية الطفل مقدّمي الخدمات بكسر التشفير التام بين الطرفين.',
        body: 'نؤيد إجراءات حازمة ضد الاعتداء الجنسي على الأطفال عبر الإنترنت. ولا ينبغي أن يُلزم تنفيذ المادتين 14 و15 مقدّمي الخدمات بالفحص الشامل للرسائل الخاصة أو بإضعاف التشفير: فالتحقيقات الموجّهة ودعم الضحايا والإزالة السريعة للمواد المعروفة أنجع.',
      },
      zh: {
        title: '保护儿童，而不是扫描所有人的信息',
        summary: '儿童保护措施不得要求服务提供者破坏端到端加密。',
        body: '我们支持有力打击网上儿童性虐待。第十四条和第十五条的实施不应要求服务提供者大规模扫描私人信息或削弱加密：有针对性的调查、对受害者的支持和迅速删除已知材料更加有效。',
      },
    },
  },
  {
    provisionIds: ['chapter-5'],
    suggestedTags: ['dual-criminality', 'human-rights-defenders', 'international-cooperation'],
    texts: {
      en: {
        title: 'No extradition for political speech',
        summary: 'Extradition under the Convention must be refused where the request targets political activity.',
        body: 'Article 37 should be read with a clear **political offence exception**: no State Party should extradite a person for peaceful criticism, reporting or activism, and every request should be checked against the risk of an unfair trial or ill-treatment.',
      },
      fr: {
        title: 'Pas d’extradition pour des propos politiques',
        summary:
          'L’extradition au titre de la Convention doit être refusée lorsque la demande vise une activité politique.',
        body: 'L’article 37 doit s’accompagner d’une **exception claire pour infraction politique** : aucun État partie ne devrait extrader une personne pour une critique pacifique, un reportage ou un engagement militant, et chaque demande doit être examinée au regard du risque de procès inéquitable ou de mauvais traitements.',
      },
      es: {
        title: 'Ninguna extradición por expresión política',
        summary:
          'La extradición en virtud de la Convención debe denegarse cuando la solicitud persigue actividad política.',
        body: 'El artículo 37 debe leerse con una **excepción clara por delito político**: ningún Estado parte debería extraditar a una persona por crítica pacífica, periodismo o activismo, y cada solicitud debe examinarse frente al riesgo de juicio injusto o malos tratos.',
      },
      ru: {
        title: 'Никакой экстрадиции за политические высказывания',
        summary:
          'В экстрадиции по Конвенции следует отказывать, если запрос направлен против политической деятельности.',
        body: 'Статью 37 следует применять с чётким **исключением для политических преступлений**: ни одно государство-участник не должно выдавать человека за мирную критику, журналистику или активизм, а каждый запрос нужно проверять на риск несправедливого суда или жестокого обращения.',
      },
      ar: {
        title: 'لا تسليم بسبب التعبير السياسي',
        summary: 'يجب رفض التسليم بموجب الاتفاقية متى استهدف الطلب نشاطًا سياسيًا.',
        body: 'ينبغي قراءة المادة 37 مع **استثناء واضح للجرائم السياسية**: لا يجوز لأي دولة طرف أن تسلّم شخصًا بسبب نقد سلمي أو عمل صحفي أو نشاط، ويجب فحص كل طلب في ضوء خطر المحاكمة غير العادلة أو سوء المعاملة.',
      },
      zh: {
        title: '不得因政治言论而引渡',
        summary: '如果请求针对的是政治活动，应拒绝依据公约进行引渡。',
        body: '第三十七条应配有明确的**政治犯罪例外**：任何缔约国都不应因和平批评、新闻报道或社会活动而引渡任何人，每一项请求都应审查其是否存在不公正审判或虐待的风险。',
      },
    },
  },
  {
    provisionIds: ['chapter-6'],
    suggestedTags: ['victims-rights-access-to-justice'],
    texts: {
      en: {
        title: 'Help for small businesses hit by ransomware',
        summary: 'Victims of ransomware need a single contact point and free recovery support.',
        body: 'Small businesses and community organisations rarely report ransomware attacks. Under Article 34 each State Party should offer **one contact point**, free technical recovery help and clear guidance on reporting without fear of penalties.',
      },
      fr: {
        title: 'Aider les petites entreprises victimes de rançongiciels',
        summary: 'Les victimes de rançongiciels ont besoin d’un guichet unique et d’une aide gratuite à la reprise.',
        body: 'Les petites entreprises et les associations signalent rarement les attaques par rançongiciel. Au titre de l’article 34, chaque État partie devrait proposer **un point de contact unique**, une aide technique gratuite à la reprise et des consignes claires pour signaler sans crainte de sanctions.',
      },
      es: {
        title: 'Ayuda para las pequeñas empresas atacadas con ransomware',
        summary: 'Las víctimas de ransomware necesitan un único punto de contacto y apoyo gratuito para recuperarse.',
        body: 'Las pequeñas empresas y organizaciones comunitarias rara vez denuncian ataques de ransomware. En virtud del artículo 34, cada Estado parte debería ofrecer **un único punto de contacto**, ayuda técnica gratuita y orientación clara para denunciar sin temor a sanciones.',
      },
      ru: {
        title: 'Помощь малому бизнесу, пострадавшему от программ-вымогателей',
        summary: 'Пострадавшим от вымогателей нужны единое окно и бесплатная помощь в восстановлении.',
        body: 'Малый бизнес и общественные организации редко сообщают об атаках программ-вымогателей. В соответствии со статьёй 34 каждое государство-участник должно предлагать **единое окно**, бесплатную техническую помощь и понятные правила подачи сообщений без страха наказания.',
      },
      ar: {
        title: 'مساعدة المنشآت الصغيرة المتضررة من برمجيات الفدية',
        summary: 'يحتاج ضحايا برمجيات الفدية إلى جهة اتصال واحدة ودعم مجاني للتعافي.',
        body: 'نادرًا ما تبلّغ المنشآت الصغيرة والمنظمات المجتمعية عن هجمات برمجيات الفدية. وبموجب المادة 34 ينبغي لكل دولة طرف أن توفر **جهة اتصال واحدة** ومساعدة تقنية مجانية للتعافي وإرشادات واضحة للإبلاغ دون خوف من العقوبات.',
      },
      zh: {
        title: '帮助遭受勒索软件攻击的小企业',
        summary: '勒索软件的受害者需要单一联络点和免费的恢复支持。',
        body: '小企业和社区组织很少报告勒索软件攻击。根据第三十四条，每个缔约国都应提供**单一联络点**、免费的技术恢复帮助，以及无需担心处罚即可报告的明确指引。',
      },
    },
  },
  {
    provisionIds: ['chapter-4', 'chapter-5'],
    suggestedTags: ['transparency-user-notification', 'electronic-evidence'],
    texts: {
      en: {
        title: 'Publish how often authorities ask providers for data',
        summary: 'States and providers should report every year how many production orders they issue and receive.',
        body: 'Transparency builds trust in cross-border evidence gathering. States Parties should publish yearly figures on production orders under Article 27, and allow providers to publish theirs, broken down by requesting country and type of data.',
      },
      fr: {
        title: 'Publier la fréquence des demandes de données aux fournisseurs',
        summary:
          'États et fournisseurs devraient publier chaque année le nombre d’injonctions de production émises et reçues.',
        body: 'La transparence renforce la confiance dans la collecte transfrontière de preuves. Les États parties devraient publier chaque année les chiffres des injonctions de production de l’article 27 et permettre aux fournisseurs de publier les leurs, par pays demandeur et par type de données.',
      },
      es: {
        title: 'Publicar con qué frecuencia las autoridades piden datos a los proveedores',
        summary: 'Estados y proveedores deberían informar cada año cuántas órdenes de presentación emiten y reciben.',
        body: 'La transparencia genera confianza en la obtención transfronteriza de pruebas. Los Estados parte deberían publicar cifras anuales sobre las órdenes de presentación del artículo 27, y permitir a los proveedores publicar las suyas, por país solicitante y tipo de datos.',
      },
      ru: {
        title: 'Публиковать, как часто власти запрашивают данные у провайдеров',
        summary:
          'Государства и провайдеры должны ежегодно сообщать, сколько распоряжений о предоставлении данных выдано и получено.',
        body: 'Прозрачность укрепляет доверие к трансграничному сбору доказательств. Государства-участники должны ежегодно публиковать данные о распоряжениях по статье 27 и разрешать провайдерам публиковать свои — с разбивкой по запрашивающим странам и видам данных.',
      },
      ar: {
        title: 'نشر عدد مرات طلب السلطات للبيانات من مقدّمي الخدمات',
        summary: 'ينبغي للدول ومقدّمي الخدمات الإبلاغ سنويًا عن عدد أوامر تقديم البيانات الصادرة والواردة.',
        body: 'تبني الشفافية الثقة في جمع الأدلة عبر الحدود. وينبغي للدول الأطراف نشر أرقام سنوية عن أوامر التقديم بموجب المادة 27، والسماح لمقدّمي الخدمات بنشر أرقامهم، موزعة حسب البلد الطالب ونوع البيانات.',
      },
      zh: {
        title: '公布当局向服务提供者索取数据的频率',
        summary: '各国和服务提供者应每年报告发出和收到的提交令数量。',
        body: '透明度有助于建立对跨境取证的信任。缔约国应每年公布根据第二十七条发出的提交令数据，并允许服务提供者按请求国和数据类型公布各自的数据。',
      },
    },
  },
  {
    provisionIds: ['chapter-7'],
    suggestedTags: ['gender-sensitive-capacity-building', 'women-hrds-activists', 'technical-assistance'],
    texts: {
      en: {
        title: 'Train investigators to handle doxxing of women defenders',
        summary:
          'Capacity building should teach police to treat doxxing and online threats against women defenders as serious crimes.',
        body: 'Women human rights defenders are doxxed and threatened online, and too often told to log off. Technical assistance under Article 54 should include **survivor-centred training** for investigators and prosecutors, developed with women’s rights organisations.',
      },
      fr: {
        title: 'Former les enquêteurs à traiter la divulgation de données des défenseuses',
        summary:
          'Le renforcement des capacités doit apprendre à la police à traiter la divulgation de données et les menaces contre les défenseuses comme des infractions graves.',
        body: 'Les défenseuses des droits humains voient leurs données personnelles divulguées et reçoivent des menaces en ligne ; on leur conseille trop souvent de se déconnecter. L’assistance technique de l’article 54 devrait inclure une **formation centrée sur les victimes** pour les enquêteurs et les procureurs, conçue avec les organisations de défense des droits des femmes.',
      },
      es: {
        title: 'Formar a la policía ante la exposición de datos de defensoras',
        summary:
          'El fortalecimiento de capacidades debe enseñar a tratar el doxeo y las amenazas contra defensoras como delitos graves.',
        body: 'Las defensoras de derechos humanos sufren doxeo y amenazas en línea, y con demasiada frecuencia se les dice que se desconecten. La asistencia técnica del artículo 54 debería incluir **formación centrada en las sobrevivientes** para investigadores y fiscales, elaborada con organizaciones de mujeres.',
      },
      ru: {
        title: 'Учить следователей работать с доксингом правозащитниц',
        summary:
          'Наращивание потенциала должно учить полицию относиться к доксингу и угрозам правозащитницам как к тяжким преступлениям.',
        body: 'Правозащитниц преследуют доксингом и угрозами в интернете, а им слишком часто советуют просто уйти из сети. Техническая помощь по статье 54 должна включать **обучение, ориентированное на пострадавших**, для следователей и прокуроров, разработанное вместе с женскими организациями.',
      },
      ar: {
        title: 'تدريب المحققين على التعامل مع كشف بيانات المدافعات',
        summary: 'ينبغي لبناء القدرات أن يعلّم الشرطة معاملة كشف البيانات والتهديدات ضد المدافعات بوصفها جرائم خطيرة.',
        body: 'تتعرض المدافعات عن حقوق الإنسان لكشف بياناتهن الشخصية وللتهديد عبر الإنترنت، وكثيرًا ما يُنصحن بالانسحاب منه. وينبغي أن تشمل المساعدة التقنية بموجب المادة 54 **تدريبًا يركز على الناجيات** للمحققين والمدعين العامين، يُعدّ بالتعاون مع منظمات حقوق المرأة.',
      },
      zh: {
        title: '培训调查人员应对针对女性维权人士的人肉搜索',
        summary: '能力建设应教会警方把针对女性维权人士的人肉搜索和网络威胁当作严重犯罪处理。',
        body: '女性人权维护者经常遭到人肉搜索和网络威胁，却常常被劝告下线了事。第五十四条下的技术援助应包括与妇女权利组织共同制定的、**以幸存者为中心的培训**，面向调查人员和检察官。',
      },
    },
  },
];

/** The organisations' regions whose rounds take submissions while the demo is written. */
const REGIONS = [Region.AG, Region.APG, Region.WEOG, Region.GRULAC];
const DISCLOSURES = [
  Disclosure.NAMED,
  Disclosure.REGION_ONLY,
  Disclosure.ANONYMOUS,
  Disclosure.NAMED,
  Disclosure.INTERNAL_ONLY,
];
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;

/** 36 submissions waiting for a moderator: each theme in each UN language, over four regions. */
export const DEMO_WAITING: DemoSubmission[] = THEMES.flatMap((theme, t) =>
  LANGUAGES.map((language, l) => ({
    region: REGIONS[(t * 2 + l) % REGIONS.length],
    ...theme.texts[language],
    language,
    disclosure: DISCLOSURES[(t + l) % DISCLOSURES.length],
    provisionIds: theme.provisionIds,
    suggestedTags: theme.suggestedTags,
    stage: 'SUBMITTED' as const,
  })),
);
