"""Demo texts of the vacancy board: the board page, places and vacancies of fictional employers.

All organisations are made up. Places and azc names are the real ones named in the source
documents (FACTS.md, "Places named"); coordinates are the towns' approximate centres.
Salaries are what a fictional employer offers, never a statement about the legal minimum wage.
Every demo vacancy is a paid job with its salary stated: the portal warns that unpaid work is a
sign of exploitation (003), so the demo offers none.
"""

from demo.home_content import T

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
    ("Assen", "Assen", 52.99250, 6.56490, "azc Assen (Schepersmaat)"),
    ("Luttelgeest", "Noordoostpolder", 52.75361, 5.85306, "azc Luttelgeest"),
    ("Emmeloord", "Noordoostpolder", 52.71083, 5.74861, ""),
    ("Almere", "Almere", 52.37025, 5.21413, "azc Almere (Engelse Mijl)"),
    ("Zaandam", "Zaanstad", 52.43854, 4.82643, "azc Zaanstad"),
    ("Nijmegen", "Nijmegen", 51.84250, 5.85278, "azc Nijmegen"),
    ("Eindhoven", "Eindhoven", 51.44164, 5.46972, "azc Eindhoven"),
    ("Harderwijk", "Harderwijk", 52.34167, 5.62083, "azc Harderwijk"),
    ("Lelystad", "Lelystad", 52.51850, 5.47140, ""),
    ("Groningen", "Groningen", 53.21917, 6.56667, ""),
]

VACANCIES = [
    {
        "title": "Schoonmaker kantoren",
        "description": (
            "U doet schoonmaakwerk in kantoren in Assen. U stofzuigt, dweilt, maakt bureaus schoon "
            "en leegt de prullenbakken. U werkt in een klein team van vier collega's.\n\n"
            "U krijgt eerst een rondleiding en een korte training. Een collega is de eerste weken "
            "uw buddy.\n\n"
            "U hoeft geen diploma te hebben en nog geen Nederlands te spreken. Wij vragen de TWV "
            "(werkvergunning) voor u aan bij UWV."
        ),
        "employer": "Schoonmaakbedrijf Drentse Glans",
        "place": "Assen",
        "sector": "schoonmaak",
        "contract": "temporary",
        "hours": (16, 24),
        "shifts": ("evening",),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "jobcoach": True,
        "salary": (15.20, 16.40, "hour"),
        "start_in_days": 14,
        "closes_in_days": 28,
        "posted_days_ago": 6,
        "translations": {
            "ar": (
                "عامل/عاملة تنظيف مكاتب",
                (
                    "تقوم بأعمال التنظيف في مكاتب في مدينة آسن. تنظّف الأرض بالمكنسة الكهربائية "
                    "والممسحة، وتنظّف المكاتب، وتفرغ سلال المهملات. تعمل ضمن فريق صغير من أربعة "
                    "زملاء.\n\n"
                    "في البداية تحصل على جولة تعريفية وتدريب قصير. في الأسابيع الأولى يكون أحد "
                    "الزملاء رفيقك (buddy).\n\n"
                    "لا تحتاج إلى شهادة، ولا تحتاج بعدُ إلى التحدث باللغة الهولندية. نحن نقدّم طلب "
                    "تصريح العمل (TWV) لك لدى UWV."
                ),
                "reviewed",
            ),
            "en": (
                "Office cleaner",
                (
                    "You do cleaning work in offices in Assen. You vacuum, mop, clean desks and "
                    "empty the bins. You work in a small team of four colleagues.\n\n"
                    "First you get a tour and a short training. For the first weeks a colleague is "
                    "your buddy.\n\n"
                    "You do not need a diploma, and you do not need to speak Dutch yet. We apply "
                    "for the TWV (work permit) for you at UWV."
                ),
                "reviewed",
            ),
            "ti": (
                "ኣጽራዪ/ት ቤት ጽሕፈት",
                (
                    "ኣብ ኣሰን ኣብ ቤት ጽሕፈታት ናይ ጽሬት ስራሕ ትሰርሕ። መሬት ትጸርግን ትሓጽብን፡ ጠረጴዛታት ተጽሪ፡ ባልዲታት ጓሓፍ ድማ "
                    "ባዶ ትገብር። ምስ ኣርባዕተ መሳርሕቲ ኣብ ንእሽቶ ጉጅለ ትሰርሕ።\n\n"
                    "መጀመርታ ምብጻሕ ቦታ ስራሕን ሓጺር ስልጠናን ትረክብ። ኣብ ቀዳሞት ሰሙናት ሓደ መሳርሕ ከም ሓጋዚ (buddy) "
                    "ይሕግዘካ።\n\n"
                    "ዲፕሎማ ኣየድልየካን፡ ሕጂ ሆላንድኛ ክትዛረብ እውን ኣየድልየካን። ንሕና ናይ ስራሕ ፍቓድ (TWV) ኣብ UWV ንሓተልካ።"
                ),
                "machine",
            ),
        },
    },
    {
        "title": "Medewerker afwas en keuken",
        "description": (
            "In onze drukke keuken in Zaandam zoeken wij hulp bij de afwas. U ruimt de vaatwasser "
            "in en uit, houdt de keuken schoon en helpt de kok met groente snijden.\n\n"
            "U werkt vooral 's avonds en in het weekend. U krijgt een rondleiding en een collega "
            "leert u het werk.\n\n"
            "Ervaring is niet nodig. Een beetje Nederlands is handig. Wij vragen de TWV aan bij "
            "UWV."
        ),
        "employer": "Eetcafé Het Zaanhuis",
        "place": "Zaandam",
        "sector": "horeca",
        "contract": "on_call",
        "hours": (12, 24),
        "shifts": ("evening", "weekend"),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "salary": (15.00, 15.90, "hour"),
        "closes_in_days": 21,
        "posted_days_ago": 9,
        "translations": {
            "en": (
                "Dishwasher and kitchen assistant",
                (
                    "In our busy kitchen in Zaandam we are looking for help with the washing-up. "
                    "You load and unload the dishwasher, keep the kitchen clean and help the cook "
                    "cut vegetables.\n\n"
                    "You mostly work in the evenings and at weekends. You get a tour and a "
                    "colleague teaches you the work.\n\n"
                    "No experience needed. A little Dutch is useful. We apply for the TWV at UWV."
                ),
                "reviewed",
            ),
            "ar": (
                "عامل/عاملة غسل أطباق ومساعدة في المطبخ",
                (
                    "نبحث عن مساعدة في غسل الأطباق في مطبخنا المزدحم في زاندام. تملأ غسالة الصحون "
                    "وتفرغها، وتحافظ على نظافة المطبخ، وتساعد الطاهي في تقطيع الخضار.\n\n"
                    "تعمل غالبًا في المساء وفي عطلة نهاية الأسبوع. تحصل على جولة تعريفية، ويعلّمك "
                    "أحد الزملاء العمل.\n\n"
                    "لا تحتاج إلى خبرة. معرفة القليل من اللغة الهولندية مفيدة. نحن نقدّم طلب تصريح "
                    "العمل (TWV) لدى UWV."
                ),
                "reviewed",
            ),
            "tr": (
                "Bulaşık ve mutfak elemanı",
                (
                    "Zaandam'daki yoğun mutfağımızda bulaşık için yardım arıyoruz. Bulaşık "
                    "makinesini doldurup boşaltırsınız, mutfağı temiz tutarsınız ve aşçıya sebze "
                    "doğramada yardım edersiniz.\n\n"
                    "Çoğunlukla akşamları ve hafta sonları çalışırsınız. Size işyeri gezdirilir ve "
                    "bir iş arkadaşınız size işi öğretir.\n\n"
                    "Deneyim gerekmez. Biraz Hollandaca bilmek faydalıdır. TWV için UWV'ye biz "
                    "başvururuz."
                ),
                "machine",
            ),
        },
    },
    {
        "title": "Medewerker bediening lunchroom",
        "description": (
            "Onze lunchroom ligt aan de Zaan. U neemt bestellingen op, brengt koffie en broodjes "
            "naar de tafels en ruimt af. U werkt samen met drie vaste collega's.\n\n"
            "U praat met gasten, dus wat Nederlands of Engels is nodig. U krijgt een korte "
            "training in de bediening. De eerste week werkt u samen met een ervaren collega.\n\n"
            "Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Lunchroom De Houtzaagmolen",
        "place": "Zaandam",
        "sector": "horeca",
        "contract": "temporary",
        "hours": (20, 28),
        "shifts": ("day", "weekend"),
        "dutch": 1,
        "english": True,
        "training": True,
        "jobcoach": True,
        "salary": (15.40, 16.60, "hour"),
        "closes_in_days": 3,
        "posted_days_ago": 24,
    },
    {
        "title": "Oogstmedewerker tomatenkas",
        "description": (
            "In onze kassen in Luttelgeest oogst u tomaten. U plukt, sorteert en zet de kratten "
            "klaar. U werkt in een groep met collega's uit veel landen.\n\n"
            "Nederlands is niet nodig: de instructies zijn ook in het Engels. U krijgt op de "
            "eerste dag een training en een rondleiding door de kas.\n\n"
            "Het werk is in het seizoen, overdag en soms op zaterdag. Wij vragen de TWV voor u aan "
            "bij UWV."
        ),
        "employer": "Kwekerij Polderlicht",
        "place": "Luttelgeest",
        "sector": "agrarisch",
        "contract": "seasonal",
        "hours": (32, 40),
        "shifts": ("day", "weekend"),
        "dutch": 0,
        "english": True,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "salary": (15.40, None, "hour"),
        "start_in_days": 21,
        "closes_in_days": 35,
        "posted_days_ago": 4,
        "translations": {
            "en": (
                "Harvest worker, tomato greenhouse",
                (
                    "In our greenhouses in Luttelgeest you harvest tomatoes. You pick, sort and "
                    "get the crates ready. You work in a group with colleagues from many "
                    "countries.\n\n"
                    "Dutch is not needed: the instructions are also in English. On the first day "
                    "you get training and a tour of the greenhouse.\n\n"
                    "The work is seasonal, during the day and sometimes on Saturdays. We apply for "
                    "the TWV for you at UWV."
                ),
                "reviewed",
            ),
            "ar": (
                "عامل/عاملة حصاد في دفيئة طماطم",
                (
                    "في دفيئاتنا في لوتلخيست تحصد الطماطم. تقطف الطماطم وتفرزها وتجهّز الصناديق. "
                    "تعمل ضمن مجموعة مع زملاء من بلدان كثيرة.\n\n"
                    "لا تحتاج إلى اللغة الهولندية: التعليمات متوفرة أيضًا باللغة الإنجليزية. في "
                    "اليوم الأول تحصل على تدريب وجولة في الدفيئة.\n\n"
                    "العمل موسمي، خلال النهار وأحيانًا يوم السبت. نحن نقدّم طلب تصريح العمل (TWV) "
                    "لك لدى UWV."
                ),
                "machine",
            ),
            "fa": (
                "کارگر برداشت در گلخانهٔ گوجه‌فرنگی",
                (
                    "در گلخانه‌های ما در لوتل‌خیست گوجه‌فرنگی برداشت می‌کنید. گوجه‌ها را می‌چینید، "
                    "دسته‌بندی می‌کنید و جعبه‌ها را آماده می‌کنید. در یک گروه با همکارانی از "
                    "کشورهای مختلف کار می‌کنید.\n\n"
                    "دانستن زبان هلندی لازم نیست: دستورالعمل‌ها به زبان انگلیسی هم هست. روز اول "
                    "آموزش می‌بینید و گلخانه را به شما نشان می‌دهیم.\n\n"
                    "کار فصلی است، در طول روز و گاهی روزهای شنبه. ما برای شما درخواست TWV (اجازهٔ "
                    "کار) را به UWV می‌دهیم."
                ),
                "reviewed",
            ),
            "ti": (
                "ሰራሕተኛ ምእካብ ኮሚደረ ኣብ ግሪንሃውስ",
                (
                    "ኣብ ግሪንሃውስና ኣብ ሉተልኽስት ኮሚደረ ትእክብ። ትቐጥፍ፡ ትፈላሊ፡ ሳጹናት ድማ ተዳሉ። ካብ ብዙሓት ሃገራት ምስ ዝመጹ "
                    "መሳርሕቲ ብጉጅለ ትሰርሕ።\n\n"
                    "ሆላንድኛ ኣየድልን፡ መምርሒታት ብእንግሊዝኛ እውን ኣለዉ። ኣብ ቀዳማይ መዓልቲ ስልጠናን ምብጻሕ ግሪንሃውስን ትረክብ።\n\n"
                    "እቲ ስራሕ ወቕታዊ እዩ፡ ብመዓልቲን ሓደ ሓደ ግዜ ቀዳምን። ንሕና ናይ ስራሕ ፍቓድ (TWV) ኣብ UWV ንሓተልካ።"
                ),
                "machine",
            ),
        },
    },
    {
        "title": "Orderpicker distributiecentrum",
        "description": (
            "Voor een groot distributiecentrum in Almere zoeken wij orderpickers. U pakt producten "
            "uit de stellingen met een handscanner en zet ze klaar voor de vrachtwagens.\n\n"
            "U werkt via ons uitzendbureau. U krijgt een training van twee dagen en een "
            "veiligheidsinstructie. Een jobcoach van FlevoWerk belt u de eerste weken elke "
            "week.\n\n"
            "Een diploma is niet nodig. Wij vragen de TWV voor u aan bij UWV."
        ),
        "employer": "Uitzendbureau FlevoWerk",
        "place": "Almere",
        "sector": "logistiek",
        "contract": "agency",
        "hours": (24, 40),
        "shifts": ("day", "evening"),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "jobcoach": True,
        "salary": (15.60, 17.10, "hour"),
        "start_in_days": 10,
        "closes_in_days": 14,
        "posted_days_ago": 12,
        "apply_url": "https://flevowerk.example/vacatures/orderpicker-almere",
        "translations": {
            "en": (
                "Order picker, distribution centre",
                (
                    "For a large distribution centre in Almere we are looking for order pickers. "
                    "You take products from the racks with a hand scanner and get them ready for "
                    "the lorries.\n\n"
                    "You work through our employment agency. You get a two-day training and a "
                    "safety briefing. A job coach from FlevoWerk calls you every week during the "
                    "first weeks.\n\n"
                    "No diploma needed. We apply for the TWV for you at UWV."
                ),
                "machine",
            ),
            "ar": (
                "عامل/عاملة تجهيز طلبيات في مركز توزيع",
                (
                    "نبحث عن عمال لتجهيز الطلبيات في مركز توزيع كبير في ألميره. تأخذ المنتجات من "
                    "الرفوف باستخدام ماسح ضوئي يدوي وتجهّزها للشاحنات.\n\n"
                    "تعمل عن طريق وكالة التوظيف الخاصة بنا. تحصل على تدريب لمدة يومين وتعليمات حول "
                    "السلامة. في الأسابيع الأولى يتصل بك مرشد عمل (jobcoach) من FlevoWerk كل "
                    "أسبوع.\n\n"
                    "لا تحتاج إلى شهادة. نحن نقدّم طلب تصريح العمل (TWV) لك لدى UWV."
                ),
                "reviewed",
            ),
            "tr": (
                "Dağıtım merkezinde sipariş toplayıcı",
                (
                    "Almere'deki büyük bir dağıtım merkezi için sipariş toplayıcılar arıyoruz. "
                    "Ürünleri el tarayıcısıyla raflardan alır ve kamyonlar için hazırlarsınız.\n\n"
                    "Geçici istihdam büromuz üzerinden çalışırsınız. İki günlük bir eğitim ve "
                    "güvenlik talimatı alırsınız. İlk haftalarda FlevoWerk'ten bir iş koçu sizi "
                    "her hafta arar.\n\n"
                    "Diploma gerekmez. TWV (çalışma izni) için UWV'ye sizin adınıza biz "
                    "başvururuz."
                ),
                "reviewed",
            ),
        },
    },
    {
        "title": "Warehouse operator (day, evening and night shifts)",
        "description": (
            "Nordhaven runs a distribution centre for online shops near Zaandam. As a warehouse "
            "operator you receive goods, scan parcels and prepare orders for shipping.\n\n"
            "The working language on the floor is English, so you do not need Dutch. You get a "
            "paid training week and a buddy on your shift. Before you start, we show you around "
            "the warehouse.\n\n"
            "We apply for the TWV (work permit) for you at UWV."
        ),
        "language": "en",
        "employer": "Nordhaven Distribution B.V.",
        "place": "Zaandam",
        "sector": "logistiek",
        "contract": "temporary",
        "hours": (32, 40),
        "shifts": ("day", "evening", "night"),
        "dutch": 0,
        "english": True,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "jobcoach": True,
        "salary": (16.20, 17.80, "hour"),
        "closes_in_days": 30,
        "posted_days_ago": 3,
        "apply_url": "https://careers.nordhaven.example/jobs/zaandam-warehouse-operator",
        "translations": {
            "nl": (
                "Magazijnmedewerker (dag-, avond- en nachtdienst)",
                (
                    "Nordhaven heeft een distributiecentrum voor webwinkels bij Zaandam. Als "
                    "magazijnmedewerker neemt u goederen aan, scant u pakketten en maakt u "
                    "bestellingen klaar voor verzending.\n\n"
                    "Op de werkvloer spreken we Engels, dus Nederlands is niet nodig. U krijgt een "
                    "betaalde trainingsweek en een buddy in uw dienst. Voordat u begint, krijgt u "
                    "een rondleiding door het magazijn.\n\n"
                    "Wij vragen de TWV (werkvergunning) voor u aan bij UWV."
                ),
                "reviewed",
            ),
            "ar": (
                "عامل/عاملة مستودع (مناوبات نهارية ومسائية وليلية)",
                (
                    "تدير شركة Nordhaven مركز توزيع للمتاجر الإلكترونية بالقرب من زاندام. بصفتك "
                    "عاملًا في المستودع تستلم البضائع، وتمسح الطرود ضوئيًا، وتجهّز الطلبات "
                    "للشحن.\n\n"
                    "لغة العمل في المستودع هي الإنجليزية، لذلك لا تحتاج إلى اللغة الهولندية. تحصل "
                    "على أسبوع تدريب مدفوع الأجر ورفيق (buddy) في مناوبتك. قبل أن تبدأ نأخذك في "
                    "جولة داخل المستودع.\n\n"
                    "نحن نقدّم طلب تصريح العمل (TWV) لك لدى UWV."
                ),
                "machine",
            ),
        },
    },
    {
        "title": "Junior software tester",
        "description": (
            "Brightlane Systems builds software for high-tech companies in the Eindhoven region. "
            "As a junior tester you test new versions of our apps, write down what goes wrong and "
            "discuss it with the developers.\n\n"
            "Our team of twelve works in English. Experience with computers is needed; a diploma "
            "in IT is not. You get a training programme of six weeks and a mentor.\n\n"
            "Apply through our website or by e-mail. We apply for the TWV at UWV."
        ),
        "language": "en",
        "employer": "Brightlane Systems",
        "place": "Eindhoven",
        "sector": "it",
        "contract": "temporary",
        "hours": (32, 40),
        "shifts": ("day",),
        "dutch": 0,
        "english": True,
        "training": True,
        "no_diploma": True,
        "jobcoach": True,
        "salary": (2600, 3000, "month"),
        "start_in_days": 30,
        "closes_in_days": 45,
        "posted_days_ago": 10,
        "job_office": False,
        "apply_url": "https://brightlane.example/careers/junior-tester",
        "apply_email": "jobs@brightlane.example",
        "translations": {
            "nl": (
                "Junior softwaretester",
                (
                    "Brightlane Systems maakt software voor hightechbedrijven in de regio "
                    "Eindhoven. Als junior tester test u nieuwe versies van onze apps, schrijft u "
                    "op wat er misgaat en bespreekt u dat met de ontwikkelaars.\n\n"
                    "Ons team van twaalf mensen werkt in het Engels. Ervaring met computers is "
                    "nodig, een diploma in IT niet. U krijgt een trainingsprogramma van zes weken "
                    "en een mentor.\n\n"
                    "Solliciteer via onze website of per e-mail. Wij vragen de TWV aan bij UWV."
                ),
                "reviewed",
            ),
            "fa": (
                "آزمایشگر تازه‌کار نرم‌افزار",
                (
                    "شرکت Brightlane Systems برای شرکت‌های فناوری پیشرفته در منطقهٔ آیندهوون "
                    "نرم‌افزار می‌سازد. به‌عنوان آزمایشگر تازه‌کار، نسخه‌های جدید برنامه‌های ما را "
                    "آزمایش می‌کنید، مشکلات را یادداشت می‌کنید و دربارهٔ آن‌ها با برنامه‌نویسان "
                    "صحبت می‌کنید.\n\n"
                    "تیم دوازده‌نفرهٔ ما به زبان انگلیسی کار می‌کند. تجربهٔ کار با کامپیوتر لازم "
                    "است، اما مدرک فناوری اطلاعات لازم نیست. یک دورهٔ آموزشی شش‌هفته‌ای و یک "
                    "راهنما (منتور) خواهید داشت.\n\n"
                    "از طریق وب‌سایت ما یا با ایمیل درخواست بدهید. ما درخواست TWV را به UWV "
                    "می‌دهیم."
                ),
                "machine",
            ),
        },
    },
    {
        "title": "Medewerker ICT-helpdesk (leerbaan)",
        "description": (
            "Bij DigiStart Noord helpt u mensen met vragen over hun laptop of telefoon. U "
            "installeert programma's, zet computers klaar en lost kleine problemen op.\n\n"
            "Dit is een leerbaan met loon: u leert het vak in de praktijk en krijgt aan het eind "
            "een getuigschrift. Een begeleider helpt u elke week.\n\n"
            "U spreekt een beetje Nederlands of goed Engels. Een diploma is niet nodig. Wij "
            "vragen de TWV aan bij UWV."
        ),
        "employer": "Stichting DigiStart Noord",
        "place": "Groningen",
        "sector": "it",
        "contract": "temporary",
        "hours": (16, 24),
        "shifts": ("day",),
        "dutch": 1,
        "english": True,
        "training": True,
        "no_diploma": True,
        "jobcoach": True,
        "salary": (15.10, 15.90, "hour"),
        "closes_in_days": 40,
        "posted_days_ago": 14,
    },
    {
        "title": "Medewerker IT-support werkplekken",
        "description": (
            "Kompas ICT beheert de computers van scholen en kantoren in Almere. U helpt klanten "
            "met laptops, printers en accounts. U werkt in een team van zes mensen.\n\n"
            "U heeft ervaring met computers, uit uw eigen land of uit een cursus. Engels is genoeg "
            "om te beginnen; Nederlands leert u op het werk.\n\n"
            "Wij bieden een contract voor een jaar, een laptop en een rondleiding op kantoor. Wij "
            "vragen de TWV aan bij UWV."
        ),
        "employer": "Kompas ICT Almere",
        "place": "Almere",
        "sector": "it",
        "contract": "temporary",
        "hours": (32, 36),
        "shifts": ("day",),
        "dutch": 0,
        "english": True,
        "tour": True,
        "salary": (2450, 2800, "month"),
        "start_in_days": 21,
        "closes_in_days": 25,
        "posted_days_ago": 8,
    },
    {
        "title": "Productiemedewerker bakkerij",
        "description": (
            "In onze bakkerij in Harderwijk maken wij brood en koek voor supermarkten. U zet deeg "
            "op de band, controleert de producten en pakt ze in.\n\n"
            "U werkt in wisselende diensten, ook 's nachts. Wij geven u werkkleding, een training "
            "over hygiëne en een rondleiding. Een vaste collega is uw buddy.\n\n"
            "U krijgt een contract via uitzendbureau Veluwe Werkt. U hoeft geen Nederlands te "
            "spreken. Het uitzendbureau vraagt de TWV voor u aan bij UWV."
        ),
        "employer": "Bakkerij Veluwezoom",
        "place": "Harderwijk",
        "sector": "productie",
        "contract": "agency",
        "hours": (24, 38),
        "shifts": ("day", "evening", "night"),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "jobcoach": True,
        "salary": (15.30, 16.20, "hour"),
        "closes_in_days": 2,
        "posted_days_ago": 26,
        "translations": {
            "en": (
                "Production worker, bakery",
                (
                    "In our bakery in Harderwijk we make bread and biscuits for supermarkets. You "
                    "put dough on the line, check the products and pack them.\n\n"
                    "You work changing shifts, also at night. We give you work clothes, a training "
                    "on hygiene and a tour. A regular colleague is your buddy.\n\n"
                    "You get a contract through the employment agency Veluwe Werkt. You do not "
                    "need to speak Dutch. The agency applies for the TWV for you at UWV."
                ),
                "reviewed",
            ),
            "ar": (
                "عامل/عاملة إنتاج في مخبز",
                (
                    "في مخبزنا في هاردرفيك نصنع الخبز والكعك للمتاجر الكبرى. تضع العجين على خط "
                    "الإنتاج، وتفحص المنتجات وتغلّفها.\n\n"
                    "تعمل في مناوبات متغيّرة، منها مناوبات ليلية. نعطيك ملابس العمل وتدريبًا على "
                    "النظافة الصحية وجولة تعريفية. يكون أحد الزملاء الدائمين رفيقك (buddy).\n\n"
                    "تحصل على عقد عن طريق وكالة التوظيف Veluwe Werkt. لا تحتاج إلى التحدث "
                    "بالهولندية. تقدّم الوكالة طلب تصريح العمل (TWV) لك لدى UWV."
                ),
                "machine",
            ),
        },
    },
    {
        "title": "Inpakker groenteverwerking",
        "description": (
            "Wij wassen, snijden en verpakken groente uit de Noordoostpolder. U pakt zakjes "
            "groente in dozen en zet de dozen op pallets.\n\n"
            "Het werk is licht, maar u staat de hele dag. U krijgt uitleg op de eerste dag. "
            "Nederlands is niet nodig."
        ),
        "employer": "Polderverpakkingen B.V.",
        "place": "Emmeloord",
        "sector": "productie",
        "contract": "temporary",
        "hours": (24, 32),
        "shifts": ("day",),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "salary": (15.10, None, "hour"),
        "closes_in_days": -35,
        "posted_days_ago": 55,
    },
    {
        "title": "Machineoperator kunststof",
        "description": (
            "Kunststoffen Waalkant maakt onderdelen van plastic voor auto's en fietsen. U bedient "
            "een spuitgietmachine, controleert de onderdelen en houdt bij hoeveel u maakt.\n\n"
            "U krijgt een opleiding van vier weken naast het werk. U werkt in een ploeg met vaste "
            "collega's.\n\n"
            "Een beetje Nederlands is nodig voor de veiligheid. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Kunststoffen Waalkant",
        "place": "Nijmegen",
        "sector": "productie",
        "contract": "temporary",
        "hours": (38, 38),
        "shifts": ("day", "evening", "night"),
        "dutch": 1,
        "training": True,
        "salary": (16.00, 17.50, "hour"),
        "start_in_days": 14,
        "closes_in_days": 33,
        "posted_days_ago": 5,
        "apply_url": "https://werkenbij.waalkant.example/vacatures/machineoperator",
    },
    {
        "title": "Productiemedewerker kaasmakerij",
        "description": (
            "Wij maken kaas van melk uit Drenthe. U helpt met het vullen van de kaasvormen, het "
            "keren van de kazen en het schoonmaken van de ruimte.\n\n"
            "Hygiëne is belangrijk: u krijgt een korte training. U werkt in een team van acht "
            "collega's."
        ),
        "employer": "Kaasmakerij Het Witte Veld",
        "place": "Assen",
        "sector": "productie",
        "contract": "temporary",
        "hours": (32, 40),
        "shifts": ("day", "weekend"),
        "dutch": 1,
        "training": True,
        "salary": (15.50, 16.30, "hour"),
        "closes_in_days": -10,
        "posted_days_ago": 40,
    },
    {
        "title": "Medewerker maaltijdproductie",
        "description": (
            "Flevokeuken maakt kant-en-klaarmaaltijden voor winkels. U werkt aan de productielijn: "
            "u vult bakjes, controleert het gewicht en plakt etiketten.\n\n"
            "U werkt via uitzendbureau Lelystad Werkt. Na drie maanden is een contract bij ons "
            "mogelijk. U krijgt werkkleding en een training over voedselveiligheid.\n\n"
            "Nederlands is niet nodig; uw leidinggevende spreekt ook Engels en Turks. Het "
            "uitzendbureau vraagt de TWV aan bij UWV."
        ),
        "employer": "Flevokeuken Maaltijden",
        "place": "Lelystad",
        "sector": "productie",
        "contract": "agency",
        "hours": (24, 40),
        "shifts": ("day", "evening"),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "salary": (15.25, 16.80, "hour"),
        "closes_in_days": 50,
        "posted_days_ago": 2,
    },
    {
        "title": "Schoonmaker hotelkamers",
        "description": (
            "In ons hotel in het centrum van Nijmegen maakt u de kamers schoon. U verschoont de "
            "bedden, maakt de badkamer schoon en vult zeep en handdoeken aan.\n\n"
            "U werkt overdag, ook in het weekend. Een ervaren collega leert u het werk en u krijgt "
            "een rondleiding door het hotel.\n\n"
            "Ervaring en diploma zijn niet nodig. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Hotel Huis aan de Waal",
        "place": "Nijmegen",
        "sector": "schoonmaak",
        "contract": "temporary",
        "hours": (20, 32),
        "shifts": ("day", "weekend"),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "salary": (15.10, 15.80, "hour"),
        "closes_in_days": 12,
        "posted_days_ago": 18,
        "translations": {
            "en": (
                "Hotel room cleaner",
                (
                    "In our hotel in the centre of Nijmegen you clean the rooms. You change the "
                    "beds, clean the bathroom and refill soap and towels.\n\n"
                    "You work during the day, also at weekends. An experienced colleague teaches "
                    "you the work and you get a tour of the hotel.\n\n"
                    "No experience or diploma needed. We apply for the TWV at UWV."
                ),
                "reviewed",
            ),
            "tr": (
                "Otel odası temizlikçisi",
                (
                    "Nijmegen'in merkezindeki otelimizde odaları temizlersiniz. Yatakları "
                    "değiştirir, banyoyu temizler, sabun ve havluları tamamlarsınız.\n\n"
                    "Gündüz, hafta sonları da dahil çalışırsınız. Deneyimli bir iş arkadaşınız "
                    "size işi öğretir ve size otel gezdirilir.\n\n"
                    "Deneyim ve diploma gerekmez. TWV için UWV'ye biz başvururuz."
                ),
                "reviewed",
            ),
        },
    },
    {
        "title": "Schoonmaakmedewerker ziekenhuis",
        "description": (
            "Glansrijk maakt ziekenhuizen in Groningen schoon. U maakt patiëntenkamers, gangen en "
            "wachtkamers schoon volgens een vast schema.\n\n"
            "In een ziekenhuis zijn hygiëne en rust belangrijk. Daarom krijgt u een training van "
            "drie dagen. U spreekt een beetje Nederlands, want u komt patiënten tegen.\n\n"
            "Wij bieden een vast contract. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Glansrijk Facilitair",
        "place": "Groningen",
        "sector": "schoonmaak",
        "contract": "permanent",
        "hours": (24, 32),
        "shifts": ("day", "weekend"),
        "dutch": 1,
        "training": True,
        "salary": (15.75, 17.00, "hour"),
        "closes_in_days": 0,
        "posted_days_ago": 29,
        "apply_url": "https://werkenbij.glansrijk.example/ziekenhuis-groningen",
    },
    {
        "title": "Schoonmaker bussen (nachtdienst)",
        "description": (
            "Als de bussen 's nachts in de stalling staan, maken wij ze schoon. U veegt en dweilt "
            "de vloer, maakt stoelen en ramen schoon en haalt afval weg.\n\n"
            "U werkt in een team van vijf collega's. U krijgt een training en werkkleding.\n\n"
            "Nederlands is niet nodig. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Kempenrein Schoonmaak",
        "place": "Eindhoven",
        "sector": "schoonmaak",
        "contract": "temporary",
        "hours": (20, 30),
        "shifts": ("night", "weekend"),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "salary": (16.10, 17.30, "hour"),
        "closes_in_days": 5,
        "posted_days_ago": 22,
    },
    {
        "title": "Schoonmaker vakantiehuisjes",
        "description": (
            "Op ons vakantiepark bij Harderwijk maakt u de huisjes schoon als de gasten "
            "vertrekken. U werkt vooral op vrijdag, zaterdag en maandag.\n\n"
            "U werkt in duo's, dus u bent nooit alleen. U krijgt een rondleiding over het park en "
            "uitleg over de vaste werkwijze.\n\n"
            "Dit is werk voor het zomerseizoen. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Vakantiepark Het Wolderwijd",
        "place": "Harderwijk",
        "sector": "schoonmaak",
        "contract": "seasonal",
        "hours": (16, 24),
        "shifts": ("day", "weekend"),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "salary": (15.00, 15.60, "hour"),
        "start_in_days": 30,
        "closes_in_days": 22,
        "posted_days_ago": 7,
    },
    {
        "title": "Production assistant cleanroom",
        "description": (
            "Lumenfab makes small optical parts for chip machines in Eindhoven. As a production "
            "assistant you prepare materials, clean parts and check them under a microscope. You "
            "work in a cleanroom, wearing a special suit.\n\n"
            "The team works in English. You get four weeks of training and a buddy. No diploma is "
            "needed, but you must work very precisely.\n\n"
            "We apply for the TWV at UWV."
        ),
        "language": "en",
        "employer": "Lumenfab Components",
        "place": "Eindhoven",
        "sector": "productie",
        "contract": "temporary",
        "hours": (36, 40),
        "shifts": ("day", "evening"),
        "dutch": 0,
        "english": True,
        "training": True,
        "no_diploma": True,
        "jobcoach": True,
        "salary": (16.50, 18.20, "hour"),
        "closes_in_days": 55,
        "posted_days_ago": 1,
        "apply_url": "https://lumenfab.example/jobs/production-assistant",
        "translations": {
            "nl": (
                "Productiemedewerker cleanroom",
                (
                    "Lumenfab maakt in Eindhoven kleine optische onderdelen voor chipmachines. Als "
                    "productiemedewerker maakt u materialen klaar, maakt u onderdelen schoon en "
                    "controleert u ze onder een microscoop. U werkt in een cleanroom, in een "
                    "speciaal pak.\n\n"
                    "Het team werkt in het Engels. U krijgt vier weken training en een buddy. Een "
                    "diploma is niet nodig, maar u moet heel precies werken.\n\n"
                    "Wij vragen de TWV aan bij UWV."
                ),
                "reviewed",
            ),
        },
    },
    {
        "title": "Keukenhulp brasserie",
        "description": (
            "Onze brasserie serveert lunch en diner. U helpt de koks met voorbereiden: groente "
            "wassen en snijden, sauzen maken en borden opmaken.\n\n"
            "U werkt vooral 's avonds en in het weekend. De chef leert u stap voor stap het werk. "
            "Heeft u in uw eigen land gekookt? Dat is mooi meegenomen.\n\n"
            "Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Brasserie Het Lindenplein",
        "place": "Nijmegen",
        "sector": "horeca",
        "contract": "temporary",
        "hours": (20, 32),
        "shifts": ("evening", "weekend"),
        "dutch": 1,
        "training": True,
        "salary": (15.60, 16.90, "hour"),
        "closes_in_days": 38,
        "posted_days_ago": 11,
    },
    {
        "title": "Afwasser partycentrum",
        "description": (
            "Bij feesten en bruiloften hebben wij hulp nodig in de spoelkeuken. U wast borden en "
            "glazen en houdt de keuken schoon.\n\n"
            "Het werk is vooral op vrijdag- en zaterdagavond. U werkt op oproepbasis."
        ),
        "employer": "Partycentrum De Drentse Hof",
        "place": "Assen",
        "sector": "horeca",
        "contract": "on_call",
        "hours": (8, 16),
        "shifts": ("evening", "weekend"),
        "dutch": 0,
        "no_diploma": True,
        "salary": (15.00, 15.50, "hour"),
        "closes_in_days": -1,
        "posted_days_ago": 30,
    },
    {
        "title": "Medewerker bediening en bar",
        "description": (
            "Ons grand café is een drukke plek met gasten uit de hele wereld. U brengt drankjes en "
            "gerechten naar de tafels, helpt achter de bar en ruimt op.\n\n"
            "Engels is genoeg: veel gasten spreken geen Nederlands. U krijgt een training in de "
            "bediening en een rondleiding.\n\n"
            "U werkt 's avonds en in het weekend. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Grand Café De Lichtstad",
        "place": "Eindhoven",
        "sector": "horeca",
        "contract": "temporary",
        "hours": (16, 32),
        "shifts": ("evening", "weekend"),
        "dutch": 0,
        "english": True,
        "training": True,
        "tour": True,
        "salary": (15.30, 16.50, "hour"),
        "closes_in_days": 40,
        "posted_days_ago": 13,
        "translations": {
            "en": (
                "Waiter and bar staff",
                (
                    "Our grand café is a busy place with guests from all over the world. You bring "
                    "drinks and dishes to the tables, help behind the bar and clear up.\n\n"
                    "English is enough: many guests do not speak Dutch. You get training in "
                    "serving and a tour.\n\n"
                    "You work in the evenings and at weekends. We apply for the TWV at UWV."
                ),
                "machine",
            ),
            "ar": (
                "نادل/نادلة وعامل/عاملة بار",
                (
                    "مقهانا الكبير مكان مزدحم يستقبل ضيوفًا من كل أنحاء العالم. تقدّم المشروبات "
                    "والأطباق إلى الطاولات، وتساعد خلف البار، وترتّب المكان.\n\n"
                    "اللغة الإنجليزية تكفي: كثير من الضيوف لا يتكلمون الهولندية. تحصل على تدريب في "
                    "خدمة الطاولات وجولة تعريفية.\n\n"
                    "تعمل في المساء وفي عطلة نهاية الأسبوع. نحن نقدّم طلب تصريح العمل (TWV) لدى "
                    "UWV."
                ),
                "reviewed",
            ),
        },
    },
    {
        "title": "Magazijnmedewerker met heftruck",
        "description": (
            "In ons magazijn slaan wij aardappelen en uien op voor export. U laadt en lost "
            "vrachtwagens en zet pallets op de goede plek.\n\n"
            "Heeft u nog geen heftruckcertificaat? Dan volgt u bij ons de cursus. U werkt in een "
            "team van tien mannen en vrouwen.\n\n"
            "U werkt via uitzendbureau Polderwerk. Een beetje Nederlands is nodig voor de "
            "veiligheid. Het uitzendbureau vraagt de TWV aan bij UWV."
        ),
        "employer": "Opslagcentrum De Polderhaven",
        "place": "Emmeloord",
        "sector": "logistiek",
        "contract": "agency",
        "hours": (32, 40),
        "shifts": ("day",),
        "dutch": 1,
        "training": True,
        "salary": (15.60, 16.80, "hour"),
        "closes_in_days": 27,
        "posted_days_ago": 16,
    },
    {
        "title": "Pakketsorteerder (nacht)",
        "description": (
            "Voor een pakketsorteercentrum in Eindhoven zoeken wij sorteerders. U legt pakketten "
            "op de band en sorteert ze per regio.\n\n"
            "U werkt 's nachts, van maandag tot en met vrijdag. U krijgt op de eerste avond "
            "uitleg. Nederlands is niet nodig.\n\n"
            "U werkt via ons uitzendbureau. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Uitzendbureau Brabant Flex",
        "place": "Eindhoven",
        "sector": "logistiek",
        "contract": "agency",
        "hours": (20, 30),
        "shifts": ("night",),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "salary": (16.00, None, "hour"),
        "closes_in_days": 1,
        "posted_days_ago": 28,
    },
    {
        "title": "Medewerker retourcentrum",
        "description": (
            "Bij ons komen teruggestuurde pakketten van webwinkels binnen. U opent de pakketten, "
            "controleert de kleding of schoenen en zet ze terug in het systeem.\n\n"
            "U werkt in een rustig team en krijgt een week uitleg. Een beetje Nederlands of Engels "
            "is handig.\n\n"
            "Solliciteer via onze website. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Retourhuis Flevoland",
        "place": "Lelystad",
        "sector": "logistiek",
        "contract": "temporary",
        "hours": (24, 36),
        "shifts": ("day",),
        "dutch": 1,
        "english": True,
        "training": True,
        "no_diploma": True,
        "salary": (15.40, 16.10, "hour"),
        "closes_in_days": 19,
        "posted_days_ago": 4,
        "job_office": False,
        "apply_url": "https://retourhuis.example/werken-bij",
    },
    {
        "title": "Medewerker champignonkwekerij",
        "description": (
            "Wij kweken champignons in donkere cellen. U plukt de champignons met de hand, snijdt "
            "de voet eraf en legt ze in bakjes.\n\n"
            "U werkt in een vaste groep en krijgt een vast contract. U krijgt een training en een "
            "rondleiding. Nederlands is niet nodig.\n\n"
            "Wij vragen de TWV voor u aan bij UWV."
        ),
        "employer": "Champignonkwekerij De Kleine Polder",
        "place": "Luttelgeest",
        "sector": "agrarisch",
        "contract": "permanent",
        "hours": (32, 40),
        "shifts": ("day", "weekend"),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "salary": (15.20, 16.00, "hour"),
        "closes_in_days": 44,
        "posted_days_ago": 9,
    },
    {
        "title": "Medewerker groenonderhoud tuinpark",
        "description": (
            "Ons tuinpark trekt veel bezoekers. U helpt de tuinmannen met wieden, snoeien, planten "
            "en bladblazen.\n\n"
            "U werkt buiten, ook als het regent. U krijgt werkkleding en leert het werk van een "
            "ervaren hovenier.\n\n"
            "Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Belevingstuin Het Polderbos",
        "place": "Luttelgeest",
        "sector": "groen",
        "contract": "temporary",
        "hours": (24, 32),
        "shifts": ("day",),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "salary": (15.20, 16.00, "hour"),
        "closes_in_days": 31,
        "posted_days_ago": 17,
    },
    {
        "title": "Schoonmaker kassen na de teelt",
        "description": (
            "Na de oogst maken wij kassen schoon voor het nieuwe seizoen. U haalt oude planten "
            "weg, spuit de vloeren schoon en maakt de goten en het glas schoon.\n\n"
            "Het werk duurt ongeveer drie maanden. U werkt in een ploeg en krijgt "
            "veiligheidskleding en uitleg.\n\n"
            "Nederlands is niet nodig. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Kasreiniging Flevo Schoon",
        "place": "Luttelgeest",
        "sector": "schoonmaak",
        "contract": "seasonal",
        "hours": (36, 40),
        "shifts": ("day",),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "salary": (15.50, None, "hour"),
        "start_in_days": 20,
        "closes_in_days": 16,
        "posted_days_ago": 20,
    },
    {
        "title": "Bollenpeller en sorteerder",
        "description": (
            "Wij telen tulpen en lelies. In de zomer en herfst pelt en sorteert u de bollen in "
            "onze schuur bij Emmeloord. U werkt aan een band met collega's.\n\n"
            "Het werk is makkelijk te leren. U krijgt op de eerste dag uitleg en een rondleiding. "
            "Nederlands is niet nodig.\n\n"
            "Wij vragen de TWV voor u aan bij UWV."
        ),
        "employer": "Bollenbedrijf De Tulpenweg",
        "place": "Emmeloord",
        "sector": "agrarisch",
        "contract": "seasonal",
        "hours": (32, 40),
        "shifts": ("day",),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "salary": (15.00, 15.60, "hour"),
        "start_in_days": 14,
        "closes_in_days": 24,
        "posted_days_ago": 6,
        "translations": {
            "fa": (
                "پوست‌کن و جداکنندهٔ پیاز گل",
                (
                    "ما گل لاله و سوسن پرورش می‌دهیم. در تابستان و پاییز، در انبار ما نزدیک "
                    "اِمِلورد پیازهای گل را پوست می‌کنید و دسته‌بندی می‌کنید. همراه همکاران کنار "
                    "یک نوار نقاله کار می‌کنید.\n\n"
                    "یادگیری این کار آسان است. روز اول توضیح می‌گیرید و محل کار را به شما نشان "
                    "می‌دهیم. دانستن زبان هلندی لازم نیست.\n\n"
                    "ما برای شما درخواست TWV (اجازهٔ کار) را به UWV می‌دهیم."
                ),
                "reviewed",
            ),
            "ar": (
                "عامل/عاملة تقشير وفرز أبصال الزهور",
                (
                    "نزرع زهور التوليب والزنبق. في الصيف والخريف تقشّر الأبصال وتفرزها في مخزننا "
                    "قرب إيميلورد. تعمل على خط إنتاج مع زملائك.\n\n"
                    "العمل سهل التعلّم. في اليوم الأول تحصل على شرح وجولة تعريفية. لا تحتاج إلى "
                    "اللغة الهولندية.\n\n"
                    "نحن نقدّم طلب تصريح العمل (TWV) لك لدى UWV."
                ),
                "machine",
            ),
        },
    },
    {
        "title": "Klassenassistent basisschool",
        "description": (
            "Op onze basisschool in Emmeloord helpt u de leerkracht in de klas. U leest voor, "
            "helpt kinderen met rekenen en let op ze op het schoolplein.\n\n"
            "U krijgt een contract van zes maanden met loon. U leert hoe een Nederlandse school "
            "werkt en krijgt een vaste begeleider. Wij vragen de TWV aan bij UWV.\n\n"
            "U spreekt goed Nederlands. Spreekt u ook Arabisch, Tigrinya of Dari? Dat helpt nieuwe "
            "leerlingen."
        ),
        "employer": "Basisschool De Vlonder",
        "place": "Emmeloord",
        "sector": "onderwijs",
        "contract": "temporary",
        "hours": (16, 24),
        "shifts": ("day",),
        "dutch": 2,
        "training": True,
        "jobcoach": True,
        "salary": (15.30, 16.20, "hour"),
        "closes_in_days": 37,
        "posted_days_ago": 15,
    },
    {
        "title": "Hulpmonteur zonnepanelen",
        "description": (
            "Wij leggen zonnepanelen op daken van boerderijen en bedrijven. U helpt de monteur met "
            "het dragen en vastzetten van de panelen en het trekken van kabels.\n\n"
            "U werkt op hoogte, daarom krijgt u eerst een veiligheidstraining. U rijdt mee in de "
            "bus van de zaak.\n\n"
            "Een beetje Nederlands is nodig. Reageer via de Job Office of stuur een e-mail. Wij "
            "vragen de TWV aan bij UWV."
        ),
        "employer": "Zonnetechniek Polderdak",
        "place": "Emmeloord",
        "sector": "techniek",
        "contract": "temporary",
        "hours": (32, 40),
        "shifts": ("day",),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "salary": (15.90, 17.40, "hour"),
        "closes_in_days": 29,
        "posted_days_ago": 8,
        "apply_email": "vacatures@polderdak.example",
    },
    {
        "title": "Bouwplaatsmedewerker",
        "description": (
            "Wij bouwen nieuwe woningen in Almere Poort. U houdt de bouwplaats schoon en veilig, "
            "sjouwt materialen en helpt de timmerlieden.\n\n"
            "Veiligheid staat voorop. U krijgt een veiligheidscursus en een rondleiding over de "
            "bouwplaats. Een vaste collega is uw buddy.\n\n"
            "Een beetje Nederlands is nodig om de veiligheidsregels te begrijpen. Wij vragen de "
            "TWV aan bij UWV."
        ),
        "employer": "Bouwbedrijf Weerwater",
        "place": "Almere",
        "sector": "bouw",
        "contract": "temporary",
        "hours": (38, 40),
        "shifts": ("day",),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "jobcoach": True,
        "salary": (16.20, 18.00, "hour"),
        "closes_in_days": 41,
        "posted_days_ago": 6,
    },
    {
        "title": "Huishoudelijke hulp thuiszorg",
        "description": (
            "U helpt ouderen in Almere in hun eigen huis. U stofzuigt, doet de was en verschoont "
            "de bedden. U heeft ook tijd voor een praatje.\n\n"
            "U werkt zelfstandig, maar een coördinator helpt u als u vragen heeft. U krijgt een "
            "introductiecursus en loopt eerst mee met een collega.\n\n"
            "U spreekt goed genoeg Nederlands om met de cliënten te praten. Reageer via de Job "
            "Office of per e-mail. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Thuiszorg Flevohart",
        "place": "Almere",
        "sector": "zorg",
        "contract": "temporary",
        "hours": (12, 24),
        "shifts": ("day",),
        "dutch": 2,
        "training": True,
        "jobcoach": True,
        "salary": (15.90, 17.10, "hour"),
        "closes_in_days": 34,
        "posted_days_ago": 12,
        "apply_email": "werken@flevohart.example",
    },
    {
        "title": "Medewerker boomkwekerij",
        "description": (
            "Op onze kwekerij in Almere Hout kweken wij bomen en struiken voor tuinen en parken. U "
            "plant, snoeit, geeft water en maakt bestellingen klaar.\n\n"
            "U werkt buiten in een kleine ploeg. U krijgt uitleg en werkkleding."
        ),
        "employer": "Boomkwekerij Hout en Blad",
        "place": "Almere",
        "sector": "agrarisch",
        "contract": "seasonal",
        "hours": (32, 40),
        "shifts": ("day",),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "salary": (15.30, 16.00, "hour"),
        "closes_in_days": -3,
        "posted_days_ago": 33,
    },
    {
        "title": "Onderwijsassistent nieuwkomersklas",
        "description": (
            "In onze klas voor nieuwkomers leren kinderen uit veel landen Nederlands. U helpt de "
            "leerkracht: u werkt met kleine groepjes, legt opdrachten uit en helpt kinderen zich "
            "thuis te voelen.\n\n"
            "U spreekt goed Nederlands. Spreekt u ook Arabisch, Tigrinya of Turks? Dan kunt u de "
            "kinderen extra goed helpen.\n\n"
            "U krijgt een begeleider op school. Reageer via de Job Office of per e-mail. Wij "
            "vragen de TWV aan bij UWV."
        ),
        "employer": "Openbare Basisschool De Zaanpoort",
        "place": "Zaandam",
        "sector": "onderwijs",
        "contract": "temporary",
        "hours": (20, 28),
        "shifts": ("day",),
        "dutch": 2,
        "jobcoach": True,
        "salary": (16.50, 18.30, "hour"),
        "start_in_days": 45,
        "closes_in_days": 48,
        "posted_days_ago": 5,
        "apply_email": "vacatures@dezaanpoort.example",
    },
    {
        "title": "Productiemedewerker cacaofabriek",
        "description": (
            "In onze fabriek aan de Zaan maken wij cacaopoeder en cacaoboter. U controleert de "
            "machines, vult zakken en zet ze op pallets.\n\n"
            "U werkt in drie ploegen. U krijgt een training over veiligheid en hygiëne en een "
            "rondleiding door de fabriek.\n\n"
            "U werkt eerst via uitzendbureau ZaanFlex; dat vraagt de TWV aan bij UWV. Een beetje "
            "Nederlands is handig."
        ),
        "employer": "Cacaofabriek Zaanoever",
        "place": "Zaandam",
        "sector": "productie",
        "contract": "agency",
        "hours": (32, 40),
        "shifts": ("day", "evening", "night"),
        "dutch": 1,
        "training": True,
        "tour": True,
        "salary": (16.40, 17.90, "hour"),
        "closes_in_days": 26,
        "posted_days_ago": 10,
        "translations": {
            "en": (
                "Production worker, cocoa factory",
                (
                    "In our factory on the Zaan we make cocoa powder and cocoa butter. You check "
                    "the machines, fill bags and put them on pallets.\n\n"
                    "You work in three shifts. You get training in safety and hygiene and a tour "
                    "of the factory.\n\n"
                    "You first work through the employment agency ZaanFlex; the agency applies for "
                    "the TWV at UWV. A little Dutch is useful."
                ),
                "machine",
            ),
            "tr": (
                "Kakao fabrikasında üretim elemanı",
                (
                    "Zaan kıyısındaki fabrikamızda kakao tozu ve kakao yağı üretiyoruz. Makineleri "
                    "kontrol eder, torbaları doldurur ve paletlere dizersiniz.\n\n"
                    "Üç vardiyalı çalışırsınız. Güvenlik ve hijyen eğitimi alırsınız ve size "
                    "fabrika gezdirilir.\n\n"
                    "Önce ZaanFlex geçici istihdam bürosu üzerinden çalışırsınız; TWV için UWV'ye "
                    "büro başvurur. Biraz Hollandaca bilmek faydalıdır."
                ),
                "machine",
            ),
        },
    },
    {
        "title": "Fruitplukker appels en peren",
        "description": (
            "In de boomgaarden bij Nijmegen plukken wij appels en peren. U plukt het fruit, legt "
            "het voorzichtig in kisten en werkt met een ploeg.\n\n"
            "De instructie is in het Nederlands en het Engels. U krijgt uitleg op de eerste "
            "dag.\n\n"
            "Het seizoen duurt ongeveer twee maanden. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Fruitteelt Ooijhof",
        "place": "Nijmegen",
        "sector": "agrarisch",
        "contract": "seasonal",
        "hours": (32, 40),
        "shifts": ("day", "weekend"),
        "dutch": 0,
        "english": True,
        "training": True,
        "no_diploma": True,
        "salary": (15.00, 15.80, "hour"),
        "start_in_days": 7,
        "closes_in_days": 4,
        "posted_days_ago": 21,
    },
    {
        "title": "Bijrijder bezorgdienst",
        "description": (
            "U rijdt mee met een chauffeur en bezorgt pakketten en meubels bij mensen thuis in "
            "Nijmegen en omgeving. U tilt, draagt en helpt met uitladen.\n\n"
            "U heeft geen rijbewijs nodig. U werkt in een vast duo met een chauffeur. Een beetje "
            "Nederlands is handig voor het contact met klanten.\n\n"
            "U werkt via een uitzendbureau; dat vraagt de TWV aan bij UWV."
        ),
        "employer": "Bezorgdienst Waalstad Express",
        "place": "Nijmegen",
        "sector": "transport",
        "contract": "agency",
        "hours": (24, 40),
        "shifts": ("day", "weekend"),
        "dutch": 1,
        "no_diploma": True,
        "salary": (15.10, 15.90, "hour"),
        "closes_in_days": 23,
        "posted_days_ago": 14,
    },
    {
        "title": "Medewerker groenvoorziening",
        "description": (
            "Wij onderhouden parken en bermen in Nijmegen. U maait gras, snoeit struiken en houdt "
            "de plantsoenen schoon.\n\n"
            "U werkt in een ploeg van vier en rijdt mee in het busje. U krijgt werkkleding en een "
            "training in veilig werken met machines. Wij bieden een vast contract.\n\n"
            "Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Hoveniersbedrijf Heuvelland Groen",
        "place": "Nijmegen",
        "sector": "groen",
        "contract": "permanent",
        "hours": (36, 40),
        "shifts": ("day",),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "salary": (2450, 2700, "month"),
        "closes_in_days": 52,
        "posted_days_ago": 3,
    },
    {
        "title": "Medewerker melkveebedrijf",
        "description": (
            "Op onze boerderij bij Assen hebben wij 150 koeien. U helpt met melken, voeren en het "
            "schoonmaken van de stallen.\n\n"
            "U werkt graag met dieren. U begint vroeg in de ochtend en werkt om het andere "
            "weekend. De boer leert u het werk.\n\n"
            "Wij bieden een vast contract. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Melkveebedrijf Esveld",
        "place": "Assen",
        "sector": "agrarisch",
        "contract": "permanent",
        "hours": (32, 40),
        "shifts": ("day", "weekend"),
        "dutch": 0,
        "training": True,
        "no_diploma": True,
        "salary": (2400, 2650, "month"),
        "closes_in_days": 46,
        "posted_days_ago": 19,
    },
    {
        "title": "Leerling-lasser metaalbewerking",
        "description": (
            "In onze werkplaats in Assen maken wij hekken, trappen en balkons van staal. U leert "
            "zagen, boren en lassen.\n\n"
            "Dit is een leerbaan met loon: u leert het vak met een ervaren vakman naast u. Na "
            "afloop krijgt u een getuigschrift en misschien een vaste baan.\n\n"
            "Veiligheid is belangrijk. U krijgt werkkleding en een veiligheidsinstructie. Een "
            "beetje Nederlands is nodig. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Metaalwerkplaats De Smeehoek",
        "place": "Assen",
        "sector": "techniek",
        "contract": "temporary",
        "hours": (24, 32),
        "shifts": ("day",),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "jobcoach": True,
        "salary": (15.40, 16.60, "hour"),
        "closes_in_days": 30,
        "posted_days_ago": 20,
        "translations": {
            "en": (
                "Trainee welder, metalwork",
                (
                    "In our workshop in Assen we make fences, stairs and balconies from steel. You "
                    "learn to saw, drill and weld.\n\n"
                    "This is a paid learning job: you learn the trade with an experienced "
                    "craftsman beside you. At the end you get a certificate, and maybe a "
                    "permanent job.\n\n"
                    "Safety is important. You get work clothes and safety instructions. Some Dutch "
                    "is needed. We apply for the TWV at UWV."
                ),
                "machine",
            ),
        },
    },
    {
        "title": "Medewerker activiteiten verpleeghuis",
        "description": (
            "Onze bewoners vinden bezoek en activiteiten fijn. U helpt bij koffieochtenden, "
            "spelletjes en wandelingen in de tuin.\n\n"
            "U werkt met een oproepcontract en krijgt loon per uur. U krijgt een "
            "kennismakingsgesprek en een vast aanspreekpunt.\n\n"
            "U spreekt een beetje Nederlands. Zo oefent u de taal en leert u nieuwe mensen "
            "kennen. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Zorgcentrum Het Anker",
        "place": "Assen",
        "sector": "zorg",
        "contract": "on_call",
        "hours": (8, 12),
        "shifts": ("day",),
        "dutch": 1,
        "jobcoach": True,
        "salary": (15.20, 16.10, "hour"),
        "closes_in_days": 58,
        "posted_days_ago": 2,
    },
    {
        "title": "Helpende in woonzorgcentrum",
        "description": (
            "In ons woonzorgcentrum wonen ouderen die hulp nodig hebben. U helpt bij het eten en "
            "drinken, bij het opruimen van de kamers en bij activiteiten.\n\n"
            "U werkt samen met verzorgenden. U krijgt een inwerkprogramma en een vaste "
            "werkbegeleider. Wij betalen een cursus Nederlands voor de zorg.\n\n"
            "Goed Nederlands is nodig, want u praat veel met de bewoners. Wij vragen de TWV aan "
            "bij UWV."
        ),
        "employer": "Woonzorgcentrum Het Zeepaard",
        "place": "Harderwijk",
        "sector": "zorg",
        "contract": "temporary",
        "hours": (20, 28),
        "shifts": ("day", "evening", "weekend"),
        "dutch": 2,
        "training": True,
        "jobcoach": True,
        "salary": (16.10, 17.60, "hour"),
        "closes_in_days": 39,
        "posted_days_ago": 13,
        "apply_email": "werken@hetzeepaard.example",
        "translations": {
            "en": (
                "Care assistant in a residential care home",
                (
                    "Older people who need help live in our care home. You help with eating and "
                    "drinking, tidying the rooms and activities.\n\n"
                    "You work together with carers. You get an induction programme and a regular "
                    "supervisor. We pay for a course in Dutch for care work.\n\n"
                    "Good Dutch is needed, because you talk a lot with the residents. We apply for "
                    "the TWV at UWV."
                ),
                "reviewed",
            ),
        },
    },
    {
        "title": "Vakkenvuller supermarkt",
        "description": (
            "U vult 's avonds de schappen in onze supermarkt in Harderwijk. U pakt dozen uit, zet "
            "producten op de goede plek en houdt de winkel netjes.\n\n"
            "U werkt in een team met jonge collega's. Een collega leert u hoe het werk gaat.\n\n"
            "Een beetje Nederlands is handig. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Supermarkt Buitenhaven",
        "place": "Harderwijk",
        "sector": "detailhandel",
        "contract": "temporary",
        "hours": (12, 20),
        "shifts": ("evening",),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "salary": (15.00, 15.70, "hour"),
        "closes_in_days": 8,
        "posted_days_ago": 8,
        "apply_url": "https://werkenbij.supermarktbuitenhaven.example/vakkenvuller",
    },
    {
        "title": "Assistent monteur installatietechniek",
        "description": (
            "Wij installeren warmtepompen, cv-ketels en ventilatie in woningen. U helpt de "
            "monteur: u draagt materiaal, boort gaten en legt leidingen aan.\n\n"
            "Heeft u technische ervaring uit uw eigen land? Dat is mooi, maar niet nodig. U krijgt "
            "een opleiding en werkt altijd samen met een ervaren monteur.\n\n"
            "Wij bieden een vast contract. Een beetje Nederlands is nodig. Wij vragen de TWV aan "
            "bij UWV."
        ),
        "employer": "Installatiebedrijf Veluwe Warmte",
        "place": "Harderwijk",
        "sector": "techniek",
        "contract": "permanent",
        "hours": (38, 40),
        "shifts": ("day",),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "jobcoach": True,
        "salary": (2500, 2900, "month"),
        "closes_in_days": 75,
        "posted_days_ago": 7,
    },
    {
        "title": "Hulp hovenier",
        "description": (
            "Wij leggen tuinen aan en onderhouden ze. U helpt met bestraten, planten en "
            "snoeien.\n\n"
            "U werkt buiten in een klein team. U krijgt werkkleding en leert het vak van de "
            "hovenier.\n\n"
            "U komt in dienst via uitzendbureau Groen Werkt. Het uitzendbureau vraagt de TWV aan "
            "bij UWV."
        ),
        "employer": "Hoveniersbedrijf De Groene Hoek",
        "place": "Harderwijk",
        "sector": "groen",
        "contract": "agency",
        "hours": (32, 40),
        "shifts": ("day",),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "salary": (15.50, 16.80, "hour"),
        "closes_in_days": 15,
        "posted_days_ago": 9,
    },
    {
        "title": "Medewerker kringloopwinkel",
        "description": (
            "In onze kringloopwinkel verkopen wij tweedehands meubels, kleding en boeken. U "
            "sorteert spullen, prijst ze en helpt klanten in de winkel.\n\n"
            "Dit is een leerbaan met loon: u oefent Nederlands en leert hoe een winkel werkt. Een "
            "begeleider bespreekt elke week met u hoe het gaat. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Kringloopwinkel Tweede Ronde",
        "place": "Lelystad",
        "sector": "detailhandel",
        "contract": "temporary",
        "hours": (16, 24),
        "shifts": ("day", "weekend"),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "jobcoach": True,
        "salary": (15.00, 15.80, "hour"),
        "closes_in_days": 90,
        "posted_days_ago": 4,
    },
    {
        "title": "Bijrijder verhuisbedrijf",
        "description": (
            "Wij verhuizen mensen en bedrijven in heel Flevoland. U rijdt mee, draagt meubels en "
            "dozen en helpt met in- en uitpakken.\n\n"
            "Het werk is zwaar, maar afwisselend. U werkt altijd samen met een ervaren verhuizer."
        ),
        "employer": "Verhuisbedrijf Flevo Verhuist",
        "place": "Lelystad",
        "sector": "transport",
        "contract": "temporary",
        "hours": (24, 40),
        "shifts": ("day",),
        "dutch": 1,
        "no_diploma": True,
        "salary": (15.20, 16.00, "hour"),
        "closes_in_days": -60,
        "posted_days_ago": 60,
    },
    {
        "title": "Huiswerkbegeleider",
        "description": (
            "Bij ons krijgen kinderen en jongeren hulp bij hun huiswerk. U helpt een of twee "
            "leerlingen met lezen, rekenen of Engels, twee middagen per week.\n\n"
            "U krijgt een korte training, loon per uur en werkt samen met andere begeleiders. "
            "Goed Nederlands is nodig. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Stichting Leerhuis Stad",
        "place": "Groningen",
        "sector": "onderwijs",
        "contract": "temporary",
        "hours": (8, 10),
        "shifts": ("day",),
        "dutch": 2,
        "training": True,
        "salary": (15.50, 16.30, "hour"),
        "closes_in_days": 42,
        "posted_days_ago": 11,
    },
    {
        "title": "Medewerker isolatie en renovatie woningen",
        "description": (
            "Wij maken oude huizen in Groningen beter: wij isoleren vloeren en daken en vervangen "
            "kozijnen. U helpt het team met voorbereiden, sjouwen en opruimen.\n\n"
            "U krijgt een veiligheidscursus en werkkleding. Een beetje Nederlands is nodig.\n\n"
            "Stuur ons een e-mail, dan bellen wij u terug. Wij vragen de TWV aan bij UWV."
        ),
        "employer": "Renovatiebedrijf Stad en Ommeland",
        "place": "Groningen",
        "sector": "bouw",
        "contract": "temporary",
        "hours": (32, 40),
        "shifts": ("day",),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "salary": (2550, 2950, "month"),
        "closes_in_days": 36,
        "posted_days_ago": 15,
        "job_office": False,
        "apply_email": "werk@stadenommeland-renovatie.example",
    },
    {
        "title": "Medewerker winkel en magazijn bouwmarkt",
        "description": (
            "In onze bouwmarkt vult u de schappen, neemt u goederen aan en helpt u klanten met het "
            "inladen van hun auto.\n\n"
            "U werkt overdag en op zaterdag. U krijgt een rondleiding en een collega als buddy.\n\n"
            "Een beetje Nederlands is nodig voor het contact met klanten. Wij vragen de TWV aan "
            "bij UWV."
        ),
        "employer": "Bouwmarkt Noorderhout",
        "place": "Groningen",
        "sector": "detailhandel",
        "contract": "temporary",
        "hours": (24, 32),
        "shifts": ("day", "weekend"),
        "dutch": 1,
        "training": True,
        "no_diploma": True,
        "tour": True,
        "jobcoach": True,
        "salary": (15.30, 16.10, "hour"),
        "closes_in_days": 33,
        "posted_days_ago": 6,
    },
]
