"""Demo content of the editorial half: pages, rules and locations in six languages.

The texts live in home/demo_content.py (Dutch with translations side by side). This module
builds them into Wagtail: Dutch source pages and snippets, aliases so every page exists in every
language, and wagtail-localize translations where a text has one. Safe to run again.
"""

import datetime
import html
import re
from io import BytesIO

from PIL import Image as PILImage
from PIL import ImageDraw

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.synctree import PageIndex, synchronize_tree

from core.models import FooterSettings, MainMenu
from demo import flyer, resident_content, statements
from demo import home_content as content
from home.localization import translate_instance, translate_page
from home.models import (
    CheckerPage,
    ContentPage,
    EventIndexPage,
    EventPage,
    GuidePage,
    HomePage,
    Location,
    LocationIndexPage,
    PageTranslationStatus,
    RuleStatement,
    SectionIndexPage,
    StoryIndexPage,
    StoryPage,
)

UNREVIEWED = PageTranslationStatus.Status.UNREVIEWED

HOME = {
    "title": content.T(
        "Werkroute: van azc naar werk",
        en="Werkroute: from the asylum seekers' centre to work",
        ar="Werkroute: من مركز اللجوء إلى العمل",
        fa="Werkroute: از مرکز پناهجویان تا کار",
        ti="Werkroute: ካብ መዕቆቢ ሓተትቲ ዑቕባ ናብ ስራሕ",
        tr="Werkroute: sığınmacı merkezinden işe",
    ),
    "intro": content.T(
        "Werken terwijl u in een azc woont, kan. Maar er zijn regels. Hier leest u hoe het "
        "werkt: voor werkgevers die nieuwkomers willen aannemen, en voor bewoners van een azc "
        "die willen werken.",
        en="You can work while you live in an asylum seekers' centre (azc). But there are rules. "
        "Here you can read how it works: for employers who want to hire newcomers, and for "
        "residents of an azc who want to work.",
        ar="يمكنك العمل وأنت تسكن في مركز استقبال طالبي اللجوء (azc). لكن هناك قواعد. هنا تقرأ "
        "كيف يتم ذلك: لأصحاب العمل الذين يريدون توظيف القادمين الجدد، ولسكان مراكز اللجوء "
        "الذين يريدون العمل.",
        fa="وقتی در مرکز پذیرش پناهجویان (azc) زندگی می‌کنید، می‌توانید کار کنید. اما قوانینی "
        "وجود دارد. اینجا می‌خوانید که چگونه است: برای کارفرمایانی که می‌خواهند تازه‌واردان "
        "را استخدام کنند، و برای ساکنان azc که می‌خواهند کار کنند.",
        ti="ኣብ መዕቆቢ ሓተትቲ ዑቕባ (azc) እናነበርኩም ክትሰርሑ ትኽእሉ ኢኹም። ግን ሕግታት ኣለዉ። "
        "ኣብዚ ከመይ ከም ዝሰርሕ ተንብቡ፡ ንሓደስቲ መጻእቲ ክቖጽሩ ንዝደልዩ ኣስራሕቲ፡ ከምኡ'ውን "
        "ክሰርሑ ንዝደልዩ ነበርቲ azc።",
        tr="Bir sığınmacı merkezinde (azc) yaşarken çalışabilirsiniz. Ama kurallar var. Burada "
        "nasıl işlediğini okuyabilirsiniz: yeni gelenleri işe almak isteyen işverenler ve "
        "çalışmak isteyen azc sakinleri için.",
    ),
    "employer_title": content.T(
        "Ik ben werkgever",
        en="I am an employer",
        ar="أنا صاحب عمل",
        fa="من کارفرما هستم",
        ti="ኣነ ኣስራሒ እየ",
        tr="İşverenim",
    ),
    "employer_text": content.T(
        "Wilt u iemand uit een azc aannemen? Lees wat u moet regelen, zoals de "
        "tewerkstellingsvergunning (TWV) bij UWV.",
        en="Do you want to hire someone from an azc? Read what you need to arrange, such as the "
        "work permit (TWV) from UWV.",
        ar="هل تريد توظيف شخص من مركز اللجوء؟ اقرأ ما عليك ترتيبه، مثل تصريح العمل (TWV) من UWV.",
        fa="می‌خواهید کسی را از azc استخدام کنید؟ بخوانید چه کارهایی باید انجام دهید، مانند "
        "اجازه کار (TWV) از UWV.",
        ti="ካብ azc ሰብ ክትቖጽሩ ትደልዩ ዶ? ከም ፍቓድ ስራሕ (TWV) ካብ UWV ዝኣመሰሉ ክትሰርዕዎ ዘለኩም ኣንብቡ።",
        tr="azc'den birini işe almak mı istiyorsunuz? UWV'den alınan çalışma izni (TWV) gibi "
        "neleri ayarlamanız gerektiğini okuyun.",
    ),
    "resident_title": content.T(
        "Ik woon in een azc",
        en="I live in an azc",
        ar="أسكن في مركز لجوء (azc)",
        fa="من در azc زندگی می‌کنم",
        ti="ኣነ ኣብ azc እነብር",
        tr="Bir azc'de yaşıyorum",
    ),
    "resident_text": content.T(
        "Wilt u werken? Lees wanneer dat mag, wat het betekent voor uw geld en hoe u begint.",
        en="Do you want to work? Read when you are allowed to, what it means for your money and "
        "how to start.",
        ar="هل تريد العمل؟ اقرأ متى يُسمح لك بذلك، وماذا يعني ذلك لأموالك، وكيف تبدأ.",
        fa="می‌خواهید کار کنید؟ بخوانید چه زمانی اجازه دارید، این برای پول شما چه معنایی دارد "
        "و چگونه شروع کنید.",
        ti="ክትሰርሑ ትደልዩ ዶ? መዓስ ከም ዝፍቀደልኩም፡ ንገንዘብኩም እንታይ ማለት ምዃኑን ከመይ ከም ትጅምሩን ኣንብቡ።",
        tr="Çalışmak mı istiyorsunuz? Ne zaman çalışabileceğinizi, bunun paranız için ne anlama "
        "geldiğini ve nasıl başlayacağınızı okuyun.",
    ),
}

T = content.T

CONTENT_PAGES = {
    "contact": {
        "title": T("Contact", en="Contact"),
        "intro": T("", en=""),
        "body": T(
            "<p>Woont u in een azc en heeft u vragen over werk? Ga naar de Job Office of "
            "Meedoenbalie in uw azc.</p>"
            "<p>Bent u werkgever, of heeft u een vraag over deze website? Stuur een e-mail naar "
            "het adres onderaan deze pagina.</p>",
            en="<p>Do you live in an asylum seekers' centre and have questions about work? Go to "
            "the Job Office or Meedoenbalie in your centre.</p>"
            "<p>Are you an employer, or do you have a question about this website? Send an e-mail "
            "to the address at the bottom of this page.</p>",
        ),
    },
}

# A made-up number (the 000 block, like the demo desks), not one that may belong to someone.
FOOTER = {"contact_email": "info@werkroute.example", "contact_phone": "0592 000 999"}


def content_pages():
    """The footer pages; the statements quote the footer's contact and the search log's term."""
    return {
        **CONTENT_PAGES,
        "toegankelijkheid": statements.accessibility_statement(
            FOOTER["contact_email"], FOOTER["contact_phone"]
        ),
        "privacy": statements.privacy_statement(FOOTER["contact_email"], settings.SEARCH_LOG_DAYS),
    }


# --- turning the content into Wagtail values ---------------------------------------------


def text(value, language="nl"):
    return value[language] if isinstance(value, content.T) else value


def richtext(items, language="nl"):
    parts = []
    for item in items:
        if isinstance(item, content.HTML):
            parts.append(text(item, language))
        elif isinstance(item, tuple) and item[0] == "ul":
            lis = "".join(
                f"<li>{html.escape(text(li, language), quote=False)}</li>" for li in item[1]
            )
            parts.append(f"<ul>{lis}</ul>")
        else:
            parts.append(f"<p>{html.escape(text(item, language), quote=False)}</p>")
    return RichText("".join(parts))


def stream(blocks, refs, language="nl"):
    """StreamField data from the content's block list; refs maps rule/location keys to objects."""
    data = []
    for block in blocks:
        kind = block[0]
        if kind == "heading":
            data.append(("heading", text(block[1], language)))
        elif kind == "text":
            data.append(("text", richtext(block[1], language)))
        elif kind in ("rule", "contact"):
            # ("contact", None): no fixed desk, the block links to the desk finder.
            data.append((kind, refs[kind][block[1]] if block[1] else None))
        elif kind == "flow_chart":
            _kind, caption, steps, note = block
            data.append(
                (
                    "flow_chart",
                    {
                        "caption": text(caption, language),
                        "steps": [
                            {
                                "label": text(label, language),
                                "actor": actor,
                                "duration": text(duration, language) if duration else "",
                            }
                            for label, actor, duration in steps
                        ],
                        "note": text(note, language) if note else "",
                    },
                )
            )
        elif kind == "download":
            _kind, key, title, description = block
            data.append(
                (
                    "download",
                    {
                        "document": refs["download"][key],
                        "title": text(title, language),
                        "description": text(description, language),
                    },
                )
            )
        elif kind == "callout":
            _kind, tone, title, items = block
            data.append(
                (
                    "callout",
                    {
                        "kind": tone,
                        "title": text(title, language),
                        "text": richtext(items, language),
                    },
                )
            )
        elif kind == "steps":
            data.append(
                (
                    "steps",
                    [
                        {
                            "title": text(title, language),
                            "text": richtext(items, language),
                            "actor": actor,
                            "duration": text(duration, language) if duration else "",
                        }
                        for title, items, actor, duration in block[1]
                    ],
                )
            )
        elif kind == "faq":
            data.append(
                (
                    "faq",
                    [
                        {"question": text(question, language), "answer": richtext(items, language)}
                        for question, items in block[1]
                    ],
                )
            )
        elif kind == "comparison":
            _kind, caption, rows = block
            data.append(
                (
                    "comparison",
                    {
                        "caption": text(caption, language),
                        "rows": [
                            {
                                "topic": text(t, language),
                                "asylum_seeker": text(a, language),
                                "status_holder": text(s, language),
                            }
                            for t, a, s in rows
                        ],
                    },
                )
            )
        else:
            raise ValueError(f"unknown demo block {kind}")
    return data


HTML_BLOCK = re.compile(r"<(p|li|h2|h3)>(.*?)</\1>", re.DOTALL)
LINK = re.compile(r'<a href="[^"]*">')


def as_segment(inner_html):
    """wagtail-localize's form of a block's HTML: links become <a id="a1">, <a id="a2"> ..."""
    count = iter(range(1, 100))
    return LINK.sub(lambda _match: f'<a id="a{next(count)}">', inner_html)


def texts_in(spec):
    """Every translatable text (T) in a piece of demo content, however deeply nested."""
    if isinstance(spec, content.T):
        if spec["nl"]:
            yield spec
    elif isinstance(spec, dict):
        for value in spec.values():
            yield from texts_in(value)
    elif isinstance(spec, list | tuple):
        for value in spec:
            yield from texts_in(value)


def translated_strings(spec, language):
    """Map each Dutch text in `spec` to its `language` text, in the forms wagtail-localize uses."""
    strings = {}
    for node in texts_in(spec):
        if language not in node:
            continue
        source, target = node["nl"], node[language]
        if source.startswith("<"):
            pairs = zip(HTML_BLOCK.findall(source), HTML_BLOCK.findall(target), strict=True)
            for (_tag, source_html), (_tag2, target_html) in pairs:
                strings[as_segment(source_html)] = as_segment(target_html)
        else:
            strings[source] = target
            strings[html.escape(source, quote=False)] = html.escape(target, quote=False)
    return strings


def languages_of(spec):
    """The languages every text of `spec` is translated into."""
    common = None
    for node in texts_in(spec):
        languages = set(node) - {"nl"}
        common = languages if common is None else common & languages
    return sorted(common or [])


def all_rules():
    """The rule statements of home_content and those issue 21 added for residents."""
    return {**content.RULES, **resident_content.RULES}


def all_guides():
    """The guides per section: home_content's, then issue 21's resident guides."""
    guides = dict(content.GUIDES)
    guides["bewoners"] = [*content.GUIDES["bewoners"], *resident_content.GUIDES]
    return guides


# --- building --------------------------------------------------------------------------------


def load(command):
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    today = timezone.localdate()

    rules = {key: _rule(key, spec, today) for key, spec in all_rules().items()}
    locations = {key: _location(spec) for key, spec in content.LOCATIONS.items()}
    downloads = {
        "flyer-werkgevers": flyer.employer_flyer(FOOTER["contact_email"], FOOTER["contact_phone"])
    }
    refs = {"rule": rules, "contact": locations, "download": downloads}

    home = _source_home_page(source_locale)
    sections = {}
    for slug, spec in content.SECTIONS.items():
        sections[slug] = child_page(
            home,
            SectionIndexPage,
            slug,
            title=text(spec["title"]),
            intro=text(spec["intro"]),
            audience=spec["audience"],
        )
    guides = []
    for section_slug, section_guides in all_guides().items():
        for slug, _langs, spec in section_guides:
            page = child_page(
                sections[section_slug],
                GuidePage,
                slug,
                title=text(spec["title"]),
                intro=text(spec["intro"]),
                last_checked=today,
                body=stream(spec["body"], refs),
            )
            guides.append((page, spec))
    checkers = []
    for section_slug, (slug, spec) in content.CHECKERS.items():
        page = child_page(sections[section_slug], CheckerPage, slug, **_checker_fields(spec, "nl"))
        checkers.append((page, spec))

    story_index = child_page(
        home,
        StoryIndexPage,
        "succesverhalen",
        title=text(content.STORY_INDEX["title"]),
        intro=text(content.STORY_INDEX["intro"]),
    )
    stories = [
        (_story(story_index, slug, spec, today), spec) for slug, spec in content.STORIES.items()
    ]
    event_index = child_page(
        home,
        EventIndexPage,
        "agenda",
        title=text(content.EVENT_INDEX["title"]),
        intro=text(content.EVENT_INDEX["intro"]),
    )
    events = [
        (_event(event_index, slug, spec, locations, today), spec)
        for slug, spec in content.EVENTS.items()
    ]
    location_index = child_page(
        home,
        LocationIndexPage,
        "locaties",
        title=text(content.LOCATION_INDEX["title"]),
        intro=text(content.LOCATION_INDEX["intro"]),
    )
    footer_pages = content_pages()
    pages = {
        slug: child_page(
            home, ContentPage, slug, **{name: text(value) for name, value in spec.items()}
        )
        for slug, spec in footer_pages.items()
    }

    home.employer_page = sections["werkgevers"]
    home.resident_page = sections["bewoners"]
    home.save_revision().publish()

    alias_untranslated_pages(source_locale)

    for key, spec in all_rules().items():
        translate_spec(rules[key], spec, snippet=True)
    for key, spec in content.LOCATIONS.items():
        translate_spec(
            locations[key],
            {"name": spec["name"], "other_languages": spec["other_languages"]},
            snippet=True,
        )
    translate_spec(home, HOME)
    for slug, spec in content.SECTIONS.items():
        translate_spec(sections[slug], {"title": spec["title"], "intro": spec["intro"]})
    for page, spec in guides + checkers + stories + events:
        translate_spec(page, spec)
    translate_spec(story_index, content.STORY_INDEX)
    translate_spec(event_index, content.EVENT_INDEX)
    translate_spec(location_index, content.LOCATION_INDEX)
    for slug, spec in footer_pages.items():
        translate_spec(pages[slug], spec)

    FooterSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={
            **FOOTER,
            "contact_page": pages["contact"],
            "accessibility_page": pages["toegankelijkheid"],
            "privacy_page": pages["privacy"],
        },
    )
    build_main_menu(home)
    command.stdout.write(
        f"Editorial demo: {len(guides)} guides, {len(rules)} rules, {len(stories)} stories, "
        f"{len(events)} events, {len(locations)} locations."
    )


# The main navigation: (slug of a page under the home page, its short label). The vacancy
# board is made by the vacancies demo, which builds the menu again once the board exists.
MAIN_MENU = [
    (
        "werkgevers",
        T(
            "Werkgevers",
            en="Employers",
            ar="أصحاب العمل",
            fa="کارفرمایان",
            ti="ኣስራሕቲ",
            tr="İşverenler",
        ),
    ),
    (
        "bewoners",
        T("Bewoners", en="Residents", ar="السكان", fa="ساکنان", ti="ነበርቲ", tr="Sakinler"),
    ),
    (
        "vacatures",
        T(
            "Vacatures",
            en="Vacancies",
            ar="الوظائف",
            fa="آگهی‌های شغلی",
            ti="ክፍት ስራሕ",
            tr="İş ilanları",
        ),
    ),
    (
        "agenda",
        T("Agenda", en="Events", ar="الفعاليات", fa="رویدادها", ti="ፍጻመታት", tr="Etkinlikler"),
    ),
    (
        "locaties",
        T(
            "Job Office en Meedoenbalie",
            en="Job Office and Meedoenbalie",
            ar="مكتب العمل (Job Office)",
            fa="دفتر کار (Job Office)",
            ti="Job Office ከምኡ'ውን Meedoenbalie",
            tr="Job Office ve Meedoenbalie",
        ),
    ),
    (
        "succesverhalen",
        T(
            "Succesverhalen",
            en="Success stories",
            ar="قصص نجاح",
            fa="داستان‌های موفقیت",
            ti="ዛንታታት ዓወት",
            tr="Başarı hikâyeleri",
        ),
    ),
]


def build_main_menu(home):
    """The Dutch main menu with the pages that exist under `home`, translated into every
    language that has labels."""
    children = {page.slug: page for page in home.get_children()}
    entries = [(children[slug], label) for slug, label in MAIN_MENU if slug in children]
    menu, _created = MainMenu.objects.get_or_create(locale=home.locale)
    menu.items = [("item", {"page": page, "label": text(label)}) for page, label in entries]
    menu.full_clean()
    menu.save()
    labels = {f"item{index}": label for index, (_page, label) in enumerate(entries)}
    translate_spec(menu, labels, snippet=True)
    return menu


def translate_spec(instance, spec, snippet=False):
    for language in languages_of(spec):
        strings = translated_strings(spec, language)
        if snippet:
            translate_instance(instance, language, strings)
        else:
            translate_page(instance, language, strings, UNREVIEWED)


def _source_home_page(source_locale):
    """The Dutch HomePage at the site root, replacing Wagtail's welcome page on a fresh install."""
    site = Site.objects.get(is_default_site=True)
    fields = {name: text(value) for name, value in HOME.items()}
    home = HomePage.objects.filter(locale=source_locale, depth=2).first()
    if home is None:
        welcome_page = site.root_page
        # Wagtail's welcome page holds the slug "home" until it is gone; the Site must point
        # elsewhere before it can be deleted (deleting a site's root page deletes the site).
        Page.objects.filter(pk=welcome_page.pk).update(slug="wagtail-welcome")
        home = Page.get_first_root_node().add_child(
            instance=HomePage(slug="home", locale=source_locale, **fields)
        )
        site.root_page = home
        site.save()
        welcome_page.refresh_from_db()
        welcome_page.delete()
    else:
        for field, value in fields.items():
            setattr(home, field, value)
        if site.root_page_id != home.pk:
            site.root_page = home
            site.save()
    return home


def alias_untranslated_pages(source_locale):
    """Every page exists in every language: untranslated ones as aliases of the Dutch page.

    One index of the tree serves every language (building it reads each page three times): a
    language's new aliases do not change what the others lack."""
    tree = PageIndex.from_database().sort_by_tree_position()
    for locale in Locale.objects.exclude(pk=source_locale.pk):
        synchronize_tree(source_locale, locale, page_index=tree)


def child_page(parent, model, slug, **fields):
    """Create or update the Dutch page `slug` under `parent`, replacing one of another type."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None and existing.specific_class is not model:
        # Removed in every language, so the aliases of the old page do not block the slug.
        for page in Page.objects.filter(translation_key=existing.translation_key):
            page.delete()
        existing = None
    if existing is None:
        page = parent.add_child(instance=model(slug=slug, **fields))
        changed = True
    else:
        page = existing.specific
        before = _stored_fields(page, fields)
        for field, value in fields.items():
            setattr(page, field, value)
        changed = _stored_fields(page, fields) != before
    # Unchanged, a new revision would change nothing but the dates, and make every translation
    # of the page look out of date.
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
    # As stored (with its stream blocks' ids): the source wagtail-localize compares with.
    page.refresh_from_db()
    return page


def _stored_fields(page, names):
    """The page's values for `names` as the database stores them, stream blocks without the ids
    that each build of the demo makes anew."""
    fields = [page._meta.get_field(name) for name in names]
    return {
        field.name: _without_block_ids(field.get_prep_value(field.value_from_object(page)))
        for field in fields
    }


def _without_block_ids(value):
    if isinstance(value, list):
        return [_without_block_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_block_ids(item) for key, item in value.items() if key != "id"}
    return value


def _rule(key, spec, today):
    fields = {
        "title": text(spec["title"]),
        "text": text(spec["text"]),
        "status": spec["status"],
        "source_title": spec["source_title"],
        "source_url": spec.get("source_url", ""),
        "last_verified": today - datetime.timedelta(days=spec["verified_days_ago"]),
        "for_employers": spec["for_employers"],
        "for_residents": spec["for_residents"],
    }
    return _snippet(RuleStatement, "title", fields)


def _location(spec):
    fields = {
        "name": text(spec["name"]),
        "kind": spec["kind"],
        "street": spec["street"],
        "postcode": spec["postcode"],
        "city": spec["city"],
        "walk_in": spec["walk_in"],
        "phone": spec["phone"],
        "whatsapp": spec["whatsapp"],
        "languages": spec["languages"],
        "serves": "\n".join(spec.get("serves", [])),
        "other_languages": text(spec["other_languages"]),
        "opening_hours": [
            (
                "period",
                {
                    "weekday": str(day),
                    "opens": datetime.time.fromisoformat(opens),
                    "closes": datetime.time.fromisoformat(closes),
                },
            )
            for day, opens, closes in spec["hours"]
        ],
    }
    return _snippet(Location, "name", fields)


def _snippet(model, key_field, fields):
    """Create or update the Dutch snippet whose `key_field` matches, validated like the admin."""
    locale = Locale.get_default()
    instance = model.objects.filter(locale=locale, **{key_field: fields[key_field]}).first()
    if instance is None:
        instance = model(locale=locale)
    for field, value in fields.items():
        setattr(instance, field, value)
    instance.full_clean()
    instance.save()
    return instance


def _checker_fields(spec, language):
    return {
        "title": text(spec["title"], language),
        "intro": text(spec["intro"], language),
        "questions": [
            (
                "question",
                {
                    "condition": condition,
                    "question": text(question, language),
                    "help": text(help_text, language),
                    "reason_if_no": text(reason, language),
                },
            )
            for condition, question, help_text, reason in spec["questions"]
        ],
        "permit_answer": richtext([spec["permit_answer"]], language).source,
        "eligible_answer": richtext([spec["eligible_answer"]], language).source,
        "not_yet_answer": richtext([spec["not_yet_answer"]], language).source,
    }


def _story(index, slug, spec, today):
    return child_page(
        index,
        StoryPage,
        slug,
        title=text(spec["title"]),
        quote=text(spec["quote"]),
        quote_by=text(spec["quote_by"]),
        body=text(spec["body"]),
        sector=spec["sector"],
        place=spec["place"],
        image=_illustration(slug, spec["colour"]),
        image_alt=text(spec["alt"]),
        consent_recorded=True,
        consent_date=today - datetime.timedelta(days=60),
    )


def event_day(today, in_days, weekday=None):
    """The day `in_days` after `today`, moved on to `weekday` (0 = Monday) when one is given,
    and never a Saturday or Sunday: the desks and employers in the demo work on weekdays."""
    day = today + datetime.timedelta(days=in_days)
    if weekday is not None:
        return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)
    if day.weekday() >= 5:
        day += datetime.timedelta(days=7 - day.weekday())
    return day


def _event(index, slug, spec, locations, today):
    zone = timezone.get_current_timezone()
    day = event_day(today, spec["start_in_days"], spec.get("weekday"))
    at = lambda hhmm: datetime.datetime.combine(  # noqa: E731
        day, datetime.time.fromisoformat(hhmm), tzinfo=zone
    )
    return child_page(
        index,
        EventPage,
        slug,
        title=text(spec["title"]),
        kind=spec["kind"],
        intro=text(spec["intro"]),
        start=at(spec["start"]),
        end=at(spec["end"]),
        location=locations.get(spec["location"]),
        address=spec["address"],
        languages=spec["languages"],
        registration=text(spec["registration"]),
    )


def _illustration(slug, colour):
    """A simple generated picture (no people), so the demo needs no image files."""
    Image = get_image_model()
    title = f"Demo-illustratie {slug}"
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    canvas = PILImage.new("RGB", (1200, 675), (238, 245, 244))
    draw = ImageDraw.Draw(canvas)
    for i in range(6):
        shade = tuple(min(255, c + 25 * (i % 3)) for c in colour)
        draw.rounded_rectangle(
            (80 + i * 180, 180 + (i % 2) * 80, 220 + i * 180, 600), 24, fill=shade
        )
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{slug}.png"))
