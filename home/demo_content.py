"""The demo's editorial content, in Dutch with its translations side by side.

Written at B1 level from ../shared/FACTS.md; every rule names its source document. Numbers the
documents do not give (the TWV fee, Reba amounts) are not stated: the text sends readers to UWV
or COA. Organisations and people in stories and events are fictional. Translations were not
checked by a person and are loaded as such.
"""

ALL = ["en", "ar", "fa", "ti", "tr"]


class T(dict):
    """One text in Dutch (the source) and its translations, by language code."""

    def __init__(self, nl, **translations):
        super().__init__(nl=nl, **translations)


class HTML(T):
    """A text that is already HTML (paragraphs with links), in Dutch and its translations."""


def UL(*items):
    return ("ul", items)


# Rule statements: key -> fields. Dates are days before the day the demo is loaded.
RULES = {
    "conditions": dict(
        title=T(
            "Wanneer een asielzoeker mag werken",
            en="When an asylum seeker may work",
            ar="متى يُسمح لطالب اللجوء بالعمل",
            fa="چه زمانی پناهجو اجازه کار دارد",
            ti="ሓታቲ ዑቕባ መዓስ ክሰርሕ ይፍቀደሉ",
            tr="Bir sığınmacı ne zaman çalışabilir",
        ),
        text=T(
            "Een asielzoeker mag werken als hij of zij 18 jaar of ouder is, de asielaanvraag "
            "minstens zes maanden bij de IND in behandeling is, in een opvang van het COA woont, "
            "minstens het minimumloon krijgt en een geldig W-document heeft.",
            en="An asylum seeker may work if they are 18 or older, their asylum application has "
            "been pending at the IND for at least six months, they live in a COA reception "
            "location, they earn at least the minimum wage and they have a valid W-document.",
            ar="يُسمح لطالب اللجوء بالعمل إذا كان عمره 18 سنة أو أكثر، وكان طلب لجوئه قيد "
            "المعالجة لدى دائرة الهجرة IND منذ ستة أشهر على الأقل، ويسكن في مكان استقبال تابع "
            "لـ COA، ويحصل على الحد الأدنى للأجور على الأقل، ولديه وثيقة W سارية.",
            fa="پناهجو اجازه کار دارد اگر ۱۸ سال یا بیشتر داشته باشد، درخواست پناهندگی او "
            "دست‌کم شش ماه در IND در حال بررسی باشد، در محل پذیرش COA زندگی کند، دست‌کم حداقل "
            "دستمزد بگیرد و یک سند W معتبر داشته باشد.",
            ti="ሓታቲ ዑቕባ ክሰርሕ ዝፍቀደሉ፡ ዕድሚኡ 18 ዓመት ወይ ልዕሊኡ እንተኾይኑ፡ ሕቶ ዑቕባኡ "
            "ኣብ IND እንተወሓደ ሽዱሽተ ወርሒ እንተጸንሐ፡ ኣብ መዕቆቢ COA እንተነበረ፡ እንተወሓደ "
            "ዝተሓተ ደሞዝ እንተረኺቡን ቅቡል W-ሰነድ እንተሃልይዎን እዩ።",
            tr="Bir sığınmacı 18 yaşında veya daha büyükse, sığınma başvurusu en az altı aydır "
            "IND'de işlemdeyse, bir COA kabul yerinde yaşıyorsa, en az asgari ücret alıyorsa ve "
            "geçerli bir W-belgesi varsa çalışabilir.",
        ),
        status="current",
        source_title="Platform31, Wachten of werken? (september 2024), hoofdstuk 2.2; "
        "Regioplan, evaluatie pilots (juni 2026), hoofdstuk 2.1",
        verified_days_ago=12,
        for_employers=True,
        for_residents=True,
    ),
    "no_24_weeks": dict(
        title=T(
            "Geen grens van 24 weken per jaar meer",
            en="No more 24-week limit per year",
            ar="لم يعد هناك حد 24 أسبوعاً في السنة",
            fa="دیگر محدودیت ۲۴ هفته در سال وجود ندارد",
            ti="ድሕሪ ሕጂ ገደብ 24 ሰሙን ኣብ ዓመት የለን",
            tr="Artık yılda 24 hafta sınırı yok",
        ),
        text=T(
            "Sinds 29 november 2023 mogen asielzoekers meer dan 24 weken per jaar werken.",
            en="Since 29 November 2023 asylum seekers may work more than 24 weeks a year.",
            ar="منذ 29 نوفمبر 2023 يُسمح لطالبي اللجوء بالعمل أكثر من 24 أسبوعاً في السنة.",
            fa="از ۲۹ نوامبر ۲۰۲۳ پناهجویان اجازه دارند بیش از ۲۴ هفته در سال کار کنند.",
            ti="ካብ 29 ሕዳር 2023 ጀሚሩ ሓተትቲ ዑቕባ ልዕሊ 24 ሰሙን ኣብ ዓመት ክሰርሑ ይፍቀደሎም።",
            tr="29 Kasım 2023'ten beri sığınmacılar yılda 24 haftadan fazla çalışabilir.",
        ),
        status="current",
        source_title="Regioplan, evaluatie pilots (juni 2026), voetnoot 4",
        verified_days_ago=12,
        for_employers=True,
        for_residents=True,
    ),
    "three_months": dict(
        title=T(
            "Straks misschien al na drie maanden",
            en="Perhaps after three months in future",
            ar="ربما بعد ثلاثة أشهر في المستقبل",
            fa="شاید در آینده پس از سه ماه",
            ti="ምናልባት ኣብ መጻኢ ድሕሪ ሰለስተ ወርሒ",
            tr="Gelecekte belki üç ay sonra",
        ),
        text=T(
            "Het kabinet wil dat asielzoekers die waarschijnlijk mogen blijven al na drie maanden "
            "mogen werken in plaats van na zes. Dat is aangekondigd, maar nog geen regel.",
            en="The government wants asylum seekers who are likely to be allowed to stay to be "
            "able to work after three months instead of six. This has been announced, but it is "
            "not a rule yet.",
            ar="تريد الحكومة أن يُسمح لطالبي اللجوء الذين يُرجَّح أن يبقوا بالعمل بعد ثلاثة أشهر "
            "بدلاً من ستة. هذا أُعلن عنه، لكنه ليس قاعدة بعد.",
            fa="دولت می‌خواهد پناهجویانی که احتمالاً اجازه ماندن می‌گیرند، پس از سه ماه به جای "
            "شش ماه اجازه کار داشته باشند. این اعلام شده، اما هنوز قانون نیست.",
            ti="መንግስቲ፡ እቶም ክተርፉ ዝተኽእሎም ሓተትቲ ዑቕባ ኣብ ክንዲ ድሕሪ ሽዱሽተ፡ ድሕሪ "
            "ሰለስተ ወርሒ ክሰርሑ ይደሊ። እዚ ተገሊጹ እዩ፡ ግን ገና ሕጊ ኣይኮነን።",
            tr="Hükümet, kalması muhtemel sığınmacıların altı ay yerine üç ay sonra çalışabilmesini "
            "istiyor. Bu açıklandı, ama henüz kural değil.",
        ),
        status="announced",
        source_title="Gemeente Noordoostpolder, evaluatiebrief (november 2025), voetnoot 2; "
        "Regioplan, evaluatie pilots (juni 2026)",
        verified_days_ago=12,
        for_employers=True,
        for_residents=True,
    ),
    "twv_at_uwv": dict(
        title=T(
            "De werkgever vraagt de TWV aan bij UWV",
            en="The employer applies for the TWV at UWV",
        ),
        text=T(
            "Voor een asielzoeker vraagt de werkgever een tewerkstellingsvergunning (TWV) aan bij "
            "UWV, online via het werkgeversportaal. Niet bij de IND of het COA. Vraag de TWV pas "
            "aan als er echt een arbeidscontract is.",
            en="For an asylum seeker, the employer applies for a work permit (TWV) at UWV, online "
            "through the UWV employer portal. Not at the IND or COA. Only apply when there really "
            "is an employment contract.",
        ),
        status="current",
        source_title="Platform31, Wachten of werken? (september 2024); Regioplan, evaluatie "
        "pilots (juni 2026)",
        verified_days_ago=12,
        for_employers=True,
        for_residents=False,
    ),
    "twv_duration": dict(
        title=T("Hoe lang UWV over de TWV doet", en="How long UWV takes to decide on the TWV"),
        text=T(
            "UWV beslist meestal in ongeveer vijf weken; dat is de wettelijke termijn. Soms duurt "
            "het tot negen weken.",
            en="UWV usually decides in about five weeks; that is the legal time limit. Sometimes "
            "it takes up to nine weeks.",
        ),
        status="current",
        source_title="Platform31, Wachten of werken? (september 2024)",
        verified_days_ago=40,
        for_employers=True,
        for_residents=False,
    ),
    "status_holder": dict(
        title=T(
            "Statushouders hebben geen TWV nodig",
            en="Status holders do not need a TWV",
            ar="حاملو الإقامة لا يحتاجون إلى تصريح عمل TWV",
            fa="دارندگان اقامت به TWV نیاز ندارند",
            ti="ሒዝቲ ፍቓድ መንበሪ TWV ኣየድልዮምን",
            tr="Oturum izni olanların TWV'ye ihtiyacı yoktur",
        ),
        text=T(
            "Wie een verblijfsvergunning heeft (statushouder), mag werken zonder TWV. Een TWV "
            "vervalt als iemand een verblijfsvergunning krijgt.",
            en="Anyone with a residence permit (status holder) may work without a TWV. A TWV "
            "lapses when someone gets a residence permit.",
            ar="من لديه إقامة (حامل إقامة) يُسمح له بالعمل بدون TWV. ينتهي تصريح TWV عندما "
            "يحصل الشخص على الإقامة.",
            fa="کسی که اجازه اقامت دارد (دارنده اقامت) بدون TWV اجازه کار دارد. وقتی کسی اجازه "
            "اقامت می‌گیرد، TWV او از اعتبار می‌افتد.",
            ti="ፍቓድ መንበሪ ዘለዎ ሰብ ብዘይ TWV ክሰርሕ ይኽእል። ሓደ ሰብ ፍቓድ መንበሪ ምስ ረኸበ TWV ይስረዝ።",
            tr="Oturum izni olan (statü sahibi) herkes TWV olmadan çalışabilir. Biri oturum izni "
            "aldığında TWV geçersiz olur.",
        ),
        status="current",
        source_title="Regioplan, evaluatie pilots (juni 2026); Platform31, Wachten of werken? "
        "(september 2024)",
        verified_days_ago=12,
        for_employers=True,
        for_residents=True,
    ),
    "reba": dict(
        title=T(
            "Werken en de eigen bijdrage (Reba)",
            en="Working and the personal contribution (Reba)",
            ar="العمل والمساهمة الشخصية (Reba)",
            fa="کار و سهم شخصی (Reba)",
            ti="ስራሕን ናይ ገዛእ ርእስኻ ኣበርክቶን (Reba)",
            tr="Çalışmak ve kişisel katkı payı (Reba)",
        ),
        text=T(
            "Bewoners die werken, betalen een deel van hun inkomen aan het COA voor hun opvang. "
            "Gezinnen betalen extra per gezinslid. Hoeveel dat is, staat niet op deze site: vraag "
            "het aan het COA.",
            en="Residents who work pay part of their income to COA for their reception. Families "
            "pay extra for each family member. How much that is is not on this site: ask COA.",
            ar="السكان الذين يعملون يدفعون جزءاً من دخلهم إلى COA مقابل استقبالهم. تدفع العائلات "
            "مبلغاً إضافياً عن كل فرد. المبلغ غير موجود في هذا الموقع: اسأل COA.",
            fa="ساکنانی که کار می‌کنند، بخشی از درآمد خود را برای پذیرش به COA می‌پردازند. "
            "خانواده‌ها برای هر عضو خانواده مبلغ بیشتری می‌پردازند. مقدار آن در این سایت نیست: "
            "از COA بپرسید.",
            ti="ዝሰርሑ ነበርቲ ክፋል ኣታዊኦም ንመዕቆቢኦም ናብ COA ይኸፍሉ። ስድራቤታት ንነፍሲ ወከፍ "
            "ኣባል ስድራ ተወሳኺ ይኸፍሉ። ክንደይ ምዃኑ ኣብዚ ወብሳይት የለን፡ ንCOA ሕተቱ።",
            tr="Çalışan sakinler gelirlerinin bir kısmını barınmaları için COA'ya öder. Aileler "
            "her aile üyesi için ek ödeme yapar. Ne kadar olduğu bu sitede yok: COA'ya sorun.",
        ),
        status="current",
        source_title="Platform31, Wachten of werken? (september 2024)",
        verified_days_ago=12,
        for_employers=True,
        for_residents=True,
    ),
    "bsn_fast_track": dict(
        title=T("Sneller een BSN met een TWV", en="A BSN sooner with a TWV"),
        text=T(
            "Sinds december 2022 krijgen bewoners met een TWV sneller een BSN. Het COA start dit "
            "als de werkgever de TWV heeft aangevraagd. In Almere duurde het in de praktijk één "
            "tot twee maanden.",
            en="Since December 2022 residents with a TWV get a citizen service number (BSN) "
            "sooner. COA starts this once the employer has applied for the TWV. In Almere it took "
            "one to two months in practice.",
        ),
        status="current",
        source_title="Platform31, Wachten of werken? (september 2024), kader 7; Gemeente "
        "Almere, handreiking (januari 2024)",
        verified_days_ago=250,
        for_employers=True,
        for_residents=False,
    ),
}

LOCATIONS = {
    "assen": dict(
        name=T("Job Office azc Assen", en="Job Office, asylum seekers' centre Assen"),
        kind="job_office",
        street="Balkenweg 1",
        postcode="9405 CC",
        city="Assen",
        hours=[(0, "09:00", "12:00"), (2, "09:00", "12:00"), (3, "13:00", "16:00")],
        walk_in=True,
        phone="0592 000 111",
        whatsapp="+31600000111",
        languages=["nl", "en", "ar", "ti"],
        other_languages=T("", en=""),
    ),
    "zaanstad": dict(
        name=T("Werkbalie Zaanstad", en="Werkbalie (work desk) Zaanstad"),
        kind="werkbalie",
        street="Stationsplein 10",
        postcode="1506 DZ",
        city="Zaandam",
        hours=[(2, "09:00", "12:30")],
        walk_in=True,
        phone="075 000 2222",
        whatsapp="",
        languages=["nl", "en", "ar"],
        other_languages=T("", en=""),
    ),
    "luttelgeest": dict(
        name=T(
            "Meedoenbalie azc Luttelgeest", en="Meedoenbalie, asylum seekers' centre Luttelgeest"
        ),
        kind="meedoenbalie",
        street="Oosthoekweg 5",
        postcode="8315 PN",
        city="Luttelgeest",
        hours=[(1, "10:00", "12:00")],
        walk_in=False,
        phone="",
        whatsapp="+31600000333",
        languages=["nl", "en", "fa", "ti"],
        other_languages=T("Somalisch", en="Somali"),
    ),
}

SECTIONS = {
    "werkgevers": dict(
        title=T("Voor werkgevers", en="For employers"),
        intro=T(
            "U wilt iemand aannemen die in een azc woont. Hier leest u wat mag, wat u moet regelen "
            "en waar u hulp krijgt.",
            en="You want to hire someone who lives in an asylum seekers' centre. Read what is "
            "allowed, what you need to arrange and where to get help.",
        ),
        audience="employers",
    ),
    "bewoners": dict(
        title=T(
            "Voor bewoners van een azc",
            en="For residents of an asylum seekers' centre",
            ar="لسكان مراكز اللجوء",
            fa="برای ساکنان مرکز پناهجویان",
            ti="ንነበርቲ መዕቆቢ ሓተትቲ ዑቕባ",
            tr="Sığınmacı merkezi sakinleri için",
        ),
        intro=T(
            "U woont in een azc en u wilt werken. Hier leest u wanneer dat mag, wat het betekent "
            "voor uw geld en hoe u begint.",
            en="You live in an asylum seekers' centre and want to work. Read when you may, what "
            "it means for your money and how to start.",
            ar="تسكن في مركز لجوء وتريد العمل. اقرأ هنا متى يُسمح لك بذلك، وماذا يعني ذلك "
            "لأموالك، وكيف تبدأ.",
            fa="در مرکز پناهجویان زندگی می‌کنید و می‌خواهید کار کنید. اینجا بخوانید چه زمانی "
            "اجازه دارید، این برای پول شما چه معنایی دارد و چگونه شروع کنید.",
            ti="ኣብ መዕቆቢ ሓተትቲ ዑቕባ ትነብሩን ክትሰርሑ ትደልዩን። መዓስ ከም ዝፍቀደልኩም፡ "
            "ንገንዘብኩም እንታይ ማለት ምዃኑን ከመይ ከም ትጅምሩን ኣብዚ ኣንብቡ።",
            tr="Bir sığınmacı merkezinde yaşıyorsunuz ve çalışmak istiyorsunuz. Burada ne zaman "
            "çalışabileceğinizi, bunun paranız için ne anlama geldiğini ve nasıl başlayacağınızı "
            "okuyun.",
        ),
        audience="residents",
    ),
}

# Guides: section -> list of (slug, languages, fields). Body blocks: ("heading", T),
# ("text", [T | UL(...)]), ("rule", key), ("contact", key), ("callout", kind, T title, [..]),
# ("steps", [(T title, [..], actor, T duration | None)]), ("faq", [(T question, [..])]),
# ("comparison", T caption, [(T topic, T asylum seeker, T status holder)]).
GUIDES = {
    "werkgevers": [
        (
            "twv-in-stappen",
            ["en"],
            dict(
                title=T(
                    "Een asielzoeker aannemen: de TWV in stappen",
                    en="Hiring an asylum seeker: the TWV step by step",
                ),
                intro=T(
                    "Voor een asielzoeker heeft u een tewerkstellingsvergunning (TWV) nodig. U "
                    "vraagt die zelf aan bij UWV. Zo gaat dat.",
                    en="To employ an asylum seeker you need a work permit (TWV). You apply for it "
                    "yourself at UWV. This is how it works.",
                ),
                body=[
                    ("heading", T("Mag deze persoon werken?", en="May this person work?")),
                    ("rule", "conditions"),
                    ("rule", "no_24_weeks"),
                    ("rule", "three_months"),
                    ("heading", T("De TWV in stappen", en="The TWV step by step")),
                    ("rule", "twv_at_uwv"),
                    (
                        "steps",
                        [
                            (
                                T("Maak afspraken over het werk", en="Agree on the job"),
                                [
                                    T(
                                        "Spreek het werk, de uren en het loon af. Het loon is "
                                        "marktconform en minstens het minimumloon.",
                                        en="Agree on the work, the hours and the pay. The pay is "
                                        "in line with the market and at least the minimum wage.",
                                    )
                                ],
                                "employer",
                                None,
                            ),
                            (
                                T("Vraag de TWV aan bij UWV", en="Apply for the TWV at UWV"),
                                [
                                    T(
                                        "Online, via het werkgeversportaal van UWV.",
                                        en="Online, through the UWV employer portal.",
                                    )
                                ],
                                "employer",
                                None,
                            ),
                            (
                                T("UWV beslist", en="UWV decides"),
                                [],
                                "uwv",
                                T(
                                    "meestal ongeveer vijf weken, soms tot negen weken",
                                    en="usually about five weeks, sometimes up to nine weeks",
                                ),
                            ),
                            (
                                T("BSN en bankrekening", en="BSN and bank account"),
                                [
                                    T(
                                        "Het COA start de snelle BSN-procedure zodra u de TWV "
                                        "heeft aangevraagd.",
                                        en="COA starts the fast BSN procedure as soon as you "
                                        "have applied for the TWV.",
                                    )
                                ],
                                "coa",
                                None,
                            ),
                            (
                                T("De eerste werkdag", en="The first working day"),
                                [
                                    T(
                                        "Leg het contract uit. Een schriftelijk contract is in "
                                        "veel landen niet gewoon.",
                                        en="Explain the contract. A written contract is not "
                                        "usual in many countries.",
                                    )
                                ],
                                "employer",
                                None,
                            ),
                        ],
                    ),
                    ("rule", "twv_duration"),
                    ("heading", T("Uren en meer banen", en="Hours and more than one job")),
                    (
                        "text",
                        [
                            T(
                                "De uren van alle banen samen moeten passen binnen één voltijdbaan. "
                                "Twee TWV's bij twee werkgevers kan dus alleen als het samen niet "
                                "meer is dan een voltijdbaan.",
                                en="The hours of all jobs together must fit within one full-time "
                                "job. Two TWVs with two employers are only possible if together "
                                "they are no more than one full-time job.",
                            ),
                            T(
                                "Bij een nulurencontract krijgt iemand vaak een TWV voor 40 uur. Dan "
                                "is een tweede baan niet meer mogelijk.",
                                en="With a zero-hours contract, someone often gets a TWV for 40 "
                                "hours. Then a second job is no longer possible.",
                            ),
                        ],
                    ),
                    (
                        "callout",
                        "info",
                        T("Kosten van de TWV", en="Cost of the TWV"),
                        [
                            HTML(
                                "<p>Wat de aanvraag kost en welke gegevens UWV vraagt, staat niet "
                                'op deze site. Te controleren bij <a href="https://www.uwv.nl">UWV'
                                "</a>.</p>",
                                en="<p>What the application costs and which details UWV asks for "
                                'is not on this site. Check with <a href="https://www.uwv.nl">UWV'
                                "</a>.</p>",
                            )
                        ],
                    ),
                    ("contact", "assen"),
                ],
            ),
        ),
        (
            "bsn-en-bankrekening",
            ["en"],
            dict(
                title=T("BSN en bankrekening", en="BSN and bank account"),
                intro=T(
                    "Zonder burgerservicenummer (BSN) geen bankrekening en geen loon. Zo voorkomt "
                    "u dat u op elkaar blijft wachten.",
                    en="Without a citizen service number (BSN) there is no bank account and no "
                    "pay. This is how you avoid waiting for each other.",
                ),
                body=[
                    (
                        "text",
                        [
                            T(
                                "Uw werknemer heeft een BSN nodig om een Nederlandse bankrekening "
                                "te openen. Op die rekening betaalt u het loon.",
                                en="Your employee needs a BSN to open a Dutch bank account. You "
                                "pay the wages into that account.",
                            )
                        ],
                    ),
                    (
                        "callout",
                        "warning",
                        T("Niet op elkaar wachten", en="Do not wait for each other"),
                        [
                            T(
                                "Werkgevers wachten soms op een BSN, terwijl de BSN wacht op de "
                                "TWV. Vraag de TWV daarom aan zodra er een contract is.",
                                en="Employers sometimes wait for a BSN, while the BSN waits for "
                                "the TWV. So apply for the TWV as soon as there is a contract.",
                            )
                        ],
                    ),
                    ("rule", "bsn_fast_track"),
                    ("contact", "zaanstad"),
                ],
            ),
        ),
        (
            "veelgestelde-vragen",
            ["en"],
            dict(
                title=T("Veelgestelde vragen van werkgevers", en="Questions employers often ask"),
                intro=T(
                    "Werkgevers stellen ons vaak dezelfde vragen. Hier staan de antwoorden, en "
                    "wie u kunt bellen als het antwoord er niet bij staat.",
                    en="Employers often ask us the same questions. Here are the answers, and whom "
                    "to call if your answer is not here.",
                ),
                body=[
                    (
                        "faq",
                        [
                            (
                                T(
                                    "Wat als mijn werknemer naar een ander azc moet?",
                                    en="What if my employee has to move to another centre?",
                                ),
                                [
                                    T(
                                        "Dat kan gebeuren. Werk van minstens acht uur per week "
                                        "kan meetellen als een statushouder aan een gemeente wordt "
                                        "gekoppeld, binnen ongeveer 50 kilometer. Een garantie is "
                                        "dat niet: er is geen standaardprocedure.",
                                        en="That can happen. Work of at least eight hours a week can "
                                        "count when a status holder is linked to a municipality, "
                                        "within about 50 kilometres. It is not a guarantee: there "
                                        "is no standard procedure.",
                                    )
                                ],
                            ),
                            (
                                T(
                                    "Wat als de persoon geen verblijfsvergunning krijgt?",
                                    en="What if the person does not get a residence permit?",
                                ),
                                [
                                    T(
                                        "Dan kan het werk stoppen. Veel werkgevers vinden dat een "
                                        "risico. Vraag UWV of uw contactpersoon bij de gemeente "
                                        "wat dit voor u betekent.",
                                        en="Then the job may end. Many employers see this as a "
                                        "risk. Ask UWV or your contact at the municipality what "
                                        "it means for you.",
                                    )
                                ],
                            ),
                            (
                                T(
                                    "Moet mijn werknemer zich ergens melden?",
                                    en="Does my employee have to report somewhere?",
                                ),
                                [
                                    T(
                                        "Asielzoekers hebben een meldplicht. Vraag het COA hoe "
                                        "vaak en waar, zodat het rooster daarbij past.",
                                        en="Asylum seekers have a duty to report. Ask COA how often "
                                        "and where, so the roster can fit around it.",
                                    )
                                ],
                            ),
                            (
                                T(
                                    "Uitzendbureau of eigen loonlijst?",
                                    en="Employment agency or our own payroll?",
                                ),
                                [
                                    T(
                                        "Allebei kan. Via een uitzendbureau is het bureau de "
                                        "werkgever en vraagt het bureau de TWV aan.",
                                        en="Both are possible. Through an agency, the agency is "
                                        "the employer and applies for the TWV.",
                                    )
                                ],
                            ),
                            (
                                T(
                                    "Is er geld voor een proefplaatsing?",
                                    en="Is there money for a trial placement?",
                                ),
                                [
                                    T(
                                        "Nee, voor proefplaatsingen zijn er geen financiële "
                                        "regelingen. Een asielzoeker krijgt minstens het "
                                        "minimumloon; werken zonder loon is een teken van "
                                        "uitbuiting.",
                                        en="No, there are no financial arrangements for trial "
                                        "placements. An asylum seeker earns at least the minimum "
                                        "wage; working without pay is a sign of exploitation.",
                                    )
                                ],
                            ),
                            (
                                T(
                                    "Bestaat er loonkostensubsidie?",
                                    en="Is there a wage cost subsidy?",
                                ),
                                [
                                    T(
                                        "Dat staat niet in onze bronnen. Vraag het aan de "
                                        "gemeente of UWV.",
                                        en="Our sources do not say. Ask the municipality or UWV.",
                                    )
                                ],
                            ),
                        ],
                    ),
                    ("rule", "twv_at_uwv"),
                ],
            ),
        ),
    ],
}

GUIDES["bewoners"] = [
    (
        "mag-ik-werken",
        ALL,
        dict(
            title=T(
                "Mag ik werken?",
                en="May I work?",
                ar="هل يُسمح لي بالعمل؟",
                fa="آیا اجازه کار دارم؟",
                ti="ክሰርሕ ይፍቀደለይ ድዩ?",
                tr="Çalışabilir miyim?",
            ),
            intro=T(
                "Of u mag werken, hangt af van uw situatie. Hier leest u de regels en waar u "
                "hulp krijgt.",
                en="Whether you may work depends on your situation. Read the rules here and "
                "where to get help.",
                ar="السماح لك بالعمل يعتمد على وضعك. اقرأ هنا القواعد وأين تحصل على المساعدة.",
                fa="اینکه اجازه کار دارید یا نه، به وضعیت شما بستگی دارد. اینجا قوانین را "
                "بخوانید و ببینید از کجا کمک بگیرید.",
                ti="ክትሰርሑ ምፍቃድኩም ኣብ ኩነታትኩም ይምርኮስ። ኣብዚ ሕግታትን ሓገዝ ካበይ ከም ትረኽቡን ኣንብቡ።",
                tr="Çalışıp çalışamayacağınız durumunuza bağlıdır. Kuralları ve nereden yardım "
                "alacağınızı burada okuyun.",
            ),
            body=[
                (
                    "heading",
                    T(
                        "Met een verblijfsvergunning",
                        en="With a residence permit",
                        ar="مع الإقامة",
                        fa="با اجازه اقامت",
                        ti="ምስ ፍቓድ መንበሪ",
                        tr="Oturum izniyle",
                    ),
                ),
                ("rule", "status_holder"),
                (
                    "heading",
                    T(
                        "Als uw asielaanvraag nog loopt",
                        en="If your asylum application is still pending",
                        ar="إذا كان طلب لجوئك لا يزال قيد المعالجة",
                        fa="اگر درخواست پناهندگی شما هنوز در جریان است",
                        ti="ሕቶ ዑቕባኹም ገና እንተሎ",
                        tr="Sığınma başvurunuz hâlâ devam ediyorsa",
                    ),
                ),
                ("rule", "conditions"),
                ("rule", "no_24_weeks"),
                ("rule", "three_months"),
                (
                    "heading",
                    T(
                        "Wat moet er geregeld worden?",
                        en="What needs to be arranged?",
                        ar="ما الذي يجب ترتيبه؟",
                        fa="چه کارهایی باید انجام شود؟",
                        ti="እንታይ ክስራዕ ኣለዎ?",
                        tr="Neyin ayarlanması gerekiyor?",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            "Uw werkgever vraagt een tewerkstellingsvergunning (TWV) aan bij UWV. "
                            "Dat hoeft u niet zelf te doen.",
                            en="Your employer applies for a work permit (TWV) at UWV. You do not "
                            "have to do this yourself.",
                            ar="صاحب العمل يطلب تصريح العمل (TWV) من UWV. لا تحتاج إلى فعل ذلك "
                            "بنفسك.",
                            fa="کارفرمای شما اجازه کار (TWV) را از UWV درخواست می‌کند. لازم نیست "
                            "خودتان این کار را انجام دهید.",
                            ti="ኣስራሒኹም ፍቓድ ስራሕ (TWV) ካብ UWV ይሓትት። ባዕልኹም ክትገብርዎ ኣየድልየኩምን።",
                            tr="İşvereniniz UWV'ye çalışma izni (TWV) başvurusu yapar. Bunu "
                            "kendiniz yapmanız gerekmez.",
                        ),
                        T(
                            "Twijfelt u? Vraag het bij de Job Office of Meedoenbalie in uw azc.",
                            en="Not sure? Ask at the Job Office or Meedoenbalie in your centre.",
                            ar="لست متأكداً؟ اسأل في مكتب العمل (Job Office) أو Meedoenbalie في "
                            "مركزك.",
                            fa="مطمئن نیستید؟ از Job Office یا Meedoenbalie در مرکز خود بپرسید.",
                            ti="ኣይተረጋገጽኩምን? ኣብ Job Office ወይ Meedoenbalie ናይ መዕቆቢኹም ሕተቱ።",
                            tr="Emin değil misiniz? Merkezinizdeki Job Office'e veya "
                            "Meedoenbalie'ye sorun.",
                        ),
                    ],
                ),
                ("contact", "assen"),
            ],
        ),
    ),
    (
        "werken-en-de-reba",
        ALL,
        dict(
            title=T(
                "Werken en de Reba",
                en="Working and the Reba",
                ar="العمل والـ Reba",
                fa="کار و Reba",
                ti="ስራሕን Rebaን",
                tr="Çalışmak ve Reba",
            ),
            intro=T(
                "Als u werkt, betaalt u mee aan uw opvang. Hier leest u hoe dat gaat.",
                en="When you work, you contribute to the cost of your reception. Read how "
                "that works.",
                ar="عندما تعمل، تساهم في تكاليف استقبالك. اقرأ هنا كيف يتم ذلك.",
                fa="وقتی کار می‌کنید، در هزینه پذیرش خود سهیم می‌شوید. اینجا بخوانید چگونه است.",
                ti="ክትሰርሑ ከለኹም ንመዕቆቢኹም ተበርክቱ። ከመይ ከም ዝኸይድ ኣብዚ ኣንብቡ።",
                tr="Çalıştığınızda barınma masraflarınıza katkıda bulunursunuz. Nasıl "
                "olduğunu burada okuyun.",
            ),
            body=[
                ("rule", "reba"),
                (
                    "text",
                    [
                        HTML(
                            "<p>Meer weten? Lees ‘Betalen bewoners voor hun opvang?’ op de "
                            '<a href="https://www.coa.nl">website van het COA</a>.</p>',
                            en="<p>Want to know more? Read ‘Betalen bewoners voor hun opvang?’ "
                            '(Do residents pay for their reception?) on the <a href="https://www.coa.nl">'
                            "COA website</a>.</p>",
                            ar="<p>تريد أن تعرف المزيد؟ اقرأ ‘Betalen bewoners voor hun opvang?’ "
                            '(هل يدفع السكان مقابل استقبالهم؟) على <a href="https://www.coa.nl">'
                            "موقع COA</a>.</p>",
                            fa="<p>می‌خواهید بیشتر بدانید؟ ‘Betalen bewoners voor hun opvang?’ "
                            '(آیا ساکنان برای پذیرش پول می‌دهند؟) را در <a href="https://www.coa.nl">'
                            "وب‌سایت COA</a> بخوانید.</p>",
                            ti="<p>ተወሳኺ ክትፈልጡ ትደልዩ? ‘Betalen bewoners voor hun opvang?’ "
                            '(ነበርቲ ንመዕቆቢኦም ይኸፍሉ ድዮም?) ኣብ <a href="https://www.coa.nl">'
                            "ወብሳይት COA</a> ኣንብቡ።</p>",
                            tr="<p>Daha fazla bilgi mi istiyorsunuz? ‘Betalen bewoners voor hun "
                            "opvang?’ (Sakinler barınmaları için ödeme yapar mı?) yazısını "
                            '<a href="https://www.coa.nl">COA web sitesinde</a> okuyun.</p>',
                        )
                    ],
                ),
                (
                    "heading",
                    T(
                        "Hoe gaat het?",
                        en="How does it work?",
                        ar="كيف يتم ذلك؟",
                        fa="چگونه است؟",
                        ti="ከመይ ይኸይድ?",
                        tr="Nasıl işliyor?",
                    ),
                ),
                (
                    "steps",
                    [
                        (
                            T(
                                "U begint met werken",
                                en="You start working",
                                ar="تبدأ العمل",
                                fa="شروع به کار می‌کنید",
                                ti="ስራሕ ትጅምሩ",
                                tr="İşe başlarsınız",
                            ),
                            [],
                            "resident",
                            None,
                        ),
                        (
                            T(
                                "Gesprek over de Reba",
                                en="A talk about the Reba",
                                ar="محادثة حول الـ Reba",
                                fa="گفتگو درباره Reba",
                                ti="ዘተ ብዛዕባ Reba",
                                tr="Reba hakkında görüşme",
                            ),
                            [
                                T(
                                    "Als u aan het werk bent, heeft u een gesprek met het COA "
                                    "over de Reba.",
                                    en="Once you are working, you have a talk with COA about "
                                    "the Reba.",
                                    ar="عندما تبدأ العمل، تجري محادثة مع COA حول الـ Reba.",
                                    fa="وقتی کار را شروع کردید، با COA درباره Reba گفتگو می‌کنید.",
                                    ti="ስራሕ ምስ ጀመርኩም፡ ምስ COA ብዛዕባ Reba ዘተ ትገብሩ።",
                                    tr="Çalışmaya başladığınızda COA ile Reba hakkında bir "
                                    "görüşme yaparsınız.",
                                )
                            ],
                            "coa",
                            None,
                        ),
                        (
                            T(
                                "U betaalt uw bijdrage",
                                en="You pay your contribution",
                                ar="تدفع مساهمتك",
                                fa="سهم خود را می‌پردازید",
                                ti="ኣበርክቶኹም ትኸፍሉ",
                                tr="Katkı payınızı ödersiniz",
                            ),
                            [
                                T(
                                    "Het COA stuurt de rekening soms pas maanden later. Zet "
                                    "daarom geld opzij, zodat u geen schuld krijgt.",
                                    en="COA sometimes sends the bill only months later. So put "
                                    "money aside, so that you do not end up in debt.",
                                    ar="أحياناً يرسل COA الفاتورة بعد أشهر. لذلك ادّخر بعض المال "
                                    "حتى لا تقع في دَين.",
                                    fa="COA گاهی صورت‌حساب را ماه‌ها بعد می‌فرستد. پس مقداری "
                                    "پول کنار بگذارید تا بدهکار نشوید.",
                                    ti="COA ሓደ ሓደ ግዜ ነቲ ሕሳብ ድሕሪ ኣዋርሕ ጥራይ ይሰድዶ። ስለዚ "
                                    "ናብ ዕዳ ከይትኣትዉ ገንዘብ ኣቐምጡ።",
                                    tr="COA faturayı bazen aylar sonra gönderir. Bu yüzden borca "
                                    "girmemek için kenara para ayırın.",
                                )
                            ],
                            "resident",
                            None,
                        ),
                    ],
                ),
                (
                    "callout",
                    "warning",
                    T(
                        "Vraag het vooraf",
                        en="Ask beforehand",
                        ar="اسأل مسبقاً",
                        fa="از قبل بپرسید",
                        ti="ኣቐዲምኩም ሕተቱ",
                        tr="Önceden sorun",
                    ),
                    [
                        T(
                            "Veel mensen weten vooraf niet hoeveel ze moeten betalen. Vraag het "
                            "aan het COA voordat u begint.",
                            en="Many people do not know beforehand how much they will have to "
                            "pay. Ask COA before you start.",
                            ar="كثير من الناس لا يعرفون مسبقاً كم يجب أن يدفعوا. اسأل COA قبل أن "
                            "تبدأ.",
                            fa="بسیاری از افراد از قبل نمی‌دانند چقدر باید بپردازند. پیش از شروع "
                            "از COA بپرسید.",
                            ti="ብዙሓት ሰባት ክንደይ ክኸፍሉ ከም ዘለዎም ኣቐዲሞም ኣይፈልጡን። ቅድሚ ምጅማርኩም ንCOA ሕተቱ።",
                            tr="Birçok kişi ne kadar ödeyeceğini önceden bilmez. Başlamadan önce "
                            "COA'ya sorun.",
                        )
                    ],
                ),
            ],
        ),
    ),
    (
        "werkcultuur",
        ALL,
        dict(
            title=T(
                "Werken in Nederland: werkcultuur",
                en="Working in the Netherlands: work culture",
                ar="العمل في هولندا: ثقافة العمل",
                fa="کار در هلند: فرهنگ کار",
                ti="ኣብ ሆላንድ ምስራሕ፡ ባህሊ ስራሕ",
                tr="Hollanda'da çalışmak: iş kültürü",
            ),
            intro=T(
                "Werk in Nederland gaat soms anders dan u gewend bent. Dit zijn de belangrijkste "
                "afspraken.",
                en="Work in the Netherlands sometimes goes differently from what you are used "
                "to. These are the most important habits.",
                ar="العمل في هولندا يختلف أحياناً عما اعتدت عليه. هذه أهم القواعد.",
                fa="کار در هلند گاهی با آنچه به آن عادت دارید فرق دارد. این‌ها مهم‌ترین قواعد هستند.",
                ti="ስራሕ ኣብ ሆላንድ ሓደ ሓደ ግዜ ካብቲ ዝለመድኩሞ ይፈሊ። እዚኦም እቶም ኣዝዮም ኣገደስቲ ልምድታት እዮም።",
                tr="Hollanda'da iş bazen alıştığınızdan farklı yürür. En önemli kurallar "
                "şunlardır.",
            ),
            body=[
                (
                    "heading",
                    T(
                        "Op tijd, en zelf afmelden",
                        en="On time, and calling in yourself",
                        ar="في الوقت المحدد، والإبلاغ بنفسك",
                        fa="سر وقت، و خبر دادن توسط خودتان",
                        ti="ብግዜኡ፡ ባዕልኻ ምሕባር",
                        tr="Zamanında olmak ve kendiniz haber vermek",
                    ),
                ),
                (
                    "text",
                    [
                        UL(
                            T(
                                "Kom op tijd. Bent u te laat? Bel dan zelf uw leidinggevende.",
                                en="Be on time. Running late? Call your manager yourself.",
                                ar="كن في الوقت المحدد. هل ستتأخر؟ اتصل بنفسك بمسؤولك.",
                                fa="سر وقت بیایید. دیر می‌رسید؟ خودتان به مسئول‌تان زنگ بزنید.",
                                ti="ብግዜኡ ምጹ። ክትድንጉዩ ኢኹም? ባዕልኹም ንሓላፊኹም ደውሉ።",
                                tr="Zamanında gelin. Geç mi kalacaksınız? Yöneticinizi kendiniz "
                                "arayın.",
                            ),
                            T(
                                "Bent u ziek? Meld u dan zelf af bij uw werkgever, voordat uw "
                                "dienst begint.",
                                en="Are you ill? Tell your employer yourself, before your shift "
                                "starts.",
                                ar="هل أنت مريض؟ أبلغ صاحب العمل بنفسك قبل بداية نوبتك.",
                                fa="بیمار هستید؟ پیش از شروع شیفت، خودتان به کارفرما خبر دهید.",
                                ti="ሓሚምኩም ዶ? ቅድሚ ፈረቓኹም ምጅማሩ ባዕልኹም ንኣስራሒኹም ሓብሩ።",
                                tr="Hasta mısınız? Vardiyanız başlamadan önce işvereninize "
                                "kendiniz haber verin.",
                            ),
                            T(
                                "Kunt u niet komen op een afspraak? Zeg de afspraak dan af.",
                                en="Cannot make an appointment? Cancel it.",
                                ar="لا تستطيع الحضور إلى موعد؟ ألغِ الموعد.",
                                fa="نمی‌توانید سر قرار بیایید؟ قرار را لغو کنید.",
                                ti="ናብ ቆጸራ ክትመጹ ኣይትኽእሉን ዶ? ነቲ ቆጸራ ሰርዝዎ።",
                                tr="Bir randevuya gelemiyor musunuz? Randevuyu iptal edin.",
                            ),
                        )
                    ],
                ),
                (
                    "heading",
                    T(
                        "Samenwerken",
                        en="Working together",
                        ar="العمل معاً",
                        fa="همکاری",
                        ti="ብሓባር ምስራሕ",
                        tr="Birlikte çalışmak",
                    ),
                ),
                (
                    "text",
                    [
                        UL(
                            T(
                                "U mag vragen stellen en zelf iets voorstellen.",
                                en="You may ask questions and suggest things yourself.",
                                ar="يمكنك أن تسأل وأن تقترح أشياء بنفسك.",
                                fa="می‌توانید سؤال بپرسید و خودتان پیشنهاد بدهید.",
                                ti="ሕቶታት ክትሓቱን ባዕልኹም ሓሳብ ከተቕርቡን ትኽእሉ ኢኹም።",
                                tr="Soru sorabilir ve kendiniz öneride bulunabilirsiniz.",
                            ),
                            T(
                                "Uw leidinggevende geeft feedback. Dat is bedoeld om u te helpen.",
                                en="Your manager gives feedback. It is meant to help you.",
                                ar="يقدم لك مسؤولك ملاحظات. الهدف منها مساعدتك.",
                                fa="مسئول شما بازخورد می‌دهد. هدف آن کمک به شماست.",
                                ti="ሓላፊኹም ርእይቶ ይህበኩም። ንኽሕግዘኩም እዩ።",
                                tr="Yöneticiniz geri bildirim verir. Amacı size yardım etmektir.",
                            ),
                        )
                    ],
                ),
                (
                    "heading",
                    T(
                        "Contract en loon",
                        en="Contract and pay",
                        ar="العقد والأجر",
                        fa="قرارداد و دستمزد",
                        ti="ውዕልን ደሞዝን",
                        tr="Sözleşme ve ücret",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            "U krijgt een schriftelijk contract. Lees het goed en vraag uitleg "
                            "als u iets niet begrijpt.",
                            en="You get a written contract. Read it carefully and ask for an "
                            "explanation if you do not understand something.",
                            ar="تحصل على عقد مكتوب. اقرأه جيداً واطلب شرحاً إذا لم تفهم شيئاً.",
                            fa="یک قرارداد کتبی می‌گیرید. آن را با دقت بخوانید و اگر چیزی را "
                            "نفهمیدید، توضیح بخواهید.",
                            ti="ጽሑፍ ውዕል ትረኽቡ። ብጥንቃቐ ኣንብብዎ፡ ዘይተረድኣኩም እንተሎ መብርሂ ሕተቱ።",
                            tr="Yazılı bir sözleşme alırsınız. Dikkatlice okuyun ve anlamadığınız "
                            "bir şey varsa açıklama isteyin.",
                        ),
                    ],
                ),
                (
                    "callout",
                    "warning",
                    T(
                        "Werken zonder loon?",
                        en="Working without pay?",
                        ar="العمل بدون أجر؟",
                        fa="کار بدون دستمزد؟",
                        ti="ብዘይ ደሞዝ ምስራሕ?",
                        tr="Ücretsiz çalışmak mı?",
                    ),
                    [
                        T(
                            "Wil een werkgever dat u eerst zonder loon werkt? Dat is een "
                            "waarschuwing. Vraag hulp bij de Job Office.",
                            en="Does an employer want you to work without pay first? That is a "
                            "warning sign. Ask the Job Office for help.",
                            ar="هل يريد صاحب عمل أن تعمل أولاً بدون أجر؟ هذه علامة تحذير. اطلب "
                            "المساعدة من مكتب العمل (Job Office).",
                            fa="کارفرمایی می‌خواهد اول بدون دستمزد کار کنید؟ این یک هشدار است. "
                            "از Job Office کمک بخواهید.",
                            ti="ኣስራሒ ቅድም ብዘይ ደሞዝ ክትሰርሑ ይደሊ ዶ? እዚ ምልክት ሓደጋ እዩ። ካብ "
                            "Job Office ሓገዝ ሕተቱ።",
                            tr="Bir işveren önce ücretsiz çalışmanızı mı istiyor? Bu bir uyarı "
                            "işaretidir. Job Office'ten yardım isteyin.",
                        )
                    ],
                ),
            ],
        ),
    ),
]


def _step(title, text, actor, duration=None):
    return (title, [text] if text else [], actor, duration)


GUIDES["bewoners"].append(
    (
        "van-aanmelding-tot-eerste-werkdag",
        ALL,
        dict(
            title=T(
                "Van aanmelding tot eerste werkdag",
                en="From signing up to your first working day",
                ar="من التسجيل إلى أول يوم عمل",
                fa="از ثبت‌نام تا اولین روز کاری",
                ti="ካብ ምምዝጋብ ክሳብ ቀዳማይ መዓልቲ ስራሕ",
                tr="Kayıttan ilk iş gününe",
            ),
            intro=T(
                "Zo gaat u stap voor stap van het azc naar werk.",
                en="This is how you go from the centre to work, step by step.",
                ar="هكذا تنتقل خطوة بخطوة من مركز اللجوء إلى العمل.",
                fa="این‌گونه قدم به قدم از مرکز پناهجویان به کار می‌رسید.",
                ti="ከምዚ ጌርኩም ስጉምቲ ብስጉምቲ ካብ መዕቆቢ ናብ ስራሕ ትበጽሑ።",
                tr="Merkezden işe adım adım böyle ulaşırsınız.",
            ),
            body=[
                (
                    "steps",
                    [
                        _step(
                            T(
                                "Voorlichting",
                                en="Information session",
                                ar="جلسة معلومات",
                                fa="جلسه اطلاع‌رسانی",
                                ti="ኣኼባ ሓበሬታ",
                                tr="Bilgilendirme",
                            ),
                            T(
                                "U krijgt uitleg over werk, de Reba, de TWV, geld en werken in "
                                "Nederland.",
                                en="You get an explanation of work, the Reba, the TWV, money and "
                                "working in the Netherlands.",
                                ar="تحصل على شرح عن العمل والـ Reba والـ TWV والمال والعمل في "
                                "هولندا.",
                                fa="درباره کار، Reba، TWV، پول و کار در هلند توضیح می‌گیرید.",
                                ti="ብዛዕባ ስራሕ፡ Reba፡ TWV፡ ገንዘብን ኣብ ሆላንድ ምስራሕን መብርሂ ትረኽቡ።",
                                tr="İş, Reba, TWV, para ve Hollanda'da çalışmak hakkında bilgi "
                                "alırsınız.",
                            ),
                            "gemeente",
                        ),
                        _step(
                            T(
                                "Aanmelden",
                                en="Sign up",
                                ar="التسجيل",
                                fa="ثبت‌نام",
                                ti="ምምዝጋብ",
                                tr="Kayıt olun",
                            ),
                            T(
                                "Kom langs bij de Job Office of Meedoenbalie, vul het "
                                "intakeformulier in of stuur een WhatsApp-bericht.",
                                en="Drop by the Job Office or Meedoenbalie, fill in the intake "
                                "form or send a WhatsApp message.",
                                ar="زر مكتب العمل (Job Office) أو Meedoenbalie، واملأ استمارة "
                                "التسجيل أو أرسل رسالة واتساب.",
                                fa="به Job Office یا Meedoenbalie بروید، فرم ثبت‌نام را پر کنید "
                                "یا پیام واتس‌اپ بفرستید.",
                                ti="ናብ Job Office ወይ Meedoenbalie ኪዱ፡ ቅጥዒ ምምዝጋብ ምልኡ ወይ "
                                "መልእኽቲ WhatsApp ስደዱ።",
                                tr="Job Office'e veya Meedoenbalie'ye uğrayın, kayıt formunu "
                                "doldurun ya da WhatsApp mesajı gönderin.",
                            ),
                            "resident",
                        ),
                        _step(
                            T(
                                "Intakegesprek",
                                en="Intake interview",
                                ar="مقابلة التعارف",
                                fa="گفتگوی اولیه",
                                ti="ናይ መጀመርታ ዘተ",
                                tr="Tanışma görüşmesi",
                            ),
                            T(
                                "Een jobhunter of matcher praat met u over uw werk en uw wensen.",
                                en="A job hunter or matcher talks with you about your work and "
                                "what you want.",
                                ar="يتحدث معك باحث عن عمل (jobhunter) عن عملك ورغباتك.",
                                fa="یک کاریاب با شما درباره کار و خواسته‌هایتان صحبت می‌کند.",
                                ti="ሓደ ኣናዳዪ ስራሕ ብዛዕባ ስራሕኩምን ድሌታትኩምን ምሳኹም ይዛረብ።",
                                tr="Bir iş bulucu sizinle işiniz ve istekleriniz hakkında konuşur.",
                            ),
                            "job_office",
                        ),
                        _step(
                            T(
                                "Uw cv",
                                en="Your CV",
                                ar="سيرتك الذاتية",
                                fa="رزومه شما",
                                ti="ናትኩም CV",
                                tr="Özgeçmişiniz",
                            ),
                            T(
                                "U maakt samen een cv in het azc.",
                                en="You make a CV together at the centre.",
                                ar="تعدّون معاً سيرة ذاتية في المركز.",
                                fa="با هم در مرکز یک رزومه می‌سازید.",
                                ti="ብሓባር ኣብቲ መዕቆቢ CV ትሰርሑ።",
                                tr="Merkezde birlikte bir özgeçmiş hazırlarsınız.",
                            ),
                            "job_office",
                        ),
                        _step(
                            T(
                                "Kort leren, als het nodig is",
                                en="Short training, if needed",
                                ar="تدريب قصير عند الحاجة",
                                fa="آموزش کوتاه، در صورت نیاز",
                                ti="ሓጺር ስልጠና፡ እንተደልዩ",
                                tr="Gerekirse kısa eğitim",
                            ),
                            None,
                            "gemeente",
                        ),
                        _step(
                            T(
                                "Werkgevers ontmoeten",
                                en="Meet employers",
                                ar="لقاء أصحاب العمل",
                                fa="دیدار با کارفرمایان",
                                ti="ምስ ኣስራሕቲ ምርኻብ",
                                tr="İşverenlerle tanışın",
                            ),
                            T(
                                "Bijvoorbeeld op een banenmarkt, een speeddate of een rondleiding "
                                "bij een bedrijf.",
                                en="For example at a job fair, a speed date or a tour of a "
                                "company.",
                                ar="مثلاً في معرض وظائف أو لقاء سريع أو جولة في شركة.",
                                fa="برای مثال در نمایشگاه کار، دیدار سریع یا بازدید از یک شرکت.",
                                ti="ንኣብነት ኣብ ባዛር ስራሕ፡ ቅልጡፍ ርክብ ወይ ዑደት ኣብ ትካል።",
                                tr="Örneğin bir iş fuarında, hızlı tanışmada veya bir şirket "
                                "gezisinde.",
                            ),
                            "resident",
                        ),
                        _step(
                            T(
                                "TWV, BSN en bankrekening",
                                en="TWV, BSN and bank account",
                                ar="TWV ورقم BSN والحساب البنكي",
                                fa="TWV، BSN و حساب بانکی",
                                ti="TWV፡ BSNን ሕሳብ ባንክን",
                                tr="TWV, BSN ve banka hesabı",
                            ),
                            T(
                                "De werkgever vraagt de TWV aan bij UWV. Daarna krijgt u een BSN "
                                "en kunt u een bankrekening openen.",
                                en="The employer applies for the TWV at UWV. After that you get "
                                "a BSN and can open a bank account.",
                                ar="يطلب صاحب العمل تصريح TWV من UWV. بعد ذلك تحصل على رقم BSN "
                                "ويمكنك فتح حساب بنكي.",
                                fa="کارفرما TWV را از UWV درخواست می‌کند. پس از آن BSN می‌گیرید "
                                "و می‌توانید حساب بانکی باز کنید.",
                                ti="ኣስራሒ TWV ካብ UWV ይሓትት። ድሕሪኡ BSN ትረኽቡን ሕሳብ ባንክ ክትከፍቱ ትኽእሉን።",
                                tr="İşveren UWV'ye TWV başvurusu yapar. Sonra BSN alırsınız ve "
                                "banka hesabı açabilirsiniz.",
                            ),
                            "employer",
                            T(
                                "meestal ongeveer vijf weken, soms tot negen weken",
                                en="usually about five weeks, sometimes up to nine weeks",
                                ar="عادةً نحو خمسة أسابيع، وأحياناً حتى تسعة أسابيع",
                                fa="معمولاً حدود پنج هفته، گاهی تا نه هفته",
                                ti="ብዙሕ ግዜ ኣስታት ሓሙሽተ ሰሙን፡ ሓደ ሓደ ግዜ ክሳብ ትሽዓተ ሰሙን",
                                tr="genellikle yaklaşık beş hafta, bazen dokuz haftaya kadar",
                            ),
                        ),
                        _step(
                            T(
                                "Gesprek over de Reba",
                                en="A talk about the Reba",
                                ar="محادثة حول الـ Reba",
                                fa="گفتگو درباره Reba",
                                ti="ዘተ ብዛዕባ Reba",
                                tr="Reba hakkında görüşme",
                            ),
                            None,
                            "coa",
                        ),
                        _step(
                            T(
                                "Hulp na de start",
                                en="Help after you start",
                                ar="المساعدة بعد البدء",
                                fa="کمک پس از شروع",
                                ti="ሓገዝ ድሕሪ ምጅማር",
                                tr="Başladıktan sonra yardım",
                            ),
                            T(
                                "Een jobcoach of buddy helpt u als u vragen heeft.",
                                en="A job coach or buddy helps you when you have questions.",
                                ar="يساعدك مدرب عمل (jobcoach) أو رفيق عندما تكون لديك أسئلة.",
                                fa="یک مربی کار یا همراه وقتی سؤالی دارید به شما کمک می‌کند.",
                                ti="ሕቶ ምስ ዝህልወኩም ኣሰልጣኒ ስራሕ ወይ ብጻይ ይሕግዘኩም።",
                                tr="Sorularınız olduğunda bir iş koçu veya arkadaş size yardım "
                                "eder.",
                            ),
                            "job_office",
                        ),
                    ],
                ),
                ("contact", "luttelgeest"),
            ],
        ),
    )
)

GUIDES["bewoners"].append(
    (
        "asielzoeker-of-statushouder",
        ["en"],
        dict(
            title=T(
                "Asielzoeker of statushouder: wat is het verschil?",
                en="Asylum seeker or status holder: what is the difference?",
            ),
            intro=T(
                "Voor werk gelden andere regels als u een verblijfsvergunning heeft.",
                en="Different rules apply to work once you have a residence permit.",
            ),
            body=[
                (
                    "comparison",
                    T("Wat verschilt er voor werk?", en="What differs for work?"),
                    [
                        (
                            T("Werkvergunning (TWV)", en="Work permit (TWV)"),
                            T(
                                "Nodig. De werkgever vraagt de TWV aan bij UWV.",
                                en="Needed. The employer applies for the TWV at UWV.",
                            ),
                            T("Niet nodig.", en="Not needed."),
                        ),
                        (
                            T("Inburgering", en="Civic integration"),
                            T("Nog niet.", en="Not yet."),
                            T(
                                "Ja, de Wet inburgering 2021 geldt.",
                                en="Yes, the Civic Integration Act 2021 applies.",
                            ),
                        ),
                        (
                            T("Koppeling aan een gemeente", en="Linking to a municipality"),
                            T("Niet van toepassing.", en="Does not apply."),
                            T(
                                "Ja. Werk van minstens acht uur per week kan meetellen.",
                                en="Yes. Work of at least eight hours a week can count.",
                            ),
                        ),
                        (
                            T("Wonen", en="Housing"),
                            T("In een opvang van het COA.", en="In a COA reception location."),
                            T(
                                "Vaak nog in het azc, tot er een woning is.",
                                en="Often still in the centre, until there is a home.",
                            ),
                        ),
                    ],
                ),
                ("rule", "status_holder"),
            ],
        ),
    )
)

# Checker pages: section -> (slug, fields). Questions: (condition, T question, T help, T reason).
CHECKERS = {
    "bewoners": (
        "check-mag-ik-werken",
        dict(
            title=T("Doe de check: mag ik werken?", en="Check: may I work?"),
            intro=T(
                "Beantwoord een paar vragen en zie of u mag werken. Het antwoord is uitleg, geen "
                "besluit.",
                en="Answer a few questions and see whether you may work. The answer is an "
                "explanation, not a decision.",
            ),
            questions=[
                (
                    "permit",
                    T("Heeft u een verblijfsvergunning?", en="Do you have a residence permit?"),
                    T("Dan bent u statushouder.", en="Then you are a status holder."),
                    T("", en=""),
                ),
                (
                    "adult",
                    T("Bent u 18 jaar of ouder?", en="Are you 18 or older?"),
                    T("", en=""),
                    T("U moet 18 jaar of ouder zijn.", en="You must be 18 or older."),
                ),
                (
                    "six_months",
                    T(
                        "Loopt uw asielaanvraag al minstens zes maanden bij de IND?",
                        en="Has your asylum application been pending at the IND for at least six months?",
                    ),
                    T("Tel vanaf de dag van uw aanvraag.", en="Count from the day you applied."),
                    T(
                        "Uw aanvraag moet minstens zes maanden lopen. Vraag het COA als u de datum niet weet.",
                        en="Your application must be pending for at least six months. Ask COA if you do not know the date.",
                    ),
                ),
                (
                    "coa",
                    T(
                        "Woont u in een opvang van het COA?",
                        en="Do you live in a COA reception location?",
                    ),
                    T("", en=""),
                    T(
                        "U moet in een opvang van het COA wonen.",
                        en="You must live in a COA reception location.",
                    ),
                ),
                (
                    "minimum_wage",
                    T(
                        "Krijgt u voor het werk minstens het minimumloon?",
                        en="Does the job pay at least the minimum wage?",
                    ),
                    T("Weet u het niet? Vraag het de werkgever.", en="Not sure? Ask the employer."),
                    T(
                        "Het werk moet minstens het minimumloon betalen.",
                        en="The job must pay at least the minimum wage.",
                    ),
                ),
                (
                    "w_document",
                    T("Heeft u een geldig W-document?", en="Do you have a valid W-document?"),
                    T(
                        "Dat is uw identiteitsbewijs als asielzoeker.",
                        en="That is your identity document as an asylum seeker.",
                    ),
                    T(
                        "U heeft een geldig W-document nodig. Vraag het COA om een nieuw document.",
                        en="You need a valid W-document. Ask COA for a new one.",
                    ),
                ),
            ],
            permit_answer=T(
                "Ja, u mag werken. Met een verblijfsvergunning heeft u geen TWV nodig.",
                en="Yes, you may work. With a residence permit you do not need a TWV.",
            ),
            eligible_answer=T(
                "Ja, u mag werken. Uw werkgever vraagt eerst een TWV aan bij UWV. Dat duurt "
                "meestal ongeveer vijf weken.",
                en="Yes, you may work. Your employer first applies for a TWV at UWV. That "
                "usually takes about five weeks.",
            ),
            not_yet_answer=T(
                "Vraag de Job Office of Meedoenbalie in uw azc wat u nu kunt doen.",
                en="Ask the Job Office or Meedoenbalie in your centre what you can do now.",
            ),
        ),
    ),
    "werkgevers": (
        "mag-ik-deze-persoon-aannemen",
        dict(
            title=T("Mag ik deze persoon aannemen?", en="May I hire this person?"),
            intro=T(
                "Beantwoord zes vragen over de kandidaat. Het antwoord is uitleg, geen besluit: "
                "UWV beslist over de TWV.",
                en="Answer six questions about the candidate. The answer is an explanation, not "
                "a decision: UWV decides on the TWV.",
            ),
            questions=[
                (
                    "permit",
                    T(
                        "Heeft de kandidaat een verblijfsvergunning?",
                        en="Does the candidate have a residence permit?",
                    ),
                    T(
                        "Dan is de kandidaat statushouder.",
                        en="Then the candidate is a status holder.",
                    ),
                    T("", en=""),
                ),
                (
                    "adult",
                    T("Is de kandidaat 18 jaar of ouder?", en="Is the candidate 18 or older?"),
                    T("", en=""),
                    T(
                        "De kandidaat moet 18 jaar of ouder zijn.",
                        en="The candidate must be 18 or older.",
                    ),
                ),
                (
                    "six_months",
                    T(
                        "Loopt de asielaanvraag al minstens zes maanden bij de IND?",
                        en="Has the asylum application been pending at the IND for at least six months?",
                    ),
                    T("", en=""),
                    T(
                        "De aanvraag moet minstens zes maanden lopen.",
                        en="The application must be pending for at least six months.",
                    ),
                ),
                (
                    "coa",
                    T(
                        "Woont de kandidaat in een opvang van het COA?",
                        en="Does the candidate live in a COA reception location?",
                    ),
                    T("", en=""),
                    T(
                        "De kandidaat moet in een opvang van het COA wonen.",
                        en="The candidate must live in a COA reception location.",
                    ),
                ),
                (
                    "minimum_wage",
                    T(
                        "Betaalt u marktconform, en minstens het minimumloon?",
                        en="Do you pay in line with the market, and at least the minimum wage?",
                    ),
                    T("", en=""),
                    T(
                        "U moet minstens het minimumloon betalen.",
                        en="You must pay at least the minimum wage.",
                    ),
                ),
                (
                    "w_document",
                    T(
                        "Heeft de kandidaat een geldig W-document?",
                        en="Does the candidate have a valid W-document?",
                    ),
                    T("", en=""),
                    T(
                        "De kandidaat heeft een geldig W-document nodig.",
                        en="The candidate needs a valid W-document.",
                    ),
                ),
            ],
            permit_answer=T(
                "Ja. Een statushouder mag bij u werken zonder TWV.",
                en="Yes. A status holder may work for you without a TWV.",
            ),
            eligible_answer=T(
                "Ja, als u een TWV aanvraagt bij UWV. Doe dat pas als er echt een contract is.",
                en="Yes, if you apply for a TWV at UWV. Only do so when there really is a "
                "contract.",
            ),
            not_yet_answer=T(
                "Neem contact op met de gemeente of de Job Office: zij weten wat er mogelijk is.",
                en="Contact the municipality or the Job Office: they know what is possible.",
            ),
        ),
    ),
}

STORY_INDEX = dict(
    title=T("Succesverhalen", en="Success stories"),
    intro=T(
        "Bewoners en werkgevers vertellen hoe het ging. Alle namen en bedrijven in deze "
        "voorbeelden zijn verzonnen.",
        en="Residents and employers tell how it went. All names and companies in these examples "
        "are made up.",
    ),
)

# Stories: slug -> fields; image colours for the generated illustration.
STORIES = {
    "van-luttelgeest-naar-de-kas": dict(
        title=T("Van Luttelgeest naar de kas", en="From Luttelgeest to the greenhouse"),
        quote=T(
            "Na vijf weken kwam de vergunning. Nu werk ik elke dag tussen de tomaten.",
            en="After five weeks the permit came. Now I work among the tomatoes every day.",
        ),
        quote_by=T("Yonas, medewerker kwekerij", en="Yonas, nursery worker"),
        body=T(
            "<p>Yonas woont in het azc in Luttelgeest. Via de Meedoenbalie kwam hij op een "
            "speeddate met een kwekerij. De werkgever vroeg een TWV aan bij UWV.</p>"
            "<p>Een jobcoach hielp in de eerste weken met het rooster en met vragen over het "
            "contract.</p>",
            en="<p>Yonas lives in the centre in Luttelgeest. Through the Meedoenbalie he went to "
            "a speed date with a nursery. The employer applied for a TWV at UWV.</p>"
            "<p>A job coach helped in the first weeks with the roster and with questions about "
            "the contract.</p>",
        ),
        sector="agrarisch",
        place="Noordoostpolder",
        colour=(46, 125, 50),
        alt=T(
            "Illustratie: groene vlakken als rijen planten in een kas.",
            en="Illustration: green shapes like rows of plants in a greenhouse.",
        ),
    ),
    "een-plek-in-de-keuken": dict(
        title=T("Een vaste plek in de keuken", en="A steady place in the kitchen"),
        quote=T(
            "Ik kookte al thuis. Hier leerde ik hoe een Nederlandse keuken werkt.",
            en="I already cooked at home. Here I learned how a Dutch kitchen works.",
        ),
        quote_by=T("Samira, kok", en="Samira, cook"),
        body=T(
            "<p>Samira meldde zich bij de Werkbalie in Zaanstad. Na een korte training begon ze "
            "in een restaurant.</p><p>Wat hielp: duidelijke afspraken over tijden en een collega "
            "die haar de eerste weken wegwijs maakte.</p>",
            en="<p>Samira signed up at the Werkbalie in Zaanstad. After a short training she "
            "started at a restaurant.</p><p>What helped: clear agreements about hours and a "
            "colleague who showed her the ropes in the first weeks.</p>",
        ),
        sector="horeca",
        place="Zaanstad",
        colour=(183, 28, 28),
        alt=T(
            "Illustratie: rode en oranje vlakken als pannen op een fornuis.",
            en="Illustration: red and orange shapes like pans on a stove.",
        ),
    ),
    "waarom-wij-nieuwkomers-aannemen": dict(
        title=T("Waarom wij nieuwkomers aannemen", en="Why we hire newcomers"),
        quote=T(
            "Eén vaste contactpersoon bij de gemeente maakte het verschil.",
            en="One steady contact at the municipality made the difference.",
        ),
        quote_by=T(
            "Mark, eigenaar van een transportbedrijf", en="Mark, owner of a transport company"
        ),
        body=T(
            "<p>Mark zocht chauffeurs en magazijnmedewerkers. Hij wist niet waar hij moest "
            "beginnen met de regels.</p><p>De gemeente gaf hem één aanspreekpunt. Samen vroegen "
            "ze de TWV aan en regelden ze een jobcoach.</p>",
            en="<p>Mark was looking for drivers and warehouse staff. He did not know where to "
            "start with the rules.</p><p>The municipality gave him one contact. Together they "
            "applied for the TWV and arranged a job coach.</p>",
        ),
        sector="logistiek",
        place="Almere",
        colour=(21, 101, 192),
        alt=T(
            "Illustratie: blauwe blokken als dozen in een magazijn.",
            en="Illustration: blue blocks like boxes in a warehouse.",
        ),
    ),
    "schoonmaken-en-nederlands-leren": dict(
        title=T("Schoonmaken en Nederlands leren", en="Cleaning and learning Dutch"),
        quote=T(
            "Mijn collega's praten Nederlands met mij. Zo leer ik elke dag.",
            en="My colleagues speak Dutch with me. That is how I learn every day.",
        ),
        quote_by=T("Ahmad, schoonmaker", en="Ahmad, cleaner"),
        body=T(
            "<p>Ahmad werkt in de ochtend in een kantoor in Assen. De Job Office hielp hem met "
            "zijn cv en het eerste gesprek.</p><p>Na de start had hij een gesprek met het COA "
            "over de Reba.</p>",
            en="<p>Ahmad works mornings in an office in Assen. The Job Office helped him with his "
            "CV and the first interview.</p><p>After he started he had a talk with COA about the "
            "Reba.</p>",
        ),
        sector="schoonmaak",
        place="Assen",
        colour=(0, 121, 107),
        alt=T(
            "Illustratie: turquoise vlakken als een schone vloer.",
            en="Illustration: turquoise shapes like a clean floor.",
        ),
    ),
    "techniek-met-een-jobcoach": dict(
        title=T("Techniek met een jobcoach", en="Technical work with a job coach"),
        quote=T(
            "De eerste maand was moeilijk. Mijn jobcoach belde elke week.",
            en="The first month was hard. My job coach called every week.",
        ),
        quote_by=T("Eyerusalem, monteur", en="Eyerusalem, mechanic"),
        body=T(
            "<p>Eyerusalem was in haar land al monteur. In Eindhoven vond ze werk bij een "
            "metaalbedrijf.</p><p>Een jobcoach hielp met veiligheid op de werkvloer en met "
            "vakwoorden in het Nederlands.</p>",
            en="<p>Eyerusalem was already a mechanic in her country. In Eindhoven she found work "
            "at a metal company.</p><p>A job coach helped with safety at work and with technical "
            "words in Dutch.</p>",
        ),
        sector="techniek",
        place="Eindhoven",
        colour=(93, 64, 55),
        alt=T(
            "Illustratie: bruine en grijze vormen als gereedschap.",
            en="Illustration: brown and grey shapes like tools.",
        ),
    ),
}

EVENT_INDEX = dict(
    title=T("Agenda", en="Events"),
    intro=T(
        "Banenmarkten, voorlichting en spreekuren voor bewoners en werkgevers.",
        en="Job fairs, information sessions and walk-in hours for residents and employers.",
    ),
)

# Events: slug -> fields; "start_in_days" is relative to the day the demo is loaded.
EVENTS = {
    "banenmarkt-assen": dict(
        title=T("Banenmarkt Assen", en="Job fair Assen"),
        kind="banenmarkt",
        intro=T(
            "Maak kennis met werkgevers uit de regio. Neem uw cv mee als u die heeft.",
            en="Meet employers from the region. Bring your CV if you have one.",
        ),
        start_in_days=21,
        start="13:00",
        end="16:00",
        location="assen",
        address="",
        languages=["nl", "en", "ar", "ti"],
        registration=T(
            "<p>Aanmelden is niet nodig. Kom langs tussen 13.00 en 16.00 uur.</p>",
            en="<p>No need to sign up. Drop by between 1 pm and 4 pm.</p>",
        ),
    ),
    "inloopspreekuur-werkbalie": dict(
        title=T("Inloopspreekuur Werkbalie", en="Walk-in hour at the Werkbalie"),
        kind="inloopspreekuur",
        intro=T(
            "Vragen over werk? Loop binnen bij de Werkbalie.",
            en="Questions about work? Walk in at the Werkbalie.",
        ),
        start_in_days=9,
        start="09:00",
        end="12:30",
        location="zaanstad",
        address="",
        languages=["nl", "en", "ar"],
        registration=T(
            "<p>U hoeft geen afspraak te maken.</p>", en="<p>You do not need an appointment.</p>"
        ),
    ),
    "workshop-grenzeloos-communiceren": dict(
        title=T("Workshop grenzeloos communiceren", en="Workshop: communicating across borders"),
        kind="workshop",
        intro=T(
            "Voor werkgevers en leidinggevenden: hoe geeft u uitleg en feedback aan een "
            "nieuwe collega die nog weinig Nederlands spreekt?",
            en="For employers and managers: how do you explain and give feedback to a new "
            "colleague who speaks little Dutch yet?",
        ),
        start_in_days=35,
        start="15:00",
        end="17:00",
        location="",
        address="Gemeentehuis Assen, Marktplein 1, 9401 AA Assen",
        languages=["nl"],
        registration=T(
            "<p>Meld u aan via het e-mailadres onderaan deze pagina.</p>",
            en="<p>Sign up through the e-mail address at the bottom of this page.</p>",
        ),
    ),
    "speeddate-luttelgeest": dict(
        title=T("Speeddate met werkgevers", en="Speed date with employers"),
        kind="speeddate",
        intro=T(
            "Korte gesprekken van tien minuten tussen bewoners en werkgevers uit de "
            "Noordoostpolder.",
            en="Short ten-minute talks between residents and employers from the Noordoostpolder.",
        ),
        start_in_days=-30,
        start="10:00",
        end="12:00",
        location="luttelgeest",
        address="",
        languages=["nl", "en", "ti", "fa"],
        registration=T(
            "<p>Aanmelden via de Meedoenbalie.</p>", en="<p>Sign up at the Meedoenbalie.</p>"
        ),
    ),
}

LOCATION_INDEX = dict(
    title=T("Waar krijg ik hulp?", en="Where can I get help?"),
    intro=T(
        "Bij deze balies helpen ze bewoners met werk zoeken. De gegevens zijn voorbeelden.",
        en="At these desks, residents get help finding work. The details are examples.",
    ),
)
