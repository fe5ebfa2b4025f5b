"""Demo employers: an organisation for each demo vacancy's employer, a moderator, one employer
login with a draft, one organisation awaiting approval, the TWV rules on the vacancy form, and
the employer service point (made-up contact details, marked as demo). Safe to run again."""

from django.contrib.auth.models import Group
from django.db.models import Min

from wagtail.models import Locale, Site

from demo import home_content
from demo.home import text, translate_spec
from demo.home_content import T
from demo.site import demo_user
from employers import postings
from employers.models import (
    EmployerFormSettings,
    EmployerServicePoint,
    Membership,
    Organisation,
    Posting,
)
from employers.notifications import MODERATORS_GROUP
from home.models import RuleStatement
from vacancies.models import Place, Vacancy

DEMO_EMPLOYER = ("werkgever@werkroute.example", "Schoonmaakbedrijf Drentse Glans")
DEMO_MODERATOR = ("moderator", "moderator@werkroute.example")
AWAITING = {
    "name": "Verhuisbedrijf De Vlotte Doos",
    "kvk_number": "90000999",
    "sector": "logistiek",
    "place": "Harderwijk",
    "public_contact": "info@vlottedoos.example",
    "description": "Verhuizingen en opslag in de regio Harderwijk.",
}
# The employers' one contact point ("één (gespecialiseerd) aanspreekpunt", seeds 001 and 003).
# The demo invents no real contact details: a made-up number in the 000 block and an .example
# address, like the footer's (demo/home.py FOOTER), and the name says it is a demo.
SERVICE_POINT_CONTACT = {"phone": "0592 000 998", "email": "werkgevers@werkroute.example"}
SERVICE_POINT = {
    "name": T(
        "Werkgeversservicepunt (demo)",
        en="Employer service point (demo)",
        ar="مكتب خدمة أصحاب العمل (تجريبي)",
        fa="مرکز خدمات کارفرمایان (نمونه)",
        ti="ቤት ጽሕፈት ኣገልግሎት ኣስራሕቲ (ፈተነ)",
        tr="İşveren hizmet noktası (demo)",
    ),
    "intro": T(
        "Dit is een voorbeeld. Hier noemt de gemeente het team dat werkgevers helpt: met vragen "
        "over de TWV en de BSN, met het vinden van kandidaten en met begeleiding na de start.",
        en="This is an example. Here the municipality names the team that helps employers: with "
        "questions about the TWV and the BSN, with finding candidates and with support after "
        "the start.",
        ar="هذا مثال. هنا تذكر البلدية الفريق الذي يساعد أصحاب العمل: في الأسئلة عن TWV و BSN، "
        "وفي إيجاد المرشحين، وفي المرافقة بعد بدء العمل.",
        fa="این یک نمونه است. اینجا شهرداری تیمی را معرفی می‌کند که به کارفرمایان کمک می‌کند: "
        "در سؤال‌ها دربارهٔ TWV و BSN، در پیدا کردن داوطلبان و در همراهی پس از شروع کار.",
        ti="እዚ ኣብነት እዩ። ኣብዚ ምምሕዳር ከተማ ነቲ ንኣስራሕቲ ዝሕግዝ ጉጅለ ይጠቅስ፡ ብዛዕባ TWVን "
        "BSNን ሕቶታት፡ ተወዳደርቲ ምርካብን ድሕሪ ምጅማር ስራሕ ሓገዝን።",
        tr="Bu bir örnektir. Burada belediye işverenlere yardım eden ekibi belirtir: TWV ve BSN "
        "hakkındaki sorularda, aday bulmada ve işe başladıktan sonraki destekte.",
    ),
    "opening_hours": T(
        "Voorbeeld: op werkdagen",
        en="Example: on working days",
        ar="مثال: في أيام العمل",
        fa="نمونه: در روزهای کاری",
        ti="ኣብነት፡ ኣብ መዓልታት ስራሕ",
        tr="Örnek: iş günlerinde",
    ),
}
TWV_RULES = {
    "twv_who_applies": "twv_at_uwv",
    "twv_how_long": "twv_duration",
    "twv_not_needed": "status_holder",
}


def load(command):
    organisations = _organisations_of_demo_vacancies()
    _awaiting_organisation()
    logins = [_moderator(), _employer(organisations[DEMO_EMPLOYER[1]])]
    _form_rules()
    _service_point()
    command.stdout.write(
        f"Employers: {len(organisations)} approved organisations and 1 awaiting approval."
    )
    command.stdout.write("Demo logins (moderator: /admin/; employer: /nl/werkgevers/inloggen/):")
    for username, password in logins:
        command.stdout.write(f"  {username} / {password}")


def _organisations_of_demo_vacancies():
    organisations = {}
    names = (
        Vacancy.objects.values("employer_name").annotate(first=Min("pk")).order_by("employer_name")
    )
    for number, row in enumerate(names):
        first = Vacancy.objects.get(pk=row["first"])
        organisation = Organisation.objects.filter(name=row["employer_name"]).first()
        if organisation is None:
            organisation = Organisation(
                name=row["employer_name"],
                kvk_number=f"9{number:07d}",
                sector=first.sector,
                place=first.place,
                public_contact="info@" + first.place.name.lower().replace(" ", "") + ".example",
            )
        if not organisation.is_approved:
            organisation.approve(None)
        organisation.save()
        organisations[organisation.name] = organisation
        for vacancy in Vacancy.objects.filter(employer_name=organisation.name):
            Posting.objects.get_or_create(vacancy=vacancy, defaults={"organisation": organisation})
    return organisations


def _awaiting_organisation():
    fields = {**AWAITING, "place": Place.objects.get(name=AWAITING["place"])}
    Organisation.objects.update_or_create(kvk_number=fields.pop("kvk_number"), defaults=fields)


def _moderator():
    username, email = DEMO_MODERATOR
    user, password = demo_user(username, email, is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return username, password


def _employer(organisation):
    email = DEMO_EMPLOYER[0]
    user, password = demo_user(email, email, is_staff=False)
    Membership.objects.update_or_create(user=user, defaults={"organisation": organisation})
    _draft(organisation, user)
    return email, password


def _draft(organisation, user):
    """A draft on the demo employer's dashboard, next to its published vacancy."""
    if Posting.objects.filter(organisation=organisation, vacancy__live=False).exists():
        return
    published = Posting.objects.filter(organisation=organisation).first().vacancy
    draft = Vacancy(
        title="Schoonmaker kantoren (avond)",
        description=(
            "U maakt 's avonds kantoren schoon in Assen. U werkt in een klein team. "
            "Wij leren u het werk; Nederlands spreken is niet nodig."
        ),
        sector=published.sector,
        contract=published.contract,
        hours_min=12,
        hours_max=20,
        shift_day=False,
        shift_evening=True,
        place=published.place,
        dutch_level=0,
        training_given=True,
    )
    postings.create_posting(draft, organisation, user)


def _form_rules():
    settings_row = EmployerFormSettings.for_site(Site.objects.get(is_default_site=True))
    for field, key in TWV_RULES.items():
        title = text(home_content.RULES[key]["title"])
        rule = RuleStatement.objects.filter(title=title, locale__language_code="nl").first()
        setattr(settings_row, field, rule)
    settings_row.save()


def _service_point():
    source = EmployerServicePoint.objects.filter(locale__language_code="nl").first()
    fields = {
        **{name: text(value) for name, value in SERVICE_POINT.items()},
        **SERVICE_POINT_CONTACT,
    }
    if source is None:
        source = EmployerServicePoint(locale=Locale.objects.get(language_code="nl"))
    for name, value in fields.items():
        setattr(source, name, value)
    source.save()
    translate_spec(source, SERVICE_POINT, snippet=True)
    return source
