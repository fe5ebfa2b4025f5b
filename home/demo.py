"""Demo content of the editorial half: the home page in six languages and the footer pages.

The Dutch text follows ../shared/FACTS.md. Facts the source documents do not give (the TWV fee,
Reba amounts) are not stated: the text sends the reader to UWV or COA. The translations were
not checked by a person and are marked so.
"""

from django.conf import settings

from wagtail.models import Locale, Page, Site
from wagtail_localize.synctree import synchronize_tree

from home.localization import translate_page
from home.models import ContentPage, HomePage, PageTranslationStatus
from portal.models import FooterSettings

HOME = {
    "title": "Werkroute: van azc naar werk",
    "intro": (
        "Werken terwijl u in een azc woont, kan. Maar er zijn regels. Hier leest u hoe het "
        "werkt: voor werkgevers die nieuwkomers willen aannemen, en voor bewoners van een azc "
        "die willen werken."
    ),
    "employer_title": "Ik ben werkgever",
    "employer_text": (
        "Wilt u iemand uit een azc aannemen? Lees wat u moet regelen, zoals de "
        "tewerkstellingsvergunning (TWV) bij UWV."
    ),
    "resident_title": "Ik woon in een azc",
    "resident_text": (
        "Wilt u werken? Lees wanneer dat mag, wat het betekent voor uw geld en hoe u begint."
    ),
}

# Each translation in the order of HOME's fields.
HOME_TRANSLATIONS = {
    "en": [
        "Werkroute: from the asylum seekers' centre to work",
        "You can work while you live in an asylum seekers' centre (azc). But there are rules. "
        "Here you can read how it works: for employers who want to hire newcomers, and for "
        "residents of an azc who want to work.",
        "I am an employer",
        "Do you want to hire someone from an azc? Read what you need to arrange, such as the "
        "work permit (TWV) from UWV.",
        "I live in an azc",
        "Do you want to work? Read when you are allowed to, what it means for your money and "
        "how to start.",
    ],
    "ar": [
        "Werkroute: من مركز اللجوء إلى العمل",
        "يمكنك العمل وأنت تسكن في مركز استقبال طالبي اللجوء (azc). لكن هناك قواعد. هنا تقرأ "
        "كيف يتم ذلك: لأصحاب العمل الذين يريدون توظيف القادمين الجدد، ولسكان مراكز اللجوء "
        "الذين يريدون العمل.",
        "أنا صاحب عمل",
        "هل تريد توظيف شخص من مركز اللجوء؟ اقرأ ما عليك ترتيبه، مثل تصريح العمل (TWV) من UWV.",
        "أسكن في مركز لجوء (azc)",
        "هل تريد العمل؟ اقرأ متى يُسمح لك بذلك، وماذا يعني ذلك لأموالك، وكيف تبدأ.",
    ],
    "fa": [
        "Werkroute: از مرکز پناهجویان تا کار",
        "وقتی در مرکز پذیرش پناهجویان (azc) زندگی می‌کنید، می‌توانید کار کنید. اما قوانینی "
        "وجود دارد. اینجا می‌خوانید که چگونه است: برای کارفرمایانی که می‌خواهند تازه‌واردان "
        "را استخدام کنند، و برای ساکنان azc که می‌خواهند کار کنند.",
        "من کارفرما هستم",
        "می‌خواهید کسی را از azc استخدام کنید؟ بخوانید چه کارهایی باید انجام دهید، مانند "
        "اجازه کار (TWV) از UWV.",
        "من در azc زندگی می‌کنم",
        "می‌خواهید کار کنید؟ بخوانید چه زمانی اجازه دارید، این برای پول شما چه معنایی دارد و "
        "چگونه شروع کنید.",
    ],
    "ti": [
        "Werkroute: ካብ መዕቆቢ ሓተትቲ ዑቕባ ናብ ስራሕ",
        "ኣብ መዕቆቢ ሓተትቲ ዑቕባ (azc) እናነበርኩም ክትሰርሑ ትኽእሉ ኢኹም። ግን ሕግታት ኣለዉ። "
        "ኣብዚ ከመይ ከም ዝሰርሕ ተንብቡ፡ ንሓደስቲ መጻእቲ ክቖጽሩ ንዝደልዩ ኣስራሕቲ፡ ከምኡ'ውን "
        "ክሰርሑ ንዝደልዩ ነበርቲ azc።",
        "ኣነ ኣስራሒ እየ",
        "ካብ azc ሰብ ክትቖጽሩ ትደልዩ ዶ? ከም ፍቓድ ስራሕ (TWV) ካብ UWV ዝኣመሰሉ ክትሰርዕዎ ዘለኩም ኣንብቡ።",
        "ኣነ ኣብ azc እነብር",
        "ክትሰርሑ ትደልዩ ዶ? መዓስ ከም ዝፍቀደልኩም፡ ንገንዘብኩም እንታይ ማለት ምዃኑን ከመይ ከም ትጅምሩን ኣንብቡ።",
    ],
    "tr": [
        "Werkroute: sığınmacı merkezinden işe",
        "Bir sığınmacı merkezinde (azc) yaşarken çalışabilirsiniz. Ama kurallar var. Burada "
        "nasıl işlediğini okuyabilirsiniz: yeni gelenleri işe almak isteyen işverenler ve "
        "çalışmak isteyen azc sakinleri için.",
        "İşverenim",
        "azc'den birini işe almak mı istiyorsunuz? UWV'den alınan çalışma izni (TWV) gibi neleri "
        "ayarlamanız gerektiğini okuyun.",
        "Bir azc'de yaşıyorum",
        "Çalışmak mı istiyorsunuz? Ne zaman çalışabileceğinizi, bunun paranız için ne anlama "
        "geldiğini ve nasıl başlayacağınızı okuyun.",
    ],
}

UWV_LINK = '<a href="https://www.uwv.nl">UWV</a>'
COA_LINK = '<a href="https://www.coa.nl">COA</a>'

CONTENT_PAGES = {
    "werkgevers": {
        "title": "Voor werkgevers",
        "intro": "U wilt iemand aannemen die in een azc woont. Dat kan. Hier staat in het kort "
        "wat u moet weten.",
        "body": (
            "<h2>Asielzoeker of statushouder?</h2>"
            "<p>Een statushouder heeft een verblijfsvergunning. Hij of zij mag bij u werken "
            "zonder tewerkstellingsvergunning (TWV).</p>"
            "<p>Loopt de asielaanvraag nog? Dan vraagt u als werkgever een TWV aan bij UWV, "
            "online via het werkgeversportaal van UWV. Dus niet bij de IND of het COA.</p>"
            "<h2>Wanneer mag een asielzoeker werken?</h2>"
            "<ul><li>De persoon is 18 jaar of ouder.</li>"
            "<li>De asielaanvraag is minstens zes maanden in behandeling bij de IND.</li>"
            "<li>De persoon woont in een opvang van het COA.</li>"
            "<li>U betaalt marktconform, en minstens het minimumloon.</li>"
            "<li>De persoon heeft een geldig W-document.</li></ul>"
            "<p>Sinds 29 november 2023 geldt de grens van 24 weken per jaar niet meer. "
            "Asielzoekers mogen het hele jaar werken.</p>"
            "<h2>Hoe lang duurt het?</h2>"
            "<p>UWV beslist meestal in ongeveer vijf weken. Soms duurt het tot negen weken. "
            "Vraag de TWV pas aan als er echt een arbeidscontract is.</p>"
            f"<p>Wat een TWV kost, staat niet op deze site: te controleren bij {UWV_LINK}.</p>"
        ),
    },
    "bewoners": {
        "title": "Voor bewoners van een azc",
        "intro": "U woont in een azc en u wilt werken. Dat kan vaak. Hier leest u het "
        "belangrijkste.",
        "body": (
            "<h2>Mag ik werken?</h2>"
            "<p>Heeft u een verblijfsvergunning (statushouder)? Dan mag u werken. U heeft geen "
            "TWV nodig.</p>"
            "<p>Loopt uw asielaanvraag nog? Dan mag u werken als:</p>"
            "<ul><li>u 18 jaar of ouder bent;</li>"
            "<li>uw asielaanvraag minstens zes maanden in behandeling is bij de IND;</li>"
            "<li>u in een opvang van het COA woont;</li>"
            "<li>u minstens het minimumloon krijgt;</li>"
            "<li>u een geldig W-document heeft.</li></ul>"
            "<p>Uw werkgever vraagt dan een tewerkstellingsvergunning (TWV) aan bij UWV.</p>"
            "<p>Aangekondigd, nog geen regel: asielzoekers die waarschijnlijk mogen blijven, "
            "mogen straks misschien al na drie maanden werken.</p>"
            "<h2>Werken en geld</h2>"
            "<p>Als u werkt, betaalt u een deel van uw inkomen aan het COA voor uw opvang. Dat "
            "heet de Reba. Hoeveel u betaalt, staat niet op deze site: vraag het aan het "
            f"{COA_LINK}. Als u aan het werk bent, heeft u een gesprek met het COA over de "
            "Reba.</p>"
            "<h2>Waar begin ik?</h2>"
            "<p>Ga naar de Job Office of Meedoenbalie in uw azc. Daar helpen ze u met werk "
            "zoeken, uw cv en de eerste stappen.</p>"
        ),
    },
    "contact": {
        "title": "Contact",
        "intro": "",
        "body": (
            "<p>Woont u in een azc en heeft u vragen over werk? Ga naar de Job Office of "
            "Meedoenbalie in uw azc.</p>"
            "<p>Bent u werkgever, of heeft u een vraag over deze website? Stuur een e-mail naar "
            "het adres onderaan deze pagina.</p>"
        ),
    },
    "toegankelijkheid": {
        "title": "Toegankelijkheid",
        "intro": "Werkroute wil voor iedereen bruikbaar zijn.",
        "body": (
            "<p>Deze website volgt de norm WCAG 2.1 niveau AA. Die norm is verplicht voor "
            "websites van de Nederlandse overheid.</p>"
            "<h2>Hoe we testen</h2>"
            "<p>Bij elke wijziging van de website testen we elke soort pagina automatisch met "
            "het programma axe, in het Nederlands en in het Arabisch (van rechts naar links). "
            "Alles op de website werkt ook met alleen een toetsenbord.</p>"
            "<h2>Een probleem melden</h2>"
            "<p>Kunt u iets niet lezen of gebruiken? Laat het ons weten via het e-mailadres "
            "onderaan de pagina.</p>"
        ),
    },
    "privacy": {
        "title": "Privacy",
        "intro": "U kunt deze website gebruiken zonder dat wij iets over u bewaren.",
        "body": (
            "<h2>Bezoekers</h2>"
            "<p>U heeft geen account nodig. We plaatsen geen cookies als u niet inlogt. We "
            "gebruiken geen programma's die bezoekers volgen, en de website laadt niets van "
            "andere websites.</p>"
            "<p>We vragen bewoners van een azc nooit om hun naam, cv, nationaliteit of "
            "verblijfsstatus.</p>"
            "<h2>Beheerders</h2>"
            "<p>Alleen de medewerkers die de website beheren, hebben een account. Daarvoor "
            "bewaren we hun naam en e-mailadres.</p>"
        ),
    },
}

FOOTER = {"contact_email": "info@werkroute.example", "contact_phone": "0592 123 456"}


def load(command):
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = _source_home_page(source_locale)
    pages = {slug: _content_page(home, slug, fields) for slug, fields in CONTENT_PAGES.items()}

    home.employer_page = pages["werkgevers"]
    home.resident_page = pages["bewoners"]
    home.save_revision().publish()

    # Every page exists in every language: untranslated ones as aliases of the Dutch page.
    for locale in Locale.objects.exclude(pk=source_locale.pk):
        synchronize_tree(source_locale, locale)

    for language_code, texts in HOME_TRANSLATIONS.items():
        strings = dict(zip(HOME.values(), texts, strict=True))
        translate_page(home, language_code, strings, PageTranslationStatus.Status.UNREVIEWED)

    site = Site.objects.get(is_default_site=True)
    FooterSettings.objects.update_or_create(
        site=site,
        defaults={
            **FOOTER,
            "contact_page": pages["contact"],
            "accessibility_page": pages["toegankelijkheid"],
            "privacy_page": pages["privacy"],
        },
    )
    command.stdout.write(f"Home page in {1 + len(HOME_TRANSLATIONS)} languages.")


def _source_home_page(source_locale):
    """The Dutch HomePage at the site root, replacing Wagtail's welcome page on a fresh install."""
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.filter(locale=source_locale, depth=2).first()
    if home is None:
        welcome_page = site.root_page
        # Wagtail's welcome page holds the slug "home" until it is gone; the Site must point
        # elsewhere before it can be deleted (deleting a site's root page deletes the site).
        Page.objects.filter(pk=welcome_page.pk).update(slug="wagtail-welcome")
        home = Page.get_first_root_node().add_child(
            instance=HomePage(slug="home", locale=source_locale, **HOME)
        )
        site.root_page = home
        site.save()
        welcome_page.refresh_from_db()
        welcome_page.delete()
    else:
        for field, value in HOME.items():
            setattr(home, field, value)
        if site.root_page_id != home.pk:
            site.root_page = home
            site.save()
    return home


def _content_page(home, slug, fields):
    page = ContentPage.objects.child_of(home).filter(slug=slug).first()
    if page is None:
        page = home.add_child(instance=ContentPage(slug=slug, **fields))
    else:
        for field, value in fields.items():
            setattr(page, field, value)
    page.save_revision().publish()
    return page
