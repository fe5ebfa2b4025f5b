"""Demo texts of the vacancy board: the board page, places and vacancies of fictional employers.

All organisations are made up. Places and azc names are the real ones named in the source
documents (FACTS.md, "Places named"); coordinates are the towns' approximate centres.
Salaries are what a fictional employer offers, never a statement about the legal minimum wage.
"""

from home.demo_content import T

BOARD = {
    "title": T(
        "Vacatures",
        en="Vacancies",
        ar="الوظائف الشاغرة",
        fa="آگهی‌های کار",
        ti="ክፍት ስራሓት",
        tr="İş ilanları",
    ),
    "intro": T(
        "Werk bij werkgevers die nieuwkomers willen aannemen. Reageren gaat via de Job Office "
        "of Meedoenbalie in uw azc, met de referentiecode van de vacature.",
        en="Work with employers who want to hire newcomers. You respond through the Job Office "
        "or Meedoenbalie in your azc, with the vacancy's reference code.",
        ar="عمل لدى أصحاب عمل يريدون توظيف القادمين الجدد. تتقدّم عبر مكتب العمل (Job Office) أو "
        "Meedoenbalie في مركز اللجوء، مع الرمز المرجعي للوظيفة.",
        fa="کار نزد کارفرمایانی که می‌خواهند تازه‌واردان را استخدام کنند. از طریق Job Office یا "
        "Meedoenbalie در azc خود و با کد مرجع آگهی درخواست می‌دهید.",
        ti="ምስ ሓደስቲ መጻእቲ ክቖጽሩ ዝደልዩ ኣስራሕቲ ስራሕ። ብJob Office ወይ Meedoenbalie ናይ "
        "azc ኹም ምስ ናይ ክፍት ስራሕ መወከሲ ኮድ ትምልሱ።",
        tr="Yeni gelenleri işe almak isteyen işverenlerde iş. Başvurunuzu azc'nizdeki Job Office "
        "veya Meedoenbalie üzerinden, ilanın referans koduyla yaparsınız.",
    ),
}

# name, municipality, latitude, longitude, azc in this place ("" when none)
PLACES = [
    ("Assen", "Assen", 52.99250, 6.56490, "azc Assen (Balkenweg)"),
    ("Luttelgeest", "Noordoostpolder", 52.75361, 5.85306, "azc Luttelgeest"),
    ("Emmeloord", "Noordoostpolder", 52.71083, 5.74861, ""),
    ("Almere", "Almere", 52.37025, 5.21413, "azc Almere (Engelse Mijl)"),
    ("Zaandam", "Zaanstad", 52.43854, 4.82643, "azc Zaandam"),
    ("Nijmegen", "Nijmegen", 51.84250, 5.85278, "azc Nijmegen"),
    ("Eindhoven", "Eindhoven", 51.44164, 5.46972, "azc Eindhoven"),
    ("Harderwijk", "Harderwijk", 52.34167, 5.62083, "azc Harderwijk"),
    ("Lelystad", "Lelystad", 52.51850, 5.47140, ""),
    ("Groningen", "Groningen", 53.21917, 6.56667, ""),
]

VACANCIES = []
