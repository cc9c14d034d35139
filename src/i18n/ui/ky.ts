import type { Dictionary } from './en';

/** Kyrgyz UI strings: the same keys as en.ts, in the same area blocks. Use ң, ө, ү, never н, о, у in their place. */
export const ky = {
  // --- site and layout ---
  'site.name': 'Адам сатууга каршы 100 күн',
  'site.shortName': '100 күн',
  'site.tagline': 'Кыргызстандагы улуттук маалымат кампаниясы',
  'site.description': 'Адам сатууну кантип таануу, чет өлкөдө коопсуз иштөө жана жардам алуу: 1899 ишеним телефону, колдонмолор, кампаниянын жаңылыктары жана иш-чаралары.',
  'layout.skipToContent': 'Негизги мазмунга өтүү',
  'layout.home': 'Башкы бет',
  'layout.menu': 'Негизги меню',
  'layout.language': 'Тил',
  'layout.languageOf': 'Бул барак {language} тилинде',
  'layout.hotline': 'Ишеним телефону',
  'layout.hotlineCall': '1899 ишеним телефонуна чалуу',
  'layout.hotlineShort': 'Жардам: 1899',
  'layout.example': 'Мисал',
  'layout.exampleNote': 'Бул мисал: булактарда мындай маалымат жок. Ал сайттын кандай көрүнөөрүн гана көрсөтөт.',
  'layout.needsReview': 'Бул котормо азырынча текшериле элек.',
  'layout.footerAbout': 'Кыргызстандагы адам сатууга каршы улуттук маалымат кампаниясынын сайты.',
  'layout.footerPrivacy': 'Бул сайт cookie сактабайт жана башка сайттардан эч нерсе жүктөбөйт.',
  'layout.footerLanguages': 'Тилди тандоо',
  'layout.breadcrumb': 'Сиз бул жердесиз',

  // --- navigation ---
  'nav.home': 'Башкы бет',
  'nav.news': 'Жаңылыктар',
  'nav.events': 'Иш-чаралар',
  'nav.guides': 'Колдонмолор',
  'nav.help': 'Жардам алуу',
  'nav.partners': 'Өнөктөштөр',
  'nav.press': 'Басма сөз үчүн',
  'nav.search': 'Издөө',
  'nav.about': 'Кампания жөнүндө',
  'nav.safety': 'Интернетте коопсуздук',

  // --- quick exit ---
  'exit.button': 'Тез чыгуу',
  'exit.hint': 'Тез кетүү: Shift баскычын үч жолу басыңыз',

  // --- translations and fallback ---
  'fallback.notice': 'Бул барак азырынча кыргыз тилине которула элек. Сиз аны {language} тилинде окуп жатасыз.',
  'fallback.availableIn': '{language} тилинде бар',
  'lang.ky': 'кыргыз',
  'lang.ru': 'орус',
  'lang.en': 'англис',

  // --- dates ---
  'date.asOf': '{date} абалы боюнча',
  'date.updated': 'Жаңыртылды: {date}',
  'date.published': 'Жарыяланды: {date}',

  // --- home ---
  'home.title': 'Башкы бет',
  'home.lead': 'Чет өлкөдөн жумуш сунушталса, адегенде текшериңиз. Паспортуңузду алып коюшса, айлык төлөбөсө же кетирбей жатса, 1899га чалыңыз.',
  'home.helpTitle': 'Азыр жардам керекпи?',
  'home.sections': 'Сайтта эмне бар',

  // --- language chooser ---
  'chooser.title': 'Тилди тандаңыз',
  'chooser.lead': 'Сайт кыргыз, орус жана англис тилдеринде.',

  // --- news ---
  'news.title': 'Жаңылыктар',
  'news.description': 'Адам сатууга каршы кампаниянын жаңылыктары жана пресс-релиздери.',
  'news.pageTitle': 'Жаңылыктар, {page}-бет',
  'news.page': '{count} беттин {page}-бети',
  'news.newer': 'Жаңыраактары',
  'news.older': 'Эскирээктери',
  'news.pagination': 'Жаңылыктардын беттери',
  'news.kind.news': 'Жаңылык',
  'news.kind.press-release': 'Пресс-релиз',
  'news.kind.story': 'Окуя',
  'news.campaign': 'Кампания',
  'news.tags': 'Белгилер',
  'news.readingTime': { one: '{count} мүн. окуу', other: '{count} мүн. окуу' },
  'news.related': 'Байланыштуу материалдар',
  'news.rss': 'Жазылуу (RSS)',
  'news.feedDescription': 'Адам сатууга каршы кампаниянын жаңылыктары жана пресс-релиздери, кыргызча.',
  'news.latest': 'Акыркы жаңылыктар',
  'news.all': 'Бардык жаңылыктар',
  'news.empty': 'Азырынча жаңылык жок.',

  // --- campaigns ---
  'campaigns.title': 'Кампаниялар жылдар боюнча',
  'campaigns.description': '«100 күн» кампанияларынын баары: даталары, ураны, уюштуруучулары, негизги сандары, жаңылыктары жана иш-чаралары.',
  'campaigns.dates': 'Даталары',
  'campaigns.slogan': 'Ураны',
  'campaigns.online': 'Онлайн өттү',
  'campaigns.organisers': 'Уюштуруучулар',
  'campaigns.figures': 'Негизги сандар',
  'campaigns.news': 'Бул кампаниянын жаңылыктары',
  'campaigns.events': 'Бул кампаниянын иш-чаралары',
  'campaigns.noNews': 'Бул кампания тууралуу азырынча жаңылык жок.',

  // --- events ---
  'events.title': 'Иш-чаралар',
  'events.description': 'Кыргызстандын бардык аймактарындагы кампаниянын иш-чаралары.',

  // --- regions ---
  'regions.title': 'Аймактар',
  'regions.description': 'Жардамды кайдан алса болот ({region}) жана аймактагы кампаниянын иш-чаралары.',
  'regions.noEvents': 'Бул жерде азырынча иш-чара жарыялана элек.',

  // --- guides ---
  'guides.title': 'Тобокелдиктер боюнча колдонмолор',
  'guides.description': 'Жөнөкөй тилдеги колдонмолор: адам сатууну кантип таануу, өзүңүздү коргоо жана жардам алуу.',

  // --- help ---
  'help.title': 'Азыр жардам алуу',
  'help.description': '1899га чалыңыз: чалганда эмне болот, шашылыш номерлер жана биринчи эмне кылуу керек.',
  'help.byRegion': 'Аймагыңыздагы жардам',

  // --- partners ---
  'partners.title': 'Өнөктөштөр',
  'partners.description': 'Кампанияны өткөргөн жана адам сатуудан жабыр тарткандарга жардам берген уюмдар.',
  'partners.lead': 'Кампанияны мамлекеттик органдар, аймактык координациялык кеңештер, БУУнун агенттиктери, эл аралык уюмдар, донорлор жана жаштар топтору чогуу өткөрүшөт.',
  'partners.filterBy': 'Көрсөтүү',
  'partners.all': 'Бардык өнөктөштөр',
  'partners.byType': 'Түрү боюнча',
  'partners.byService': 'Кызматы боюнча',
  'partners.byRegion': 'Аймагы боюнча',
  'partners.filteredTitle': 'Өнөктөштөр: {filter}',
  'partners.filteredDescription': 'Кампаниянын уюмдары: {filter}.',
  'partners.none': 'Бул тандоого ылайык өнөктөш жок.',
  'partners.services': 'Кызматтар',
  'partners.regions': 'Кайда иштейт',
  'partners.national': 'Бүткүл өлкө',
  'partners.website': 'Расмий сайт',
  'partners.phones': 'Жарыяланган телефондор',
  'partners.events': 'Уюштурган иш-чаралары',
  'partners.news': 'Аталган жаңылыктар',
  'partners.campaigns': 'Уюштурган кампаниялары',
  'partners.part': 'Курамына кирет',
  'partners.regional': 'Бул аймакта',
  'partners.nationalHelp': 'Бүткүл өлкө боюнча',
  'partners.helpTitle': 'Ким жардам берет: {region}',
  'partners.count': { one: '{count} уюм', other: '{count} уюм' },
  'partnerType.government': 'Мамлекеттик органдар',
  'partnerType.coordination-council': 'Координациялык кеңештер',
  'partnerType.un-agency': 'БУУнун агенттиктери',
  'partnerType.international': 'Эл аралык уюмдар',
  'partnerType.ngo': 'Өкмөттүк эмес уюмдар',
  'partnerType.youth': 'Жаштар уюмдары',
  'partnerType.donor': 'Донорлор',
  'service.hotline': 'Ишеним телефону',
  'service.consultation': 'Кеңеш берүү',
  'service.legal-aid': 'Юридикалык жардам',
  'service.shelter': 'Баш калкалоочу жай',
  'service.reintegration': 'Коомго кайра кошулуу',
  'service.training': 'Окутуу',
  'service.awareness': 'Маалымат берүү',

  // --- press ---
  'press.title': 'Басма сөз үчүн',
  'press.description': 'Пресс-релиздер, булагы көрсөтүлгөн фактылар, медиа-кит жана журналисттер үчүн сунуштар.',

  // --- search ---
  'search.title': 'Издөө',
  'search.description': 'Сайттан издөө.',
  'search.label': 'Сайттан издөө',
  'search.submit': 'Издөө',
  'search.needsJs': 'Издөө үчүн JavaScript керек, бирок ал өчүк же бул браузер аны колдобойт. Мына сайттын бардык барактарынын тизмеси.',
  'search.allPages': 'Бардык барактар',
  'search.resultsFor': { one: '«{query}» боюнча {count} натыйжа', other: '«{query}» боюнча {count} натыйжа' },
  'search.noResults': '«{query}» боюнча эч нерсе табылган жок. Башка же кыскараак сөз менен аракет кылыңыз.',
  'search.loading': 'Изделүүдө…',
  'search.filters': 'Натыйжаларды тактоо',
  'search.filterType': 'Түрү',
  'search.filterRegion': 'Аймак',
  'search.filterYear': 'Жыл',
  'search.any': 'Баары',
  'search.more': 'Дагы көрсөтүү',
  'search.type.news': 'Жаңылык',
  'search.type.event': 'Иш-чара',
  'search.type.guide': 'Колдонмо',
  'search.type.partner': 'Өнөктөш',
  'search.type.press': 'Басма сөз үчүн',
  'search.type.page': 'Барак',

  // --- 404 ---
  'notFound.title': 'Барак табылган жок',
  'notFound.lead': 'Бул даректе барак жок. Балким, ал башка жерге көчүрүлгөн.',

  // --- misc ---
  'common.comingSoon': 'Бул бөлүм даярдалып жатат.',
  'common.readMore': 'Кененирээк',
  'common.sources': 'Булактар',
  'common.results': { one: '{count} жазуу', other: '{count} жазуу' },
} satisfies Dictionary;
