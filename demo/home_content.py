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


# The five source documents (../shared/seeds/), as every rule statement names them.
SEED_000 = "Seed 000: Gemeente Assen, projectplan ‘snellere start, sterkere toekomst’ (2024)"
SEED_001 = "Seed 001: Noordoostpolder, Evaluatie Pilot asielzoekers naar werk (2025)"
SEED_002 = "Seed 002: Platform31, Wachten of werken? (2024)"
SEED_003 = "Seed 003: Regioplan, Evaluatie pilots azc-bewoners aan het werk (2026)"
SEED_004 = "Seed 004: Open Embassy, handreiking Toeleiding naar Werk vanuit het azc (januari 2024)"

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
        source_title=f"{SEED_002}, hoofdstuk 2.2; {SEED_003}, hoofdstuk 2.1",
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
        source_title=f"{SEED_003}, hoofdstuk 2.1, voetnoot 4; {SEED_001}, inleiding",
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
        source_title=f"{SEED_001}, voetnoot 2; {SEED_003}, hoofdstuk 2.1",
        # 001, footnote 2 gives the announcement itself: Rijksoverheid, 3 november 2025.
        source_url="https://www.rijksoverheid.nl/actueel/nieuws/2025/11/03/"
        "asielzoeker-met-grote-kans-op-vergunning-kan-al-na-drie-maanden-werken",
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
        source_title=f"{SEED_002}, hoofdstuk 2.2 en 5.2; {SEED_003}, hoofdstuk 4.2",
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
        source_title=f"{SEED_002}, hoofdstuk 2.2",
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
        source_title=f"{SEED_003}, hoofdstuk 2.3; {SEED_002}, hoofdstuk 3.2",
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
        source_title=f"{SEED_002}, hoofdstuk 5.2; {SEED_003}, hoofdstuk 2.1; {SEED_000}",
        verified_days_ago=12,
        for_employers=True,
        for_residents=True,
    ),
    "bsn_fast_track": dict(
        title=T(
            "Sneller een BSN met een TWV",
            en="A BSN sooner with a TWV",
            ar="رقم BSN أسرع مع تصريح TWV",
            fa="BSN سریع‌تر با TWV",
            ti="ምስ TWV ቀልጢፍኩም BSN",
            tr="TWV ile daha hızlı BSN",
        ),
        text=T(
            "Sinds december 2022 krijgen bewoners met een TWV sneller een BSN. Het COA start deze "
            "snelle procedure zodra de werkgever de TWV heeft aangevraagd. In Almere duurde het in "
            "de praktijk één tot twee maanden.",
            en="Since December 2022 residents with a TWV get a citizen service number (BSN) "
            "sooner. COA starts this fast procedure as soon as the employer has applied for the "
            "TWV. In Almere it took one to two months in practice.",
            ar="منذ ديسمبر 2022 يحصل السكان الذين لديهم تصريح TWV على رقم المواطن (BSN) بشكل "
            "أسرع. يبدأ COA هذا الإجراء السريع بمجرد أن يقدّم صاحب العمل طلب TWV. في ألمير "
            "استغرق ذلك عملياً من شهر إلى شهرين.",
            fa="از دسامبر ۲۰۲۲ ساکنانی که TWV دارند، شماره شهروندی (BSN) را سریع‌تر می‌گیرند. "
            "COA این روند سریع را به محض اینکه کارفرما TWV را درخواست کرد، شروع می‌کند. در "
            "آلمره این کار در عمل یک تا دو ماه طول کشید.",
            ti="ካብ ታሕሳስ 2022 ጀሚሩ TWV ዘለዎም ነበርቲ ቁጽሪ ግልጋሎት ዜጋ (BSN) ቀልጢፎም ይረኽቡ። "
            "ኣስራሒ TWV ምስ ሓተተ፡ COA ነዚ ቅልጡፍ መስርሕ ይጅምሮ። ኣብ ኣልሜረ ብግብሪ ካብ ሓደ "
            "ክሳብ ክልተ ወርሒ ወሲዱ።",
            tr="Aralık 2022'den beri TWV'si olan sakinler vatandaşlık hizmet numarasını (BSN) "
            "daha hızlı alır. COA bu hızlı süreci, işveren TWV başvurusunu yapar yapmaz başlatır. "
            "Almere'de bu, uygulamada bir ila iki ay sürdü.",
        ),
        status="current",
        source_title=f"{SEED_002}, hoofdstuk 5.2, kader 7; {SEED_000}, rolverdeling; {SEED_004}",
        verified_days_ago=250,
        for_employers=True,
        for_residents=True,
    ),
    "twv_cancel": dict(
        title=T(
            "De TWV annuleren als het werk niet doorgaat of stopt",
            en="Cancelling the TWV when the job does not go ahead or ends",
            ar="إلغاء تصريح TWV عندما لا يبدأ العمل أو عندما ينتهي",
            fa="لغو TWV وقتی کار شروع نمی‌شود یا تمام می‌شود",
            ti="ስራሕ እንተዘይቀጺሉ ወይ እንተኣብቂዑ TWV ምስራዝ",
            tr="İş gerçekleşmezse veya biterse TWV'nin iptali",
        ),
        text=T(
            "De werkgever vraagt een TWV pas aan als er echt een arbeidscontract is. Gaat het werk "
            "niet door, of stopt het? Dan moet de TWV worden geannuleerd. Gebeurt dat niet, dan "
            "kan het langer duren voordat de werknemer bij een nieuwe werkgever kan beginnen. Hoe "
            "annuleren gaat, is te controleren bij UWV.",
            en="The employer only applies for a TWV when there really is an employment contract. "
            "Does the job not go ahead, or does it end? Then the TWV must be cancelled. If that "
            "does not happen, it can take longer before the employee can start with a new "
            "employer. How to cancel: check with UWV.",
            ar="لا يطلب صاحب العمل تصريح TWV إلا عندما يوجد عقد عمل فعلاً. إذا لم يبدأ العمل أو "
            "انتهى، يجب إلغاء تصريح TWV. إذا لم يحدث ذلك، فقد يستغرق الأمر وقتاً أطول قبل "
            "أن يتمكن الموظف من البدء لدى صاحب عمل جديد. كيفية الإلغاء: يُرجى التحقق لدى UWV.",
            fa="کارفرما TWV را فقط وقتی درخواست می‌کند که واقعاً قرارداد کار وجود داشته باشد. "
            "اگر کار شروع نشود یا تمام شود، TWV باید لغو شود. اگر این کار انجام "
            "نشود، ممکن است شروع کار کارمند نزد کارفرمای جدید بیشتر طول بکشد. نحوه لغو را از "
            "UWV بپرسید.",
            ti="ኣስራሒ TWV ዝሓትት ብሓቂ ውዕል ስራሕ ምስ ዝህሉ ጥራይ እዩ። ስራሕ እንተዘይቀጺሉ ወይ "
            "እንተኣብቂዑ? ሽዑ TWV ክስረዝ ኣለዎ። እዚ እንተዘይተገብረ፡ እቲ ሰራሕተኛ ምስ ሓድሽ ኣስራሒ "
            "ንኽጅምር ዝያዳ ግዜ ክወስድ ይኽእል። ከመይ ከም ዝስረዝ ምስ UWV ኣረጋግጹ።",
            tr="İşveren TWV'ye ancak gerçekten bir iş sözleşmesi olduğunda başvurur. İş "
            "gerçekleşmiyor mu ya da bitiyor mu? O zaman TWV iptal edilmelidir. Bu yapılmazsa, "
            "çalışanın yeni bir işverenle başlaması daha uzun sürebilir. Nasıl iptal edileceğini "
            "UWV'ye danışın.",
        ),
        status="current",
        source_title=f"{SEED_003}, hoofdstuk 4.2",
        verified_days_ago=3,
        for_employers=True,
        for_residents=True,
    ),
    "koppeling": dict(
        title=T(
            "Werk en de koppeling aan een gemeente",
            en="Work and being linked to a municipality",
            ar="العمل والربط ببلدية",
            fa="کار و پیوند به یک شهرداری",
            ti="ስራሕን ምትእስሳር ምስ ምምሕዳር ከተማን",
            tr="İş ve bir belediyeye bağlanma",
        ),
        text=T(
            "Krijgt u een verblijfsvergunning? Dan koppelt het COA u aan een gemeente waar u gaat "
            "wonen. Heeft u betaald werk van minstens acht uur per week, gedurende een half jaar? "
            "Dan kan dat meetellen: het COA kan u dan koppelen aan een gemeente binnen ongeveer 50 "
            "kilometer van uw werk. Laat het COA uw getekende arbeidscontract en uw laatste "
            "loonstrook zien. Een garantie is het niet.",
            en="Do you get a residence permit? Then COA links you to a municipality where you "
            "will live. Do you have paid work of at least eight hours a week, for half a year? "
            "Then that can count: COA can then link you to a municipality within about 50 "
            "kilometres of your work. Show COA your signed employment contract and your latest "
            "payslip. It is not a guarantee.",
            ar="هل تحصل على الإقامة؟ عندها يربطك COA ببلدية ستسكن فيها. هل لديك عمل مدفوع الأجر "
            "لا يقل عن ثماني ساعات في الأسبوع، لمدة نصف سنة؟ عندها يمكن أن يُحتسب ذلك: يمكن لـ "
            "COA أن يربطك ببلدية ضمن مسافة 50 كيلومتراً تقريباً من مكان عملك. أرِ COA عقد عملك "
            "الموقّع وآخر قسيمة راتب. هذا ليس مضموناً.",
            fa="اجازه اقامت می‌گیرید؟ در این صورت COA شما را به شهرداری‌ای که در آن زندگی "
            "خواهید کرد، پیوند می‌دهد. اگر کار با دستمزد دست‌کم هشت ساعت در هفته، به مدت نیم "
            "سال، داشته باشید، این می‌تواند به حساب بیاید: COA در این صورت می‌تواند شما را به "
            "شهرداری‌ای در فاصله حدود ۵۰ کیلومتری محل کارتان پیوند دهد. قرارداد کار امضاشده و "
            "آخرین فیش حقوقی خود را به COA نشان دهید. این تضمینی نیست.",
            ti="ፍቓድ መንበሪ ትረኽቡ ዶ? ሽዑ COA ምስ እትነብሩሉ ምምሕዳር ከተማ የተኣሳስረኩም። እንተወሓደ "
            "ሸሞንተ ሰዓት ኣብ ሰሙን፡ ንፍርቂ ዓመት፡ ደሞዝ ዘለዎ ስራሕ እንተሃልዩኩም፡ እዚ ክቑጸር "
            "ይኽእል፡ COA ሽዑ ካብ ስራሕኩም ኣብ ውሽጢ ኣስታት 50 ኪሎሜተር ዘሎ ምምሕዳር ከተማ "
            "ከተኣሳስረኩም ይኽእል። ዝተፈረመ ውዕል ስራሕኩምን ናይ መወዳእታ ወረቐት ደሞዝኩምን ንCOA "
            "ኣርእዩ። ውሕስነት ኣይኮነን።",
            tr="Oturum izni mi alıyorsunuz? O zaman COA sizi yaşayacağınız bir belediyeye bağlar. "
            "Haftada en az sekiz saatlik, yarım yıl süren ücretli bir işiniz var mı? O zaman bu "
            "dikkate alınabilir: COA sizi işinizden en fazla yaklaşık 50 kilometre uzaklıktaki "
            "bir belediyeye bağlayabilir. COA'ya imzalı iş sözleşmenizi ve son maaş bordronuzu "
            "gösterin. Bu bir garanti değildir.",
        ),
        status="current",
        source_title=f"{SEED_004}, fase 3; {SEED_002}, hoofdstuk 5.2; {SEED_001}, vraag 6",
        verified_days_ago=3,
        for_employers=True,
        for_residents=True,
    ),
    "work_and_inburgering": dict(
        title=T(
            "Werken en inburgeren kan samen",
            en="You can combine work and civic integration",
            ar="يمكن الجمع بين العمل والاندماج المدني (inburgering)",
            fa="کار و دوره ادغام (inburgering) را می‌توان با هم انجام داد",
            ti="ስራሕን ምውህሃድ (inburgering)ን ብሓባር ክኸዱ ይኽእሉ",
            tr="Çalışmak ve uyum süreci (inburgering) bir arada olabilir",
        ),
        text=T(
            "Krijgt u een verblijfsvergunning en begint uw inburgering? Dan hoeft u niet te "
            "stoppen met werken: werk en inburgering kunnen samen. Bespreek met de gemeente hoe u "
            "werk en inburgering combineert.",
            en="Do you get a residence permit and does your civic integration (inburgering) "
            "start? Then you do not have to stop working: work and inburgering can go together. "
            "Discuss with the municipality how to combine work and inburgering.",
            ar="هل تحصل على الإقامة ويبدأ اندماجك المدني (inburgering)؟ عندها لا يجب عليك "
            "التوقف عن العمل: يمكن الجمع بين العمل والاندماج. ناقش مع البلدية كيف تجمع بين "
            "العمل والاندماج.",
            fa="اجازه اقامت می‌گیرید و دوره ادغام (inburgering) شما شروع می‌شود؟ در این صورت "
            "لازم نیست کار را کنار بگذارید: کار و inburgering را می‌توان با هم انجام داد. با "
            "شهرداری صحبت کنید که چگونه کار و inburgering را با هم هماهنگ کنید.",
            ti="ፍቓድ መንበሪ ትረኽቡን ምውህሃድኩም (inburgering) ይጅምርን ዶ? ሽዑ ስራሕ ከተቋርጹ "
            "ኣየድልየኩምን፡ ስራሕን inburgeringን ብሓባር ክኸዱ ይኽእሉ። ስራሕን inburgeringን ከመይ "
            "ከም እተወሃህድዎም ምስ ምምሕዳር ከተማ ተዘራረቡ።",
            tr="Oturum izni alıyor ve uyum süreciniz (inburgering) başlıyor mu? O zaman "
            "çalışmayı bırakmanız gerekmez: iş ve inburgering bir arada olabilir. İş ve "
            "inburgering'i nasıl birleştireceğinizi belediyeyle konuşun.",
        ),
        status="current",
        source_title=f"{SEED_002}, hoofdstuk 3.2 en 5.2; {SEED_000}, rolverdeling",
        verified_days_ago=3,
        for_employers=True,
        for_residents=True,
    ),
    "leefgeld": dict(
        title=T(
            "Werken en uw leefgeld",
            en="Working and your living allowance (leefgeld)",
            ar="العمل ومصروف المعيشة (leefgeld)",
            fa="کار و پول زندگی شما (leefgeld)",
            ti="ስራሕን ገንዘብ መነባብሮኹም (leefgeld)ን",
            tr="Çalışmak ve geçim paranız (leefgeld)",
        ),
        text=T(
            "In het azc krijgt u leefgeld. Gaat u werken, dan verandert er iets aan uw geld. U "
            "betaalt mee aan uw opvang (de Reba). Werk kan ook gevolgen hebben voor uw leefgeld en "
            "voor uw inrichtingskrediet als u later een huis krijgt. Het COA legt dit uit in de "
            "voorlichting. Bedragen staan niet op deze site: te controleren bij het COA. Vraag het "
            "COA vóór u begint wat u overhoudt.",
            en="In the azc you receive a living allowance (leefgeld). When you start working, "
            "your money changes. You contribute to your reception (the Reba). Work can also "
            "affect your leefgeld and your furnishing loan (inrichtingskrediet) when you get a "
            "home later. COA explains this in its information session. Amounts are not on this "
            "site: check with COA. Ask COA before you start what you will keep.",
            ar="في مركز اللجوء تحصل على مصروف المعيشة (leefgeld). عندما تبدأ العمل، يتغير شيء "
            "في أموالك. تساهم في تكاليف استقبالك (الـ Reba). ويمكن أن يؤثر العمل أيضاً على "
            "مصروف المعيشة وعلى قرض التأثيث (inrichtingskrediet) عندما تحصل على منزل لاحقاً. "
            "يشرح COA ذلك في جلسة المعلومات. المبالغ غير موجودة في هذا الموقع: يُرجى التحقق لدى "
            "COA. اسأل COA قبل أن تبدأ كم سيبقى لك.",
            fa="در azc پول زندگی (leefgeld) می‌گیرید. وقتی کار را شروع کنید، چیزی در پول شما "
            "تغییر می‌کند. شما در هزینه پذیرش خود سهیم می‌شوید (Reba). کار همچنین می‌تواند بر "
            "leefgeld شما و بر وام اثاثیه منزل (inrichtingskrediet)، وقتی بعداً خانه می‌گیرید، "
            "اثر بگذارد. COA این را در جلسه اطلاع‌رسانی توضیح می‌دهد. مبالغ در این سایت نیست: "
            "از COA بپرسید. پیش از شروع از COA بپرسید چقدر برایتان می‌ماند.",
            ti="ኣብ azc ገንዘብ መነባብሮ (leefgeld) ትረኽቡ። ስራሕ ምስ ጀመርኩም፡ ገለ ነገር ኣብ "
            "ገንዘብኩም ይቕየር። ንመዕቆቢኹም ተበርክቱ (Reba)። ስራሕ ከኣ ኣብ leefgeldኩምን ኣብ ልቓሕ "
            "ኣቕሑ ገዛ (inrichtingskrediet)ን፡ ድሒርኩም ገዛ ምስ ረኸብኩም፡ ጽልዋ ክህልዎ ይኽእል። COA "
            "ነዚ ኣብ ኣኼባ ሓበሬታ የብርሆ። መጠን ገንዘብ ኣብዚ ወብሳይት የለን፡ ምስ COA ኣረጋግጹ። "
            "ቅድሚ ምጅማርኩም ክንደይ ከም ዝተርፈኩም ንCOA ሕተቱ።",
            tr="azc'de geçim parası (leefgeld) alırsınız. Çalışmaya başladığınızda paranızda bir "
            "şey değişir. Barınmanıza katkıda bulunursunuz (Reba). Çalışmak ayrıca leefgeld'inizi "
            "ve ileride bir ev aldığınızda ev eşyası kredinizi (inrichtingskrediet) "
            "etkileyebilir. COA bunu bilgilendirme toplantısında açıklar. Tutarlar bu sitede yok: "
            "COA'ya danışın. Başlamadan önce elinizde ne kalacağını COA'ya sorun.",
        ),
        status="current",
        source_title=f"{SEED_001}, vraag 1; {SEED_000}, Job Office; {SEED_002}, hoofdstuk 5.2",
        verified_days_ago=3,
        for_employers=False,
        for_residents=True,
    ),
    "ukrainians": dict(
        title=T(
            "Voor Oekraïners gelden andere regels",
            en="Different rules apply to Ukrainians",
            ar="تنطبق قواعد مختلفة على الأوكرانيين",
            fa="برای اوکراینی‌ها قوانین دیگری وجود دارد",
            ti="ንዩክሬናውያን ካልእ ሕግታት ይምልከቶም",
            tr="Ukraynalılar için farklı kurallar geçerlidir",
        ),
        text=T(
            "Voor ontheemden uit Oekraïne geldt een ander wettelijk regime. Hun werkgever vraagt "
            "geen TWV aan, maar doet een melding bij UWV. Deze website gaat over asielzoekers en "
            "statushouders, niet over Oekraïners. Vraag UWV wat voor u geldt.",
            en="Displaced people from Ukraine fall under a different legal regime. Their "
            "employer does not apply for a TWV, but reports the work to UWV (a 'melding'). This "
            "website is about asylum seekers and status holders, not about Ukrainians. Ask UWV "
            "what applies to you.",
            ar="يخضع النازحون من أوكرانيا لنظام قانوني مختلف. لا يطلب صاحب العمل تصريح TWV لهم، "
            "بل يقدّم إشعاراً (melding) إلى UWV. هذا الموقع يتحدث عن طالبي اللجوء وحاملي "
            "الإقامة، وليس عن الأوكرانيين. اسأل UWV عمّا ينطبق عليك.",
            fa="برای آوارگان اوکراینی یک نظام حقوقی دیگر وجود دارد. کارفرمای آن‌ها TWV درخواست "
            "نمی‌کند، بلکه کار را به UWV اطلاع می‌دهد (melding). این وب‌سایت درباره پناهجویان و "
            "دارندگان اقامت است، نه اوکراینی‌ها. از UWV بپرسید چه چیزی برای شما صدق می‌کند.",
            ti="ንካብ ዩክሬን ዝተመዛበሉ ሰባት ካልእ ሕጋዊ ስርዓት ይምልከቶም። ኣስራሒኦም TWV ኣይሓትትን፡ "
            "ግን ናብ UWV መልእኽቲ (melding) ይህብ። እዚ ወብሳይት ብዛዕባ ሓተትቲ ዑቕባን ሒዝቲ ፍቓድ "
            "መንበሪን እዩ፡ ብዛዕባ ዩክሬናውያን ኣይኮነን። እንታይ ከም ዝምልከተኩም ንUWV ሕተቱ።",
            tr="Ukrayna'dan yerinden edilmiş kişiler için farklı bir yasal düzen geçerlidir. "
            "İşverenleri TWV başvurusu yapmaz, UWV'ye bir bildirim (melding) yapar. Bu web sitesi "
            "sığınmacılar ve statü sahipleri hakkındadır, Ukraynalılar hakkında değildir. Sizin "
            "için neyin geçerli olduğunu UWV'ye sorun.",
        ),
        status="current",
        source_title=f"{SEED_002}, voorwoord en hoofdstuk 5.2, kader 7",
        verified_days_ago=3,
        for_employers=True,
        for_residents=True,
    ),
}

# Desks: no street or postcode that the sources do not give (000: "locatie Schepersmaat"; 003:
# "op de opvanglocatie"; 001: the Meedoenbalie of the azc). Phone and WhatsApp numbers are made
# up. "serves": the azc's and places a desk is for, as residents name them (000, 001, 003).
LOCATIONS = {
    "assen": dict(
        name=T(
            "Job Office azc Assen",
            en="Job Office, asylum seekers' centre Assen",
            ar="مكتب العمل (Job Office) في مركز اللجوء Assen",
            fa="Job Office در azc Assen",
            ti="Job Office ኣብ azc Assen",
            tr="azc Assen Job Office",
        ),
        kind="job_office",
        street="Locatie Schepersmaat",
        postcode="",
        city="Assen",
        hours=[(0, "09:00", "12:00"), (2, "09:00", "12:00"), (3, "13:00", "16:00")],
        walk_in=True,
        phone="0592 000 111",
        whatsapp="+31600000111",
        languages=["nl", "en", "ar", "ti"],
        other_languages=T("", en=""),
        serves=[
            "azc Assen (Schepersmaat)",
            "azc Assen (Graswijk)",
            "azc Assen (Balkenweg)",
            "Assen",
        ],
    ),
    "zaanstad": dict(
        name=T(
            "Werkbalie Zaanstad",
            en="Werkbalie (work desk) Zaanstad",
            ar="Werkbalie Zaanstad (مكتب شؤون العمل)",
            fa="Werkbalie Zaanstad (میز کار)",
            ti="Werkbalie Zaanstad (ቦታ ሓገዝ ንስራሕ)",
            tr="Werkbalie Zaanstad (iş masası)",
        ),
        kind="werkbalie",
        street="Op de opvanglocatie",
        postcode="",
        city="Zaanstad",
        hours=[(2, "09:00", "12:30")],
        walk_in=True,
        phone="075 000 2222",
        whatsapp="",
        languages=["nl", "en", "ar"],
        other_languages=T("", en=""),
        serves=["azc Zaanstad", "Zaanstad", "Zaandam"],
    ),
    "luttelgeest": dict(
        name=T(
            "Meedoenbalie azc Luttelgeest",
            en="Meedoenbalie, asylum seekers' centre Luttelgeest",
            ar="Meedoenbalie في مركز اللجوء Luttelgeest",
            fa="Meedoenbalie در azc Luttelgeest",
            ti="Meedoenbalie ኣብ azc Luttelgeest",
            tr="azc Luttelgeest Meedoenbalie",
        ),
        kind="meedoenbalie",
        street="Op het azc",
        postcode="",
        city="Luttelgeest",
        hours=[(1, "10:00", "12:00")],
        walk_in=False,
        phone="",
        whatsapp="+31600000333",
        languages=["nl", "en", "fa", "ti"],
        other_languages=T(
            "Somalisch", en="Somali", ar="الصومالية", fa="سومالیایی", ti="ሶማልኛ", tr="Somalice"
        ),
        serves=["azc Luttelgeest", "Luttelgeest", "Noordoostpolder"],
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
                    ("rule", "ukrainians"),
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
                    ("rule", "twv_cancel"),
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
                                "op deze site. Te controleren bij UWV: de pagina ‘Voorwaarden "
                                "voor werkvergunning asielzoekers’ op "
                                '<a href="https://www.uwv.nl">uwv.nl</a>.</p>',
                                en="<p>What the application costs and which details UWV asks for "
                                "is not on this site. Check with UWV: the page ‘Voorwaarden voor "
                                "werkvergunning asielzoekers’ (conditions for a work permit for "
                                'asylum seekers) on <a href="https://www.uwv.nl">uwv.nl</a>.</p>',
                            )
                        ],
                    ),
                    # On employer pages the contact block names the employer service point,
                    # never a residents' desk (employers/contact_point.py).
                    ("contact", None),
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
                    ("contact", None),
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
                                        "Dat kan gebeuren. Werk van minstens acht uur per week, "
                                        "gedurende een half jaar, kan meetellen als een "
                                        "statushouder aan een gemeente wordt gekoppeld, binnen "
                                        "ongeveer 50 kilometer. Een garantie is dat niet: er is "
                                        "geen standaardprocedure.",
                                        en="That can happen. Work of at least eight hours a week, "
                                        "for half a year, can count when a status holder is "
                                        "linked to a municipality, within about 50 kilometres. It "
                                        "is not a guarantee: there is no standard procedure.",
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
                                    "Wat als het werk niet doorgaat of stopt?",
                                    en="What if the job does not go ahead or ends?",
                                ),
                                [
                                    T(
                                        "Dan moet de TWV worden geannuleerd. Anders kan het "
                                        "langer duren voordat de persoon bij een nieuwe werkgever "
                                        "kan beginnen. Vraag de TWV daarom pas aan als er echt een "
                                        "arbeidscontract is.",
                                        en="Then the TWV must be cancelled. Otherwise it can take "
                                        "longer before the person can start with a new employer. "
                                        "So only apply for the TWV when there really is an "
                                        "employment contract.",
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
                                        "In de pilot in Assen is er geen subsidie voor "
                                        "werkgevers; uit de pilot moet blijken of die nodig is. Er "
                                        "is wel een klein budget, bijvoorbeeld voor reiskosten of "
                                        "een cursus. Wat in uw regio geldt, vraagt u aan de "
                                        "gemeente of UWV.",
                                        en="In the Assen pilot there is no subsidy for employers; "
                                        "the pilot is to show whether one is needed. There is a "
                                        "small budget, for example for travel costs or a course. "
                                        "Ask the municipality or UWV what applies in your region.",
                                    )
                                ],
                            ),
                        ],
                    ),
                    ("rule", "no_wage_subsidy"),
                    ("rule", "twv_at_uwv"),
                    # "wie u kunt bellen" (the intro): the employer service point.
                    ("contact", None),
                ],
            ),
        ),
    ],
}

# Myths residents hold about work (002 ch. 5.2: images "die niet altijd (volledig)
# corresponderen met de werkelijkheid"), each answered as a "Klopt het dat...?" question of an FAQ
# block: (T question, [T answer paragraphs]). Used here and in demo/resident_content.py.
MYTH_WORK_PAYS = (
    T(
        "Klopt het dat werken niet loont, door de Reba of omdat ik later geen uitkering of "
        "verhuiskostenvergoeding krijg?",
        en="Is it true that working does not pay, because of the Reba or because I will not get "
        "benefits or a moving allowance later?",
        ar="هل صحيح أن العمل لا يستحق العناء بسبب الـ Reba أو لأنني لن أحصل لاحقاً على إعانة أو "
        "تعويض عن تكاليف الانتقال؟",
        fa="آیا درست است که کار کردن به‌صرفه نیست، به خاطر Reba یا چون بعداً مقرری یا "
        "کمک‌هزینه اسباب‌کشی نمی‌گیرم؟",
        ti="ብሰንኪ Reba ወይ ድሒረ ሓገዝ ገንዘብ ወይ ካሕሳ ወጻኢ ምግዓዝ ስለዘይረክብ፡ ምስራሕ ኣይጠቅምን እዩ ዝበሃል ሓቂ ድዩ?",
        tr="Reba yüzünden ya da sonra sosyal yardım veya taşınma masrafı ödeneği alamayacağım "
        "için çalışmanın karşılığını alamayacağım doğru mu?",
    ),
    [
        T(
            "Niet altijd. Veel bewoners denken dat, maar dat beeld klopt niet altijd, of niet "
            "helemaal.",
            en="Not always. Many residents think so, but that picture is not always right, or "
            "not entirely.",
            ar="ليس دائماً. يعتقد كثير من السكان ذلك، لكن هذه الصورة ليست صحيحة دائماً، أو ليست "
            "صحيحة تماماً.",
            fa="نه همیشه. بسیاری از ساکنان این‌طور فکر می‌کنند، اما این تصور همیشه درست نیست، یا "
            "کاملاً درست نیست.",
            ti="ኩሉ ግዜ ኣይኮነን። ብዙሓት ነበርቲ ከምኡ ይሓስቡ፡ ግን እዚ ኣረኣእያ ኩሉ ግዜ ወይ ምሉእ ብምሉእ ሓቂ ኣይኮነን።",
            tr="Her zaman değil. Birçok sakin böyle düşünür, ama bu düşünce her zaman ya da "
            "tamamen doğru değildir.",
        ),
        T(
            "Het klopt dat u meebetaalt aan uw opvang (de Reba) en dat uw leefgeld verandert. "
            "Hoeveel u overhoudt, hangt af van uw situatie. Bedragen staan niet op deze site.",
            en="It is true that you contribute to your reception (the Reba) and that your "
            "leefgeld changes. How much you keep depends on your situation. Amounts are not on "
            "this site.",
            ar="صحيح أنك تساهم في تكاليف استقبالك (الـ Reba) وأن مصروف المعيشة (leefgeld) يتغير. "
            "كم يبقى لك يعتمد على وضعك. المبالغ غير موجودة في هذا الموقع.",
            fa="درست است که در هزینه پذیرش خود سهیم می‌شوید (Reba) و leefgeld شما تغییر می‌کند. "
            "اینکه چقدر برایتان می‌ماند به وضعیت شما بستگی دارد. مبالغ در این سایت نیست.",
            ti="ንመዕቆቢኹም ከም እተበርክቱ (Reba)ን leefgeldኩም ከም ዝቕየርን ሓቂ እዩ። ክንደይ ከም "
            "ዝተርፈኩም ኣብ ኩነታትኩም ይምርኮስ። መጠን ገንዘብ ኣብዚ ወብሳይት የለን።",
            tr="Barınmanıza katkıda bulunduğunuz (Reba) ve leefgeld'inizin değiştiği doğrudur. "
            "Elinizde ne kadar kalacağı durumunuza bağlıdır. Tutarlar bu sitede yok.",
        ),
        T(
            "Vraag het COA vóór u begint wat werk voor uw geld betekent: wat u overhoudt, en wat "
            "het betekent voor een uitkering of verhuiskostenvergoeding later.",
            en="Ask COA before you start what work means for your money: what you keep, and what "
            "it means for benefits or a moving allowance later.",
            ar="اسأل COA قبل أن تبدأ ماذا يعني العمل بالنسبة لأموالك: كم يبقى لك، وماذا يعني ذلك "
            "بالنسبة لإعانة أو تعويض عن تكاليف الانتقال لاحقاً.",
            fa="پیش از شروع از COA بپرسید کار برای پول شما چه معنایی دارد: چقدر برایتان می‌ماند "
            "و چه اثری بر مقرری یا کمک‌هزینه اسباب‌کشی در آینده دارد.",
            ti="ቅድሚ ምጅማርኩም ስራሕ ንገንዘብኩም እንታይ ማለት ምዃኑ ንCOA ሕተቱ፡ ክንደይ ከም "
            "ዝተርፈኩም፡ ድሒሩ ድማ ንሓገዝ ገንዘብ ወይ ካሕሳ ወጻኢ ምግዓዝ እንታይ ማለት ምዃኑ።",
            tr="Başlamadan önce çalışmanın paranız için ne anlama geldiğini COA'ya sorun: elinizde "
            "ne kalacağını ve bunun ileride sosyal yardım veya taşınma masrafı ödeneği için ne "
            "anlama geldiğini.",
        ),
        T(
            "Werk levert ook meer op dan geld: u bouwt een netwerk op, u leert de taal en u werkt "
            "aan uw toekomst.",
            en="Work also brings more than money: you build a network, you learn the language and "
            "you work on your future.",
            ar="العمل يجلب أكثر من المال أيضاً: تبني شبكة علاقات، وتتعلم اللغة، وتعمل من أجل "
            "مستقبلك.",
            fa="کار چیزی بیشتر از پول هم به شما می‌دهد: شبکه‌ای از آشنایان می‌سازید، زبان یاد "
            "می‌گیرید و برای آینده‌تان کار می‌کنید.",
            ti="ስራሕ ካብ ገንዘብ ንላዕሊ እውን የምጽእ፡ ርክባት ትሃንጹ፡ ቋንቋ ትመሃሩ፡ ንመጻኢኹም ድማ ትሰርሑ።",
            tr="İş paradan fazlasını da getirir: bir çevre edinirsiniz, dili öğrenirsiniz ve "
            "geleceğiniz için çalışırsınız.",
        ),
    ],
)
MYTH_STOP_WORKING = (
    T(
        "Klopt het dat ik moet stoppen met werken als ik een verblijfsvergunning krijg of als "
        "mijn inburgering begint?",
        en="Is it true that I have to stop working when I get a residence permit or when my civic "
        "integration (inburgering) starts?",
        ar="هل صحيح أنه يجب أن أتوقف عن العمل عندما أحصل على الإقامة أو عندما يبدأ اندماجي "
        "(inburgering)؟",
        fa="آیا درست است که وقتی اجازه اقامت می‌گیرم یا دوره ادغام (inburgering) من شروع "
        "می‌شود، باید کار را کنار بگذارم؟",
        ti="ፍቓድ መንበሪ ምስ ረኸብኩ ወይ inburgering ምስ ጀመርኩ ስራሕ ከቋርጽ ኣለኒ ዝበሃል ሓቂ ድዩ?",
        tr="Oturum izni aldığımda veya uyum sürecim (inburgering) başladığında çalışmayı "
        "bırakmam gerektiği doğru mu?",
    ),
    [
        T(
            "Nee. Met een verblijfsvergunning mag u werken, en u heeft daarvoor geen TWV meer "
            "nodig. Werk en inburgering kunnen samen.",
            en="No. With a residence permit you may work, and you no longer need a TWV for it. "
            "Work and inburgering can go together.",
            ar="لا. مع الإقامة يُسمح لك بالعمل، ولا تحتاج بعد ذلك إلى تصريح TWV. يمكن الجمع بين "
            "العمل والاندماج.",
            fa="نه. با اجازه اقامت اجازه کار دارید و دیگر برای آن به TWV نیاز ندارید. کار و "
            "inburgering را می‌توان با هم انجام داد.",
            ti="ኣይፋልን። ምስ ፍቓድ መንበሪ ክትሰርሑ ይፍቀደልኩም፡ ድሕሪ ሕጂ ድማ TWV ኣየድልየኩምን። "
            "ስራሕን inburgeringን ብሓባር ክኸዱ ይኽእሉ።",
            tr="Hayır. Oturum izniyle çalışabilirsiniz ve bunun için artık TWV'ye ihtiyacınız "
            "yoktur. İş ve inburgering bir arada olabilir.",
        ),
        T(
            "Krijgt u toch het advies om te stoppen als uw inburgering begint? Bespreek dan met "
            "de gemeente hoe u werk en inburgering combineert.",
            en="Are you still advised to stop when your inburgering starts? Then discuss with the "
            "municipality how to combine work and inburgering.",
            ar="هل نُصحت مع ذلك بالتوقف عندما يبدأ اندماجك؟ عندها ناقش مع البلدية كيف تجمع بين "
            "العمل والاندماج.",
            fa="با این حال به شما توصیه می‌شود وقتی inburgering شروع شد کار را کنار بگذارید؟ در "
            "این صورت با شهرداری صحبت کنید که چگونه کار و inburgering را با هم هماهنگ کنید.",
            ti="ኮይኑ ግን inburgering ምስ ጀመረ ከተቋርጹ ምኽሪ ይወሃበኩም ዶ? ሽዑ ስራሕን "
            "inburgeringን ከመይ ከም እተወሃህድዎም ምስ ምምሕዳር ከተማ ተዘራረቡ።",
            tr="Yine de inburgering başladığında bırakmanız mı tavsiye ediliyor? O zaman iş ve "
            "inburgering'i nasıl birleştireceğinizi belediyeyle konuşun.",
        ),
        T(
            "Let op: met een verblijfsvergunning koppelt het COA u aan een gemeente om te wonen. "
            "Die kan ver van uw werk liggen. Uw werk kan bij die koppeling meetellen: vraag het "
            "COA.",
            en="Note: with a residence permit, COA links you to a municipality to live in. It may "
            "be far from your work. Your work can count in that link: ask COA.",
            ar="انتبه: مع الإقامة يربطك COA ببلدية لتسكن فيها. قد تكون بعيدة عن عملك. يمكن أن "
            "يُحتسب عملك في هذا الربط: اسأل COA.",
            fa="توجه: با اجازه اقامت، COA شما را برای زندگی به یک شهرداری پیوند می‌دهد. ممکن است "
            "از محل کارتان دور باشد. کار شما می‌تواند در این پیوند به حساب بیاید: از COA بپرسید.",
            ti="ኣስተውዕሉ፡ ምስ ፍቓድ መንበሪ COA ክትነብሩሉ ምስ ሓደ ምምሕዳር ከተማ የተኣሳስረኩም። "
            "ካብ ስራሕኩም ርሑቕ ክኸውን ይኽእል። ስራሕኩም ኣብቲ ምትእስሳር ክቑጸር ይኽእል፡ ንCOA "
            "ሕተቱ።",
            tr="Dikkat: oturum izniyle COA sizi yaşamanız için bir belediyeye bağlar. Bu belediye "
            "işinizden uzak olabilir. İşiniz bu bağlantıda dikkate alınabilir: COA'ya sorun.",
        ),
    ],
)

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
                ("rule", "work_and_inburgering"),
                ("faq", [MYTH_STOP_WORKING]),
                ("rule", "koppeling"),
                # In demo/resident_content.py, like the other rules issue 21 added.
                ("rule", "omkoppeling"),
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
                (
                    "heading",
                    T(
                        "Komt u uit Oekraïne?",
                        en="Are you from Ukraine?",
                        ar="هل أنت من أوكرانيا؟",
                        fa="اهل اوکراین هستید؟",
                        ti="ካብ ዩክሬን ዲኹም?",
                        tr="Ukrayna'dan mı geliyorsunuz?",
                    ),
                ),
                ("rule", "ukrainians"),
                ("contact", None),
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
                "Als u werkt, betaalt u mee aan uw opvang en verandert er iets aan uw leefgeld. "
                "Hier leest u hoe dat gaat.",
                en="When you work, you contribute to the cost of your reception and your living "
                "allowance (leefgeld) changes. Read how that works.",
                ar="عندما تعمل، تساهم في تكاليف استقبالك ويتغير شيء في مصروف المعيشة (leefgeld). "
                "اقرأ هنا كيف يتم ذلك.",
                fa="وقتی کار می‌کنید، در هزینه پذیرش خود سهیم می‌شوید و چیزی در پول زندگی "
                "(leefgeld) شما تغییر می‌کند. اینجا بخوانید چگونه است.",
                ti="ክትሰርሑ ከለኹም ንመዕቆቢኹም ተበርክቱ፡ ኣብ ገንዘብ መነባብሮኹም (leefgeld) ከኣ ገለ ነገር "
                "ይቕየር። ከመይ ከም ዝኸይድ ኣብዚ ኣንብቡ።",
                tr="Çalıştığınızda barınma masraflarınıza katkıda bulunursunuz ve geçim paranızda "
                "(leefgeld) bir şey değişir. Nasıl olduğunu burada okuyun.",
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
                                    "Het COA stuurt de rekening vaak pas maanden later. Zet "
                                    "daarom geld opzij, zodat u geen schuld krijgt.",
                                    en="COA often sends the bill only months later. So put money "
                                    "aside, so that you do not end up in debt.",
                                    ar="غالباً ما يرسل COA الفاتورة بعد أشهر. لذلك ادّخر بعض "
                                    "المال حتى لا تقع في دَين.",
                                    fa="COA اغلب صورت‌حساب را ماه‌ها بعد می‌فرستد. پس مقداری "
                                    "پول کنار بگذارید تا بدهکار نشوید.",
                                    ti="COA መብዛሕትኡ ግዜ ነቲ ሕሳብ ድሕሪ ኣዋርሕ ጥራይ ይሰድዶ። "
                                    "ስለዚ ናብ ዕዳ ከይትኣትዉ ገንዘብ ኣቐምጡ።",
                                    tr="COA faturayı çoğu zaman aylar sonra gönderir. Bu yüzden "
                                    "borca girmemek için kenara para ayırın.",
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
                (
                    "heading",
                    T(
                        "Uw leefgeld",
                        en="Your living allowance (leefgeld)",
                        ar="مصروف المعيشة (leefgeld)",
                        fa="پول زندگی شما (leefgeld)",
                        ti="ገንዘብ መነባብሮኹም (leefgeld)",
                        tr="Geçim paranız (leefgeld)",
                    ),
                ),
                ("rule", "leefgeld"),
                (
                    "heading",
                    T(
                        "Loont werken wel?",
                        en="Does working pay?",
                        ar="هل يستحق العمل العناء؟",
                        fa="آیا کار کردن به‌صرفه است؟",
                        ti="ምስራሕ ይጠቅም ድዩ?",
                        tr="Çalışmak karşılığını verir mi?",
                    ),
                ),
                ("faq", [MYTH_WORK_PAYS]),
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
                        "Omgangsvormen",
                        en="How people deal with each other",
                        ar="آداب التعامل",
                        fa="آداب رفتار در محل کار",
                        ti="ኣገባብ ርክብ",
                        tr="Davranış kuralları",
                    ),
                ),
                (
                    "text",
                    [
                        UL(
                            T(
                                "Hiërarchie: uw leidinggevende beslist over het werk. Toch is de "
                                "sfeer vaak informeel: u mag vragen stellen en zeggen als iets "
                                "niet lukt.",
                                en="Hierarchy: your manager decides about the work. Still, the "
                                "atmosphere is often informal: you may ask questions and say when "
                                "something does not work.",
                                ar="التسلسل الإداري: مسؤولك يقرر بشأن العمل. ومع ذلك يكون الجو "
                                "غالباً غير رسمي: يمكنك أن تسأل وأن تقول إذا لم ينجح شيء.",
                                fa="سلسله‌مراتب: مسئول شما درباره کار تصمیم می‌گیرد. با این حال، "
                                "فضا اغلب غیررسمی است: می‌توانید سؤال بپرسید و بگویید اگر کاری "
                                "پیش نمی‌رود.",
                                ti="ደረጃ ስልጣን፡ ሓላፊኹም ብዛዕባ እቲ ስራሕ ይውስን። ኮይኑ ግን፡ ሃዋሁው "
                                "መብዛሕትኡ ግዜ ዘይወግዓዊ እዩ፡ ሕቶታት ክትሓቱን ገለ ነገር እንተዘይሰሪሑ "
                                "ክትገልጹን ትኽእሉ ኢኹም።",
                                tr="Hiyerarşi: işle ilgili kararları yöneticiniz verir. Yine de "
                                "ortam çoğu zaman resmî değildir: soru sorabilir ve bir şey "
                                "olmadığında bunu söyleyebilirsiniz.",
                            ),
                            T(
                                "Aanspreken: op veel werkplekken noemen collega's elkaar bij de "
                                "voornaam, ook de leidinggevende. Twijfelt u? Vraag hoe u iemand "
                                "aanspreekt.",
                                en="Forms of address: in many workplaces colleagues call each "
                                "other by their first name, including the manager. Not sure? Ask "
                                "how to address someone.",
                                ar="طريقة المخاطبة: في كثير من أماكن العمل ينادي الزملاء بعضهم "
                                "بالاسم الأول، حتى المسؤول. لست متأكداً؟ اسأل كيف تخاطب شخصاً ما.",
                                fa="نحوه خطاب کردن: در بسیاری از محل‌های کار، همکاران یکدیگر را با "
                                "نام کوچک صدا می‌زنند، حتی مسئول را. مطمئن نیستید؟ بپرسید چگونه "
                                "کسی را خطاب کنید.",
                                ti="ኣጸዋውዓ፡ ኣብ ብዙሓት ቦታታት ስራሕ፡ መሳርሕቲ ብቐዳማይ ስሞም "
                                "ይጸዋውዑ፡ ንሓላፊ እውን። ኣይተረጋገጽኩምን? ንሓደ ሰብ ከመይ ከም "
                                "እትጽውዕዎ ሕተቱ።",
                                tr="Hitap: birçok iş yerinde iş arkadaşları birbirine ilk adıyla "
                                "hitap eder, yöneticiye de. Emin değil misiniz? Birine nasıl "
                                "hitap edeceğinizi sorun.",
                            ),
                            T(
                                "Kleding: op sommige werkplekken zijn er regels voor kleding, "
                                "bijvoorbeeld werkkleding of veiligheidsschoenen. Vraag vooraf "
                                "wat u moet dragen.",
                                en="Clothing: some workplaces have rules for clothing, for "
                                "example work clothes or safety shoes. Ask beforehand what you "
                                "need to wear.",
                                ar="الملابس: في بعض أماكن العمل توجد قواعد للملابس، مثل ملابس "
                                "العمل أو أحذية السلامة. اسأل مسبقاً ماذا يجب أن ترتدي.",
                                fa="لباس: برخی محل‌های کار برای لباس قوانینی دارند، مثلاً لباس "
                                "کار یا کفش ایمنی. از قبل بپرسید چه باید بپوشید.",
                                ti="ክዳን፡ ኣብ ገለ ቦታታት ስራሕ ሕግታት ክዳን ኣለዉ፡ ንኣብነት ክዳን "
                                "ስራሕ ወይ ጫማ ድሕንነት። እንታይ ክትለብሱ ከም ዘለኩም ኣቐዲምኩም ሕተቱ።",
                                tr="Kıyafet: bazı iş yerlerinde kıyafet kuralları vardır, örneğin "
                                "iş kıyafeti veya iş güvenliği ayakkabısı. Ne giymeniz "
                                "gerektiğini önceden sorun.",
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
                                "Het COA geeft voorlichting over werken in Nederland: de Reba, de "
                                "TWV, uw geld en leefgeld, werkcultuur en werk naast inburgering.",
                                en="COA gives information sessions about working in the "
                                "Netherlands: the Reba, the TWV, your money and leefgeld, work "
                                "culture and combining work with inburgering.",
                                ar="يقدّم COA جلسات معلومات عن العمل في هولندا: الـ Reba والـ TWV "
                                "وأموالك ومصروف المعيشة (leefgeld) وثقافة العمل والجمع بين العمل "
                                "والاندماج (inburgering).",
                                fa="COA جلسات اطلاع‌رسانی درباره کار در هلند برگزار می‌کند: Reba، "
                                "TWV، پول و leefgeld شما، فرهنگ کار و کار در کنار inburgering.",
                                ti="COA ብዛዕባ ኣብ ሆላንድ ምስራሕ ሓበሬታ ይህብ፡ Reba፡ TWV፡ "
                                "ገንዘብኩምን leefgeldን፡ ባህሊ ስራሕን ስራሕ ምስ inburgering "
                                "ምውህሃድን።",
                                tr="COA, Hollanda'da çalışmak hakkında bilgilendirme yapar: Reba, "
                                "TWV, paranız ve leefgeld, iş kültürü ve işi inburgering ile "
                                "birleştirmek.",
                            ),
                            "coa",
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
                                "De werkgever vraagt de TWV aan",
                                en="The employer applies for the TWV",
                                ar="صاحب العمل يطلب تصريح TWV",
                                fa="کارفرما TWV را درخواست می‌کند",
                                ti="ኣስራሒ TWV ይሓትት",
                                tr="İşveren TWV başvurusu yapar",
                            ),
                            T(
                                "Heeft een werkgever u een baan aangeboden? Dan vraagt de "
                                "werkgever de TWV aan bij UWV. Dat hoeft u niet zelf te doen.",
                                en="Has an employer offered you a job? Then the employer applies "
                                "for the TWV at UWV. You do not have to do this yourself.",
                                ar="هل عرض عليك صاحب عمل وظيفة؟ عندها يطلب صاحب العمل تصريح TWV "
                                "من UWV. لا تحتاج إلى فعل ذلك بنفسك.",
                                fa="کارفرمایی به شما کار پیشنهاد داده است؟ در این صورت کارفرما "
                                "TWV را از UWV درخواست می‌کند. لازم نیست خودتان این کار را انجام "
                                "دهید.",
                                ti="ኣስራሒ ስራሕ ኣቕሪቡልኩም ዶ? ሽዑ ኣስራሒ TWV ካብ UWV ይሓትት። "
                                "ባዕልኹም ክትገብርዎ ኣየድልየኩምን።",
                                tr="Bir işveren size iş mi teklif etti? O zaman işveren UWV'ye "
                                "TWV başvurusu yapar. Bunu kendiniz yapmanız gerekmez.",
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
                                "BSN en bankrekening",
                                en="BSN and bank account",
                                ar="رقم BSN والحساب البنكي",
                                fa="BSN و حساب بانکی",
                                ti="BSNን ሕሳብ ባንክን",
                                tr="BSN ve banka hesabı",
                            ),
                            T(
                                "Zodra de werkgever de TWV heeft aangevraagd, start het COA de "
                                "snelle procedure voor uw BSN. U hoeft dus niet te wachten tot de "
                                "TWV er is. Met een BSN kunt u een bankrekening openen. Daarop "
                                "krijgt u uw loon.",
                                en="As soon as the employer has applied for the TWV, COA starts "
                                "the fast procedure for your BSN. So you do not have to wait "
                                "until the TWV is granted. With a BSN you can open a bank "
                                "account. Your wages are paid into it.",
                                ar="بمجرد أن يقدّم صاحب العمل طلب TWV، يبدأ COA الإجراء السريع "
                                "للحصول على رقم BSN الخاص بك. لذلك لا تحتاج إلى الانتظار حتى "
                                "صدور تصريح TWV. برقم BSN يمكنك فتح حساب بنكي، ويُدفع راتبك إليه.",
                                fa="به محض اینکه کارفرما TWV را درخواست کرد، COA روند سریع BSN "
                                "شما را شروع می‌کند. پس لازم نیست منتظر صدور TWV بمانید. با BSN "
                                "می‌توانید حساب بانکی باز کنید. دستمزد شما به آن حساب واریز "
                                "می‌شود.",
                                ti="ኣስራሒ TWV ምስ ሓተተ፡ COA ነቲ ቅልጡፍ መስርሕ BSNኹም ይጅምሮ። "
                                "ስለዚ TWV ክሳብ ዝመጽእ ክትጽበዩ ኣየድልየኩምን። ብBSN ሕሳብ ባንክ "
                                "ክትከፍቱ ትኽእሉ። ደሞዝኩም ናብኡ ይኣቱ።",
                                tr="İşveren TWV başvurusunu yapar yapmaz COA, BSN'niz için hızlı "
                                "süreci başlatır. Yani TWV'nin çıkmasını beklemeniz gerekmez. BSN "
                                "ile banka hesabı açabilirsiniz. Maaşınız bu hesaba yatırılır.",
                            ),
                            "coa",
                            T(
                                "soms 6 weken of langer; met de snelle procedure in Almere 1 tot "
                                "2 maanden",
                                en="sometimes 6 weeks or longer; with the fast procedure, 1 to 2 "
                                "months in Almere",
                                ar="أحياناً 6 أسابيع أو أكثر؛ مع الإجراء السريع من شهر إلى شهرين "
                                "في ألمير",
                                fa="گاهی ۶ هفته یا بیشتر؛ با روند سریع، در آلمره ۱ تا ۲ ماه",
                                ti="ሓደ ሓደ ግዜ 6 ሰሙን ወይ ልዕሊኡ፡ ብቕልጡፍ መስርሕ ኣብ ኣልሜረ ካብ 1 ክሳብ 2 ወርሒ",
                                tr="bazen 6 hafta veya daha uzun; hızlı süreçle Almere'de 1 ila 2 "
                                "ay",
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
                # Not "about five weeks": the TWV and the BSN each have their own wait.
                ("rule", "wait_first_day"),
                ("rule", "bsn_fast_track"),
                (
                    "heading",
                    T(
                        "Regel het vooraf: kinderopvang en vervoer",
                        en="Arrange beforehand: childcare and transport",
                        ar="رتّب مسبقاً: رعاية الأطفال والمواصلات",
                        fa="از قبل ترتیب دهید: مراقبت از کودک و رفت‌وآمد",
                        ti="ኣቐዲምኩም ኣዳልዉ፡ ክንክን ቆልዑን መጓዓዝያን",
                        tr="Önceden ayarlayın: çocuk bakımı ve ulaşım",
                    ),
                ),
                (
                    "text",
                    [
                        UL(
                            T(
                                "Heeft u kinderen? Kinderopvang vanaf vier jaar en "
                                "buitenschoolse opvang zijn belangrijk om werk en gezin te "
                                "combineren. Vraag bij de Job Office of Meedoenbalie wat er "
                                "mogelijk is.",
                                en="Do you have children? Childcare from the age of four and "
                                "after-school care are important for combining work and family. "
                                "Ask at the Job Office or Meedoenbalie what is possible.",
                                ar="هل لديك أطفال؟ رعاية الأطفال من عمر أربع سنوات والرعاية بعد "
                                "المدرسة مهمة للجمع بين العمل والعائلة. اسأل في مكتب العمل (Job "
                                "Office) أو Meedoenbalie عمّا هو ممكن.",
                                fa="فرزند دارید؟ مراقبت از کودک از چهار سالگی و مراقبت پس از "
                                "مدرسه برای هماهنگ کردن کار و خانواده مهم است. از Job Office یا "
                                "Meedoenbalie بپرسید چه امکاناتی وجود دارد.",
                                ti="ቆልዑ ኣለውኹም ዶ? ክንክን ቆልዑ ካብ ኣርባዕተ ዓመት ጀሚሩን ድሕሪ ቤት "
                                "ትምህርቲ ክንክንን ስራሕን ስድራን ንምውህሃድ ኣገደስቲ እዮም። እንታይ ከም "
                                "ዝከኣል ኣብ Job Office ወይ Meedoenbalie ሕተቱ።",
                                tr="Çocuklarınız var mı? Dört yaşından itibaren çocuk bakımı ve "
                                "okul sonrası bakım, iş ve aileyi birleştirmek için önemlidir. "
                                "Neyin mümkün olduğunu Job Office'e veya Meedoenbalie'ye sorun.",
                            ),
                            T(
                                "Hoe komt u op uw werk? Vervoer naar het werk kan een drempel "
                                "zijn. Bespreek het vooraf met de werkgever en de Job Office.",
                                en="How will you get to work? Transport to work can be an "
                                "obstacle. Discuss it beforehand with the employer and the Job "
                                "Office.",
                                ar="كيف ستصل إلى عملك؟ قد تكون المواصلات إلى العمل عائقاً. ناقش "
                                "ذلك مسبقاً مع صاحب العمل ومكتب العمل (Job Office).",
                                fa="چگونه به محل کار می‌روید؟ رفت‌وآمد به محل کار می‌تواند یک "
                                "مانع باشد. از قبل درباره آن با کارفرما و Job Office صحبت کنید.",
                                ti="ናብ ስራሕኩም ከመይ ጌርኩም ትበጽሑ? መጓዓዝያ ናብ ስራሕ ዕንቅፋት ክኸውን "
                                "ይኽእል። ኣቐዲምኩም ምስ ኣስራሕን Job Officeን ተዘራረቡሉ።",
                                tr="İşe nasıl gideceksiniz? İşe ulaşım bir engel olabilir. Bunu "
                                "önceden işverenle ve Job Office ile konuşun.",
                            ),
                        )
                    ],
                ),
                (
                    "heading",
                    T(
                        "Gaat het werk niet door of stopt het?",
                        en="Does the job not go ahead, or does it end?",
                        ar="إذا لم يبدأ العمل أو انتهى",
                        fa="کار شروع نمی‌شود یا تمام می‌شود؟",
                        ti="ስራሕ እንተዘይቀጺሉ ወይ እንተኣብቂዑ?",
                        tr="İş gerçekleşmiyor ya da bitiyor mu?",
                    ),
                ),
                ("rule", "twv_cancel"),
                ("contact", None),
            ],
        ),
    )
)

GUIDES["bewoners"].append(
    (
        "asielzoeker-of-statushouder",
        ALL,
        dict(
            title=T(
                "Asielzoeker of statushouder: wat is het verschil?",
                en="Asylum seeker or status holder: what is the difference?",
                ar="طالب لجوء أم حامل إقامة: ما الفرق؟",
                fa="پناهجو یا دارنده اقامت: چه فرقی دارد؟",
                ti="ሓታቲ ዑቕባ ወይስ ወናኒ ፍቓድ መንበሪ፡ ፍልልዩ እንታይ እዩ?",
                tr="Sığınmacı mı, statü sahibi mi: fark nedir?",
            ),
            intro=T(
                "Voor werk gelden andere regels als u een verblijfsvergunning heeft.",
                en="Different rules apply to work once you have a residence permit.",
                ar="إذا كان لديك تصريح إقامة، تسري على العمل قواعد أخرى.",
                fa="اگر اجازه اقامت دارید، برای کار قوانین دیگری وجود دارد.",
                ti="ፍቓድ መንበሪ እንተሃልዩኩም፡ ንስራሕ ካልእ ሕግታት ይምልከቱ።",
                tr="Oturum izniniz varsa çalışmak için başka kurallar geçerlidir.",
            ),
            body=[
                (
                    "comparison",
                    T(
                        "Wat verschilt er voor werk?",
                        en="What differs for work?",
                        ar="ما الذي يختلف بالنسبة للعمل؟",
                        fa="برای کار چه چیزی فرق می‌کند؟",
                        ti="ንስራሕ እንታይ ይፈላለ?",
                        tr="Çalışmak için ne farklı?",
                    ),
                    [
                        (
                            T(
                                "Werkvergunning (TWV)",
                                en="Work permit (TWV)",
                                ar="تصريح العمل (TWV)",
                                fa="اجازه کار (TWV)",
                                ti="ፍቓድ ስራሕ (TWV)",
                                tr="Çalışma izni (TWV)",
                            ),
                            T(
                                "Nodig. De werkgever vraagt de TWV aan bij UWV.",
                                en="Needed. The employer applies for the TWV at UWV.",
                                ar="مطلوب. صاحب العمل يطلب TWV من UWV.",
                                fa="لازم است. کارفرما TWV را از UWV درخواست می‌کند.",
                                ti="የድሊ። ኣስራሒ TWV ካብ UWV ይሓትት።",
                                tr="Gerekli. TWV başvurusunu işveren UWV'ye yapar.",
                            ),
                            T(
                                "Niet nodig.",
                                en="Not needed.",
                                ar="غير مطلوب.",
                                fa="لازم نیست.",
                                ti="ኣየድልን።",
                                tr="Gerekli değil.",
                            ),
                        ),
                        (
                            T(
                                "Inburgering",
                                en="Civic integration",
                                ar="الاندماج (inburgering)",
                                fa="ادغام (inburgering)",
                                ti="ምውህሃድ (inburgering)",
                                tr="Uyum (inburgering)",
                            ),
                            T(
                                "Nog niet.",
                                en="Not yet.",
                                ar="ليس بعد.",
                                fa="هنوز نه.",
                                ti="ገና ኣይኮነን።",
                                tr="Henüz değil.",
                            ),
                            T(
                                "Ja, de Wet inburgering 2021 geldt.",
                                en="Yes, the Civic Integration Act 2021 applies.",
                                ar="نعم، يسري قانون الاندماج (Wet inburgering 2021).",
                                fa="بله، قانون ادغام (Wet inburgering 2021) اعمال می‌شود.",
                                ti="እወ፡ ሕጊ ምውህሃድ (Wet inburgering 2021) ይምልከት።",
                                tr="Evet, Uyum Yasası (Wet inburgering 2021) geçerlidir.",
                            ),
                        ),
                        (
                            T(
                                "Koppeling aan een gemeente",
                                en="Linking to a municipality",
                                ar="الربط ببلدية (koppeling)",
                                fa="اتصال به یک شهرداری (koppeling)",
                                ti="ምትእስሳር ምስ ምምሕዳር ከተማ (koppeling)",
                                tr="Bir belediyeye bağlanma (koppeling)",
                            ),
                            T(
                                "Niet van toepassing.",
                                en="Does not apply.",
                                ar="لا ينطبق.",
                                fa="شامل نمی‌شود.",
                                ti="ኣይምልከትን።",
                                tr="Geçerli değil.",
                            ),
                            T(
                                "Ja. Werk van minstens acht uur per week, gedurende een half "
                                "jaar, kan meetellen.",
                                en="Yes. Work of at least eight hours a week, for half a year, "
                                "can count.",
                                ar="نعم. العمل ثماني ساعات في الأسبوع على الأقل، لمدة نصف سنة، "
                                "يمكن أن يُحتسب.",
                                fa="بله. کاری که دست‌کم هشت ساعت در هفته و به مدت نیم سال باشد، "
                                "می‌تواند به حساب بیاید.",
                                ti="እወ። እንተወሓደ ሸሞንተ ሰዓት ኣብ ሰሙን፡ ንፍርቂ ዓመት፡ ዝኾነ ስራሕ ክቑጸር ይኽእል።",
                                tr="Evet. Haftada en az sekiz saatlik, yarım yıl süren iş "
                                "sayılabilir.",
                            ),
                        ),
                        (
                            T(
                                "Wonen",
                                en="Housing",
                                ar="السكن",
                                fa="محل زندگی",
                                ti="መንበሪ",
                                tr="Konut",
                            ),
                            T(
                                "In een opvang van het COA.",
                                en="In a COA reception location.",
                                ar="في مكان استقبال تابع لـ COA.",
                                fa="در محل پذیرش COA.",
                                ti="ኣብ መዕቆቢ COA።",
                                tr="Bir COA kabul yerinde.",
                            ),
                            T(
                                "Vaak nog in het azc, tot er een woning is.",
                                en="Often still in the centre, until there is a home.",
                                ar="غالباً لا يزال في مركز اللجوء (azc)، إلى أن يتوفر مسكن.",
                                fa="اغلب هنوز در azc، تا وقتی خانه‌ای پیدا شود.",
                                ti="መብዛሕትኡ ግዜ ገና ኣብ azc፡ ገዛ ክሳብ ዝርከብ።",
                                tr="Çoğu zaman bir ev bulunana kadar hâlâ azc'de.",
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
            title=T(
                "Doe de check: mag ik werken?",
                en="Check: may I work?",
                ar="تحقق: هل يُسمح لي بالعمل؟",
                fa="بررسی کنید: آیا اجازه کار دارم؟",
                ti="ፈትሹ፡ ክሰርሕ ይፍቀደለይ ድዩ?",
                tr="Kontrol edin: Çalışabilir miyim?",
            ),
            intro=T(
                "Beantwoord een paar vragen en zie of u mag werken. Het antwoord is uitleg, geen "
                "besluit.",
                en="Answer a few questions and see whether you may work. The answer is an "
                "explanation, not a decision.",
                ar="أجب عن بعض الأسئلة واعرف إن كان يُسمح لك بالعمل. الجواب شرح، وليس قراراً.",
                fa="به چند سؤال پاسخ دهید و ببینید آیا اجازه کار دارید. پاسخ یک توضیح است، نه "
                "یک تصمیم.",
                ti="ንሒደት ሕቶታት መልሱ እሞ ክትሰርሑ ይፍቀደልኩም እንተኾይኑ ርኣዩ። እቲ መልሲ መብርሂ እዩ፡ ውሳኔ ኣይኮነን።",
                tr="Birkaç soruyu yanıtlayın ve çalışıp çalışamayacağınızı görün. Yanıt bir "
                "açıklamadır, karar değildir.",
            ),
            questions=[
                (
                    "permit",
                    T(
                        "Heeft u een verblijfsvergunning?",
                        en="Do you have a residence permit?",
                        ar="هل لديك تصريح إقامة؟",
                        fa="آیا اجازه اقامت دارید؟",
                        ti="ፍቓድ መንበሪ ኣለኩም ዶ?",
                        tr="Oturum izniniz var mı?",
                    ),
                    T(
                        "Dan bent u statushouder.",
                        en="Then you are a status holder.",
                        ar="في هذه الحالة أنت حامل إقامة (statushouder).",
                        fa="در این صورت شما دارنده اقامت (statushouder) هستید.",
                        ti="ከምኡ እንተኾይኑ፡ ወናኒ ፍቓድ መንበሪ (statushouder) ኢኹም።",
                        tr="O zaman statü sahibisiniz (statushouder).",
                    ),
                    T("", en="", ar="", fa="", ti="", tr=""),
                ),
                (
                    "adult",
                    T(
                        "Bent u 18 jaar of ouder?",
                        en="Are you 18 or older?",
                        ar="هل عمرك 18 سنة أو أكثر؟",
                        fa="آیا ۱۸ سال یا بیشتر دارید؟",
                        ti="ዕድሜኹም 18 ዓመት ወይ ልዕሊኡ ድዩ?",
                        tr="18 yaşında veya daha büyük müsünüz?",
                    ),
                    T("", en="", ar="", fa="", ti="", tr=""),
                    T(
                        "U moet 18 jaar of ouder zijn.",
                        en="You must be 18 or older.",
                        ar="يجب أن يكون عمرك 18 سنة أو أكثر.",
                        fa="باید ۱۸ سال یا بیشتر داشته باشید.",
                        ti="ዕድሜኹም 18 ዓመት ወይ ልዕሊኡ ክኸውን ኣለዎ።",
                        tr="18 yaşında veya daha büyük olmalısınız.",
                    ),
                ),
                (
                    "six_months",
                    T(
                        "Loopt uw asielaanvraag al minstens zes maanden bij de IND?",
                        en="Has your asylum application been pending at the IND for at least six months?",
                        ar="هل طلب لجوئك قيد المعالجة لدى IND منذ ستة أشهر على الأقل؟",
                        fa="آیا درخواست پناهندگی شما دست‌کم شش ماه است که در IND در حال بررسی است؟",
                        ti="ሕቶ ዑቕባኹም ኣብ IND እንተወሓደ ሽዱሽተ ወርሒ ጸኒሑ ድዩ?",
                        tr="Sığınma başvurunuz en az altı aydır IND'de işlemde mi?",
                    ),
                    T(
                        "Tel vanaf de dag van uw aanvraag.",
                        en="Count from the day you applied.",
                        ar="احسب المدة من يوم تقديم طلبك.",
                        fa="از روزی که درخواست داده‌اید حساب کنید.",
                        ti="ካብታ ሕቶኹም ዘቕረብኩምላ መዓልቲ ጀሚርኩም ቑጸሩ።",
                        tr="Başvurunuzu yaptığınız günden itibaren sayın.",
                    ),
                    T(
                        "Uw aanvraag moet minstens zes maanden lopen. Vraag het COA als u de datum niet weet.",
                        en="Your application must be pending for at least six months. Ask COA if you do not know the date.",
                        ar="يجب أن يكون طلبك قيد المعالجة منذ ستة أشهر على الأقل. اسأل COA إذا كنت "
                        "لا تعرف التاريخ.",
                        fa="درخواست شما باید دست‌کم شش ماه در جریان باشد. اگر تاریخ را نمی‌دانید، "
                        "از COA بپرسید.",
                        ti="ሕቶኹም እንተወሓደ ሽዱሽተ ወርሒ ክጸንሕ ኣለዎ። ነቲ ዕለት እንተዘይፈሊጥኩምዎ ኣብ COA ሕተቱ።",
                        tr="Başvurunuz en az altı aydır işlemde olmalıdır. Tarihi bilmiyorsanız "
                        "COA'ya sorun.",
                    ),
                ),
                (
                    "coa",
                    T(
                        "Woont u in een opvang van het COA?",
                        en="Do you live in a COA reception location?",
                        ar="هل تسكن في مكان استقبال تابع لـ COA؟",
                        fa="آیا در محل پذیرش COA زندگی می‌کنید؟",
                        ti="ኣብ መዕቆቢ COA ትነብሩ ዶ?",
                        tr="Bir COA kabul yerinde mi yaşıyorsunuz?",
                    ),
                    T("", en="", ar="", fa="", ti="", tr=""),
                    T(
                        "U moet in een opvang van het COA wonen.",
                        en="You must live in a COA reception location.",
                        ar="يجب أن تسكن في مكان استقبال تابع لـ COA.",
                        fa="باید در محل پذیرش COA زندگی کنید.",
                        ti="ኣብ መዕቆቢ COA ክትነብሩ ኣለኩም።",
                        tr="Bir COA kabul yerinde yaşamalısınız.",
                    ),
                ),
                (
                    "minimum_wage",
                    T(
                        "Krijgt u voor het werk minstens het minimumloon?",
                        en="Does the job pay at least the minimum wage?",
                        ar="هل تحصل مقابل العمل على الحد الأدنى للأجور على الأقل؟",
                        fa="آیا برای این کار دست‌کم حداقل دستمزد می‌گیرید؟",
                        ti="ነቲ ስራሕ እንተወሓደ ዝተሓተ ደሞዝ ትረኽቡ ዶ?",
                        tr="Bu iş için en az asgari ücret alıyor musunuz?",
                    ),
                    T(
                        "Weet u het niet? Vraag het de werkgever.",
                        en="Not sure? Ask the employer.",
                        ar="لا تعرف؟ اسأل صاحب العمل.",
                        fa="نمی‌دانید؟ از کارفرما بپرسید.",
                        ti="እንተዘይፈሊጥኩም፡ ንኣስራሒ ሕተቱ።",
                        tr="Bilmiyor musunuz? İşverene sorun.",
                    ),
                    T(
                        "Het werk moet minstens het minimumloon betalen.",
                        en="The job must pay at least the minimum wage.",
                        ar="يجب أن يدفع العمل الحد الأدنى للأجور على الأقل.",
                        fa="برای این کار باید دست‌کم حداقل دستمزد پرداخت شود.",
                        ti="እቲ ስራሕ እንተወሓደ ዝተሓተ ደሞዝ ክኸፍል ኣለዎ።",
                        tr="İş en az asgari ücret ödemelidir.",
                    ),
                ),
                (
                    "w_document",
                    T(
                        "Heeft u een geldig W-document?",
                        en="Do you have a valid W-document?",
                        ar="هل لديك وثيقة W-document سارية؟",
                        fa="آیا W-document معتبر دارید؟",
                        ti="ቅቡል W-document ኣለኩም ዶ?",
                        tr="Geçerli bir W-document'iniz var mı?",
                    ),
                    T(
                        "Dat is uw identiteitsbewijs als asielzoeker.",
                        en="That is your identity document as an asylum seeker.",
                        ar="هذه هي وثيقة هويتك كطالب لجوء.",
                        fa="این کارت شناسایی شما به عنوان پناهجو است.",
                        ti="እዚ ከም ሓታቲ ዑቕባ መንነት ወረቐትኩም እዩ።",
                        tr="Bu, sığınmacı olarak kimlik belgenizdir.",
                    ),
                    T(
                        "U heeft een geldig W-document nodig. Vraag het COA om een nieuw document.",
                        en="You need a valid W-document. Ask COA for a new one.",
                        ar="تحتاج إلى وثيقة W-document سارية. اطلب من COA وثيقة جديدة.",
                        fa="به یک W-document معتبر نیاز دارید. از COA یک سند جدید بخواهید.",
                        ti="ቅቡል W-document የድልየኩም። ካብ COA ሓድሽ ሰነድ ሕተቱ።",
                        tr="Geçerli bir W-document'e ihtiyacınız var. COA'dan yeni bir belge "
                        "isteyin.",
                    ),
                ),
            ],
            permit_answer=T(
                "Ja, u mag werken. Met een verblijfsvergunning heeft u geen TWV nodig.",
                en="Yes, you may work. With a residence permit you do not need a TWV.",
                ar="نعم، يُسمح لك بالعمل. مع تصريح الإقامة لا تحتاج إلى TWV.",
                fa="بله، اجازه کار دارید. با اجازه اقامت به TWV نیاز ندارید.",
                ti="እወ፡ ክትሰርሑ ይፍቀደልኩም። ምስ ፍቓድ መንበሪ TWV ኣየድልየኩምን።",
                tr="Evet, çalışabilirsiniz. Oturum izniyle TWV'ye ihtiyacınız yoktur.",
            ),
            # 002 ch. 2.2: UWV about five weeks, up to nine; the BSN "soms van 6 weken of langer".
            eligible_answer=T(
                "Ja, u mag werken. Uw werkgever vraagt eerst een TWV aan bij UWV. UWV beslist "
                "meestal in ongeveer vijf weken, soms pas na negen weken. Daarnaast heeft u een BSN "
                "nodig, en ook dat kost tijd: soms 6 weken of langer. Reken dus niet op vijf weken "
                "tot uw eerste werkdag.",
                en="Yes, you may work. Your employer first applies for a TWV at UWV. UWV usually "
                "decides in about five weeks, sometimes only after nine weeks. You also need a "
                "BSN, and that takes time too: sometimes 6 weeks or longer. So do not count on "
                "five weeks until your first working day.",
                ar="نعم، يُسمح لك بالعمل. يطلب صاحب العمل أولاً تصريح TWV من UWV. تقرر UWV عادةً "
                "خلال خمسة أسابيع تقريباً، وأحياناً بعد تسعة أسابيع. وتحتاج أيضاً إلى رقم BSN، "
                "وهذا يستغرق وقتاً أيضاً: أحياناً 6 أسابيع أو أكثر. لذلك لا تحسب على خمسة أسابيع "
                "حتى أول يوم عمل.",
                fa="بله، اجازه کار دارید. کارفرمای شما ابتدا TWV را از UWV درخواست می‌کند. UWV "
                "معمولاً در حدود پنج هفته تصمیم می‌گیرد، گاهی تا نه هفته. شما به BSN هم نیاز "
                "دارید و آن هم زمان می‌برد: گاهی ۶ هفته یا بیشتر. پس تا اولین روز کاری روی پنج "
                "هفته حساب نکنید.",
                ti="እወ፡ ክትሰርሑ ይፍቀደልኩም። ኣስራሒኹም መጀመርታ TWV ካብ UWV ይሓትት። UWV "
                "መብዛሕትኡ ግዜ ኣብ ኣስታት ሓሙሽተ ሰሙን ይውስን፡ ሓደ ሓደ ግዜ ድሕሪ ትሽዓተ ሰሙን። "
                "BSN እውን የድልየኩም፡ እዚ እውን ግዜ ይወስድ፡ ሓደ ሓደ ግዜ 6 ሰሙን ወይ ልዕሊኡ። ስለዚ "
                "ክሳብ ቀዳማይ መዓልቲ ስራሕኩም ኣብ ሓሙሽተ ሰሙን ኣይትተኣማመኑ።",
                tr="Evet, çalışabilirsiniz. İşvereniniz önce UWV'ye TWV başvurusu yapar. UWV "
                "genellikle yaklaşık beş haftada, bazen ancak dokuz hafta sonra karar verir. "
                "Ayrıca bir BSN'ye ihtiyacınız vardır ve o da zaman alır: bazen 6 hafta veya daha "
                "uzun. Bu yüzden ilk iş gününüz için beş haftaya güvenmeyin.",
            ),
            not_yet_answer=T(
                "Vraag de Job Office of Meedoenbalie in uw azc wat u nu kunt doen.",
                en="Ask the Job Office or Meedoenbalie in your centre what you can do now.",
                ar="اسأل مكتب العمل (Job Office) أو Meedoenbalie في مركزك (azc) عمّا يمكنك "
                "فعله الآن.",
                fa="از Job Office یا Meedoenbalie در azc خود بپرسید که اکنون چه کاری می‌توانید "
                "انجام دهید.",
                ti="ሕጂ እንታይ ክትገብሩ ከም እትኽእሉ ኣብ Job Office ወይ Meedoenbalie ናይ መዕቆቢኹም (azc) ሕተቱ።",
                tr="Şimdi ne yapabileceğinizi azc'nizdeki Job Office'e veya Meedoenbalie'ye sorun.",
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
    title=T(
        "Succesverhalen",
        en="Success stories",
        ar="قصص نجاح",
        fa="داستان‌های موفقیت",
        ti="ዛንታታት ዓወት",
        tr="Başarı hikâyeleri",
    ),
    intro=T(
        "Bewoners en werkgevers vertellen hoe het ging. Alle namen en bedrijven in deze "
        "voorbeelden zijn verzonnen.",
        en="Residents and employers tell how it went. All names and companies in these examples "
        "are made up.",
        ar="يحكي السكان وأصحاب العمل كيف جرت الأمور. كل الأسماء والشركات في هذه الأمثلة خيالية.",
        fa="ساکنان و کارفرمایان تعریف می‌کنند که کار چطور پیش رفت. همهٔ نام‌ها و شرکت‌ها در این "
        "نمونه‌ها ساختگی هستند.",
        ti="ነበርትን ኣስራሕትን ከመይ ከም ዝኸደ ይነግሩ። ኩሎም ኣስማትን ትካላትን ኣብዞም ኣብነታት ዝተፈጠሩ እዮም።",
        tr="Sakinler ve işverenler nasıl geçtiğini anlatıyor. Bu örneklerdeki bütün isimler ve "
        "şirketler uydurmadır.",
    ),
)

# Stories: slug -> fields; image colours for the generated illustration.
STORIES = {
    "van-luttelgeest-naar-de-kas": dict(
        title=T(
            "Van Luttelgeest naar de kas",
            en="From Luttelgeest to the greenhouse",
            ar="من Luttelgeest إلى البيت الزجاجي",
            fa="از Luttelgeest تا گلخانه",
            ti="ካብ Luttelgeest ናብ ቤት ኣትክልቲ",
            tr="Luttelgeest'ten seraya",
        ),
        quote=T(
            "Na vijf weken kwam de vergunning, en een maand later mijn BSN. Nu werk ik elke dag "
            "tussen de tomaten.",
            en="After five weeks the permit came, and a month later my BSN. Now I work among the "
            "tomatoes every day.",
            ar="بعد خمسة أسابيع وصل التصريح، وبعد شهر رقم BSN الخاص بي. الآن أعمل كل يوم بين "
            "نباتات الطماطم.",
            fa="بعد از پنج هفته مجوز آمد و یک ماه بعد BSN من. حالا هر روز بین گوجه‌فرنگی‌ها کار "
            "می‌کنم.",
            ti="ድሕሪ ሓሙሽተ ሰሙን እቲ ፍቓድ መጸ፡ ድሕሪ ሓደ ወርሒ ድማ BSNይ። ሕጂ መዓልቲ መዓልቲ ኣብ መንጎ ኮሚደረ እሰርሕ።",
            tr="Beş hafta sonra izin geldi, bir ay sonra da BSN'im. Şimdi her gün domateslerin "
            "arasında çalışıyorum.",
        ),
        quote_by=T(
            "Yonas, medewerker kwekerij",
            en="Yonas, nursery worker",
            ar="يوناس، عامل في مشتل",
            fa="یوناس، کارگر گلخانه",
            ti="ዮናስ፡ ሰራሕተኛ ቤት ኣትክልቲ",
            tr="Yonas, fidanlık çalışanı",
        ),
        body=T(
            "<p>Yonas woont in het azc in Luttelgeest. Via de Meedoenbalie kwam hij op een "
            "speeddate met een kwekerij. De werkgever vroeg een TWV aan bij UWV.</p>"
            "<p>Een jobcoach hielp in de eerste weken met het rooster en met vragen over het "
            "contract.</p>",
            en="<p>Yonas lives in the centre in Luttelgeest. Through the Meedoenbalie he went to "
            "a speed date with a nursery. The employer applied for a TWV at UWV.</p>"
            "<p>A job coach helped in the first weeks with the roster and with questions about "
            "the contract.</p>",
            ar="<p>يسكن يوناس في مركز اللجوء في Luttelgeest. عن طريق Meedoenbalie حضر لقاءً "
            "سريعًا مع مشتل. قدّم صاحب العمل طلب تصريح العمل (TWV) لدى UWV.</p>"
            "<p>في الأسابيع الأولى ساعده مدرّب عمل (jobcoach) في جدول العمل وفي أسئلته عن "
            "العقد.</p>",
            fa="<p>یوناس در azc در Luttelgeest زندگی می‌کند. از طریق Meedoenbalie به یک دیدار "
            "سریع با یک گلخانه رفت. کارفرما در UWV برای TWV درخواست داد.</p>"
            "<p>در هفته‌های اول یک مربی کار (jobcoach) در برنامهٔ کاری و سؤال‌های مربوط به "
            "قرارداد به او کمک کرد.</p>",
            ti="<p>ዮናስ ኣብ azc ናይ Luttelgeest ይነብር። ብመንገዲ Meedoenbalie ምስ ሓደ ቤት ኣትክልቲ "
            "ሓጺር ርክብ ገበረ። እቲ ኣስራሒ ኣብ UWV TWV ሓተተ።</p>"
            "<p>ኣብ ቀዳሞት ሰሙናት ሓደ jobcoach ብሰሌዳ ስራሕን ብዛዕባ ውዕል ዝነበሮ ሕቶታትን "
            "ሓገዞ።</p>",
            tr="<p>Yonas, Luttelgeest'teki azc'de yaşıyor. Meedoenbalie aracılığıyla bir "
            "fidanlıkla hızlı tanışmaya katıldı. İşveren UWV'ye TWV başvurusu yaptı.</p>"
            "<p>İlk haftalarda bir iş koçu (jobcoach) ona çalışma programı ve sözleşmeyle ilgili "
            "sorularında yardım etti.</p>",
        ),
        sector="agrarisch",
        place="Noordoostpolder",
        colour=(46, 125, 50),
        alt=T(
            "Illustratie: groene vlakken als rijen planten in een kas.",
            en="Illustration: green shapes like rows of plants in a greenhouse.",
            ar="رسم توضيحي: مساحات خضراء تشبه صفوف النباتات في بيت زجاجي.",
            fa="تصویر: سطح‌های سبز مانند ردیف‌های گیاه در گلخانه.",
            ti="ስእሊ፡ ከም መስርዓት ተኽልታት ኣብ ቤት ኣትክልቲ ዝመስሉ ቀጠልያ ቅርጽታት።",
            tr="Çizim: serada sıra sıra bitkilere benzeyen yeşil alanlar.",
        ),
    ),
    "een-plek-in-de-keuken": dict(
        title=T(
            "Een vaste plek in de keuken",
            en="A steady place in the kitchen",
            ar="مكان ثابت في المطبخ",
            fa="یک جای ثابت در آشپزخانه",
            ti="ቀዋሚ ቦታ ኣብ ክሽነ",
            tr="Mutfakta kalıcı bir yer",
        ),
        quote=T(
            "Ik kookte al thuis. Hier leerde ik hoe een Nederlandse keuken werkt.",
            en="I already cooked at home. Here I learned how a Dutch kitchen works.",
            ar="كنت أطبخ في البيت من قبل. هنا تعلّمت كيف يعمل المطبخ الهولندي.",
            fa="قبلاً در خانه آشپزی می‌کردم. اینجا یاد گرفتم که یک آشپزخانهٔ هلندی چطور کار می‌کند.",
            ti="ቀደም ኣብ ገዛ መግቢ እሰርሕ ነይረ። ኣብዚ ሓንቲ ሆላንዳዊት ክሽነ ከመይ ከም እትሰርሕ ተማሂረ።",
            tr="Evde zaten yemek yapıyordum. Burada bir Hollanda mutfağının nasıl çalıştığını "
            "öğrendim.",
        ),
        quote_by=T(
            "Samira, kok",
            en="Samira, cook",
            ar="سميرة، طبّاخة",
            fa="سمیرا، آشپز",
            ti="ሳሚራ፡ ኣብሳሊት",
            tr="Samira, aşçı",
        ),
        body=T(
            "<p>Samira meldde zich bij de Werkbalie in Zaanstad. Na een korte training begon ze "
            "in een restaurant.</p><p>Wat hielp: duidelijke afspraken over tijden en een collega "
            "die haar de eerste weken wegwijs maakte.</p>",
            en="<p>Samira signed up at the Werkbalie in Zaanstad. After a short training she "
            "started at a restaurant.</p><p>What helped: clear agreements about hours and a "
            "colleague who showed her the ropes in the first weeks.</p>",
            ar="<p>سجّلت سميرة في Werkbalie في Zaanstad. بعد تدريب قصير بدأت العمل في "
            "مطعم.</p><p>ما ساعدها: اتفاقات واضحة عن أوقات العمل، وزميل أرشدها في الأسابيع "
            "الأولى.</p>",
            fa="<p>سمیرا در Werkbalie در Zaanstad ثبت‌نام کرد. بعد از یک آموزش کوتاه، کار در "
            "یک رستوران را شروع کرد.</p><p>چه چیزی کمک کرد: توافق‌های روشن دربارهٔ ساعت‌های "
            "کار و همکاری که در هفته‌های اول کارها را به او نشان داد.</p>",
            ti="<p>ሳሚራ ኣብ Werkbalie ናይ Zaanstad ተመዝገበት። ድሕሪ ሓጺር ስልጠና ኣብ ሓደ ቤት "
            "መግቢ ክትሰርሕ ጀመረት።</p><p>ዝሓገዛ፡ ብዛዕባ ሰዓታት ስራሕ ንጹር ስምምዕን ኣብ ቀዳሞት "
            "ሰሙናት መንገዲ ዘርኣያ መሳርሕትን።</p>",
            tr="<p>Samira, Zaanstad'daki Werkbalie'ye başvurdu. Kısa bir eğitimden sonra bir "
            "restoranda çalışmaya başladı.</p><p>Ona yardımcı olanlar: çalışma saatleri "
            "hakkında net anlaşmalar ve ilk haftalarda ona yol gösteren bir iş arkadaşı.</p>",
        ),
        sector="horeca",
        place="Zaanstad",
        colour=(183, 28, 28),
        alt=T(
            "Illustratie: rode en oranje vlakken als pannen op een fornuis.",
            en="Illustration: red and orange shapes like pans on a stove.",
            ar="رسم توضيحي: مساحات حمراء وبرتقالية تشبه قدورًا على موقد.",
            fa="تصویر: سطح‌های قرمز و نارنجی مانند قابلمه‌ها روی اجاق.",
            ti="ስእሊ፡ ከም ድስትታት ኣብ ምድጃ ዝመስሉ ቀይሕን ብርቱኳናውን ቅርጽታት።",
            tr="Çizim: ocaktaki tencerelere benzeyen kırmızı ve turuncu alanlar.",
        ),
    ),
    "waarom-wij-nieuwkomers-aannemen": dict(
        title=T(
            "Waarom wij nieuwkomers aannemen",
            en="Why we hire newcomers",
            ar="لماذا نوظّف القادمين الجدد",
            fa="چرا تازه‌واردان را استخدام می‌کنیم",
            ti="ንምንታይ ሓደስቲ መጻእቲ ንቖጽር",
            tr="Neden yeni gelenleri işe alıyoruz",
        ),
        quote=T(
            "Eén vaste contactpersoon bij de gemeente maakte het verschil.",
            en="One steady contact at the municipality made the difference.",
            ar="شخص واحد ثابت للتواصل في البلدية صنع الفرق.",
            fa="یک فرد تماس ثابت در شهرداری همه چیز را تغییر داد.",
            ti="ሓደ ቀዋሚ ተራኻቢ ሰብ ኣብ ምምሕዳር ከተማ ፍልልይ ገበረ።",
            tr="Belediyede tek ve sabit bir irtibat kişisi her şeyi değiştirdi.",
        ),
        quote_by=T(
            "Mark, eigenaar van een transportbedrijf",
            en="Mark, owner of a transport company",
            ar="مارك، صاحب شركة نقل",
            fa="مارک، صاحب یک شرکت حمل‌ونقل",
            ti="ማርክ፡ ዋና ትካል መጓዓዝያ",
            tr="Mark, bir nakliye şirketinin sahibi",
        ),
        body=T(
            "<p>Mark zocht chauffeurs en magazijnmedewerkers. Hij wist niet waar hij moest "
            "beginnen met de regels.</p><p>De gemeente gaf hem één aanspreekpunt. Met hulp van "
            "die contactpersoon vroeg hij de TWV aan bij UWV en regelde hij een jobcoach.</p>",
            en="<p>Mark was looking for drivers and warehouse staff. He did not know where to "
            "start with the rules.</p><p>The municipality gave him one contact. With that "
            "person's help he applied for the TWV at UWV and arranged a job coach.</p>",
            ar="<p>كان مارك يبحث عن سائقين وعمّال مستودعات. لم يعرف من أين يبدأ مع "
            "القواعد.</p><p>أعطته البلدية شخصًا واحدًا للتواصل. بمساعدة هذا الشخص قدّم طلب "
            "تصريح العمل (TWV) لدى UWV ورتّب مدرّب عمل (jobcoach).</p>",
            fa="<p>مارک دنبال راننده و کارگر انبار بود. نمی‌دانست با قوانین از کجا شروع "
            "کند.</p><p>شهرداری یک فرد تماس به او معرفی کرد. با کمک این فرد، او در UWV برای "
            "TWV درخواست داد و یک مربی کار (jobcoach) گرفت.</p>",
            ti="<p>ማርክ መራሕቲ መካይንን ሰራሕተኛታት መኽዝንን ይደሊ ነበረ። ብዛዕባ እቲ ሕግታት ካበይ "
            "ከም ዝጅምር ኣይፈለጠን።</p><p>ምምሕዳር ከተማ ሓደ ተራኻቢ ሰብ ሃቦ። ብሓገዝ ናይዚ ሰብ "
            "ኣብ UWV TWV ሓተተን jobcoach ኣዳለወን።</p>",
            tr="<p>Mark şoför ve depo çalışanı arıyordu. Kurallarla ilgili nereden "
            "başlayacağını bilmiyordu.</p><p>Belediye ona tek bir irtibat kişisi verdi. Bu "
            "kişinin yardımıyla UWV'ye TWV başvurusu yaptı ve bir iş koçu (jobcoach) "
            "ayarladı.</p>",
        ),
        sector="logistiek",
        place="Almere",
        colour=(21, 101, 192),
        alt=T(
            "Illustratie: blauwe blokken als dozen in een magazijn.",
            en="Illustration: blue blocks like boxes in a warehouse.",
            ar="رسم توضيحي: مكعبات زرقاء تشبه صناديق في مستودع.",
            fa="تصویر: بلوک‌های آبی مانند جعبه‌ها در انبار.",
            ti="ስእሊ፡ ከም ሳጹናት ኣብ መኽዘን ዝመስሉ ሰማያዊ ቅርጽታት።",
            tr="Çizim: depodaki kutulara benzeyen mavi bloklar.",
        ),
    ),
    "schoonmaken-en-nederlands-leren": dict(
        title=T(
            "Schoonmaken en Nederlands leren",
            en="Cleaning and learning Dutch",
            ar="التنظيف وتعلّم الهولندية",
            fa="نظافت و یادگیری زبان هلندی",
            ti="ምጽራይን ሆላንድኛ ምምሃርን",
            tr="Temizlik ve Hollandaca öğrenmek",
        ),
        quote=T(
            "Mijn collega's praten Nederlands met mij. Zo leer ik elke dag.",
            en="My colleagues speak Dutch with me. That is how I learn every day.",
            ar="زملائي يتكلمون معي بالهولندية. هكذا أتعلّم كل يوم.",
            fa="همکارانم با من هلندی صحبت می‌کنند. این‌طوری هر روز یاد می‌گیرم.",
            ti="መሳርሕተይ ምሳይ ብሆላንድኛ ይዛረቡ። ከምዚ ገይረ መዓልቲ መዓልቲ እመሃር።",
            tr="İş arkadaşlarım benimle Hollandaca konuşuyor. Böylece her gün öğreniyorum.",
        ),
        quote_by=T(
            "Ahmad, schoonmaker",
            en="Ahmad, cleaner",
            ar="أحمد، عامل تنظيف",
            fa="احمد، کارگر نظافت",
            ti="ኣሕመድ፡ ሰራሕተኛ ጽሬት",
            tr="Ahmad, temizlik görevlisi",
        ),
        body=T(
            "<p>Ahmad werkt in de ochtend in een kantoor in Assen. De Job Office hielp hem met "
            "zijn cv en het eerste gesprek.</p><p>Na de start had hij een gesprek met het COA "
            "over de Reba.</p>",
            en="<p>Ahmad works mornings in an office in Assen. The Job Office helped him with his "
            "CV and the first interview.</p><p>After he started he had a talk with COA about the "
            "Reba.</p>",
            ar="<p>يعمل أحمد في الصباح في مكتب في Assen. ساعده مكتب العمل (Job Office) في سيرته "
            "الذاتية وفي أول مقابلة.</p><p>بعد أن بدأ العمل، تحدّث مع COA عن المساهمة في "
            "تكاليف الاستقبال (Reba).</p>",
            fa="<p>احمد صبح‌ها در یک دفتر در Assen کار می‌کند. Job Office در نوشتن رزومه و "
            "اولین مصاحبه به او کمک کرد.</p><p>بعد از شروع کار، با COA دربارهٔ Reba (سهم "
            "هزینهٔ اقامت) گفت‌وگو کرد.</p>",
            ti="<p>ኣሕመድ ንግሆ ኣብ ሓደ ቤት ጽሕፈት ኣብ Assen ይሰርሕ። Job Office ኣብ ሲቪኡን ኣብ "
            "ቀዳማይ ቃለ-መሕትትን ሓገዞ።</p><p>ድሕሪ ምጅማሩ ምስ COA ብዛዕባ Reba (ኣበርክቶ "
            "ንወጻኢታት መዕቆቢ) ተዘራረበ።</p>",
            tr="<p>Ahmad sabahları Assen'de bir ofiste çalışıyor. Job Office ona özgeçmişinde ve "
            "ilk iş görüşmesinde yardım etti.</p><p>İşe başladıktan sonra COA ile Reba "
            "(barınma masraflarına katkı) hakkında bir görüşme yaptı.</p>",
        ),
        sector="schoonmaak",
        place="Assen",
        colour=(0, 121, 107),
        alt=T(
            "Illustratie: turquoise vlakken als een schone vloer.",
            en="Illustration: turquoise shapes like a clean floor.",
            ar="رسم توضيحي: مساحات فيروزية تشبه أرضية نظيفة.",
            fa="تصویر: سطح‌های فیروزه‌ای مانند یک کف تمیز.",
            ti="ስእሊ፡ ከም ጽሩይ ባይታ ዝመስሉ ቱርኳዝ ቅርጽታት።",
            tr="Çizim: temiz bir zemine benzeyen turkuaz alanlar.",
        ),
    ),
    "techniek-met-een-jobcoach": dict(
        title=T(
            "Techniek met een jobcoach",
            en="Technical work with a job coach",
            ar="عمل تقني مع مدرّب عمل",
            fa="کار فنی با مربی کار",
            ti="ቴክኒካዊ ስራሕ ምስ jobcoach",
            tr="İş koçuyla teknik iş",
        ),
        quote=T(
            "De eerste maand was moeilijk. Mijn jobcoach belde elke week.",
            en="The first month was hard. My job coach called every week.",
            ar="كان الشهر الأول صعبًا. كان مدرّب العمل يتصل بي كل أسبوع.",
            fa="ماه اول سخت بود. مربی کارم هر هفته به من زنگ می‌زد.",
            ti="እቲ ቀዳማይ ወርሒ ከቢድ ነይሩ። እቲ jobcoach ሰሙን ሰሙን ይድውለለይ ነይሩ።",
            tr="İlk ay zordu. İş koçum her hafta beni aradı.",
        ),
        quote_by=T(
            "Eyerusalem, monteur",
            en="Eyerusalem, mechanic",
            ar="إيروسالم، فنّية تركيب",
            fa="ایروسالم، مکانیک",
            ti="ኢየሩሳሌም፡ መካኒክ",
            tr="Eyerusalem, montajcı",
        ),
        body=T(
            "<p>Eyerusalem was in haar land al monteur. In Eindhoven vond ze werk bij een "
            "metaalbedrijf.</p><p>Een jobcoach hielp met veiligheid op de werkvloer en met "
            "vakwoorden in het Nederlands.</p>",
            en="<p>Eyerusalem was already a mechanic in her country. In Eindhoven she found work "
            "at a metal company.</p><p>A job coach helped with safety at work and with technical "
            "words in Dutch.</p>",
            ar="<p>كانت إيروسالم تعمل فنّية تركيب في بلدها. في Eindhoven وجدت عملًا في شركة "
            "معادن.</p><p>ساعدها مدرّب عمل (jobcoach) في السلامة في مكان العمل وفي كلمات "
            "المهنة بالهولندية.</p>",
            fa="<p>ایروسالم در کشور خودش مکانیک بود. در Eindhoven در یک شرکت فلزکاری کار پیدا "
            "کرد.</p><p>یک مربی کار (jobcoach) در ایمنی محل کار و واژه‌های تخصصی هلندی به او "
            "کمک کرد.</p>",
            ti="<p>ኢየሩሳሌም ኣብ ዓዳ ድሮ መካኒክ ነይራ። ኣብ Eindhoven ኣብ ሓደ ትካል ብረት ስራሕ "
            "ረኸበት።</p><p>ሓደ jobcoach ብድሕንነት ኣብ ቦታ ስራሕን ብቓላት ሞያ ብሆላንድኛን "
            "ሓገዛ።</p>",
            tr="<p>Eyerusalem kendi ülkesinde zaten montajcıydı. Eindhoven'da bir metal "
            "şirketinde iş buldu.</p><p>Bir iş koçu (jobcoach) ona iş yerinde güvenlik ve "
            "Hollandaca meslek kelimeleri konusunda yardım etti.</p>",
        ),
        sector="techniek",
        place="Eindhoven",
        colour=(93, 64, 55),
        alt=T(
            "Illustratie: bruine en grijze vormen als gereedschap.",
            en="Illustration: brown and grey shapes like tools.",
            ar="رسم توضيحي: أشكال بنية ورمادية تشبه أدوات العمل.",
            fa="تصویر: شکل‌های قهوه‌ای و خاکستری مانند ابزار.",
            ti="ስእሊ፡ ከም መሳርሒታት ዝመስሉ ቡናውን ሓሙዂሽትን ቅርጽታት።",
            tr="Çizim: aletlere benzeyen kahverengi ve gri şekiller.",
        ),
    ),
}

EVENT_INDEX = dict(
    title=T("Agenda", en="Events", ar="الفعاليات", fa="برنامه‌ها", ti="መደባት", tr="Etkinlikler"),
    intro=T(
        "Banenmarkten, voorlichting en spreekuren voor bewoners en werkgevers.",
        en="Job fairs, information sessions and walk-in hours for residents and employers.",
        ar="معارض توظيف وجلسات إعلامية ومواعيد استقبال للسكان وأصحاب العمل.",
        fa="نمایشگاه‌های کار، جلسه‌های اطلاع‌رسانی و ساعت‌های مشاوره برای ساکنان و کارفرمایان.",
        ti="ባዛር ስራሕ፡ ኣኼባታት ሓበሬታን ሰዓታት ምኽሪን ንነበርትን ኣስራሕትን።",
        tr="Sakinler ve işverenler için iş fuarları, bilgilendirme toplantıları ve görüşme "
        "saatleri.",
    ),
)

# Events: slug -> fields. The day is "start_in_days" after the day the demo is loaded, moved on
# to "weekday" (0 = Monday) when given, and never to a Saturday or Sunday (home.demo.event_day).
EVENTS = {
    "banenmarkt-assen": dict(
        title=T(
            "Banenmarkt Assen",
            en="Job fair Assen",
            ar="معرض توظيف في Assen",
            fa="نمایشگاه کار Assen",
            ti="ባዛር ስራሕ Assen",
            tr="Assen İş Fuarı",
        ),
        kind="banenmarkt",
        intro=T(
            "Maak kennis met werkgevers uit de regio. Neem uw cv mee als u die heeft.",
            en="Meet employers from the region. Bring your CV if you have one.",
            ar="تعرّفوا على أصحاب عمل من المنطقة. يُرجى إحضار السيرة الذاتية إن كانت لديكم.",
            fa="با کارفرمایان منطقه آشنا شوید. اگر رزومه دارید، آن را همراه بیاورید.",
            ti="ምስ ኣስራሕቲ ናይቲ ከባቢ ተላለዩ። ሲቪ (CV) እንተሃልዩኩም ሒዝኩም ምጹ።",
            tr="Bölgedeki işverenlerle tanışın. Özgeçmişiniz varsa yanınızda getirin.",
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
            ar="<p>لا حاجة إلى التسجيل. يُرجى الحضور بين الساعة 13.00 والساعة 16.00.</p>",
            fa="<p>ثبت‌نام لازم نیست. بین ساعت 13.00 تا 16.00 بیایید.</p>",
            ti="<p>ምምዝጋብ ኣየድልን። ካብ ሰዓት 13.00 ክሳብ 16.00 ምጹ።</p>",
            tr="<p>Kayıt gerekmez. Saat 13.00 ile 16.00 arasında gelin.</p>",
        ),
    ),
    # The Werkbalie in Zaanstad: "op de opvanglocatie op woensdag tussen 9.00-12.30"; residents
    # book a talk in a digital agenda, and walk-ins are seen when there is room (003, bijlage 4).
    "inloopspreekuur-werkbalie": dict(
        title=T(
            "Inloopspreekuur Werkbalie",
            en="Walk-in hour at the Werkbalie",
            ar="ساعة استقبال بدون موعد في Werkbalie",
            fa="ساعت مراجعه بدون وقت قبلی در Werkbalie",
            ti="ብዘይ ቈጸራ ምምጻእ ኣብ Werkbalie",
            tr="Werkbalie'de randevusuz görüşme saati",
        ),
        kind="inloopspreekuur",
        intro=T(
            "Vragen over werk? Kom op woensdag tussen 9.00 en 12.30 uur naar de Werkbalie op de "
            "opvanglocatie. U kunt kennismaken met werkgevers en vragen stellen aan een "
            "WSP-adviseur.",
            en="Questions about work? Come to the Werkbalie at the reception centre on Wednesday "
            "between 9.00 and 12.30. You can meet employers and ask a WSP adviser your "
            "questions.",
            ar="هل لديكم أسئلة عن العمل؟ يُرجى الحضور إلى Werkbalie في مركز الاستقبال يوم "
            "الأربعاء بين الساعة 9.00 والساعة 12.30. يمكنكم التعرّف على أصحاب عمل وطرح "
            "أسئلتكم على مستشار من WSP.",
            fa="سؤالی دربارهٔ کار دارید؟ روز چهارشنبه بین ساعت 9.00 تا 12.30 به Werkbalie در "
            "محل اقامت (opvanglocatie) بیایید. می‌توانید با کارفرمایان آشنا شوید و سؤال‌های "
            "خود را از یک مشاور WSP بپرسید.",
            ti="ብዛዕባ ስራሕ ሕቶ ኣለኩም ዶ? ረቡዕ ካብ ሰዓት 9.00 ክሳብ 12.30 ናብ Werkbalie ኣብቲ "
            "መዕቆቢ ምጹ። ምስ ኣስራሕቲ ክትላለዩን ንኣማኻሪ WSP ሕቶ ክትሓቱን ትኽእሉ ኢኹም።",
            tr="İşle ilgili sorularınız mı var? Çarşamba günü saat 9.00 ile 12.30 arasında "
            "kabul merkezindeki Werkbalie'ye gelin. İşverenlerle tanışabilir ve sorularınızı "
            "bir WSP danışmanına sorabilirsiniz.",
        ),
        start_in_days=2,
        weekday=2,
        start="09:00",
        end="12:30",
        location="zaanstad",
        address="",
        languages=["nl", "en", "ar"],
        registration=T(
            "<p>In de digitale agenda van de Werkbalie maakt u een afspraak met een "
            "WSP-adviseur. Zonder afspraak binnenlopen kan ook: als er tijd is, helpt een "
            "adviseur u.</p>",
            en="<p>You book a talk with a WSP adviser in the Werkbalie's digital agenda. You can "
            "also walk in without an appointment: if there is time, an adviser will help "
            "you.</p>",
            ar="<p>يمكنكم حجز موعد مع مستشار من WSP في التقويم الرقمي لـ Werkbalie. يمكنكم "
            "أيضًا الحضور دون موعد: إذا كان هناك وقت، يساعدكم أحد المستشارين.</p>",
            fa="<p>در تقویم دیجیتال Werkbalie برای گفت‌وگو با یک مشاور WSP وقت بگیرید. بدون "
            "وقت قبلی هم می‌توانید بیایید: اگر وقت باشد، یک مشاور به شما کمک می‌کند.</p>",
            ti="<p>ኣብቲ ዲጂታል ካላንደር ናይ Werkbalie ምስ ኣማኻሪ WSP ቈጸራ ክትሕዙ ትኽእሉ "
            "ኢኹም። ብዘይ ቈጸራ'ውን ክትመጹ ትኽእሉ ኢኹም፡ ግዜ እንተሃልዩ ኣማኻሪ ይሕግዘኩም።</p>",
            tr="<p>Werkbalie'nin dijital takviminden bir WSP danışmanıyla randevu alırsınız. "
            "Randevusuz da gelebilirsiniz: zaman varsa bir danışman size yardım eder.</p>",
        ),
    ),
    "workshop-grenzeloos-communiceren": dict(
        title=T(
            "Workshop grenzeloos communiceren",
            en="Workshop: communicating across borders",
            ar="ورشة عمل: التواصل بلا حدود",
            fa="کارگاه: ارتباط بدون مرز",
            ti="ዎርክሾፕ፡ ብዘይ ዶብ ምርኻብ",
            tr="Atölye: sınırsız iletişim",
        ),
        kind="workshop",
        intro=T(
            "Voor werkgevers en leidinggevenden: hoe geeft u uitleg en feedback aan een "
            "nieuwe collega die nog weinig Nederlands spreekt?",
            en="For employers and managers: how do you explain and give feedback to a new "
            "colleague who speaks little Dutch yet?",
            ar="لأصحاب العمل والمديرين: كيف تشرحون وتقدّمون الملاحظات لزميل جديد لا يتكلم "
            "الهولندية جيدًا بعد؟",
            fa="برای کارفرمایان و مدیران: چگونه به همکار تازه‌ای که هنوز کمی هلندی صحبت می‌کند "
            "توضیح و بازخورد بدهید؟",
            ti="ንኣስራሕትን ሓለፍትን፡ ንሓድሽ መሳርሕቲ ሕጂ ውሑድ ሆላንድኛ ዝዛረብ ከመይ ገይርኩም መብርሂን ርእይቶን ትህቡ?",
            tr="İşverenler ve yöneticiler için: henüz az Hollandaca konuşan yeni bir iş "
            "arkadaşına nasıl açıklama yapar ve geri bildirim verirsiniz?",
        ),
        start_in_days=35,
        start="15:00",
        end="17:00",
        location="",
        # The sources name no venue (000 only offers the workshop): the address comes with the
        # sign-up.
        address="Assen",
        languages=["nl"],
        registration=T(
            "<p>Meld u aan via het e-mailadres onderaan deze pagina. U krijgt dan het adres van "
            "de workshop.</p>",
            en="<p>Sign up through the e-mail address at the bottom of this page. You will then "
            "get the address of the workshop.</p>",
            ar="<p>يُرجى التسجيل عبر عنوان البريد الإلكتروني أسفل هذه الصفحة. بعد ذلك تحصلون "
            "على عنوان الورشة.</p>",
            fa="<p>از طریق نشانی ایمیل پایین این صفحه ثبت‌نام کنید. سپس نشانی کارگاه را دریافت "
            "می‌کنید.</p>",
            ti="<p>ብኣድራሻ ኢመይል ኣብ ታሕቲ ናይዚ ገጽ ተመዝገቡ። ድሕሪኡ ኣድራሻ ናይቲ ዎርክሾፕ ክትረኽቡ ኢኹም።</p>",
            tr="<p>Bu sayfanın altındaki e-posta adresi üzerinden kaydolun. Ardından atölyenin "
            "adresini alırsınız.</p>",
        ),
    ),
    "speeddate-luttelgeest": dict(
        title=T(
            "Speeddate met werkgevers",
            en="Speed date with employers",
            ar="لقاءات سريعة مع أصحاب العمل",
            fa="دیدار سریع با کارفرمایان",
            ti="ሓጺር ርክብ ምስ ኣስራሕቲ",
            tr="İşverenlerle hızlı tanışma",
        ),
        kind="speeddate",
        intro=T(
            "Korte gesprekken van tien minuten tussen bewoners en werkgevers uit de "
            "Noordoostpolder.",
            en="Short ten-minute talks between residents and employers from the Noordoostpolder.",
            ar="محادثات قصيرة مدتها عشر دقائق بين السكان وأصحاب عمل من Noordoostpolder.",
            fa="گفت‌وگوهای کوتاه ده‌دقیقه‌ای بین ساکنان و کارفرمایان Noordoostpolder.",
            ti="ናይ ዓሰርተ ደቒቕ ሓጸርቲ ዝርርባት ኣብ መንጎ ነበርትን ኣስራሕቲ Noordoostpolderን።",
            tr="Sakinler ile Noordoostpolder'deki işverenler arasında on dakikalık kısa "
            "görüşmeler.",
        ),
        start_in_days=-30,
        start="10:00",
        end="12:00",
        location="luttelgeest",
        address="",
        languages=["nl", "en", "ti", "fa"],
        registration=T(
            "<p>Aanmelden via de Meedoenbalie.</p>",
            en="<p>Sign up at the Meedoenbalie.</p>",
            ar="<p>التسجيل عبر Meedoenbalie.</p>",
            fa="<p>ثبت‌نام از طریق Meedoenbalie.</p>",
            ti="<p>ብMeedoenbalie ተመዝገቡ።</p>",
            tr="<p>Kayıt Meedoenbalie üzerinden yapılır.</p>",
        ),
    ),
}

LOCATION_INDEX = dict(
    title=T(
        "Waar krijg ik hulp?",
        en="Where can I get help?",
        ar="أين أحصل على المساعدة؟",
        fa="کجا کمک بگیرم؟",
        ti="ኣበይ ሓገዝ ክረክብ እኽእል?",
        tr="Nereden yardım alabilirim?",
    ),
    intro=T(
        "Bij deze balies helpen ze bewoners met werk zoeken. De telefoon- en WhatsApp-nummers "
        "in deze demo zijn voorbeelden.",
        en="At these desks, residents get help finding work. The phone and WhatsApp numbers in "
        "this demo are examples.",
        ar="في هذه المكاتب يساعدون السكان في البحث عن عمل. أرقام الهاتف وواتساب في هذا العرض "
        "التجريبي أمثلة فقط.",
        fa="در این میزها به ساکنان برای پیدا کردن کار کمک می‌کنند. شماره‌های تلفن و واتس‌اپ "
        "در این نسخهٔ نمایشی فقط نمونه هستند.",
        ti="ኣብዞም ቦታታት ንነበርቲ ስራሕ ኣብ ምድላይ ይሕግዝዎም። ኣብዚ ናይ ፈተነ ገጽ ዘለዉ ቁጽሪ "
        "ተሌፎንን WhatsAppን ኣብነት ጥራይ እዮም።",
        tr="Bu masalarda sakinlere iş aramada yardım edilir. Bu demodaki telefon ve WhatsApp "
        "numaraları örnektir.",
    ),
)


# Issue 21 on the employer side (demo/employer_content.py): the subsidy rule, the shop-floor
# guide with the flyer download, the agenda events, and the flow chart at the top of the
# resident route. Merged here so the loader reads one set of RULES, GUIDES and EVENTS.
from demo import employer_content  # noqa: E402

RULES.update(employer_content.RULES)
GUIDES["werkgevers"].append(employer_content.SHOP_FLOOR_GUIDE)
EVENTS.update(employer_content.EVENTS)
next(
    spec["body"]
    for slug, _languages, spec in GUIDES["bewoners"]
    if slug == "van-aanmelding-tot-eerste-werkdag"
).insert(0, employer_content.FLOW_CHART)
