import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import { DemoSubmission } from './demo-submissions';

/**
 * Approved positions in every UN language, so the public pages have something to filter, search
 * and read. Six themes, each written in Arabic, Chinese, English, French, Russian and Spanish by a
 * different (fictional) organisation: every text is a readable position, not filler.
 */
interface Text {
  title: string;
  summary: string;
  body: string;
}

interface Theme {
  provisionIds: string[];
  tags: string[];
  texts: Record<'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es', Text>;
}

const THEMES: Theme[] = [
  {
    provisionIds: ['chapter-4', 'article-24'],
    tags: ['judicial-oversight', 'proportionality', 'right-to-privacy', 'procedural-measures'],
    texts: {
      en: {
        title: 'Prior judicial authorisation for real-time traffic data',
        summary:
          'Real-time collection of traffic data reveals who talks to whom; Article 24 should require a judge’s prior order.',
        body: '## Why it matters\n\nTraffic data shows **who communicates with whom, when and from where**. Collected in real time, it is as intrusive as reading the content.\n\n## What we ask\n\n- A prior order from an independent judge for every real-time collection.\n- A maximum duration of 30 days, renewable only with new reasons.\n- Statistics published every year by each State Party.',
      },
      fr: {
        title: 'Une autorisation judiciaire préalable pour les données relatives au trafic',
        summary:
          'La collecte en temps réel des données relatives au trafic révèle qui parle à qui ; l’article 24 doit exiger l’ordonnance préalable d’un juge.',
        body: '## Pourquoi c’est important\n\nLes données relatives au trafic montrent **qui communique avec qui, quand et d’où**. Collectées en temps réel, elles sont aussi intrusives que le contenu lui-même.\n\n## Nos demandes\n\n- Une ordonnance préalable d’un juge indépendant pour chaque collecte.\n- Une durée maximale de 30 jours, renouvelable uniquement sur motifs nouveaux.\n- Des statistiques publiées chaque année par chaque État partie.',
      },
      es: {
        title: 'Autorización judicial previa para los datos de tráfico en tiempo real',
        summary:
          'La obtención en tiempo real de datos de tráfico revela quién habla con quién; el artículo 24 debe exigir una orden judicial previa.',
        body: '## Por qué importa\n\nLos datos de tráfico muestran **quién se comunica con quién, cuándo y desde dónde**. Obtenidos en tiempo real, son tan intrusivos como el contenido.\n\n## Lo que pedimos\n\n- Una orden previa de un juez independiente para cada obtención.\n- Una duración máxima de 30 días, renovable solo con nuevos motivos.\n- Estadísticas publicadas cada año por cada Estado parte.',
      },
      ru: {
        title: 'Предварительное судебное разрешение на сбор данных о трафике',
        summary:
          'Сбор данных о трафике в режиме реального времени показывает, кто с кем общается; статья 24 должна требовать предварительного решения суда.',
        body: '## Почему это важно\n\nДанные о трафике показывают, **кто, с кем, когда и откуда общается**. Собранные в реальном времени, они не менее чувствительны, чем содержание сообщений.\n\n## Наши предложения\n\n- Предварительное решение независимого суда для каждого случая сбора.\n- Срок не более 30 дней с продлением только по новым основаниям.\n- Ежегодная публикация статистики каждым государством-участником.',
      },
      ar: {
        title: 'إذن قضائي مسبق لجمع بيانات الحركة في الوقت الحقيقي',
        summary:
          'يكشف جمع بيانات الحركة في الوقت الحقيقي من يتواصل مع من؛ لذا يجب أن تشترط المادة 24 أمرًا قضائيًا مسبقًا.',
        body: '## لماذا يهم ذلك\n\nتكشف بيانات الحركة **من يتواصل مع من، ومتى، ومن أين**. وعندما تُجمع في الوقت الحقيقي تكون بخطورة الاطلاع على المحتوى نفسه.\n\n## مطالبنا\n\n- أمر مسبق من قاضٍ مستقل لكل عملية جمع.\n- مدة قصوى قدرها 30 يومًا لا تُجدد إلا لأسباب جديدة.\n- نشر إحصاءات سنوية من كل دولة طرف.',
      },
      zh: {
        title: '实时收集流量数据须经法官事先批准',
        summary: '实时收集流量数据会暴露谁与谁联系；第24条应要求事先取得独立法官的命令。',
        body: '## 为什么重要\n\n流量数据显示**谁在何时、何地与谁联系**。实时收集这些数据，其侵扰程度不亚于读取通信内容。\n\n## 我们的建议\n\n- 每次收集都须事先取得独立法官的命令；\n- 期限最长30天，只有提出新的理由才能延长；\n- 各缔约国每年公布统计数据。',
      },
    },
  },
  {
    provisionIds: ['article-7', 'article-11'],
    tags: ['security-researchers', 'narrow-scope', 'criminalization', 'legality-legal-certainty'],
    texts: {
      en: {
        title: 'Good-faith security research must stay lawful',
        summary:
          'Articles 7 and 11 should exempt authorised testing and coordinated vulnerability disclosure from criminal liability.',
        body: 'Researchers who find and report flaws make systems **safer for everyone**. As drafted, the offences of illegal access and misuse of devices could reach them.\n\nWe propose that States Parties:\n\n1. require intent to cause harm for both offences;\n2. exempt authorised testing and coordinated disclosure;\n3. publish prosecutorial guidelines that say so plainly.',
      },
      fr: {
        title: 'La recherche en sécurité de bonne foi doit rester licite',
        summary:
          'Les articles 7 et 11 doivent exclure de la responsabilité pénale les tests autorisés et la divulgation coordonnée des vulnérabilités.',
        body: 'Les chercheurs qui trouvent et signalent des failles rendent les systèmes **plus sûrs pour tous**. Tels qu’ils sont rédigés, les délits d’accès illégal et d’utilisation abusive de dispositifs pourraient les viser.\n\nNous proposons que les États parties :\n\n1. exigent l’intention de nuire pour ces deux délits ;\n2. excluent les tests autorisés et la divulgation coordonnée ;\n3. publient des lignes directrices claires à l’intention des parquets.',
      },
      es: {
        title: 'La investigación de seguridad de buena fe debe seguir siendo lícita',
        summary:
          'Los artículos 7 y 11 deben excluir de responsabilidad penal las pruebas autorizadas y la divulgación coordinada de vulnerabilidades.',
        body: 'Quienes encuentran y comunican fallos hacen que los sistemas sean **más seguros para todas las personas**. Tal como están redactados, los delitos de acceso ilícito y uso indebido de dispositivos podrían alcanzarles.\n\nProponemos que los Estados partes:\n\n1. exijan intención de causar daño en ambos delitos;\n2. excluyan las pruebas autorizadas y la divulgación coordinada;\n3. publiquen directrices claras para las fiscalías.',
      },
      ru: {
        title: 'Добросовестные исследования безопасности должны оставаться законными',
        summary:
          'Статьи 7 и 11 должны исключать уголовную ответственность за санкционированное тестирование и скоординированное раскрытие уязвимостей.',
        body: 'Исследователи, которые находят уязвимости и сообщают о них, делают системы **безопаснее для всех**. В нынешней редакции составы незаконного доступа и неправомерного использования устройств могут затронуть и их.\n\nМы предлагаем государствам-участникам:\n\n1. требовать умысла на причинение вреда для обоих составов;\n2. исключить санкционированное тестирование и скоординированное раскрытие;\n3. опубликовать ясные руководства для прокуратуры.',
      },
      ar: {
        title: 'يجب أن تبقى أبحاث الأمن بحسن نية مشروعة',
        summary:
          'ينبغي أن تستثني المادتان 7 و11 الاختبارات المأذون بها والإفصاح المنسق عن الثغرات من المسؤولية الجنائية.',
        body: 'الباحثون الذين يكتشفون الثغرات ويبلغون عنها يجعلون الأنظمة **أكثر أمانًا للجميع**. وبصيغتها الحالية قد تطالهم جريمتا الدخول غير المشروع وإساءة استخدام الأجهزة.\n\nنقترح أن تقوم الدول الأطراف بما يلي:\n\n1. اشتراط نية الإضرار في الجريمتين؛\n2. استثناء الاختبارات المأذون بها والإفصاح المنسق؛\n3. نشر إرشادات واضحة للنيابات العامة.',
      },
      zh: {
        title: '善意的安全研究应当合法',
        summary: '第7条和第11条应将经授权的测试和协调披露漏洞排除在刑事责任之外。',
        body: '发现并报告漏洞的研究人员让系统**对所有人都更安全**。按照现有措辞，非法访问和滥用设备两项罪名可能波及他们。\n\n我们建议各缔约国：\n\n1. 两项罪名均以造成损害的故意为要件；\n2. 将经授权的测试和协调披露排除在外；\n3. 为检察机关发布明确的指导意见。',
      },
    },
  },
  {
    provisionIds: ['article-16'],
    tags: ['ncii-image-based-abuse', 'tech-facilitated-gbv', 'victims-rights-access-to-justice', 'right-to-privacy'],
    texts: {
      en: {
        title: 'Survivor-centred responses to non-consensual intimate images',
        summary:
          'Article 16 should come with fast removal, free legal support and procedures that do not expose survivors again.',
        body: 'Most survivors of image-based abuse are women and girls. Criminalising the act is only a first step: **what survivors need is speed and dignity**.\n\n- Removal orders within 48 hours.\n- Free legal aid and psychosocial support.\n- Hearings that never show the images in open court.\n- Data on reports and removals, broken down by gender.',
      },
      fr: {
        title: 'Une réponse centrée sur les victimes de diffusion d’images intimes',
        summary:
          'L’article 16 doit s’accompagner d’un retrait rapide, d’une aide juridique gratuite et de procédures qui n’exposent pas à nouveau les victimes.',
        body: 'La plupart des victimes d’abus fondés sur l’image sont des femmes et des filles. Incriminer l’acte n’est qu’un premier pas : **les victimes ont besoin de rapidité et de dignité**.\n\n- Des ordonnances de retrait en 48 heures.\n- Une aide juridique et un soutien psychosocial gratuits.\n- Des audiences où les images ne sont jamais montrées publiquement.\n- Des données ventilées par genre sur les signalements et les retraits.',
      },
      es: {
        title: 'Respuestas centradas en las sobrevivientes de la difusión de imágenes íntimas',
        summary:
          'El artículo 16 debe acompañarse de retirada rápida, asistencia jurídica gratuita y procedimientos que no vuelvan a exponer a las sobrevivientes.',
        body: 'La mayoría de las sobrevivientes de abusos basados en imágenes son mujeres y niñas. Tipificar la conducta es solo el primer paso: **lo que necesitan es rapidez y dignidad**.\n\n- Órdenes de retirada en 48 horas.\n- Asistencia jurídica y apoyo psicosocial gratuitos.\n- Audiencias en las que nunca se muestren las imágenes en público.\n- Datos desglosados por género sobre denuncias y retiradas.',
      },
      ru: {
        title: 'Помощь пострадавшим от распространения интимных изображений',
        summary:
          'Статья 16 должна сопровождаться быстрым удалением, бесплатной юридической помощью и процедурами, не травмирующими пострадавших повторно.',
        body: 'Большинство пострадавших от злоупотреблений с изображениями — женщины и девочки. Криминализация — лишь первый шаг: **пострадавшим нужны скорость и уважение к их достоинству**.\n\n- Решения об удалении в течение 48 часов.\n- Бесплатная юридическая и психологическая помощь.\n- Судебные заседания, где изображения никогда не демонстрируются публично.\n- Данные об обращениях и удалениях в разбивке по полу.',
      },
      ar: {
        title: 'استجابة تتمحور حول الناجيات من نشر الصور الحميمة دون موافقة',
        summary:
          'ينبغي أن تقترن المادة 16 بإزالة سريعة ومساعدة قانونية مجانية وإجراءات لا تعرّض الناجيات للأذى من جديد.',
        body: 'معظم الناجين من الإساءة القائمة على الصور من النساء والفتيات. وتجريم الفعل ليس إلا خطوة أولى: **ما تحتاجه الناجيات هو السرعة والكرامة**.\n\n- أوامر إزالة خلال 48 ساعة.\n- مساعدة قانونية ودعم نفسي واجتماعي مجانيان.\n- جلسات لا تُعرض فيها الصور علنًا أبدًا.\n- بيانات مصنفة حسب النوع الاجتماعي عن البلاغات وعمليات الإزالة.',
      },
      zh: {
        title: '以幸存者为中心应对未经同意传播私密图像',
        summary: '第16条应配套快速删除、免费法律援助以及不会让幸存者再次受害的程序。',
        body: '基于图像的虐待的幸存者大多是妇女和女童。将这种行为定为犯罪只是第一步：**幸存者需要的是速度和尊严**。\n\n- 48小时内作出删除命令；\n- 免费的法律援助和心理社会支持；\n- 审理中绝不公开展示相关图像；\n- 按性别分列的举报和删除数据。',
      },
    },
  },
  {
    provisionIds: ['chapter-5', 'article-6'],
    tags: ['dual-criminality', 'human-rights-defenders', 'international-cooperation', 'freedom-of-expression'],
    texts: {
      en: {
        title: 'Human-rights grounds to refuse mutual legal assistance',
        summary:
          'A State Party should refuse cooperation where a request targets speech, dissent or a person’s identity.',
        body: 'International cooperation is the heart of the Convention, and its **greatest risk**: a request from one State can reach a defender living in another.\n\nEvery State Party should be able, and obliged, to refuse assistance when:\n\n- the conduct is not a crime in both States;\n- the request concerns political opinion, journalism or peaceful protest;\n- there are substantial grounds to fear persecution or an unfair trial.',
      },
      fr: {
        title: 'Des motifs de refus de l’entraide fondés sur les droits humains',
        summary:
          'Un État partie doit refuser de coopérer lorsqu’une demande vise l’expression, la dissidence ou l’identité d’une personne.',
        body: 'La coopération internationale est au cœur de la Convention, et c’est aussi son **plus grand risque** : la demande d’un État peut atteindre une défenseuse vivant dans un autre.\n\nChaque État partie doit pouvoir, et devoir, refuser l’entraide lorsque :\n\n- les faits ne sont pas incriminés dans les deux États ;\n- la demande porte sur une opinion politique, le journalisme ou une manifestation pacifique ;\n- il existe des motifs sérieux de craindre une persécution ou un procès inéquitable.',
      },
      es: {
        title: 'Motivos de derechos humanos para denegar la asistencia judicial',
        summary:
          'Un Estado parte debe denegar la cooperación cuando una solicitud apunte a la expresión, la disidencia o la identidad de una persona.',
        body: 'La cooperación internacional es el corazón de la Convención y también su **mayor riesgo**: la solicitud de un Estado puede alcanzar a una defensora que vive en otro.\n\nCada Estado parte debe poder, y estar obligado a, denegar la asistencia cuando:\n\n- la conducta no sea delito en ambos Estados;\n- la solicitud se refiera a opiniones políticas, periodismo o protesta pacífica;\n- existan motivos fundados para temer persecución o un juicio injusto.',
      },
      ru: {
        title: 'Правозащитные основания для отказа во взаимной правовой помощи',
        summary:
          'Государство-участник должно отказывать в сотрудничестве, если запрос направлен против высказываний, инакомыслия или личности человека.',
        body: 'Международное сотрудничество — основа Конвенции и одновременно её **главный риск**: запрос одного государства может затронуть правозащитника, живущего в другом.\n\nКаждое государство-участник должно иметь право и обязанность отказать в помощи, если:\n\n- деяние не является преступлением в обоих государствах;\n- запрос касается политических взглядов, журналистики или мирного протеста;\n- есть веские основания опасаться преследования или несправедливого суда.',
      },
      ar: {
        title: 'أسباب حقوقية لرفض المساعدة القانونية المتبادلة',
        summary: 'ينبغي للدولة الطرف أن ترفض التعاون عندما يستهدف الطلب التعبير أو المعارضة أو هوية الشخص.',
        body: 'التعاون الدولي هو قلب الاتفاقية، وهو أيضًا **أكبر مخاطرها**: فطلب من دولة قد يطال مدافعة عن حقوق الإنسان تعيش في دولة أخرى.\n\nيجب أن يكون لكل دولة طرف الحق، بل الواجب، في رفض المساعدة عندما:\n\n- لا يكون الفعل جريمة في الدولتين؛\n- يتعلق الطلب برأي سياسي أو عمل صحفي أو احتجاج سلمي؛\n- توجد أسباب جدية للخوف من الاضطهاد أو من محاكمة غير عادلة.',
      },
      zh: {
        title: '基于人权理由拒绝司法协助',
        summary: '当请求针对言论、异见或个人身份时，缔约国应当拒绝合作。',
        body: '国际合作是公约的核心，也是其**最大的风险**：一个国家的请求可能波及居住在另一个国家的人权维护者。\n\n在下列情况下，每个缔约国都应有权并有义务拒绝协助：\n\n- 该行为在两国均不构成犯罪；\n- 请求涉及政治观点、新闻工作或和平抗议；\n- 有充分理由担心遭受迫害或不公正审判。',
      },
    },
  },
  {
    provisionIds: ['chapter-8'],
    tags: ['multistakeholder-participation', 'implementation-mechanism', 'gender-balanced-participation'],
    texts: {
      en: {
        title: 'A real seat for civil society in the implementation mechanism',
        summary:
          'The Conference of the States Parties should hear civil society in every review, with open documents and fair access.',
        body: 'Implementation will be judged by those who live with it. The mechanism should:\n\n1. admit accredited organisations to **all plenary meetings**;\n2. publish country reviews and invite written comments;\n3. fund travel for organisations from developing countries, with gender balance;\n4. never let one State veto an organisation without reasons.',
      },
      fr: {
        title: 'Une vraie place pour la société civile dans le mécanisme d’application',
        summary:
          'La Conférence des États parties doit entendre la société civile à chaque examen, avec des documents ouverts et un accès équitable.',
        body: 'L’application sera jugée par celles et ceux qui la vivent. Le mécanisme devrait :\n\n1. admettre les organisations accréditées à **toutes les séances plénières** ;\n2. publier les examens par pays et recevoir des observations écrites ;\n3. financer les déplacements des organisations des pays en développement, avec parité ;\n4. ne jamais permettre à un seul État d’écarter une organisation sans motifs.',
      },
      es: {
        title: 'Un lugar real para la sociedad civil en el mecanismo de aplicación',
        summary:
          'La Conferencia de los Estados partes debe escuchar a la sociedad civil en cada examen, con documentos abiertos y acceso equitativo.',
        body: 'La aplicación será juzgada por quienes la viven. El mecanismo debería:\n\n1. admitir a las organizaciones acreditadas en **todas las sesiones plenarias**;\n2. publicar los exámenes por país y recibir comentarios escritos;\n3. financiar los viajes de organizaciones de países en desarrollo, con paridad de género;\n4. impedir que un solo Estado vete a una organización sin motivos.',
      },
      ru: {
        title: 'Реальное место для гражданского общества в механизме осуществления',
        summary:
          'Конференция государств-участников должна заслушивать гражданское общество при каждом обзоре, с открытыми документами и равным доступом.',
        body: 'Об осуществлении будут судить те, кого оно касается. Механизм должен:\n\n1. допускать аккредитованные организации на **все пленарные заседания**;\n2. публиковать страновые обзоры и принимать письменные комментарии;\n3. финансировать поездки организаций из развивающихся стран с учётом гендерного баланса;\n4. не позволять одному государству отводить организацию без объяснения причин.',
      },
      ar: {
        title: 'مقعد حقيقي للمجتمع المدني في آلية التنفيذ',
        summary: 'ينبغي لمؤتمر الدول الأطراف أن يستمع إلى المجتمع المدني في كل استعراض، مع وثائق مفتوحة ووصول منصف.',
        body: 'سيُحكم على التنفيذ من خلال من يعيشون آثاره. لذا ينبغي للآلية أن:\n\n1. تقبل المنظمات المعتمدة في **جميع الجلسات العامة**؛\n2. تنشر الاستعراضات القُطرية وتتلقى تعليقات مكتوبة؛\n3. تموّل سفر منظمات البلدان النامية مع مراعاة التوازن بين الجنسين؛\n4. لا تسمح لدولة واحدة باستبعاد منظمة دون إبداء أسباب.',
      },
      zh: {
        title: '让民间社会在履约机制中真正有一席之地',
        summary: '缔约国会议应在每次审议中听取民间社会的意见，公开文件并确保公平参与。',
        body: '履约成效应由受其影响的人来评判。该机制应当：\n\n1. 允许经认可的组织参加**所有全体会议**；\n2. 公布国别审议报告并征求书面意见；\n3. 资助发展中国家组织的差旅，并注重性别平衡；\n4. 不允许任何单一国家无理由否决某个组织。',
      },
    },
  },
  {
    provisionIds: ['chapter-7'],
    tags: ['gender-sensitive-capacity-building', 'gender-digital-divide', 'technical-assistance'],
    texts: {
      en: {
        title: 'Technical assistance that closes the gender digital divide',
        summary:
          'Capacity building under Chapter VII should train women investigators and judges and measure who benefits.',
        body: 'Technical assistance will shape how the Convention is applied for a decade. We ask donors and States to:\n\n- reserve at least **half of training places** for women;\n- include human-rights and data-protection modules in every course;\n- report, by gender, who was trained and what changed.',
      },
      fr: {
        title: 'Une assistance technique qui réduit la fracture numérique entre les genres',
        summary:
          'Le renforcement des capacités prévu au chapitre VII doit former des enquêtrices et des juges et mesurer qui en bénéficie.',
        body: 'L’assistance technique façonnera l’application de la Convention pendant dix ans. Nous demandons aux donateurs et aux États :\n\n- de réserver au moins **la moitié des places de formation** aux femmes ;\n- d’inclure des modules sur les droits humains et la protection des données dans chaque cours ;\n- de rendre compte, par genre, des personnes formées et des résultats obtenus.',
      },
      es: {
        title: 'Asistencia técnica que cierre la brecha digital de género',
        summary:
          'El fortalecimiento de capacidades del capítulo VII debe formar a investigadoras y juezas y medir quién se beneficia.',
        body: 'La asistencia técnica definirá cómo se aplica la Convención durante una década. Pedimos a donantes y Estados:\n\n- reservar al menos **la mitad de las plazas de formación** para mujeres;\n- incluir módulos de derechos humanos y protección de datos en cada curso;\n- informar, por género, quién recibió formación y qué cambió.',
      },
      ru: {
        title: 'Техническая помощь, сокращающая цифровой гендерный разрыв',
        summary:
          'Наращивание потенциала по главе VII должно включать обучение женщин-следователей и судей и оценку того, кто получает пользу.',
        body: 'Техническая помощь будет определять применение Конвенции в течение десятилетия. Мы просим доноров и государства:\n\n- выделять женщинам не менее **половины мест на обучении**;\n- включать в каждый курс модули о правах человека и защите данных;\n- отчитываться в разбивке по полу, кто прошёл обучение и что изменилось.',
      },
      ar: {
        title: 'مساعدة تقنية تسد الفجوة الرقمية بين الجنسين',
        summary: 'ينبغي لبناء القدرات بموجب الفصل السابع أن يدرّب المحققات والقاضيات وأن يقيس من يستفيد منه.',
        body: 'ستحدد المساعدة التقنية طريقة تطبيق الاتفاقية لعقد كامل. لذلك نطلب من المانحين والدول:\n\n- تخصيص **نصف مقاعد التدريب** على الأقل للنساء؛\n- إدراج وحدات عن حقوق الإنسان وحماية البيانات في كل دورة؛\n- الإبلاغ، حسب النوع الاجتماعي، عمن تلقى التدريب وما الذي تغيّر.',
      },
      zh: {
        title: '缩小性别数字鸿沟的技术援助',
        summary: '第七章下的能力建设应培训女性调查人员和法官，并衡量谁从中受益。',
        body: '技术援助将在未来十年影响公约的适用方式。我们请捐助方和各国：\n\n- 至少将**一半的培训名额**留给女性；\n- 在每门课程中加入人权和数据保护单元；\n- 按性别报告受训人员以及由此带来的变化。',
      },
    },
  },
];

/** The organisations' regions whose rounds are open while the demo is written. */
const REGIONS = [Region.AG, Region.APG, Region.WEOG, Region.GRULAC];
const DISCLOSURES = [Disclosure.NAMED, Disclosure.REGION_ONLY, Disclosure.NAMED, Disclosure.ANONYMOUS];
const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/** 36 approved positions: each theme in each UN language, spread over four regions and the disclosures. */
export const DEMO_POSITIONS: DemoSubmission[] = THEMES.flatMap((theme, t) =>
  LANGUAGES.map((language, l) => ({
    region: REGIONS[(t + l) % REGIONS.length],
    ...theme.texts[language],
    language,
    disclosure: DISCLOSURES[(t * 2 + l) % DISCLOSURES.length],
    provisionIds: theme.provisionIds,
    stage: 'APPROVED' as const,
    tags: theme.tags,
  })),
);
