import type { Dictionary } from './en';

/** Russian UI strings: the same keys as en.ts, in the same area blocks. Plurals need one/few/many/other. */
export const ru = {
  // --- site and layout ---
  'site.name': '100 дней против торговли людьми',
  'site.shortName': '100 дней',
  'site.tagline': 'Национальная информационная кампания в Кыргызстане',
  'site.description': 'Как распознать торговлю людьми, безопасно работать за рубежом и получить помощь: горячая линия 1899, памятки, новости и мероприятия кампании в Кыргызстане.',
  'layout.skipToContent': 'Перейти к основному содержанию',
  'layout.home': 'Главная страница',
  'layout.menu': 'Главное меню',
  'layout.language': 'Язык',
  'layout.languageOf': 'Эта страница на языке: {language}',
  'layout.hotline': 'Горячая линия',
  'layout.hotlineCall': 'Позвонить на горячую линию 1899',
  'layout.hotlineShort': 'Помощь: 1899',
  'layout.example': 'Пример',
  'layout.exampleNote': 'Это пример: в источниках такой записи нет. Он показывает, как будет выглядеть сайт.',
  'layout.needsReview': 'Этот перевод ещё не проверен.',
  'layout.footerAbout': 'Сайт национальной информационной кампании против торговли людьми в Кыргызстане.',
  'layout.footerPrivacy': 'Сайт не сохраняет cookie и ничего не загружает с других сайтов.',
  'layout.footerLanguages': 'Выбрать язык',
  'layout.breadcrumb': 'Вы здесь',

  // --- navigation ---
  'nav.home': 'Главная',
  'nav.news': 'Новости',
  'nav.events': 'Мероприятия',
  'nav.guides': 'Памятки',
  'nav.help': 'Получить помощь',
  'nav.partners': 'Партнёры',
  'nav.press': 'Для прессы',
  'nav.search': 'Поиск',
  'nav.about': 'О кампании',
  'nav.safety': 'Безопасность в сети',

  // --- quick exit ---
  'exit.button': 'Быстрый выход',
  'exit.hint': 'Быстро уйти: нажмите Shift три раза',

  // --- translations and fallback ---
  'fallback.notice': 'Эта страница пока не переведена на русский язык. Вы читаете версию на языке: {language}.',
  'fallback.availableIn': 'Есть на языке: {language}',
  'lang.ky': 'кыргызский',
  'lang.ru': 'русский',
  'lang.en': 'английский',

  // --- dates ---
  'date.asOf': 'по состоянию на {date}',
  'date.updated': 'Обновлено {date}',
  'date.published': 'Опубликовано {date}',

  // --- home ---
  'home.title': 'Главная',
  'home.lead': 'Прежде чем соглашаться на работу за рубежом, проверьте предложение. Если у вас забрали паспорт, не платят или не отпускают, звоните 1899.',
  'home.helpTitle': 'Нужна помощь прямо сейчас?',
  'home.sections': 'Что есть на сайте',

  // --- language chooser ---
  'chooser.title': 'Выберите язык',
  'chooser.lead': 'Сайт на кыргызском, русском и английском языках.',

  // --- news ---
  'news.title': 'Новости',
  'news.description': 'Новости и пресс-релизы кампании против торговли людьми.',
  'news.pageTitle': 'Новости, страница {page}',
  'news.page': 'Страница {page} из {count}',
  'news.newer': 'Новее',
  'news.older': 'Старше',
  'news.pagination': 'Страницы новостей',
  'news.kind.news': 'Новость',
  'news.kind.press-release': 'Пресс-релиз',
  'news.kind.story': 'История',
  'news.campaign': 'Кампания',
  'news.tags': 'Метки',
  'news.readingTime': { one: '{count} мин чтения', few: '{count} мин чтения', many: '{count} мин чтения', other: '{count} мин чтения' },
  'news.related': 'Похожие материалы',
  'news.rss': 'Подписаться (RSS)',
  'news.feedDescription': 'Новости и пресс-релизы кампании против торговли людьми на русском языке.',
  'news.latest': 'Последние новости',
  'news.all': 'Все новости',
  'news.empty': 'Новостей пока нет.',

  // --- campaigns ---
  'campaigns.title': 'Кампании по годам',
  'campaigns.description': 'Все кампании «100 дней»: даты, лозунг, организаторы, ключевые цифры, новости и мероприятия.',
  'campaigns.dates': 'Даты',
  'campaigns.slogan': 'Лозунг',
  'campaigns.online': 'Прошла онлайн',
  'campaigns.organisers': 'Организаторы',
  'campaigns.figures': 'Ключевые цифры',
  'campaigns.news': 'Новости этой кампании',
  'campaigns.events': 'Мероприятия этой кампании',
  'campaigns.noNews': 'Новостей об этой кампании пока нет.',

  // --- events ---
  'events.title': 'Мероприятия',
  'events.description': 'Мероприятия кампании во всех регионах Кыргызстана.',

  // --- regions ---
  'regions.title': 'Регионы',
  'regions.description': 'Куда обратиться за помощью ({region}) и мероприятия кампании в регионе.',
  'regions.noEvents': 'Здесь пока не объявлено ни одного мероприятия.',

  // --- guides ---
  'guides.title': 'Памятки о рисках',
  'guides.description': 'Памятки простым языком: как распознать торговлю людьми, защитить себя и получить помощь.',

  // --- help ---
  'help.title': 'Получить помощь',
  'help.description': 'Звоните 1899: что происходит при звонке, экстренные номера и что делать в первую очередь.',
  'help.byRegion': 'Помощь в вашем регионе',

  // --- partners ---
  'partners.title': 'Партнёры',
  'partners.description': 'Организации, которые проводят кампанию и помогают людям, пострадавшим от торговли людьми.',
  'partners.lead': 'Кампанию вместе проводят государственные органы, региональные координационные советы, агентства ООН, международные организации, доноры и молодёжные группы.',
  'partners.filterBy': 'Показать только',
  'partners.all': 'Все партнёры',
  'partners.byType': 'По типу',
  'partners.byService': 'По услугам',
  'partners.byRegion': 'По региону',
  'partners.filteredTitle': 'Партнёры: {filter}',
  'partners.filteredDescription': 'Организации кампании: {filter}.',
  'partners.none': 'Под этот выбор не подходит ни один партнёр.',
  'partners.services': 'Услуги',
  'partners.regions': 'Где работает',
  'partners.national': 'Вся страна',
  'partners.website': 'Официальный сайт',
  'partners.phones': 'Опубликованные телефоны',
  'partners.events': 'Мероприятия, которые организует',
  'partners.news': 'Новости, где упоминается',
  'partners.campaigns': 'Кампании, которые организовал',
  'partners.part': 'Входит в',
  'partners.regional': 'В этом регионе',
  'partners.nationalHelp': 'По всей стране',
  'partners.helpTitle': 'Кто помогает: {region}',
  'partners.count': { one: '{count} организация', few: '{count} организации', many: '{count} организаций', other: '{count} организации' },
  'partnerType.government': 'Государственные органы',
  'partnerType.coordination-council': 'Координационные советы',
  'partnerType.un-agency': 'Агентства ООН',
  'partnerType.international': 'Международные организации',
  'partnerType.ngo': 'Неправительственные организации',
  'partnerType.youth': 'Молодёжные организации',
  'partnerType.donor': 'Доноры',
  'service.hotline': 'Горячая линия',
  'service.consultation': 'Консультации',
  'service.legal-aid': 'Юридическая помощь',
  'service.shelter': 'Убежище',
  'service.reintegration': 'Реинтеграция',
  'service.training': 'Обучение',
  'service.awareness': 'Информирование',

  // --- press ---
  'press.title': 'Для прессы',
  'press.description': 'Пресс-релизы, факты с источниками, медиакит и рекомендации для журналистов.',

  // --- search ---
  'search.title': 'Поиск',
  'search.description': 'Поиск по сайту.',
  'search.label': 'Поиск по сайту',
  'search.submit': 'Найти',
  'search.needsJs': 'Для поиска нужен JavaScript, а он выключен или не поддерживается этим браузером. Вот список всех страниц сайта.',
  'search.allPages': 'Все страницы',
  'search.resultsFor': { one: '{count} результат по запросу «{query}»', few: '{count} результата по запросу «{query}»', many: '{count} результатов по запросу «{query}»', other: '{count} результата по запросу «{query}»' },
  'search.noResults': 'По запросу «{query}» ничего не найдено. Попробуйте другое или более короткое слово.',
  'search.loading': 'Ищем…',
  'search.filters': 'Уточнить результаты',
  'search.filterType': 'Тип',
  'search.filterRegion': 'Регион',
  'search.filterYear': 'Год',
  'search.any': 'Любой',
  'search.more': 'Показать ещё',
  'search.type.news': 'Новость',
  'search.type.event': 'Мероприятие',
  'search.type.guide': 'Памятка',
  'search.type.partner': 'Партнёр',
  'search.type.press': 'Для прессы',
  'search.type.page': 'Страница',

  // --- 404 ---
  'notFound.title': 'Страница не найдена',
  'notFound.lead': 'По этому адресу страницы нет. Возможно, она переехала.',

  // --- misc ---
  'common.comingSoon': 'Раздел готовится.',
  'common.readMore': 'Подробнее',
  'common.sources': 'Источники',
  'common.results': { one: '{count} запись', few: '{count} записи', many: '{count} записей', other: '{count} записи' },
} satisfies Dictionary;
