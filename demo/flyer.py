"""The demo's information flyer for employers: a one-page tagged PDF in the documents library.

Its text is the Dutch text of the rule statements and the route's flow chart, so the flyer says
what the pages say and changes with them when the demo is loaded again.
"""

from django.core.files.base import ContentFile
from django.utils import translation

from wagtail.documents import get_document_model

from demo import home_content as content
from demo.employer_content import FLOW_CHART
from demo.tagged_pdf import tagged_pdf
from home.choices import Actor

TITLE = "Informatieflyer voor werkgevers: een bewoner van een azc aannemen"
FILE_NAME = "informatieflyer-werkgevers.pdf"
RULES = ["conditions", "no_24_weeks", "twv_at_uwv", "bsn_fast_track", "no_wage_subsidy"]


def flyer_blocks(contact_email, contact_phone):
    """(tag, text) blocks of the flyer, in Dutch."""
    blocks = [
        ("H1", TITLE),
        (
            "P",
            "Wilt u iemand uit een azc aannemen? Hieronder staan de regels en de route. Bij "
            "elke regel staat de bron.",
        ),
        ("H2", "De regels"),
    ]
    for key in RULES:
        rule = content.RULES[key]
        blocks.append(("P", f"{rule['title']['nl']}. {rule['text']['nl']}"))
        blocks.append(("LI", f"Bron: {rule['source_title']}"))
    _kind, caption, steps, _note = FLOW_CHART
    blocks.append(("H2", caption["nl"]))
    for label, actor, duration in steps:
        line = f"{label['nl']} (wie: {Actor(actor).label})"
        if duration:
            line += f": {duration['nl']}"
        blocks.append(("LI", line))
    blocks += [
        (
            "P",
            "Reken op de wachttijd voor de TWV én voor het BSN: pas met allebei kan uw "
            "medewerker beginnen en loon krijgen.",
        ),
        ("H2", "Vragen?"),
        (
            "P",
            "Wat de TWV kost en welke gegevens UWV vraagt, staat niet in deze flyer: vraag het "
            "UWV. Over het BSN en de Reba gaat het COA. Heeft u een vraag aan ons? Mail "
            f"{contact_email} of bel {contact_phone}.",
        ),
    ]
    return blocks


def employer_flyer(contact_email, contact_phone):
    """The flyer as a Wagtail document, created or brought up to date."""
    with translation.override("nl"):
        data = tagged_pdf(TITLE, flyer_blocks(contact_email, contact_phone))
    Document = get_document_model()
    document = Document.objects.filter(title=TITLE).first()
    if document is not None and document.file and _same_file(document, data):
        return document
    if document is None:
        document = Document(title=TITLE)
    elif document.file:
        document.file.delete(save=False)
    document.file.save(FILE_NAME, ContentFile(data), save=False)
    document.file_size = len(data)
    document.file_hash = ""
    document.save()
    return document


def _same_file(document, data):
    try:
        with document.file.open("rb") as handle:
            return handle.read() == data
    except FileNotFoundError:
        return False
