import type { Message } from '../types';

/**
 * English UI strings. This file defines the keys: ky.ts and ru.ts must have exactly the same ones,
 * or the type check fails. Keys are grouped by area; add new keys inside their area's block.
 */
export const en = {
  // --- site and layout ---
  'site.name': '100 days against trafficking in persons',
  'site.shortName': '100 days',
  'site.tagline': 'A national awareness campaign in Kyrgyzstan',
  'site.description': 'How to recognise trafficking in persons, stay safe working abroad and get help: hotline 1899, guides, news and events of the campaign in Kyrgyzstan.',
  'layout.skipToContent': 'Skip to main content',
  'layout.home': 'Home page',
  'layout.menu': 'Main menu',
  'layout.language': 'Language',
  'layout.languageOf': 'This page in {language}',
  'layout.hotline': 'Hotline',
  'layout.hotlineCall': 'Call the hotline 1899',
  'layout.hotlineShort': 'Help: 1899',
  'layout.example': 'Example',
  'layout.exampleNote': 'This is an example entry: the sources do not give it. It shows how the site will look.',
  'layout.needsReview': 'This translation has not been checked yet.',
  'layout.footerAbout': 'A site of the national awareness campaign against trafficking in persons in Kyrgyzstan.',
  'layout.footerPrivacy': 'This site sets no cookies and loads nothing from other websites.',
  'layout.footerLanguages': 'Choose a language',
  'layout.breadcrumb': 'You are here',

  // --- navigation ---
  'nav.home': 'Home',
  'nav.news': 'News',
  'nav.events': 'Events',
  'nav.guides': 'Guides',
  'nav.help': 'Get help',
  'nav.partners': 'Partners',
  'nav.press': 'Press',
  'nav.search': 'Search',
  'nav.about': 'About',
  'nav.safety': 'Staying safe online',

  // --- quick exit ---
  'exit.button': 'Exit this page',
  'exit.hint': 'Leave quickly: press Shift three times',

  // --- translations and fallback ---
  'fallback.notice': 'This page is not yet available in English. You are reading the {language} version.',
  'fallback.availableIn': 'Available in {language}',
  'lang.ky': 'Kyrgyz',
  'lang.ru': 'Russian',
  'lang.en': 'English',

  // --- dates ---
  'date.asOf': 'as of {date}',
  'date.updated': 'Updated {date}',
  'date.published': 'Published {date}',

  // --- home ---
  'home.title': 'Home',
  'home.lead': 'Before you take a job abroad, check it. If someone took your passport, keeps your wages or does not let you leave, call 1899.',
  'home.helpTitle': 'Need help now?',
  'home.sections': 'What you will find here',

  // --- language chooser ---
  'chooser.title': 'Choose your language',
  'chooser.lead': 'The site is in Kyrgyz, Russian and English.',

  // --- news ---
  'news.title': 'News',
  'news.description': 'News and press releases of the campaign against trafficking in persons.',
  'news.pageTitle': 'News, page {page}',
  'news.page': 'Page {page} of {count}',
  'news.newer': 'Newer',
  'news.older': 'Older',
  'news.pagination': 'News pages',
  'news.kind.news': 'News',
  'news.kind.press-release': 'Press release',
  'news.kind.story': 'Story',
  'news.campaign': 'Campaign',
  'news.tags': 'Tags',
  'news.readingTime': { one: '{count} min read', other: '{count} min read' },
  'news.related': 'Related news',
  'news.rss': 'Subscribe (RSS)',
  'news.feedDescription': 'News and press releases of the campaign against trafficking in persons, in English.',
  'news.latest': 'Latest news',
  'news.all': 'All news',
  'news.empty': 'No news yet.',

  // --- campaigns ---
  'campaigns.title': 'Campaign editions',
  'campaigns.description': 'Every edition of the 100 days campaign: dates, slogan, organisers, key figures, news and events.',
  'campaigns.dates': 'Dates',
  'campaigns.slogan': 'Slogan',
  'campaigns.online': 'Held online',
  'campaigns.organisers': 'Organisers',
  'campaigns.figures': 'Key figures',
  'campaigns.news': 'News of this edition',
  'campaigns.events': 'Events of this edition',
  'campaigns.noNews': 'No news about this edition yet.',

  // --- events ---
  'events.title': 'Events',
  'events.description': 'Campaign events in every region of Kyrgyzstan.',

  // --- regions ---
  'regions.title': 'Regions',
  'regions.description': 'Where to get help in {region}, and the campaign\'s events there.',
  'regions.noEvents': 'No events are announced here yet.',

  // --- guides ---
  'guides.title': 'Risk guides',
  'guides.description': 'Plain-language guides: how to spot trafficking, protect yourself and get help.',

  // --- help ---
  'help.title': 'Get help now',
  'help.description': 'Call 1899: what happens when you call, emergency numbers and what to do first.',
  'help.byRegion': 'Help in your region',

  // --- partners ---
  'partners.title': 'Partners',
  'partners.description': 'Organisations that run the campaign and help people affected by trafficking.',
  'partners.lead': 'State bodies, regional coordination councils, UN agencies, international organisations, donors and youth groups run the campaign together.',
  'partners.filterBy': 'Show only',
  'partners.all': 'All partners',
  'partners.byType': 'By type',
  'partners.byService': 'By service',
  'partners.byRegion': 'By region',
  'partners.filteredTitle': 'Partners: {filter}',
  'partners.filteredDescription': 'Organisations of the campaign: {filter}.',
  'partners.none': 'No partner matches this choice.',
  'partners.services': 'Services',
  'partners.regions': 'Where',
  'partners.national': 'The whole country',
  'partners.website': 'Official website',
  'partners.phones': 'Published phone numbers',
  'partners.events': 'Events it organises',
  'partners.news': 'News that names it',
  'partners.campaigns': 'Campaign editions it organised',
  'partners.part': 'Part of',
  'partners.regional': 'In this region',
  'partners.nationalHelp': 'Across the country',
  'partners.helpTitle': 'Who helps in {region}',
  'partners.count': { one: '{count} organisation', other: '{count} organisations' },
  'partnerType.government': 'Government bodies',
  'partnerType.coordination-council': 'Coordination councils',
  'partnerType.un-agency': 'UN agencies',
  'partnerType.international': 'International organisations',
  'partnerType.ngo': 'Non-governmental organisations',
  'partnerType.youth': 'Youth organisations',
  'partnerType.donor': 'Donors',
  'service.hotline': 'Hotline',
  'service.consultation': 'Advice',
  'service.legal-aid': 'Legal aid',
  'service.shelter': 'Shelter',
  'service.reintegration': 'Reintegration',
  'service.training': 'Training',
  'service.awareness': 'Awareness raising',

  // --- press ---
  'press.title': 'Press room',
  'press.description': 'Press releases, facts with sources, a media kit and guidance for journalists.',

  // --- search ---
  'search.title': 'Search',
  'search.description': 'Search the site.',
  'search.label': 'Search the site',
  'search.submit': 'Search',
  'search.needsJs': 'Search needs JavaScript, which is switched off or not supported in this browser. Here is a list of every page instead.',
  'search.allPages': 'All pages',
  'search.resultsFor': { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  'search.noResults': 'Nothing found for “{query}”. Try a shorter or different word.',
  'search.loading': 'Searching…',
  'search.filters': 'Narrow the results',
  'search.filterType': 'Type',
  'search.filterRegion': 'Region',
  'search.filterYear': 'Year',
  'search.any': 'Any',
  'search.more': 'Show more results',
  'search.type.news': 'News',
  'search.type.event': 'Event',
  'search.type.guide': 'Guide',
  'search.type.partner': 'Partner',
  'search.type.press': 'Press',
  'search.type.page': 'Page',

  // --- 404 ---
  'notFound.title': 'Page not found',
  'notFound.lead': 'There is no page at this address. It may have moved.',

  // --- misc ---
  'common.comingSoon': 'This section is being prepared.',
  'common.readMore': 'Read more',
  'common.sources': 'Sources',
  'common.results': { one: '{count} item', other: '{count} items' },
} satisfies Record<string, Message>;

export type UIKey = keyof typeof en;
export type Dictionary = { [K in UIKey]: (typeof en)[K] extends string ? string : Message };
