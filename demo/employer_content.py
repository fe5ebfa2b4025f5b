"""Demo content of issue 21 on the employer side: subsidy, the shop floor, sources, flow chart.

Dutch with translations side by side, like demo/home_content.py, which merges these into its
RULES, GUIDES and EVENTS. Every statement quotes a seed (../shared/seeds/); where a seed gives no
figure the text says whom to ask. Not here: the resident guidance on waiting times, koppeling,
meldplicht and Reba (home_content.py), booking a talk and the desk flyer.

The seeds describe an instruction video (004, stap 4: an employer's own video "over het werk")
but give no address of a public video, so no page uses the video block: the shop-floor guide
names the practice as a tip instead of linking a video that the sources do not give.
"""

from demo.home_content import SEED_000, SEED_004, UL, T

RULES = {
    # 000, "Begeleiding in het werk": "een beperkt budget ... vergoeding reiskosten of een
    # benodigde cursus"; risicotabel: "Geen subsidiemogelijkheid voor werkgevers, uit de pilot
    # moet blijken of dit wel nodig is". 004: for trial placements "geen financiële regelingen".
    "no_wage_subsidy": dict(
        title=T(
            "Geen subsidie voor werkgevers in de pilot Assen",
            en="No subsidy for employers in the Assen pilot",
            ar="لا يوجد دعم مالي لأصحاب العمل في مشروع Assen التجريبي",
            fa="در طرح آزمایشی Assen یارانه‌ای برای کارفرمایان وجود ندارد",
            ti="ኣብ ፈተነ ፕሮጀክት Assen ንኣስራሕቲ ድጎማ የለን",
            tr="Assen pilot projesinde işverenlere sübvansiyon yok",
        ),
        text=T(
            "In de pilot in Assen is er geen subsidie voor werkgevers. De pilot moet laten zien "
            "of die wel nodig is. Er is wel een klein budget, bijvoorbeeld voor reiskosten of "
            "een cursus die nodig is. Hoeveel geld er is en wat in uw regio geldt, vraagt u aan "
            "de gemeente of UWV.",
            en="In the Assen pilot there is no subsidy for employers. The pilot is to show "
            "whether one is needed. There is a small budget, for example for travel costs or a "
            "course that is needed. Ask the municipality or UWV how much money there is and what "
            "applies in your region.",
            ar="في المشروع التجريبي في Assen لا يوجد دعم مالي لأصحاب العمل. يجب أن يُظهر المشروع "
            "هل هناك حاجة إليه. لكن هناك ميزانية صغيرة، مثلاً لتكاليف السفر أو لدورة ضرورية. "
            "اسأل البلدية أو UWV عن قيمة المبلغ وعمّا ينطبق في منطقتك.",
            fa="در طرح آزمایشی Assen یارانه‌ای برای کارفرمایان وجود ندارد. این طرح باید نشان دهد "
            "که آیا به آن نیاز هست یا نه. اما بودجهٔ کوچکی هست، مثلاً برای هزینهٔ رفت‌وآمد یا "
            "دوره‌ای که لازم است. دربارهٔ مقدار پول و قوانین منطقهٔ خود از شهرداری یا UWV بپرسید.",
            ti="ኣብ ፈተነ ፕሮጀክት Assen ንኣስራሕቲ ድጎማ የለን። እቲ ፕሮጀክት ድጎማ የድሊ እንተኾይኑ "
            "ከርኢ ኣለዎ። ግን ንእሽቶ በጀት ኣሎ፡ ንኣብነት ንወጻኢ መጓዓዝያ ወይ ንዘድሊ ኮርስ። "
            "ክንደይ ገንዘብ ከም ዘሎን ኣብ ከባቢኹም እንታይ ከም ዝሰርሕን ንምምሕዳር ከተማ ወይ UWV ሕተቱ።",
            tr="Assen'deki pilot projede işverenlere sübvansiyon yoktur. Pilot proje, buna "
            "ihtiyaç olup olmadığını gösterecek. Ama küçük bir bütçe var, örneğin yol masrafları "
            "veya gerekli bir kurs için. Ne kadar para olduğunu ve bölgenizde neyin geçerli "
            "olduğunu belediyeye veya UWV'ye sorun.",
        ),
        status="current",
        source_title=f"{SEED_000}, ‘Begeleiding in het werk’ en risicotabel; {SEED_004}, fase 4",
        verified_days_ago=5,
        for_employers=True,
        for_residents=False,
    ),
}

# The resident route at a glance (issue 21, item 2). Waiting times exactly as the seeds give
# them: TWV "gemiddeld vijf weken ... kan dit oplopen tot negen weken" and the BSN "soms van 6
# weken of langer" (002, hoofdstuk 2.2); the fast track "1-2 maanden" in Almere (004).
FLOW_CHART = (
    "flow_chart",
    T(
        "Van aanmelding tot eerste werkdag in één overzicht",
        en="From signing up to your first working day at a glance",
        ar="من التسجيل إلى أول يوم عمل: نظرة عامة",
        fa="از ثبت‌نام تا اولین روز کاری در یک نگاه",
        ti="ካብ ምምዝጋብ ክሳብ ቀዳማይ መዓልቲ ስራሕ ብሓጺሩ",
        tr="Kayıttan ilk iş gününe kısa bir bakış",
    ),
    [
        (
            T(
                "Voorlichting",
                en="Information session",
                ar="جلسة معلومات",
                fa="جلسه اطلاع‌رسانی",
                ti="ኣኼባ ሓበሬታ",
                tr="Bilgilendirme",
            ),
            "coa",
            None,
        ),
        (
            T(
                "Aanmelden bij de Job Office of Meedoenbalie",
                en="Sign up at the Job Office or Meedoenbalie",
                ar="التسجيل في Job Office أو Meedoenbalie",
                fa="ثبت‌نام در Job Office یا Meedoenbalie",
                ti="ኣብ Job Office ወይ Meedoenbalie ምምዝጋብ",
                tr="Job Office'e veya Meedoenbalie'ye kayıt",
            ),
            "resident",
            None,
        ),
        (
            T(
                "Intakegesprek en cv",
                en="Intake talk and CV",
                ar="مقابلة التعارف والسيرة الذاتية",
                fa="گفت‌وگوی آشنایی و رزومه",
                ti="ናይ መእተዊ ዝርርብን ሲቪን",
                tr="Tanışma görüşmesi ve özgeçmiş",
            ),
            "job_office",
            None,
        ),
        (
            T(
                "Kennismaken met werkgevers",
                en="Meeting employers",
                ar="التعرّف على أصحاب العمل",
                fa="آشنایی با کارفرمایان",
                ti="ምስ ኣስራሕቲ ምልላይ",
                tr="İşverenlerle tanışma",
            ),
            "resident",
            None,
        ),
        (
            T(
                "De werkgever vraagt de TWV aan bij UWV",
                en="The employer applies for the TWV at UWV",
                ar="صاحب العمل يطلب تصريح TWV من UWV",
                fa="کارفرما TWV را از UWV درخواست می‌کند",
                ti="ኣስራሒ ኣብ UWV TWV ይሓትት",
                tr="İşveren UWV'ye TWV başvurusu yapar",
            ),
            "employer",
            T(
                "meestal ongeveer vijf weken, soms tot negen weken",
                en="usually about five weeks, sometimes up to nine weeks",
                ar="عادةً نحو خمسة أسابيع، وأحياناً حتى تسعة أسابيع",
                fa="معمولاً حدود پنج هفته، گاهی تا نه هفته",
                ti="መብዛሕትኡ ግዜ ኣስታት ሓሙሽተ ሰሙን፡ ሓደ ሓደ ግዜ ክሳብ ትሽዓተ ሰሙን",
                tr="genellikle yaklaşık beş hafta, bazen dokuz haftaya kadar",
            ),
        ),
        (
            T(
                "BSN aanvragen en bankrekening openen",
                en="Applying for a BSN and opening a bank account",
                ar="طلب رقم BSN وفتح حساب بنكي",
                fa="درخواست BSN و باز کردن حساب بانکی",
                ti="BSN ምሕታትን ሕሳብ ባንክ ምኽፋትን",
                tr="BSN başvurusu ve banka hesabı açma",
            ),
            "coa",
            T(
                "soms 6 weken of langer; met de snelle procedure 1-2 maanden",
                en="sometimes 6 weeks or longer; with the fast procedure 1-2 months",
                ar="أحياناً 6 أسابيع أو أكثر؛ مع الإجراء السريع 1-2 شهر",
                fa="گاهی ۶ هفته یا بیشتر؛ با روند سریع ۱ تا ۲ ماه",
                ti="ሓደ ሓደ ግዜ 6 ሰሙን ወይ ልዕሊኡ፡ ብቕልጡፍ መስርሕ 1-2 ወርሒ",
                tr="bazen 6 hafta veya daha uzun; hızlı prosedürle 1-2 ay",
            ),
        ),
        (
            T(
                "Eerste werkdag",
                en="First working day",
                ar="أول يوم عمل",
                fa="اولین روز کاری",
                ti="ቀዳማይ መዓልቲ ስራሕ",
                tr="İlk iş günü",
            ),
            "employer",
            None,
        ),
    ],
    T(
        "Na de aanvraag wacht u op de TWV én op uw BSN. Met allebei kunt u beginnen en loon "
        "krijgen. Het kan dus langer duren dan vijf weken.",
        en="After the application you wait for the TWV and for your BSN. With both you can "
        "start and be paid. So it can take longer than five weeks.",
        ar="بعد تقديم الطلب تنتظر تصريح TWV ورقم BSN معاً. بالاثنين معاً يمكنك أن تبدأ العمل "
        "وتحصل على راتبك. لذلك قد يستغرق الأمر أكثر من خمسة أسابيع.",
        fa="پس از درخواست، هم منتظر TWV و هم منتظر BSN خود هستید. با هر دو می‌توانید شروع کنید "
        "و دستمزد بگیرید. پس ممکن است بیشتر از پنج هفته طول بکشد.",
        ti="ድሕሪ እቲ ሕቶ ንTWVን ንBSNኩምን ትጽበዩ። ብክልቲኦም ክትጅምሩን ደሞዝ ክትረኽቡን "
        "ትኽእሉ። ስለዚ ካብ ሓሙሽተ ሰሙን ንላዕሊ ክወስድ ይኽእል።",
        tr="Başvurudan sonra hem TWV'yi hem de BSN'nizi beklersiniz. İkisi de olunca işe "
        "başlayabilir ve maaş alabilirsiniz. Bu yüzden beş haftadan uzun sürebilir.",
    ),
)

# The information flyer for employers (003: "informatieflyers en webinars" for employers; 004
# stap 1: "Flyers"): a tagged one-page PDF the demo writes (demo/flyer.py). Dutch only, since
# the document's fonts cover Latin script only; the link text says so in every language.
FLYER_DOWNLOAD = (
    "download",
    "flyer-werkgevers",
    T(
        "Informatieflyer voor werkgevers (Nederlands)",
        en="Information flyer for employers (in Dutch)",
        ar="نشرة معلومات لأصحاب العمل (باللغة الهولندية)",
        fa="بروشور اطلاعاتی برای کارفرمایان (به زبان هلندی)",
        ti="ናይ ሓበሬታ ወረቐት ንኣስራሕቲ (ብሆላንድኛ)",
        tr="İşverenler için bilgi broşürü (Hollandaca)",
    ),
    T(
        "De regels, de route en wie u kunt vragen, op één A4 om te printen of door te sturen.",
        en="The rules, the route and whom to ask, on one A4 page to print or pass on.",
        ar="القواعد والطريق ومن يمكنك أن تسأل، في صفحة A4 واحدة للطباعة أو الإرسال.",
        fa="قوانین، مسیر و اینکه از چه کسی بپرسید، در یک صفحهٔ A4 برای چاپ یا ارسال.",
        ti="እቶም ሕግታት፡ እቲ መገዲን ንመን ክትሓቱ ከም ትኽእሉን፡ ኣብ ሓደ A4 ንምሕታም ወይ ንምልኣኽ።",
        tr="Kurallar, yol ve kime sorabileceğiniz, yazdırmak veya iletmek için tek bir A4 sayfada.",
    ),
)

SHOP_FLOOR_GUIDE = (
    "na-de-start-op-de-werkvloer",
    ["en", "ar", "fa", "ti", "tr"],
    dict(
        title=T(
            "Na de start: begeleiding op de werkvloer",
            en="After the start: support on the shop floor",
            ar="بعد البداية: المرافقة في مكان العمل",
            fa="پس از شروع: همراهی در محل کار",
            ti="ድሕሪ ምጅማር፡ ኣብ ቦታ ስራሕ ምሕጋዝ",
            tr="Başladıktan sonra: iş yerinde destek",
        ),
        intro=T(
            "U heeft een nieuwkomer aangenomen. Zo helpt u uw nieuwe medewerker goed op weg.",
            en="You have hired a newcomer. This is how you help your new employee get off to a "
            "good start.",
            ar="لقد وظّفت قادماً جديداً. هكذا تساعد موظفك الجديد على بداية جيدة.",
            fa="شما یک تازه‌وارد را استخدام کرده‌اید. این‌گونه به کارمند تازهٔ خود کمک می‌کنید "
            "تا خوب شروع کند.",
            ti="ሓድሽ መጻኢ ቖጺርኩም ኣለኹም። ከምዚ ጌርኩም ንሓድሽ ሰራሕተኛኹም ጽቡቕ ጅማሮ ክገብር ትሕግዝዎ።",
            tr="Yeni gelen birini işe aldınız. Yeni çalışanınızın iyi bir başlangıç yapmasına "
            "böyle yardım edersiniz.",
        ),
        body=[
            (
                "heading",
                T(
                    "Taal en werkinstructies",
                    en="Language and work instructions",
                    ar="اللغة وتعليمات العمل",
                    fa="زبان و دستورهای کار",
                    ti="ቋንቋን መምርሒታት ስራሕን",
                    tr="Dil ve iş talimatları",
                ),
            ),
            (
                "text",
                [
                    T(
                        "Veel nieuwkomers spreken wat Nederlands of Engels. Vaktaal en "
                        "werkinstructies zijn vaak nog moeilijk. Geef instructies kort en stap "
                        "voor stap, en doe het werk voor.",
                        en="Many newcomers speak some Dutch or English. Technical words and work "
                        "instructions are often still difficult. Give short instructions, step "
                        "by step, and show how the work is done.",
                        ar="كثير من القادمين الجدد يتكلمون قليلاً من الهولندية أو الإنجليزية. "
                        "لكن لغة المهنة وتعليمات العمل تكون غالباً صعبة. أعطِ تعليمات قصيرة "
                        "خطوة بخطوة، وأرِهم كيف يتم العمل.",
                        fa="بسیاری از تازه‌واردان کمی هلندی یا انگلیسی صحبت می‌کنند. واژه‌های "
                        "تخصصی و دستورهای کار اغلب هنوز سخت است. دستورها را کوتاه و قدم به قدم "
                        "بدهید و کار را نشان دهید.",
                        ti="ብዙሓት ሓደስቲ መጻእቲ ቁሩብ ሆላንድኛ ወይ እንግሊዝኛ ይዛረቡ። ቋንቋ ሞያን "
                        "መምርሒታት ስራሕን ግን መብዛሕትኡ ግዜ ገና ከቢድ እዩ። መምርሒ ሓጺርን ስጉምቲ "
                        "ብስጉምትን ሃቡ፡ ነቲ ስራሕ ድማ ብተግባር ኣርእዩ።",
                        tr="Yeni gelenlerin çoğu biraz Hollandaca veya İngilizce konuşur. Meslek "
                        "dili ve iş talimatları çoğu zaman hâlâ zordur. Talimatları kısa ve adım "
                        "adım verin, işi yaparak gösterin.",
                    ),
                    T(
                        "Taal is ook belangrijk om contact te maken met collega's. Zo gaat uw "
                        "medewerker zich sneller thuis voelen.",
                        en="Language also matters for getting to know colleagues. That helps your "
                        "employee feel at home sooner.",
                        ar="اللغة مهمة أيضاً للتواصل مع الزملاء. هكذا يشعر موظفك بالانتماء بشكل "
                        "أسرع.",
                        fa="زبان برای ارتباط با همکاران هم مهم است. این‌طور کارمند شما زودتر "
                        "احساس تعلق می‌کند.",
                        ti="ቋንቋ ምስ መሳርሕቲ ንምርኻብ'ውን ኣገዳሲ እዩ። ከምኡ ሰራሕተኛኹም ቀልጢፉ ከም ኣብ ገዛኡ ይስምዖ።",
                        tr="Dil, iş arkadaşlarıyla bağ kurmak için de önemlidir. Böylece "
                        "çalışanınız kendini daha çabuk ait hisseder.",
                    ),
                ],
            ),
            (
                "callout",
                "info",
                T(
                    "Tip: een korte instructievideo",
                    en="Tip: a short instruction video",
                    ar="نصيحة: فيديو تعليمي قصير",
                    fa="نکته: یک ویدئوی آموزشی کوتاه",
                    ti="ምኽሪ፡ ሓጺር ቪድዮ መምርሒ",
                    tr="İpucu: kısa bir eğitim videosu",
                ),
                [
                    T(
                        "In de pilot in Almere kregen nieuwe medewerkers een kort telefoongesprek "
                        "en een instructievideo over het werk. Zo kon iedereen vlot beginnen. "
                        "Zo'n video maakt u zelf, over uw eigen werk.",
                        en="In the Almere pilot, new employees had a short phone call and got an "
                        "instruction video about the work. That way everyone could start "
                        "smoothly. You make such a video yourself, about your own work.",
                        ar="في المشروع التجريبي في Almere أجرى الموظفون الجدد مكالمة هاتفية "
                        "قصيرة وحصلوا على فيديو تعليمي عن العمل. هكذا استطاع الجميع أن يبدأ "
                        "بسهولة. مثل هذا الفيديو تصنعه بنفسك عن عملك.",
                        fa="در طرح آزمایشی Almere کارمندان تازه یک تماس تلفنی کوتاه داشتند و یک "
                        "ویدئوی آموزشی دربارهٔ کار گرفتند. این‌طور همه توانستند راحت شروع کنند. "
                        "چنین ویدئویی را خودتان دربارهٔ کار خودتان می‌سازید.",
                        ti="ኣብ ፈተነ ፕሮጀክት Almere ሓደስቲ ሰራሕተኛታት ሓጺር ናይ ተሌፎን ዝርርብን "
                        "ብዛዕባ እቲ ስራሕ ቪድዮ መምርሒን ረኺቦም። ከምኡ ኩሉ ሰብ ብቐሊሉ ክጅምር ከኣለ። "
                        "ከምዚ ዝበለ ቪድዮ ባዕልኹም ብዛዕባ ናይ ገዛእ ርእስኹም ስራሕ ትሰርሕዎ።",
                        tr="Almere'deki pilot projede yeni çalışanlarla kısa bir telefon "
                        "görüşmesi yapıldı ve onlara iş hakkında bir eğitim videosu verildi. "
                        "Böylece herkes kolayca başlayabildi. Böyle bir videoyu kendi işiniz "
                        "hakkında kendiniz hazırlarsınız.",
                    )
                ],
            ),
            (
                "heading",
                T(
                    "Duidelijke afspraken",
                    en="Clear agreements",
                    ar="اتفاقات واضحة",
                    fa="توافق‌های روشن",
                    ti="ንጹር ስምምዓት",
                    tr="Açık anlaşmalar",
                ),
            ),
            (
                "text",
                [
                    UL(
                        T(
                            "Leg uit wat de werktijden, taken, pauzes en vakantiedagen zijn.",
                            en="Explain the working hours, tasks, breaks and holidays.",
                            ar="اشرح مواعيد العمل والمهام والاستراحات وأيام الإجازة.",
                            fa="ساعت کار، وظایف، زمان استراحت و روزهای مرخصی را توضیح دهید.",
                            ti="ሰዓታት ስራሕ፡ ዕማማት፡ ዕረፍትን መዓልታት ዕረፍቲ ዓመትን ኣብርሁ።",
                            tr="Çalışma saatlerini, görevleri, molaları ve izin günlerini "
                            "açıklayın.",
                        ),
                        T(
                            "Vaste tijden, duidelijke taken en een vast ritme helpen.",
                            en="Fixed hours, clear tasks and a steady rhythm help.",
                            ar="المواعيد الثابتة والمهام الواضحة والإيقاع الثابت تساعد.",
                            fa="ساعت‌های ثابت، وظایف روشن و یک روال ثابت کمک می‌کند.",
                            ti="ቀዋሚ ሰዓታት፡ ንጹር ዕማማትን ቀዋሚ ስርዓትን ይሕግዙ።",
                            tr="Sabit saatler, net görevler ve düzenli bir ritim yardımcı olur.",
                        ),
                        T(
                            "Leg het contract uit. Een schriftelijk contract is in veel landen "
                            "niet gewoon.",
                            en="Explain the contract. A written contract is not usual in many "
                            "countries.",
                            ar="اشرح العقد. العقد المكتوب ليس أمراً معتاداً في بلدان كثيرة.",
                            fa="قرارداد را توضیح دهید. قرارداد کتبی در بسیاری از کشورها معمول "
                            "نیست.",
                            ti="ነቲ ውዕል ኣብርሁ። ብጽሑፍ ዝተገብረ ውዕል ኣብ ብዙሓት ሃገራት ልሙድ ኣይኮነን።",
                            tr="Sözleşmeyi açıklayın. Yazılı sözleşme birçok ülkede alışılmış "
                            "değildir.",
                        ),
                        T(
                            "Zorg voor een duidelijke inwerkperiode en help bij formulieren.",
                            en="Plan a clear induction period and help with forms.",
                            ar="نظّم فترة تعريف واضحة بالعمل وساعد في ملء الاستمارات.",
                            fa="یک دورهٔ آشنایی روشن با کار در نظر بگیرید و در پر کردن فرم‌ها "
                            "کمک کنید.",
                            ti="ንጹር ግዜ ምልማድ ስራሕ ኣዳልዉ፡ ኣብ ቅጥዕታት ድማ ሓግዙ።",
                            tr="Net bir işe alışma dönemi planlayın ve formlarda yardım edin.",
                        ),
                        T(
                            "Vervoer naar het werk kan een drempel zijn. Bespreek vooraf hoe uw "
                            "medewerker op het werk komt.",
                            en="Getting to work can be an obstacle. Discuss beforehand how your "
                            "employee will get to work.",
                            ar="الوصول إلى العمل قد يكون عائقاً. تحدّث مسبقاً عن كيفية وصول "
                            "موظفك إلى العمل.",
                            fa="رفت‌وآمد به محل کار می‌تواند مانع باشد. از قبل صحبت کنید که "
                            "کارمندتان چطور به محل کار می‌آید.",
                            ti="ናብ ስራሕ ምምጻእ ጸገም ክኸውን ይኽእል። ሰራሕተኛኹም ከመይ ናብ ስራሕ "
                            "ከም ዝመጽእ ኣቐዲምኩም ተዘራረቡ።",
                            tr="İşe ulaşım bir engel olabilir. Çalışanınızın işe nasıl "
                            "geleceğini önceden konuşun.",
                        ),
                    )
                ],
            ),
            (
                "heading",
                T(
                    "Werkcultuur",
                    en="Work culture",
                    ar="ثقافة العمل",
                    fa="فرهنگ کار",
                    ti="ባህሊ ስራሕ",
                    tr="İş kültürü",
                ),
            ),
            (
                "text",
                [
                    T(
                        "Op tijd komen, hiërarchie, zelf initiatief nemen en feedback geven en "
                        "krijgen kunnen anders gaan dan uw medewerker gewend is. Zeg wat u "
                        "verwacht, bijvoorbeeld dat iemand zich zelf ziek meldt.",
                        en="Being on time, hierarchy, taking initiative and giving and receiving "
                        "feedback may work differently from what your employee is used to. Say "
                        "what you expect, for example that people call in sick themselves.",
                        ar="الالتزام بالوقت والتسلسل الإداري وأخذ المبادرة وإعطاء الملاحظات "
                        "وتلقيها قد تختلف عمّا اعتاد عليه موظفك. قل ما تتوقعه، مثلاً أن يبلّغ "
                        "الشخص بنفسه عن مرضه.",
                        fa="سر وقت آمدن، سلسله‌مراتب، ابتکار عمل و دادن و گرفتن بازخورد ممکن است "
                        "با آنچه کارمندتان عادت دارد فرق کند. بگویید چه انتظاری دارید، مثلاً "
                        "اینکه هر کس خودش بیماری‌اش را اطلاع دهد.",
                        ti="ብሰዓቱ ምምጻእ፡ ስርዓት ሓላፍነት፡ ባዕልኻ ተበግሶ ምውሳድን ርእይቶ ምሃብን "
                        "ምቕባልን ካብቲ ሰራሕተኛኹም ዝለመዶ ፍሉይ ክኸውን ይኽእል። እንታይ ከም "
                        "እትጽበዩ ንገሩ፡ ንኣብነት ሰብ ምስ ሓመመ ባዕሉ ክሕብር ከም ዘለዎ።",
                        tr="Zamanında gelmek, hiyerarşi, inisiyatif almak, geri bildirim vermek "
                        "ve almak, çalışanınızın alışık olduğundan farklı olabilir. Ne "
                        "beklediğinizi söyleyin, örneğin hastalanınca kişinin kendisinin haber "
                        "vermesini.",
                    ),
                    T(
                        "Bereid ook uw team voor. Begrip voor elkaars cultuur en een werkplek "
                        "waar veel met elkaar gepraat wordt, helpen iedereen.",
                        en="Prepare your team as well. Understanding each other's culture and a "
                        "workplace where people talk a lot with each other help everyone.",
                        ar="جهّز فريقك أيضاً. فهم ثقافة الآخر ومكان عمل يتحدث فيه الناس كثيراً "
                        "مع بعضهم يساعدان الجميع.",
                        fa="تیم خود را هم آماده کنید. درک فرهنگ یکدیگر و محل کاری که در آن "
                        "زیاد با هم حرف می‌زنند، به همه کمک می‌کند.",
                        ti="ንጉጅልኹም'ውን ኣዳልውዎ። ንባህሊ ሓድሕድ ምርዳእን ብዙሕ ዝዘራረቡሉ ቦታ ስራሕን ንኹሉ ይሕግዙ።",
                        tr="Ekibinizi de hazırlayın. Birbirinin kültürünü anlamak ve insanların "
                        "birbiriyle çok konuştuğu bir iş yeri herkese yardımcı olur.",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    "Een vast aanspreekpunt: jobcoach of buddy",
                    en="One steady contact: a job coach or buddy",
                    ar="شخص ثابت للتواصل: مدرّب عمل أو زميل مرافق",
                    fa="یک فرد تماس ثابت: مربی کار یا همراه",
                    ti="ሓደ ቀዋሚ ተራኻቢ፡ jobcoach ወይ buddy",
                    tr="Sabit bir irtibat kişisi: iş koçu veya buddy",
                ),
            ),
            (
                "text",
                [
                    T(
                        "Werkgevers vinden een jobcoach of buddy goed werken: iemand die het "
                        "aanspreekpunt is en de weg wijst. Sommige medewerkers hebben baat bij "
                        "begeleiding van buiten, voor een tijd, zoals een jobcoach.",
                        en="Employers find that a job coach or buddy works well: someone who is "
                        "the contact person and shows the way. Some employees benefit from "
                        "support from outside for a while, such as a job coach.",
                        ar="يرى أصحاب العمل أن مدرّب العمل (jobcoach) أو الزميل المرافق (buddy) "
                        "مفيد: شخص يكون نقطة التواصل ويدلّ على الطريق. بعض الموظفين يستفيدون "
                        "من مرافقة من الخارج لفترة، مثل مدرّب عمل.",
                        fa="کارفرمایان می‌گویند مربی کار (jobcoach) یا همراه (buddy) خوب جواب "
                        "می‌دهد: کسی که فرد تماس است و راه را نشان می‌دهد. بعضی کارمندان برای "
                        "مدتی از همراهی بیرونی، مانند یک مربی کار، سود می‌برند.",
                        ti="ኣስራሕቲ jobcoach ወይ buddy ጽቡቕ ከም ዝሰርሕ ይርእዩ፡ ተራኻቢ ዝኾነን "
                        "መገዲ ዘርእን ሰብ። ገለ ሰራሕተኛታት ንግዜኡ ካብ ወጻኢ ሓገዝ፡ ከም jobcoach፡ "
                        "ይጠቕሞም።",
                        tr="İşverenler bir iş koçunun (jobcoach) veya buddy'nin iyi işe "
                        "yaradığını görüyor: irtibat kişisi olan ve yol gösteren biri. Bazı "
                        "çalışanlar bir süre dışarıdan destekten, örneğin bir iş koçundan, "
                        "yararlanır.",
                    ),
                    T(
                        "Een goede match alleen is vaak niet genoeg. Iemand die uw medewerker "
                        "goed kent, helpt misverstanden op de eerste werkdagen op te lossen. "
                        "Zonder die hulp stoppen mensen sneller. Vraag uw contactpersoon bij de "
                        "gemeente of de Job Office welke hulp er is.",
                        en="A good match alone is often not enough. Someone who knows your "
                        "employee well helps clear up misunderstandings in the first days at "
                        "work. Without that help people drop out sooner. Ask your contact at the "
                        "municipality or the Job Office what help there is.",
                        ar="التوافق الجيد وحده لا يكفي غالباً. شخص يعرف موظفك جيداً يساعد في حل "
                        "سوء الفهم في أيام العمل الأولى. بدون هذه المساعدة يتوقف الناس أسرع. "
                        "اسأل الشخص المسؤول عنك في البلدية أو Job Office عن المساعدة المتاحة.",
                        fa="فقط یک تطبیق خوب اغلب کافی نیست. کسی که کارمند شما را خوب می‌شناسد، "
                        "به حل سوءتفاهم‌ها در روزهای اول کار کمک می‌کند. بدون این کمک، افراد "
                        "زودتر کار را رها می‌کنند. از فرد تماس خود در شهرداری یا Job Office "
                        "بپرسید چه کمکی وجود دارد.",
                        ti="ጽቡቕ ምስምማዕ ጥራይ መብዛሕትኡ ግዜ ኣይኣክልን። ንሰራሕተኛኹም ጽቡቕ ዝፈልጦ "
                        "ሰብ ኣብ ቀዳሞት መዓልታት ስራሕ ዘይምርድዳእ ንምፍታሕ ይሕግዝ። ብዘይ እዚ ሓገዝ "
                        "ሰባት ቀልጢፎም የቋርጹ። እንታይ ሓገዝ ከም ዘሎ ንተራኻቢኹም ኣብ ምምሕዳር "
                        "ከተማ ወይ Job Office ሕተቱ።",
                        tr="Tek başına iyi bir eşleşme çoğu zaman yeterli değildir. Çalışanınızı "
                        "iyi tanıyan biri, ilk iş günlerindeki yanlış anlamaları çözmeye yardım "
                        "eder. Bu yardım olmadan insanlar daha çabuk bırakır. Belediyedeki veya "
                        "Job Office'teki irtibat kişinize hangi yardımın olduğunu sorun.",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    "Als het werk stopt",
                    en="If the job ends",
                    ar="إذا توقف العمل",
                    fa="اگر کار تمام شود",
                    ti="እቲ ስራሕ እንተቋሪጹ",
                    tr="İş sona ererse",
                ),
            ),
            ("rule", "twv_cancel"),
            (
                "heading",
                T(
                    "Meer lezen",
                    en="Further reading",
                    ar="لمزيد من القراءة",
                    fa="برای مطالعهٔ بیشتر",
                    ti="ተወሳኺ ንባብ",
                    tr="Daha fazla okuma",
                ),
            ),
            (
                "text",
                [
                    T(
                        "Deze documenten noemen de bronnen. Ze staan niet op deze website; zoek "
                        "ze op titel.",
                        en="The sources name these documents. They are not on this website; "
                        "look them up by title.",
                        ar="هذه الوثائق مذكورة في المصادر. ليست موجودة على هذا الموقع؛ ابحث "
                        "عنها بعنوانها.",
                        fa="منابع از این اسناد نام می‌برند. آن‌ها در این وب‌سایت نیستند؛ با "
                        "عنوانشان جست‌وجو کنید.",
                        ti="እቶም ምንጭታት ነዞም ሰነዳት ይጠቕሱ። ኣብዚ መርበብ ሓበሬታ የለዉን፡ ብኣርእስቶም ድለይዎም።",
                        tr="Kaynaklar bu belgeleri anar. Bu web sitesinde değiller; başlıklarıyla "
                        "arayın.",
                    ),
                    UL(
                        T(
                            "COA, gids voor werkgevers ‘Nieuwkomers op weg naar werk’, met "
                            "onder meer begeleiding op de werkvloer.",
                            en="COA, guide for employers ‘Nieuwkomers op weg naar werk’, "
                            "including support on the shop floor.",
                            ar="COA، دليل لأصحاب العمل ‘Nieuwkomers op weg naar werk’، ومن "
                            "مواضيعه المرافقة في مكان العمل.",
                            fa="COA، راهنمای کارفرمایان ‘Nieuwkomers op weg naar werk’، از جمله "
                            "دربارهٔ همراهی در محل کار.",
                            ti="COA፡ መምርሒ ንኣስራሕቲ ‘Nieuwkomers op weg naar werk’፡ ብዛዕባ ኣብ "
                            "ቦታ ስራሕ ምሕጋዝ'ውን።",
                            tr="COA, işverenler için rehber ‘Nieuwkomers op weg naar werk’; iş "
                            "yerinde destek de dahil.",
                        ),
                        T(
                            "Regioplan en VIA (2024), handreiking voor de begeleiding van "
                            "statushouders op de werkvloer.",
                            en="Regioplan and VIA (2024), guide to supporting status holders on "
                            "the shop floor.",
                            ar="Regioplan و VIA (2024)، دليل لمرافقة حاملي الإقامة في مكان العمل.",
                            fa="Regioplan و VIA (2024)، راهنمای همراهی دارندگان اقامت در محل کار.",
                            ti="Regioplan ከምኡ'ውን VIA (2024)፡ መምርሒ ንምሕጋዝ ሓለውቲ ፍቓድ መንበሪ ኣብ ቦታ ስራሕ።",
                            tr="Regioplan ve VIA (2024), oturum izni sahiplerine iş yerinde "
                            "destek rehberi.",
                        ),
                        T(
                            "Open Embassy (2024), handreiking ‘Toeleiding naar werk vanuit het "
                            "azc’, en het evaluatieonderzoek naar de pilot van COA, gemeente "
                            "Almere en Randstad, in opdracht van het ministerie van SZW.",
                            en="Open Embassy (2024), guide ‘Toeleiding naar werk vanuit het "
                            "azc’, and the evaluation of the pilot by COA, the municipality of "
                            "Almere and Randstad, commissioned by the Ministry of Social Affairs "
                            "and Employment.",
                            ar="Open Embassy (2024)، دليل ‘Toeleiding naar werk vanuit het azc’، "
                            "وبحث تقييم المشروع التجريبي لـ COA وبلدية Almere و Randstad، بتكليف "
                            "من وزارة الشؤون الاجتماعية والتوظيف.",
                            fa="Open Embassy (2024)، راهنمای ‘Toeleiding naar werk vanuit het "
                            "azc’، و پژوهش ارزیابی طرح آزمایشی COA، شهرداری Almere و Randstad، "
                            "به سفارش وزارت امور اجتماعی و اشتغال.",
                            ti="Open Embassy (2024)፡ መምርሒ ‘Toeleiding naar werk vanuit het "
                            "azc’፡ ከምኡ'ውን መጽናዕቲ ገምጋም ናይቲ ፈተነ ፕሮጀክት COA፡ ምምሕዳር ከተማ "
                            "Almere ከምኡ'ውን Randstad፡ ብትእዛዝ ሚኒስትሪ ማሕበራዊ ጉዳያትን ስራሕን።",
                            tr="Open Embassy (2024), ‘Toeleiding naar werk vanuit het azc’ "
                            "rehberi ve COA, Almere Belediyesi ile Randstad'ın pilot projesinin "
                            "değerlendirme araştırması; Sosyal İşler ve İstihdam Bakanlığı "
                            "adına.",
                        ),
                    ),
                ],
            ),
            FLYER_DOWNLOAD,
        ],
    ),
)

# The agenda (issue 21, item 4): 004 stap 1 "Groepsgewijze voorlichting ... In Almere gaf COA
# deze voorlichting" and 000 "COA: Voorlichting geven aan bewoners"; 001 "hulp bij het opstellen
# van een goed cv" and "Het AZC heeft de cv's gemaakt met de kandidaten"; 003 "webinars/
# informatiebijeenkomsten" for employers and 001 "Bijeenkomsten en succesverhalen van andere
# werkgevers werken beter dan schriftelijke informatie". Weekdays only (weekday: 0 = Monday).
EVENTS = {
    "voorlichting-werken-in-nederland": dict(
        title=T(
            "Voorlichting door het COA: werken in Nederland",
            en="Information session by COA: working in the Netherlands",
            ar="جلسة معلومات من COA: العمل في هولندا",
            fa="جلسهٔ اطلاع‌رسانی COA: کار در هلند",
            ti="ኣኼባ ሓበሬታ ብCOA፡ ኣብ ሆላንድ ምስራሕ",
            tr="COA bilgilendirme toplantısı: Hollanda'da çalışmak",
        ),
        kind="voorlichting",
        intro=T(
            "Het COA vertelt wat werken vanuit het azc betekent: de TWV, de Reba, uw geld en "
            "werkcultuur. Daarna kunt u vragen stellen.",
            en="COA explains what working from the azc means: the TWV, the Reba, your money and "
            "work culture. Afterwards you can ask questions.",
            ar="يشرح COA ماذا يعني العمل وأنت في مركز اللجوء: تصريح TWV، والـ Reba، وأموالك، "
            "وثقافة العمل. بعد ذلك يمكنك طرح الأسئلة.",
            fa="COA توضیح می‌دهد کار کردن از azc یعنی چه: TWV، Reba، پول شما و فرهنگ کار. "
            "بعد از آن می‌توانید سؤال بپرسید.",
            ti="COA ካብ azc ምስራሕ እንታይ ማለት ምዃኑ የብርህ፡ TWV፡ Reba፡ ገንዘብኩምን ባህሊ ስራሕን። ድሕሪኡ ሕቶ ክትሓቱ ትኽእሉ።",
            tr="COA, azc'den çalışmanın ne anlama geldiğini anlatır: TWV, Reba, paranız ve iş "
            "kültürü. Sonra soru sorabilirsiniz.",
        ),
        start_in_days=7,
        weekday=1,
        start="10:00",
        end="11:30",
        location="assen",
        address="",
        languages=["nl", "en", "ar", "ti"],
        registration=T(
            "<p>Aanmelden is niet nodig. Kom naar de Job Office.</p>",
            en="<p>No need to sign up. Come to the Job Office.</p>",
            ar="<p>لا حاجة إلى التسجيل. تعال إلى Job Office.</p>",
            fa="<p>ثبت‌نام لازم نیست. به Job Office بیایید.</p>",
            ti="<p>ምምዝጋብ ኣየድልን። ናብ Job Office ምጹ።</p>",
            tr="<p>Kayıt gerekmez. Job Office'e gelin.</p>",
        ),
    ),
    "workshop-cv-en-solliciteren": dict(
        title=T(
            "Workshop: uw cv en solliciteren",
            en="Workshop: your CV and applying for jobs",
            ar="ورشة عمل: سيرتك الذاتية والتقدّم للوظائف",
            fa="کارگاه: رزومهٔ شما و درخواست کار",
            ti="ዎርክሾፕ፡ ሲቪኹምን ስራሕ ምሕታትን",
            tr="Atölye: özgeçmişiniz ve iş başvurusu",
        ),
        kind="workshop",
        intro=T(
            "Samen maken we uw cv en oefenen we een sollicitatiegesprek. Neem diploma's of "
            "getuigschriften mee als u die heeft.",
            en="Together we make your CV and practise a job interview. Bring diplomas or "
            "certificates if you have them.",
            ar="نكتب معاً سيرتك الذاتية ونتدرّب على مقابلة عمل. أحضر شهاداتك إن كانت لديك.",
            fa="با هم رزومهٔ شما را می‌سازیم و مصاحبهٔ کاری را تمرین می‌کنیم. اگر مدرک یا "
            "گواهی دارید، همراه بیاورید.",
            ti="ብሓባር ሲቪኹም ንሰርሕን ቃለ-መሕትት ስራሕ ንለማመድን። ዲፕሎማ ወይ ምስክር ወረቐት እንተሃልዩኩም ሒዝኩም ምጹ።",
            tr="Birlikte özgeçmişinizi hazırlıyor ve iş görüşmesi alıştırması yapıyoruz. "
            "Diploma veya belgeleriniz varsa yanınızda getirin.",
        ),
        start_in_days=14,
        weekday=3,
        start="13:30",
        end="15:30",
        location="luttelgeest",
        address="",
        languages=["nl", "en", "ar", "fa", "ti"],
        registration=T(
            "<p>Aanmelden bij de Meedoenbalie.</p>",
            en="<p>Sign up at the Meedoenbalie.</p>",
            ar="<p>التسجيل في Meedoenbalie.</p>",
            fa="<p>ثبت‌نام در Meedoenbalie.</p>",
            ti="<p>ኣብ Meedoenbalie ተመዝገቡ።</p>",
            tr="<p>Kayıt Meedoenbalie'de yapılır.</p>",
        ),
    ),
    "webinar-werkgevers": dict(
        title=T(
            "Webinar voor werkgevers: een azc-bewoner aannemen",
            en="Webinar for employers: hiring a resident of an azc",
            ar="ندوة عبر الإنترنت لأصحاب العمل: توظيف أحد سكان مركز اللجوء",
            fa="وبینار برای کارفرمایان: استخدام ساکن azc",
            ti="ዌቢናር ንኣስራሕቲ፡ ነባሪ azc ምቑጻር",
            tr="İşverenler için web semineri: bir azc sakinini işe almak",
        ),
        kind="voorlichting",
        intro=T(
            "In een uur hoort u hoe u de TWV aanvraagt, hoe het zit met het BSN en welke hulp "
            "er is. Een werkgever vertelt over zijn ervaring.",
            en="In one hour you hear how to apply for the TWV, how the BSN works and what help "
            "there is. An employer talks about their experience.",
            ar="في ساعة واحدة تسمع كيف تطلب تصريح TWV، وكيف يتم أمر رقم BSN، وما المساعدة "
            "المتاحة. صاحب عمل يحكي عن تجربته.",
            fa="در یک ساعت می‌شنوید چطور TWV را درخواست کنید، موضوع BSN چیست و چه کمکی وجود "
            "دارد. یک کارفرما از تجربه‌اش می‌گوید.",
            ti="ኣብ ሓደ ሰዓት ከመይ TWV ከም እትሓቱ፡ ጉዳይ BSN ከመይ ከም ዝኸይድን እንታይ ሓገዝ ከም "
            "ዘሎን ትሰምዑ። ሓደ ኣስራሒ ብዛዕባ ተሞክሮኡ የዘንቱ።",
            tr="Bir saatte TWV'ye nasıl başvuracağınızı, BSN'nin nasıl işlediğini ve hangi "
            "yardımın olduğunu duyarsınız. Bir işveren deneyimini anlatır.",
        ),
        start_in_days=10,
        weekday=2,
        start="16:00",
        end="17:00",
        location="",
        address="Online",
        languages=["nl"],
        registration=T(
            "<p>Meld u aan via het e-mailadres onderaan deze pagina. U krijgt dan de link naar "
            "het webinar.</p>",
            en="<p>Sign up through the e-mail address at the bottom of this page. You will then "
            "get the link to the webinar.</p>",
            ar="<p>سجّل عبر عنوان البريد الإلكتروني أسفل هذه الصفحة. بعد ذلك تحصل على رابط "
            "الندوة.</p>",
            fa="<p>از طریق نشانی ایمیل پایین این صفحه ثبت‌نام کنید. سپس لینک وبینار را دریافت "
            "می‌کنید.</p>",
            ti="<p>ብኣድራሻ ኢመይል ኣብ ታሕቲ ናይዚ ገጽ ተመዝገቡ። ድሕሪኡ ሊንክ ናይቲ ዌቢናር ክትረኽቡ ኢኹም።</p>",
            tr="<p>Bu sayfanın altındaki e-posta adresi üzerinden kaydolun. Ardından web "
            "seminerinin bağlantısını alırsınız.</p>",
        ),
    ),
}
