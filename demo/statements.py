"""The demo's privacy statement and accessibility statement, in Dutch with English beside it.

Every claim was checked against the code when written; change the text when the code changes:

- no cookie for anonymous visitors: portal/settings/base.py, core/page_cache.py and the tests
  that assert it (tests/portal/test_chrome.py, tests/browser/test_home.py);
- the search log and its retention: search/models.py, SEARCH_LOG_DAYS, prune_search_log;
- employer accounts: employers/models.py, employers/forms.py (SignUpForm asks no personal name),
  the e-mails in employers/notifications.py, counting attempts in core/ratelimit.py;
- the server's access log: access_log_format in gunicorn.conf.py (no address, no query);
- how the site is tested: tests/browser/ (axe-core in nl and ar, keyboard, without JavaScript);
- booking a talk: bookings/models.py (what a booking holds), purge_bookings (deleted seven days
  after the talk), the CSRF cookie of the booking form, the "booking" rate limits;
- employers' callback requests: employers/models.py (CallbackRequest), CALLBACK_RETENTION_DAYS and
  purge_callback_requests, the e-mail to the service point (employers/contact_point.py), the CSRF
  cookie of its form, the "callback" rate limit;
- e-mail alerts: alerts/models.py (what an alert holds), UNCONFIRMED_KEPT and purge_alerts,
  unsubscribing deletes the alert (alerts/subscriptions.py), the CSRF cookie of its forms, the
  "alert_signup" rate limits;
- dates in Tigrinya: core/formats/ti (Ge'ez month names, tests/portal/test_dates.py).

Deleting employer accounts is not automated, so the statement promises removal on request only.
The dates are fixed text an editor changes when the statement is reviewed. The other portal
languages show the Dutch page with the untranslated notice, like the other footer pages.
"""

from django.conf import settings

from alerts.models import KEPT_HOURS
from demo.home_content import T

STATEMENT_DATE = T("30 november 2026", en="30 November 2026")
AUTORITEIT_PERSOONSGEGEVENS = "https://autoriteitpersoonsgegevens.nl/"


def rich_text(blocks):
    """One T of HTML from blocks given in both languages side by side, so they always pair up.

    A block is (tag, nl, en) for h2, h3 and p, or ("ul", [(nl, en), ...]). Texts are HTML.
    """
    nl, en = [], []
    for block in blocks:
        if block[0] == "ul":
            nl.append("<ul>" + "".join(f"<li>{item[0]}</li>" for item in block[1]) + "</ul>")
            en.append("<ul>" + "".join(f"<li>{item[1]}</li>" for item in block[1]) + "</ul>")
        else:
            tag, dutch, english = block
            nl.append(f"<{tag}>{dutch}</{tag}>")
            en.append(f"<{tag}>{english}</{tag}>")
    return T("".join(nl), en="".join(en))


def mail_link(address):
    return f'<a href="mailto:{address}">{address}</a>'


def privacy_statement(contact_email, search_log_days):
    email = mail_link(contact_email)
    authority = f'<a href="{AUTORITEIT_PERSOONSGEGEVENS}">Autoriteit Persoonsgegevens</a>'
    callback_days = settings.CALLBACK_RETENTION_DAYS
    return {
        "title": T("Privacyverklaring", en="Privacy statement"),
        "intro": T(
            "Hier leest u welke gegevens Werkroute bewaart, waarom en hoe lang. Kort gezegd: u "
            "kunt deze website gebruiken zonder dat wij iets over u bewaren.",
            en="Here you can read what data Werkroute keeps, why and for how long. In short: you "
            "can use this website without us keeping anything about you.",
        ),
        "body": rich_text(
            [
                ("h2", "Wie is verantwoordelijk?", "Who is responsible?"),
                (
                    "p",
                    "Werkroute is een website van de gemeente. De gemeente is verantwoordelijk "
                    "voor de gegevens op deze website.",
                    "Werkroute is a website of the municipality. The municipality is responsible "
                    "for the data on this website.",
                ),
                (
                    "p",
                    f"Heeft u een vraag over uw gegevens? Stuur een e-mail naar {email}.",
                    f"Do you have a question about your data? Send an e-mail to {email}.",
                ),
                ("h2", "U bezoekt de website", "When you visit the website"),
                (
                    "p",
                    "U heeft geen account nodig. We vragen u niet om uw naam, uw e-mailadres of "
                    "andere gegevens; alleen als u een gesprek bij de balie afspreekt, vragen we "
                    "uw voornaam en nummer, als u e-mails over nieuwe vacatures wilt uw "
                    "e-mailadres, en als u als werkgever vraagt om teruggebeld te "
                    "worden uw naam en nummer (zie hieronder). We vragen bewoners van een azc "
                    "nooit om hun cv, nationaliteit of verblijfsstatus.",
                    "You do not need an account. We do not ask for your name, your e-mail address "
                    "or other data; only when you book a talk at the desk do we ask your first "
                    "name and number, when you want e-mails about new vacancies your e-mail "
                    "address, and when you ask as an employer to be called back your "
                    "name and number (see below). We never ask residents of an asylum seekers' "
                    "centre (azc) for their CV, nationality or residence status.",
                ),
                (
                    "p",
                    "Als u niet inlogt, geen gesprek afspreekt, geen e-mails over vacatures "
                    "aanvraagt en niet vraagt om teruggebeld te worden, plaatsen we geen cookie. "
                    "We gebruiken geen cookies of programma's die bezoekers volgen of tellen. De "
                    "website laadt ook niets van andere websites.",
                    "If you do not log in, book no talk, ask for no e-mails about vacancies and "
                    "do not ask to be called back, we place no cookie. We use no "
                    "cookies or programs that track or count visitors. The website also loads "
                    "nothing from other websites.",
                ),
                ("h2", "Reageren op een vacature", "Responding to a vacancy"),
                (
                    "p",
                    "Wilt u reageren op een vacature? Dat doet u bij de Job Office of "
                    "Meedoenbalie in uw azc, met de code van de vacature. Of u reageert op de "
                    "manier die in de vacature staat, bijvoorbeeld via de website van de "
                    "werkgever.",
                    "Do you want to respond to a vacancy? You do that at the Job Office or "
                    "Meedoenbalie in your centre, with the code of the vacancy. Or you respond "
                    "in the way the vacancy says, for example through the employer's website.",
                ),
                (
                    "p",
                    "Uw reactie komt dus niet bij Werkroute. Wij bewaren geen sollicitaties.",
                    "So your response does not reach Werkroute. We keep no applications.",
                ),
                ("h2", "Een gesprek bij de balie afspreken", "Booking a talk at the desk"),
                (
                    "p",
                    "U kunt op de website een tijd kiezen voor een gesprek bij de Job Office, "
                    "Meedoenbalie of Werkbalie. Dan bewaren we alleen: uw voornaam, uw "
                    "telefoon- of WhatsAppnummer, en als u die invult de code van een vacature. "
                    "Ook bewaren we de taal waarin u de afspraak maakte. De medewerkers van de "
                    "balie zien deze gegevens om het gesprek voor te bereiden en u te bellen als "
                    "het niet doorgaat. U krijgt geen e-mail.",
                    "On the website you can choose a time for a talk at the Job Office, "
                    "Meedoenbalie or Werkbalie. We then keep only: your first name, your phone "
                    "or WhatsApp number, and if you fill it in the code of a vacancy. We also "
                    "keep the language in which you booked. The desk staff see this data to "
                    "prepare the talk and to call you if it cannot take place. You get no "
                    "e-mail.",
                ),
                (
                    "p",
                    "Zeven dagen na het gesprek verwijderen we deze gegevens automatisch. Ook als "
                    "u het gesprek afzegt. Het formulier voor de afspraak plaatst een cookie "
                    "dat het formulier beveiligt. We tellen hoe vaak er vanaf een IP-adres en "
                    "voor een nummer een afspraak wordt gemaakt, om misbruik te voorkomen; die "
                    "telling verdwijnt na hooguit een dag.",
                    "Seven days after the talk we delete this data automatically. Also when you "
                    "cancel the talk. The booking form places a cookie that protects the form. "
                    "We count how often a booking is made from an IP address and for a number, "
                    "to prevent misuse; that count disappears after a day at most.",
                ),
                ("h2", "E-mails over nieuwe vacatures", "E-mails about new vacancies"),
                (
                    "p",
                    "Bij de vacatures kunt u vragen om e-mails over nieuwe vacatures voor uw "
                    "zoekopdracht. U heeft daarvoor geen account nodig. We bewaren dan alleen: uw "
                    "e-mailadres, de zoekopdracht (de filters die u koos), de taal van de "
                    "e-mails, hoe vaak u ze wilt, en wanneer u ze aanvroeg, bevestigde en voor "
                    "het laatst kreeg. We gebruiken deze gegevens alleen om u deze e-mails te "
                    "sturen.",
                    "On the vacancies page you can ask for e-mails about new vacancies for your "
                    "search. You do not need an account for this. We then keep only: your e-mail "
                    "address, the search (the filters you chose), the language of the e-mails, "
                    "how often you want them, and when you asked for them, confirmed them and "
                    "last got one. We use this data only to send you these e-mails.",
                ),
                (
                    "p",
                    "Eerst krijgt u een e-mail met een link. Pas als u die link opent en op de "
                    "knop drukt, beginnen de e-mails. Doet u dat niet, dan verwijderen we uw "
                    f"gegevens na {KEPT_HOURS} uur. In elke e-mail staat een link om te stoppen. "
                    "Stopt u, dan verwijderen we uw e-mailadres en de zoekopdracht meteen. Het "
                    "formulier plaatst een cookie dat het formulier beveiligt. We tellen hoe vaak "
                    "er vanaf een IP-adres en voor een e-mailadres e-mails worden aangevraagd, om "
                    "misbruik te voorkomen; die telling verdwijnt na hooguit een dag.",
                    "First you get an e-mail with a link. Only when you open that link and press "
                    "the button do the e-mails start. If you do not, we delete your data after "
                    f"{KEPT_HOURS} hours. Every e-mail has a link to stop. If you stop, we delete "
                    "your e-mail address and the search at once. The form places a cookie that "
                    "protects the form. We count how often e-mails are asked for from an IP "
                    "address and for an e-mail address, to prevent misuse; that count disappears "
                    "after a day at most.",
                ),
                (
                    "h2",
                    "Werkgevers die vragen om teruggebeld te worden",
                    "Employers who ask to be called back",
                ),
                (
                    "p",
                    "Bent u werkgever? Dan kunt u het werkgeversservicepunt vragen om u terug te "
                    "bellen. Dan bewaren we alleen: de naam van uw organisatie, uw naam, uw "
                    "telefoonnummer en uw vraag. Ook bewaren we de taal waarin u het formulier "
                    "invulde en wanneer u het verstuurde.",
                    "Are you an employer? Then you can ask the employer service point to call "
                    "you back. We then keep only: the name of your organisation, your name, your "
                    "phone number and your question. We also keep the language in which you "
                    "filled in the form and when you sent it.",
                ),
                (
                    "p",
                    "We gebruiken deze gegevens alleen om u terug te bellen en uw vraag te "
                    "beantwoorden. De medewerkers van het werkgeversservicepunt krijgen uw "
                    "verzoek per e-mail. De redacteuren van de gemeente zien het in het beheer "
                    "van de website. Schrijf in uw vraag geen gegevens van bewoners.",
                    "We use this data only to call you back and answer your question. The staff "
                    "of the employer service point get your request by e-mail. The "
                    "municipality's editors see it in the website's administration. Please write "
                    "no details of residents in your question.",
                ),
                (
                    "p",
                    f"{callback_days} dagen nadat u het verzoek verstuurde, verwijderen we het "
                    "automatisch. Ook de e-mail verwijdert het werkgeversservicepunt als uw "
                    "vraag is afgehandeld. Het formulier plaatst een cookie dat het formulier "
                    "beveiligt. We tellen hoe vaak er vanaf een IP-adres een verzoek wordt "
                    "verstuurd, om misbruik te voorkomen; die telling verdwijnt na hooguit een "
                    "uur.",
                    f"{callback_days} days after you sent the request, we delete it "
                    "automatically. The employer service point also deletes the e-mail once your "
                    "question has been dealt with. The form places a cookie that protects the "
                    "form. We count how often a request is sent from an IP address, to prevent "
                    "misuse; that count disappears after an hour at most.",
                ),
                ("h2", "Zoeken op de website", "Searching the website"),
                (
                    "p",
                    "We houden bij waar mensen naar zoeken. Zo zien we welke informatie mist. We "
                    "bewaren per dag en per taal alleen: de woorden waarop is gezocht, hoe vaak "
                    "daarop is gezocht en hoe vaak er niets is gevonden.",
                    "We keep track of what people search for. That shows us what information is "
                    "missing. Per day and per language we keep only: the words searched for, how "
                    "often they were searched for and how often nothing was found.",
                ),
                (
                    "p",
                    "We bewaren daarbij geen IP-adres en geen tijdstip, en we gebruiken er geen "
                    "cookie voor. We weten dus niet wie er zocht.",
                    "We keep no IP address and no time with it, and we use no cookie for it. So "
                    "we do not know who searched.",
                ),
                (
                    "p",
                    "Soms typt iemand een naam in het zoekvak. Daarom verwijderen we deze "
                    f"gegevens na {search_log_days} dagen.",
                    "Sometimes someone types a name in the search box. That is why we delete "
                    f"this data after {search_log_days} days.",
                ),
                ("h2", "Het logboek van de server", "The server's log"),
                (
                    "p",
                    "De server houdt een logboek bij. Zo kunnen we fouten en storingen vinden. "
                    "Per bezoek aan een pagina staat daarin alleen: het tijdstip, de soort "
                    "verzoek, het adres van de pagina, of het gelukt is, hoe groot het antwoord "
                    "was en hoe lang het duurde. Uw IP-adres staat er niet in, en ook niet de "
                    "woorden waarop u zocht.",
                    "The server keeps a log. That helps us find errors and failures. For each "
                    "visit to a page it holds only: the time, the kind of request, the address "
                    "of the page, whether it worked, how large the answer was and how long it "
                    "took. Your IP address is not in it, and neither are the words you searched "
                    "for.",
                ),
                ("h2", "Werkgevers met een account", "Employers with an account"),
                (
                    "p",
                    "Werkgevers die vacatures plaatsen, hebben een account. Ook de medewerkers "
                    "van de gemeente die de website beheren, hebben een account. Naast een "
                    "afspraak bij de balie, e-mails over nieuwe vacatures en een verzoek om "
                    "teruggebeld te worden zijn de gegevens van deze accounts de enige "
                    "persoonsgegevens die Werkroute vraagt en bewaart.",
                    "Employers who post vacancies have an account. The municipality's staff who "
                    "manage the website also have an account. Apart from a booked talk at the "
                    "desk, e-mails about new vacancies and a request to be called back, the data "
                    "of these accounts is the only personal data Werkroute asks for and keeps.",
                ),
                ("h3", "Wat we bewaren", "What we keep"),
                (
                    "ul",
                    [
                        (
                            "Uw e-mailadres. Daarmee logt u in, en daarop krijgt u onze e-mails.",
                            "Your e-mail address. You log in with it, and you get our e-mails "
                            "at it.",
                        ),
                        (
                            "Uw wachtwoord. Dat bewaren we niet leesbaar, alleen als "
                            "versleutelde code.",
                            "Your password. We do not keep it readable, only as an encrypted code.",
                        ),
                        (
                            "De taal waarin u e-mails van ons krijgt.",
                            "The language in which you get e-mails from us.",
                        ),
                        (
                            "Bij welke organisatie u hoort, en wanneer u zich aanmeldde en voor "
                            "het laatst inlogde.",
                            "Which organisation you belong to, and when you signed up and last "
                            "logged in.",
                        ),
                        (
                            "De gegevens van uw organisatie: naam, KvK-nummer, sector, plaats en "
                            "het contact voor vragen van bewoners. En als u die invult: website, "
                            "logo en een korte beschrijving.",
                            "The details of your organisation: name, KvK number, sector, place "
                            "and the contact for residents' questions. And if you fill them in: "
                            "website, logo and a short description.",
                        ),
                        (
                            "Welke vacatures u plaatste. Sluit u een vacature omdat u iemand "
                            "heeft gevonden? Dan bewaren we hoeveel mensen u via Werkroute aannam. "
                            "Alleen het aantal, geen namen.",
                            "Which vacancies you posted. Do you close a vacancy because you found "
                            "someone? Then we keep how many people you hired through Werkroute. "
                            "Only the number, no names.",
                        ),
                        (
                            "Een logboek van wat er met uw organisatie en uw vacatures gebeurde, "
                            "door wie en wanneer. Bijvoorbeeld: aangemeld, gewijzigd, "
                            "goedgekeurd of teruggestuurd door een redacteur.",
                            "A log of what happened to your organisation and your vacancies, by "
                            "whom and when. For example: signed up, changed, approved or sent "
                            "back by an editor.",
                        ),
                    ],
                ),
                (
                    "p",
                    "We vragen niet om uw naam.",
                    "We do not ask for your name.",
                ),
                ("h3", "Waarom", "Why"),
                (
                    "p",
                    "We gebruiken deze gegevens alleen om u vacatures te laten plaatsen, en om "
                    "organisaties en vacatures te controleren voordat ze op de website komen.",
                    "We use this data only to let you post vacancies, and to check organisations "
                    "and vacancies before they appear on the website.",
                ),
                ("h3", "Welke e-mails we sturen", "Which e-mails we send"),
                (
                    "ul",
                    [
                        (
                            "Een link om uw e-mailadres te bevestigen.",
                            "A link to confirm your e-mail address.",
                        ),
                        (
                            "Een link om een nieuw wachtwoord te kiezen, als u daarom vraagt.",
                            "A link to choose a new password, if you ask for one.",
                        ),
                        (
                            "Een bericht als een redacteur uw organisatie of vacature goedkeurt, "
                            "of als een redacteur om een wijziging vraagt.",
                            "A message when an editor approves your organisation or vacancy, or "
                            "when an editor asks for a change.",
                        ),
                        (
                            "Een herinnering vijf dagen voordat uw vacature sluit.",
                            "A reminder five days before your vacancy closes.",
                        ),
                        (
                            "Een uitnodiging, als een collega u toevoegt aan uw organisatie.",
                            "An invitation, if a colleague adds you to your organisation.",
                        ),
                    ],
                ),
                ("h3", "Wie uw gegevens ziet", "Who sees your data"),
                (
                    "p",
                    "De redacteuren en moderatoren van de gemeente. Zij controleren organisaties "
                    "en vacatures. Collega's van uw organisatie met een account zien uw "
                    "e-mailadres.",
                    "The municipality's editors and moderators. They check organisations and "
                    "vacancies. Colleagues of your organisation with an account see your e-mail "
                    "address.",
                ),
                (
                    "p",
                    "Iedereen ziet op de website: de naam en gegevens van uw organisatie, het "
                    "contact voor vragen van bewoners, en de manier van reageren die u in een "
                    "vacature noemt. Zet daar liever geen persoonlijk e-mailadres of "
                    "telefoonnummer neer.",
                    "Everyone sees on the website: the name and details of your organisation, "
                    "the contact for residents' questions, and the way to respond that you give "
                    "in a vacancy. Please do not put a personal e-mail address or phone number "
                    "there.",
                ),
                ("h3", "Hoe lang", "How long"),
                (
                    "p",
                    "We bewaren uw account zolang u het gebruikt. Wilt u dat we uw account "
                    f"verwijderen? Stuur dan een e-mail naar {email}.",
                    "We keep your account as long as you use it. Do you want us to delete your "
                    f"account? Then send an e-mail to {email}.",
                ),
                ("h3", "Bescherming tegen misbruik", "Protection against misuse"),
                (
                    "p",
                    "We tellen hoe vaak iemand probeert in te loggen, een account te maken of een "
                    "vacature in te sturen. Zo voorkomen we misbruik. We tellen per IP-adres en "
                    "per account. We bewaren het IP-adres daarbij niet zelf, alleen een code die "
                    "ervan is gemaakt. De telling verdwijnt na hooguit een uur.",
                    "We count how often someone tries to log in, create an account or submit a "
                    "vacancy. That prevents misuse. We count per IP address and per account. We "
                    "do not keep the IP address itself, only a code made from it. The count "
                    "disappears after an hour at most.",
                ),
                ("h2", "Cookies", "Cookies"),
                (
                    "p",
                    "Logt u in als werkgever of als medewerker van de gemeente? Dan krijgt u twee "
                    "cookies. De ene onthoudt dat u bent ingelogd. De andere beveiligt de "
                    "formulieren. Het formulier om in te loggen, een account te maken of te "
                    "vragen om teruggebeld te worden plaatst die tweede cookie ook.",
                    "Do you log in as an employer or as a member of the municipality's staff? "
                    "Then you get two cookies. One remembers that you are logged in. The other "
                    "protects the forms. The form to log in, create an account or ask to be "
                    "called back also places that second cookie.",
                ),
                (
                    "p",
                    "Deze cookies zijn nodig om de website te laten werken. Ze volgen u niet. "
                    "Voor zulke functionele cookies is geen toestemming nodig.",
                    "These cookies are needed to make the website work. They do not track you. "
                    "Such functional cookies need no consent.",
                ),
                ("h2", "Video's", "Videos"),
                (
                    "p",
                    "Sommige pagina's wijzen naar een video op YouTube. Onze website laadt niets "
                    "van YouTube. Pas als u zelf op de link klikt, gaat u naar YouTube. Daar "
                    "gelden de regels van YouTube.",
                    "Some pages point to a video on YouTube. Our website loads nothing from "
                    "YouTube. Only when you click the link yourself do you go to YouTube. "
                    "YouTube's rules apply there.",
                ),
                ("h2", "Uw rechten", "Your rights"),
                (
                    "p",
                    "U mag altijd vragen welke gegevens we van u hebben. U mag ook vragen om uw "
                    f"gegevens te verbeteren of te verwijderen. Stuur daarvoor een e-mail naar "
                    f"{email}. De gegevens van uw organisatie kunt u ook zelf aanpassen als u "
                    "bent ingelogd.",
                    "You may always ask what data we have about you. You may also ask us to "
                    f"correct or delete your data. To do so, send an e-mail to {email}. You can "
                    "also change your organisation's details yourself when you are logged in.",
                ),
                (
                    "p",
                    "Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een "
                    f"klacht indienen bij de {authority}.",
                    "Do you disagree with how we handle your data? Then you can file a complaint "
                    f"with the {authority} (the Dutch Data Protection Authority).",
                ),
                (
                    "p",
                    "Deze privacyverklaring is voor het laatst gewijzigd op "
                    f"{STATEMENT_DATE['nl']}.",
                    f"This privacy statement was last changed on {STATEMENT_DATE['en']}.",
                ),
            ]
        ),
    }


def accessibility_statement(contact_email, contact_phone):
    email = mail_link(contact_email)
    return {
        "title": T("Toegankelijkheidsverklaring", en="Accessibility statement"),
        "intro": T(
            "Werkroute wil voor iedereen bruikbaar zijn. Hier leest u hoe ver we zijn, wat nog "
            "niet goed werkt en hoe u een probleem meldt.",
            en="Werkroute wants to be usable for everyone. Here you can read how far we are, what "
            "does not work well yet and how to report a problem.",
        ),
        "body": rich_text(
            [
                ("h2", "Verklaring", "Statement"),
                (
                    "p",
                    "De gemeente wil dat iedereen Werkroute kan gebruiken, ook mensen met een "
                    "beperking. De gemeente is wettelijk verplicht om deze website te laten "
                    "voldoen aan het Besluit digitale toegankelijkheid overheid.",
                    "The municipality wants everyone to be able to use Werkroute, including "
                    "people with a disability. The municipality is required by law to make this "
                    "website meet the Dutch decree on digital accessibility for government "
                    "(Besluit digitale toegankelijkheid overheid).",
                ),
                (
                    "p",
                    "Deze verklaring geldt voor de website Werkroute: alle openbare pagina's in "
                    "alle talen, en de pagina's voor werkgevers.",
                    "This statement applies to the Werkroute website: all public pages in all "
                    "languages, and the pages for employers.",
                ),
                ("h2", "De eisen", "The requirements"),
                (
                    "p",
                    "Het besluit verwijst naar de Europese norm EN 301 549. Voor websites "
                    "betekent dat: de website moet voldoen aan de richtlijnen WCAG 2.1 op "
                    "niveau A en AA.",
                    "The decree refers to the European standard EN 301 549. For websites this "
                    "means: the website must meet the WCAG 2.1 guidelines at level A and AA.",
                ),
                ("h2", "Status", "Status"),
                (
                    "p",
                    "De status van deze website is: C - eerste maatregelen genomen.",
                    "The status of this website is: C - first measures taken.",
                ),
                (
                    "p",
                    "Dat betekent: we hebben maatregelen genomen om de website toegankelijk te "
                    "maken, en we testen de website zelf. Maar een onafhankelijk bureau heeft de "
                    "website nog niet volledig onderzocht. Zo'n onderzoek is nodig voor status A "
                    "(voldoet volledig) of B (voldoet gedeeltelijk). De gemeente laat dit "
                    "onderzoek nog doen. De datum staat nog niet vast.",
                    "This means: we have taken measures to make the website accessible, and we "
                    "test the website ourselves. But an independent firm has not yet fully "
                    "examined the website. Such an audit is needed for status A (fully "
                    "compliant) or B (partly compliant). The municipality will still have this "
                    "audit done. The date has not been set yet.",
                ),
                ("h2", "Hoe we testen", "How we test"),
                (
                    "ul",
                    [
                        (
                            "Bij elke wijziging testen we elke soort pagina automatisch met het "
                            "programma axe-core. Dat doen we in het Nederlands en in het "
                            "Arabisch. Arabisch leest u van rechts naar links.",
                            "With every change we automatically test every kind of page with "
                            "the axe-core program. We do that in Dutch and in Arabic. Arabic is "
                            "read from right to left.",
                        ),
                        (
                            "We testen met alleen een toetsenbord: de filters, het zoekvak met "
                            "suggesties, de taalkeuze en formulieren.",
                            "We test with a keyboard alone: the filters, the search box with "
                            "suggestions, the language choice and forms.",
                        ),
                        (
                            "De website werkt ook zonder JavaScript. Zoeken, filteren en "
                            "formulieren invullen kan dan ook.",
                            "The website also works without JavaScript. You can still search, "
                            "filter and fill in forms.",
                        ),
                    ],
                ),
                ("h2", "Wat nog niet goed werkt", "What does not work well yet"),
                (
                    "ul",
                    [
                        (
                            "Sommige vertalingen zijn door een computer gemaakt, of nog niet door "
                            "een mens gecontroleerd. Daardoor kunnen er fouten in staan. Boven "
                            "zo'n tekst staat dat. Is een pagina nog niet vertaald? Dan leest u "
                            "de Nederlandse tekst, ook met een melding erboven.",
                            "Some translations were made by a computer, or have not been checked "
                            "by a person yet. So they may contain mistakes. A notice above such a "
                            "text says so. Is a page not translated yet? Then you read the Dutch "
                            "text, also with a notice above it.",
                        ),
                        (
                            "De schermen waarin medewerkers van de gemeente de website beheren "
                            "(Wagtail), hebben we niet volledig getest.",
                            "The screens in which the municipality's staff manage the website "
                            "(Wagtail) have not been fully tested.",
                        ),
                        (
                            "Video's spelen niet af op deze website. Een link opent de video op "
                            "YouTube. Hoe de video daar werkt, bepalen wij niet. Bij een video "
                            "staat soms een uitgeschreven tekst.",
                            "Videos do not play on this website. A link opens the video on "
                            "YouTube. We do not control how the video works there. Some videos "
                            "come with a written text of what is said.",
                        ),
                        (
                            "Documenten om te downloaden, zoals pdf-bestanden, testen we niet "
                            "automatisch.",
                            "Documents to download, such as PDF files, are not tested "
                            "automatically.",
                        ),
                    ],
                ),
                ("h2", "Een probleem melden", "Report a problem"),
                (
                    "p",
                    "Kunt u iets niet lezen of gebruiken? Of heeft u een vraag over "
                    f"toegankelijkheid? Stuur een e-mail naar {email} of bel {contact_phone}. "
                    "We antwoorden zo snel mogelijk.",
                    "Is there something you cannot read or use? Or do you have a question about "
                    f"accessibility? Send an e-mail to {email} or call {contact_phone}. We answer "
                    "as soon as possible.",
                ),
                ("h2", "Datum", "Date"),
                (
                    "p",
                    f"Deze verklaring is gemaakt op {STATEMENT_DATE['nl']}.",
                    f"This statement was made on {STATEMENT_DATE['en']}.",
                ),
            ]
        ),
    }
