"""Issue 21's guidance for residents: rule statements and guide pages the seeds ask for.

Kept apart from home_content.py (which is long already); the loader in demo/home.py adds these
rules to home_content.RULES and these guides to the residents' section. Texts are written at B1
level from ../shared/FACTS.md ("More facts the content must carry"); each rule names the seed and
chapter it comes from. Where a seed gives no figure (the bijstandsnorm, the cost of diploma
evaluation, the rules for an own business) the text says so and names whom to ask. Translations
were not checked by a person and load as "not yet checked".
"""

from demo.home_content import (
    ALL,
    HTML,
    MYTH_STOP_WORKING,
    MYTH_WORK_PAYS,
    SEED_001,
    SEED_002,
    SEED_003,
    SEED_004,
    UL,
    T,
)


def _resident_rule(title, text, source_title, verified_days_ago=2):
    """A current rule for the residents' pages (the employer side has its own rule statements)."""
    return dict(
        title=title,
        text=text,
        status="current",
        source_title=source_title,
        verified_days_ago=verified_days_ago,
        for_employers=False,
        for_residents=True,
    )


RULES = {
    # 002 ch. 2.2: the BSN "soms van 6 weken of langer"; 004: fast track "1-2 maanden".
    "wait_first_day": _resident_rule(
        T(
            "Hoe lang het duurt tot uw eerste werkdag",
            en="How long it takes until your first working day",
            ar="كم من الوقت يستغرق حتى أول يوم عمل",
            fa="چقدر طول می‌کشد تا اولین روز کاری",
            ti="ክሳብ ቀዳማይ መዓልቲ ስራሕኩም ክንደይ ግዜ ይወስድ",
            tr="İlk iş gününüze kadar ne kadar sürer",
        ),
        T(
            "Tot uw eerste werkdag wacht u op twee dingen. UWV beslist over de TWV: meestal in "
            "ongeveer vijf weken, soms pas na negen weken. Ook uw BSN kost tijd: een BSN "
            "aanvragen duurt soms 6 weken of langer. Met de snelle procedure van het COA duurde "
            "het in Almere 1 tot 2 maanden. Reken dus niet op vijf weken. Vraag de Job Office of "
            "het COA hoe lang het bij u duurt.",
            en="Before your first working day you wait for two things. UWV decides on the TWV: "
            "usually in about five weeks, sometimes only after nine weeks. Your BSN also takes "
            "time: applying for a BSN sometimes takes 6 weeks or longer. With COA's fast "
            "procedure it took 1 to 2 months in Almere. So do not count on five weeks. Ask the "
            "Job Office or COA how long it takes for you.",
            ar="قبل أول يوم عمل تنتظر أمرين. تقرر UWV بشأن تصريح TWV: عادةً خلال خمسة أسابيع "
            "تقريباً، وأحياناً بعد تسعة أسابيع. ورقم BSN الخاص بك يحتاج أيضاً إلى وقت: طلبه "
            "يستغرق أحياناً 6 أسابيع أو أكثر. مع الإجراء السريع لـ COA استغرق ذلك في ألمير من "
            "شهر إلى شهرين. لذلك لا تحسب على خمسة أسابيع. اسأل مكتب العمل (Job Office) أو COA "
            "كم يستغرق ذلك في حالتك.",
            fa="تا اولین روز کاری منتظر دو چیز هستید. UWV درباره TWV تصمیم می‌گیرد: معمولاً در "
            "حدود پنج هفته، گاهی تا نه هفته. BSN شما هم زمان می‌برد: درخواست BSN گاهی ۶ هفته "
            "یا بیشتر طول می‌کشد. با روند سریع COA، این کار در آلمره ۱ تا ۲ ماه طول کشید. پس "
            "روی پنج هفته حساب نکنید. از Job Office یا COA بپرسید برای شما چقدر طول می‌کشد.",
            ti="ቅድሚ ቀዳማይ መዓልቲ ስራሕኩም ንኽልተ ነገራት ትጽበዩ። UWV ብዛዕባ TWV ይውስን፡ "
            "መብዛሕትኡ ግዜ ኣብ ኣስታት ሓሙሽተ ሰሙን፡ ሓደ ሓደ ግዜ ድሕሪ ትሽዓተ ሰሙን። BSNኹም "
            "እውን ግዜ ይወስድ፡ BSN ምሕታት ሓደ ሓደ ግዜ 6 ሰሙን ወይ ልዕሊኡ ይወስድ። ብቕልጡፍ "
            "መስርሕ COA ኣብ ኣልሜረ ካብ 1 ክሳብ 2 ወርሒ ወሲዱ። ስለዚ ኣብ ሓሙሽተ ሰሙን "
            "ኣይትተኣማመኑ። ኣብ ጉዳይኩም ክንደይ ከም ዝወስድ ንJob Office ወይ ንCOA ሕተቱ።",
            tr="İlk iş gününüzden önce iki şeyi beklersiniz. UWV, TWV hakkında karar verir: "
            "genellikle yaklaşık beş haftada, bazen ancak dokuz hafta sonra. BSN'niz de zaman "
            "alır: BSN başvurusu bazen 6 hafta veya daha uzun sürer. COA'nın hızlı süreciyle "
            "Almere'de 1 ila 2 ay sürdü. Bu yüzden beş haftaya güvenmeyin. Sizin durumunuzda ne "
            "kadar süreceğini Job Office'e veya COA'ya sorun.",
        ),
        f"{SEED_002}, hoofdstuk 2.2; {SEED_004}, fase 1, plan van aanpak",
    ),
    # 002 ch. 5.2, footnote 68; 004 fase 3 (omkoppeling "op minimum bijstandsnorm", "alleen als
    # er nog geen woning is aangeboden"); 001 vraag 6 ("geen standaardprocedure").
    "omkoppeling": _resident_rule(
        T(
            "Omkoppelen naar de gemeente van uw werk",
            en="Being linked to the municipality where you work instead",
            ar="تغيير الربط إلى بلدية مكان عملك",
            fa="تغییر پیوند به شهرداری محل کارتان",
            ti="ምትእስሳር ናብ ምምሕዳር ከተማ ስራሕኩም ምቕያር",
            tr="Bağlantının işinizin olduğu belediyeye değiştirilmesi",
        ),
        T(
            "Werkt u in een andere gemeente dan die waaraan u gekoppeld bent? Dan kan de "
            "koppeling soms veranderen naar de gemeente van uw werk (omkoppelen). Dat kan alleen "
            "als u nog geen woning aangeboden heeft gekregen en uw inburgering nog niet is "
            "begonnen. U heeft dan nodig: een getekend contract van minstens zes maanden met "
            "minstens de bijstandsnorm als maandloon, uw laatste loonstrook, betaalde Reba, en werk "
            "dat precies past bij uw opleiding of ervaring. Schoonmaak- of distributiewerk telt "
            "niet. Het bedrag van de bijstandsnorm staat niet op deze site. Geen garantie: vraag "
            "het COA.",
            en="Do you work in another municipality than the one you are linked to? Then the link "
            "can sometimes be changed to the municipality of your work (omkoppelen). This is only "
            "possible if you have not been offered a home and your inburgering has not started. "
            "You then need: a signed contract of at least six months with at least the "
            "bijstandsnorm (social assistance level) as monthly wage, your latest payslip, the "
            "Reba paid, and work that exactly fits your education or experience. Cleaning or "
            "distribution work does not count. The amount of the bijstandsnorm is not on this "
            "site. No guarantee: ask COA.",
            ar="هل تعمل في بلدية غير البلدية التي رُبطت بها؟ عندها يمكن أحياناً تغيير الربط إلى "
            "بلدية عملك (omkoppelen). هذا ممكن فقط إذا لم يُعرض عليك سكن ولم يبدأ اندماجك "
            "(inburgering). تحتاج عندها إلى: عقد موقّع لمدة ستة أشهر على الأقل براتب شهري لا يقل "
            "عن حد المساعدة الاجتماعية (bijstandsnorm)، وآخر قسيمة راتب، ودفع الـ Reba، وعمل "
            "يناسب تماماً تعليمك أو خبرتك. أعمال التنظيف أو التوزيع لا تُحتسب. قيمة الـ "
            "bijstandsnorm غير موجودة في هذا الموقع. ليس هناك ضمان: اسأل COA.",
            fa="در شهرداری دیگری غیر از شهرداری‌ای که به آن پیوند داده شده‌اید کار می‌کنید؟ در "
            "این صورت گاهی می‌توان پیوند را به شهرداری محل کارتان تغییر داد (omkoppelen). این "
            "فقط وقتی ممکن است که خانه‌ای به شما پیشنهاد نشده و inburgering شما شروع نشده باشد. "
            "در این صورت لازم است: قرارداد امضاشده دست‌کم شش‌ماهه با حقوق ماهانه دست‌کم به اندازه "
            "bijstandsnorm (حداقل کمک اجتماعی)، آخرین فیش حقوقی، پرداخت Reba، و کاری که دقیقاً با "
            "تحصیلات یا تجربه شما جور باشد. کار نظافت یا توزیع حساب نمی‌شود. مبلغ bijstandsnorm "
            "در این سایت نیست. تضمینی نیست: از COA بپرسید.",
            ti="ካብቲ ዝተኣሳሰርኩምሉ ምምሕዳር ከተማ ኣብ ካልእ ትሰርሑ ዶ? ሽዑ እቲ ምትእስሳር ሓደ ሓደ "
            "ግዜ ናብ ምምሕዳር ከተማ ስራሕኩም ክቕየር ይኽእል (omkoppelen)። እዚ ዝከኣል ገዛ "
            "እንተዘይቀረበልኩምን inburgeringኩም እንተዘይጀመረን ጥራይ እዩ። ሽዑ ዘድልየኩም፡ "
            "እንተወሓደ ንሽዱሽተ ወርሒ ዝተፈረመ ውዕል ምስ ወርሓዊ ደሞዝ እንተወሓደ ብመጠን "
            "bijstandsnorm፡ ናይ መወዳእታ ወረቐት ደሞዝ፡ ዝተኸፍለ Reba፡ ምስ ትምህርትኹም ወይ "
            "ተመክሮኹም ብልክዕ ዝሰማማዕ ስራሕን። ስራሕ ጽሬት ወይ ምዕዳል ኣይቑጸርን። መጠን "
            "bijstandsnorm ኣብዚ ወብሳይት የለን። ውሕስነት የለን፡ ንCOA ሕተቱ።",
            tr="Bağlandığınız belediyeden başka bir belediyede mi çalışıyorsunuz? O zaman bağlantı "
            "bazen işinizin olduğu belediyeye değiştirilebilir (omkoppelen). Bu ancak size ev "
            "teklif edilmediyse ve inburgering'iniz başlamadıysa mümkündür. O zaman şunlar "
            "gerekir: en az sosyal yardım seviyesinde (bijstandsnorm) aylık maaşla en az altı "
            "aylık imzalı sözleşme, son maaş bordronuz, ödenmiş Reba ve eğitiminize veya "
            "deneyiminize tam uyan bir iş. Temizlik veya dağıtım işi sayılmaz. Bijstandsnorm "
            "tutarı bu sitede yok. Garanti yok: COA'ya sorun.",
        ),
        f"{SEED_002}, voetnoot 68; {SEED_004}, fase 3; {SEED_001}, vraag 6",
    ),
    # 003 ch. 4.3: "heel zelden ... verplaatst naar een andere azc-locatie, zeker wanneer
    # diegene al werk heeft in de buurt"; 001 vraag 6: "op verzoek worden overgeplaatst".
    "azc_move": _resident_rule(
        T(
            "Verhuizen naar een ander azc",
            en="Moving to another asylum seekers' centre",
            ar="الانتقال إلى مركز لجوء آخر",
            fa="جابه‌جایی به یک azc دیگر",
            ti="ናብ ካልእ azc ምግዓዝ",
            tr="Başka bir azc'ye taşınmak",
        ),
        T(
            "Volgens het COA komt het heel zelden voor dat een bewoner naar een ander azc moet "
            "verhuizen, zeker als hij of zij al werk in de buurt heeft. U kunt het COA ook vragen "
            "om u over te plaatsen naar een azc in de buurt van uw werk. Krijgt u een "
            "verblijfsvergunning? Dan kunt u wel in een andere gemeente gaan wonen. Uw werk kan "
            "daarbij meetellen: vraag het COA.",
            en="According to COA, it very rarely happens that a resident has to move to another "
            "centre, especially if they already have work nearby. You can also ask COA to "
            "transfer you to a centre near your work. Do you get a residence permit? Then you may "
            "still go to live in another municipality. Your work can count in that decision: ask "
            "COA.",
            ar="بحسب COA، نادراً جداً ما يُطلب من أحد السكان الانتقال إلى مركز لجوء آخر، خاصةً "
            "إذا كان لديه عمل قريب. يمكنك أيضاً أن تطلب من COA نقلك إلى مركز قريب من عملك. هل "
            "تحصل على الإقامة؟ عندها قد تنتقل للسكن في بلدية أخرى. يمكن أن يُحتسب عملك في ذلك: "
            "اسأل COA.",
            fa="به گفته COA، بسیار به‌ندرت پیش می‌آید که یک ساکن مجبور شود به azc دیگری برود، "
            "به‌ویژه اگر در همان نزدیکی کار داشته باشد. شما همچنین می‌توانید از COA بخواهید شما "
            "را به azc نزدیک محل کارتان منتقل کند. اجازه اقامت می‌گیرید؟ در این صورت ممکن است "
            "در شهرداری دیگری ساکن شوید. کار شما می‌تواند در این تصمیم به حساب بیاید: از COA "
            "بپرسید.",
            ti="ከም ዝበሎ COA፡ ሓደ ነባሪ ናብ ካልእ azc ክግዕዝ ዝግደደሉ ኣዝዩ ሳሕቲ እዩ፡ ብፍላይ "
            "ኣብ ቀረባ ስራሕ እንተሃልይዎ። ኣብ ጥቓ ስራሕኩም ናብ ዘሎ azc ክሰጋግረኩም ንCOA "
            "ክትሓቱ እውን ትኽእሉ ኢኹም። ፍቓድ መንበሪ ትረኽቡ ዶ? ሽዑ ኣብ ካልእ ምምሕዳር ከተማ "
            "ክትነብሩ ትኽእሉ ኢኹም። ስራሕኩም ኣብኡ ክቑጸር ይኽእል፡ ንCOA ሕተቱ።",
            tr="COA'ya göre bir sakinin başka bir azc'ye taşınmak zorunda kalması çok nadirdir, "
            "özellikle yakınlarda zaten bir işi varsa. COA'dan sizi işinize yakın bir azc'ye "
            "nakletmesini de isteyebilirsiniz. Oturum izni mi alıyorsunuz? O zaman yine de başka "
            "bir belediyede oturmanız gerekebilir. İşiniz bu kararda dikkate alınabilir: COA'ya "
            "sorun.",
        ),
        f"{SEED_003}, hoofdstuk 4.3; {SEED_001}, vraag 6",
    ),
    # 002 ch. 5.2, kader 7: "één keer per week afwezig"; "COA locaties gaan verschillend om met
    # de meldplicht voor werkenden. Op sommige locaties ... hoeft melding niet op een vaste dag".
    "meldplicht": _resident_rule(
        T(
            "De meldplicht als u werkt",
            en="The duty to report when you work",
            ar="واجب الإبلاغ (meldplicht) عندما تعمل",
            fa="وظیفه معرفی خود (meldplicht) وقتی کار می‌کنید",
            ti="ግዴታ ምቕራብ (meldplicht) ክትሰርሑ ከለኹም",
            tr="Çalışırken bildirim yükümlülüğü (meldplicht)",
        ),
        T(
            "Als asielzoeker heeft u een meldplicht. Soms heeft u ook afspraken met het COA, een "
            "advocaat of een dokter. Uw werkgever moet er daarom rekening mee houden dat u één "
            "keer per week afwezig bent. Niet elke COA-locatie doet het hetzelfde voor mensen die "
            "werken: op sommige locaties hoeft u zich niet op een vaste dag te melden. Vraag op "
            "uw locatie hoe het bij u gaat, en bespreek uw rooster met uw werkgever.",
            en="As an asylum seeker you have a duty to report (meldplicht). Sometimes you also "
            "have appointments with COA, a lawyer or a doctor. So your employer must take into "
            "account that you are away once a week. Not every COA location handles this the same "
            "way for people who work: at some locations you do not have to report on a fixed day. "
            "Ask at your location how it works for you, and discuss your roster with your "
            "employer.",
            ar="بصفتك طالب لجوء عليك واجب الإبلاغ (meldplicht). وأحياناً تكون لديك أيضاً مواعيد "
            "مع COA أو محامٍ أو طبيب. لذلك يجب أن يأخذ صاحب العمل في الحسبان أنك تغيب مرة واحدة "
            "في الأسبوع. لا تتعامل كل مواقع COA مع ذلك بالطريقة نفسها بالنسبة لمن يعملون: في "
            "بعض المواقع لا يجب عليك الإبلاغ في يوم ثابت. اسأل في موقعك كيف يتم ذلك في حالتك، "
            "وناقش جدول عملك مع صاحب العمل.",
            fa="شما به عنوان پناهجو وظیفه دارید خود را معرفی کنید (meldplicht). گاهی هم با COA، "
            "وکیل یا پزشک قرار ملاقات دارید. بنابراین کارفرمای شما باید در نظر بگیرد که هفته‌ای "
            "یک بار غایب هستید. همه مراکز COA برای کسانی که کار می‌کنند یکسان عمل نمی‌کنند: در "
            "برخی مراکز لازم نیست در یک روز ثابت خود را معرفی کنید. در مرکز خود بپرسید برای شما "
            "چگونه است و برنامه کاری‌تان را با کارفرما هماهنگ کنید.",
            ti="ከም ሓታቲ ዑቕባ ግዴታ ምቕራብ (meldplicht) ኣለኩም። ሓደ ሓደ ግዜ ከኣ ምስ COA፡ "
            "ጠበቓ ወይ ሓኪም ቆጸራ ይህልወኩም። ስለዚ ኣስራሒኹም ኣብ ሰሙን ሓደ ግዜ ከም "
            "ዘይትህልዉ ኣብ ግምት ከእቱ ኣለዎ። ኩሉ ቦታ COA ንዝሰርሑ ሰባት ብሓደ ዓይነት "
            "ኣይገብሮን፡ ኣብ ገለ ቦታታት ኣብ ዝተወሰነት መዓልቲ ክትቐርቡ ኣየድልየኩምን። ኣብ "
            "ቦታኹም ከመይ ከም ዝኸይድ ሕተቱ፡ ሰሌዳ ስራሕኩም ድማ ምስ ኣስራሒኹም ተዘራረቡሉ።",
            tr="Sığınmacı olarak bir bildirim yükümlülüğünüz (meldplicht) vardır. Bazen COA, bir "
            "avukat veya bir doktorla randevularınız da olur. Bu yüzden işvereniniz haftada bir "
            "gün işte olmayacağınızı hesaba katmalıdır. Her COA yeri çalışanlar için bunu aynı "
            "şekilde uygulamaz: bazı yerlerde sabit bir günde bildirimde bulunmanız gerekmez. "
            "Sizin için nasıl olduğunu kaldığınız yerde sorun ve çalışma planınızı işvereninizle "
            "konuşun.",
        ),
        f"{SEED_002}, hoofdstuk 5.2, kader 7",
    ),
    # 001 ch. 3 ("Aan het werk"): "werk ... binnen een gespecialiseerd vakgebied (bv
    # verpleegkundige). Hier is een langere weg te gaan als het gaat om diplomawaardering";
    # 003 managementsamenvatting: "van een 'broodbaan' naar een 'droombaan'".
    "diploma": _resident_rule(
        T(
            "Uw diploma en werk op uw niveau",
            en="Your diploma and work at your level",
            ar="شهادتك والعمل بمستواك",
            fa="مدرک تحصیلی شما و کار در سطح شما",
            ti="ዲፕሎማኹምን ብደረጃኹም ስራሕን",
            tr="Diplomanız ve seviyenize uygun iş",
        ),
        T(
            "Wilt u werken in uw eigen vak, bijvoorbeeld als verpleegkundige? Dan is de weg vaak "
            "langer: uw diploma moet eerst gewaardeerd worden (diplomawaardering). Daarom begint "
            "u misschien eerst met werk waarvoor geen opleiding nodig is. Van daaruit kunt u "
            "doorgroeien naar werk dat past bij uw talent, niveau en ambitie. Waar u uw diploma "
            "laat waarderen en wat dat kost, staat niet op deze site: vraag het bij de Job Office "
            "of Meedoenbalie.",
            en="Do you want to work in your own profession, for example as a nurse? Then the road "
            "is often longer: your diploma must first be evaluated (diplomawaardering). So you may "
            "start with work that needs no training first. From there you can grow into work that "
            "fits your talent, level and ambition. Where to have your diploma evaluated and what "
            "it costs is not on this site: ask at the Job Office or Meedoenbalie.",
            ar="هل تريد العمل في مهنتك، مثلاً في التمريض؟ عندها يكون الطريق غالباً أطول: يجب أولاً "
            "تقييم شهادتك (diplomawaardering). لذلك قد تبدأ أولاً بعمل لا يحتاج إلى تدريب. ومن "
            "هناك يمكنك أن تتقدم إلى عمل يناسب موهبتك ومستواك وطموحك. أين تقيّم شهادتك وكم "
            "يكلف ذلك غير موجود في هذا الموقع: اسأل في مكتب العمل (Job Office) أو Meedoenbalie.",
            fa="می‌خواهید در رشته خودتان کار کنید، مثلاً به عنوان پرستار؟ در این صورت راه اغلب "
            "طولانی‌تر است: مدرک شما ابتدا باید ارزشیابی شود (diplomawaardering). پس شاید اول با "
            "کاری شروع کنید که به آموزش نیاز ندارد. از آنجا می‌توانید به کاری برسید که با "
            "استعداد، سطح و هدف‌های شما جور است. اینکه مدرک‌تان را کجا ارزشیابی کنید و چقدر "
            "هزینه دارد، در این سایت نیست: از Job Office یا Meedoenbalie بپرسید.",
            ti="ኣብ ናይ ገዛእ ርእስኹም ሞያ፡ ንኣብነት ከም ነርስ፡ ክትሰርሑ ትደልዩ ዶ? ሽዑ መገዲ "
            "መብዛሕትኡ ግዜ ዝነውሐ እዩ፡ ዲፕሎማኹም ቅድም ክግምገም ኣለዎ (diplomawaardering)። "
            "ስለዚ ምናልባት ቅድም ስልጠና ብዘየድልዮ ስራሕ ትጅምሩ። ካብኡ ናብ ምስ ክእለትኩም፡ "
            "ደረጃኹምን ሸቶኹምን ዝሰማማዕ ስራሕ ክትዓብዩ ትኽእሉ። ዲፕሎማኹም ኣበይ ከም "
            "እተገምግሙን ክንደይ ከም ዘኽፍልን ኣብዚ ወብሳይት የለን፡ ኣብ Job Office ወይ "
            "Meedoenbalie ሕተቱ።",
            tr="Kendi mesleğinizde, örneğin hemşire olarak mı çalışmak istiyorsunuz? O zaman yol "
            "genellikle daha uzundur: diplomanızın önce değerlendirilmesi gerekir "
            "(diplomawaardering). Bu yüzden belki önce eğitim gerektirmeyen bir işle "
            "başlarsınız. Oradan yeteneğinize, seviyenize ve hedefinize uygun bir işe "
            "ilerleyebilirsiniz. Diplomanızı nerede değerlendireceğiniz ve bunun ne kadar "
            "tuttuğu bu sitede yok: Job Office'e veya Meedoenbalie'ye sorun.",
        ),
        f"{SEED_001}, hoofdstuk 3, ‘Aan het werk’; {SEED_003}, managementsamenvatting",
    ),
    # 002 ch. 5.2: "Veel asielzoekers zijn niet op de hoogte van de mogelijkheid om een eigen
    # onderneming te starten hetgeen voor (hoger opgeleide) asielzoekers relevant kan zijn."
    "own_business": _resident_rule(
        T(
            "Een eigen bedrijf beginnen",
            en="Starting your own business",
            ar="بدء مشروعك الخاص",
            fa="راه‌اندازی کسب‌وکار خودتان",
            ti="ናይ ገዛእ ርእስኹም ትካል ምጅማር",
            tr="Kendi işinizi kurmak",
        ),
        T(
            "Asielzoekers kunnen ook een eigen bedrijf beginnen. Veel asielzoekers weten niet "
            "dat dat kan. Vooral als u een hogere opleiding heeft, kan het interessant zijn. Welke "
            "regels en kosten voor u gelden, staat niet op deze site: te controleren bij UWV. De "
            "Job Office of Meedoenbalie helpt u op weg.",
            en="Asylum seekers can also start their own business. Many asylum seekers do not know "
            "this. It can be interesting especially if you have a higher education. Which rules "
            "and costs apply to you is not on this site: check with UWV. The Job Office or "
            "Meedoenbalie will help you get started.",
            ar="يمكن لطالبي اللجوء أيضاً أن يبدؤوا مشروعاً خاصاً بهم. كثير من طالبي اللجوء لا "
            "يعرفون ذلك. وقد يكون ذلك مفيداً خاصةً إذا كان لديك تعليم عالٍ. القواعد والتكاليف "
            "التي تنطبق عليك غير موجودة في هذا الموقع: يُرجى التحقق لدى UWV. يساعدك مكتب العمل "
            "(Job Office) أو Meedoenbalie على البدء.",
            fa="پناهجویان می‌توانند کسب‌وکار خودشان را هم راه بیندازند. بسیاری از پناهجویان این "
            "را نمی‌دانند. به‌ویژه اگر تحصیلات عالی دارید، می‌تواند جالب باشد. اینکه چه قوانین و "
            "هزینه‌هایی برای شما اعمال می‌شود، در این سایت نیست: از UWV بپرسید. Job Office یا "
            "Meedoenbalie به شما کمک می‌کند شروع کنید.",
            ti="ሓተትቲ ዑቕባ ናይ ገዛእ ርእሶም ትካል ክጅምሩ እውን ይኽእሉ እዮም። ብዙሓት ሓተትቲ "
            "ዑቕባ ከም ዝከኣል ኣይፈልጡን። ብፍላይ ላዕለዋይ ትምህርቲ እንተሃልዩኩም ጠቓሚ ክኸውን "
            "ይኽእል። ኣየኖት ሕግታትን ወጻኢታትን ከም ዝምልከተኩም ኣብዚ ወብሳይት የለን፡ ምስ UWV "
            "ኣረጋግጹ። Job Office ወይ Meedoenbalie ንኽትጅምሩ ይሕግዙኹም።",
            tr="Sığınmacılar kendi işlerini de kurabilir. Birçok sığınmacı bunun mümkün olduğunu "
            "bilmez. Özellikle yüksek öğrenim gördüyseniz ilginç olabilir. Sizin için hangi "
            "kuralların ve masrafların geçerli olduğu bu sitede yok: UWV'ye danışın. Job Office "
            "veya Meedoenbalie başlamanıza yardım eder.",
        ),
        f"{SEED_002}, hoofdstuk 5.2",
    ),
    # 003 ch. 2.1: "Vanaf december 2024 kunnen het UWV en gemeenten ook asielzoekers inschrijven
    # als nuggen ... Een asielzoeker kan vervolgens een cv uploaden".
    "uwv_registration": _resident_rule(
        T(
            "Inschrijven bij UWV als werkzoekende",
            en="Registering with UWV as a job seeker",
            ar="التسجيل لدى UWV كباحث عن عمل",
            fa="ثبت‌نام در UWV به عنوان جوینده کار",
            ti="ኣብ UWV ከም ስራሕ ደላዪ ምምዝጋብ",
            tr="UWV'ye iş arayan olarak kaydolmak",
        ),
        T(
            "Sinds december 2024 kunnen UWV en gemeenten ook asielzoekers inschrijven als "
            "werkzoekende. U staat dan bij UWV geregistreerd als werkzoekende zonder uitkering "
            "(een ‘nug’). Daarna kunt u een cv uploaden. Vraag de Job Office of Meedoenbalie hoe u "
            "zich inschrijft.",
            en="Since December 2024 UWV and municipalities can also register asylum seekers as "
            "job seekers. You are then registered with UWV as a job seeker without benefits (a "
            "‘nug’). After that you can upload a CV. Ask the Job Office or Meedoenbalie how to "
            "register.",
            ar="منذ ديسمبر 2024 يمكن لـ UWV والبلديات أيضاً تسجيل طالبي اللجوء كباحثين عن عمل. "
            "عندها تكون مسجلاً لدى UWV كباحث عن عمل بدون إعانة (nug). بعد ذلك يمكنك رفع سيرتك "
            "الذاتية. اسأل مكتب العمل (Job Office) أو Meedoenbalie كيف تسجّل.",
            fa="از دسامبر ۲۰۲۴، UWV و شهرداری‌ها می‌توانند پناهجویان را هم به عنوان جوینده کار "
            "ثبت‌نام کنند. در این صورت شما در UWV به عنوان جوینده کار بدون مقرری (nug) ثبت "
            "می‌شوید. پس از آن می‌توانید رزومه خود را بارگذاری کنید. از Job Office یا "
            "Meedoenbalie بپرسید چگونه ثبت‌نام کنید.",
            ti="ካብ ታሕሳስ 2024 ጀሚሩ UWVን ምምሕዳራት ከተማን ንሓተትቲ ዑቕባ እውን ከም ስራሕ "
            "ደለይቲ ክምዝግቡ ይኽእሉ። ሽዑ ኣብ UWV ከም ብዘይ ሓገዝ ገንዘብ ስራሕ ደላዪ (nug) "
            "ተመዝጊብኩም ትህልዉ። ድሕሪኡ CV ክትጽዕኑ (upload) ትኽእሉ። ከመይ ከም እትምዝገቡ "
            "ንJob Office ወይ Meedoenbalie ሕተቱ።",
            tr="Aralık 2024'ten beri UWV ve belediyeler sığınmacıları da iş arayan olarak "
            "kaydedebilir. O zaman UWV'de sosyal yardım almayan iş arayan (nug) olarak kayıtlı "
            "olursunuz. Ardından bir özgeçmiş yükleyebilirsiniz. Nasıl kaydolacağınızı Job "
            "Office'e veya Meedoenbalie'ye sorun.",
        ),
        f"{SEED_003}, hoofdstuk 2.1",
    ),
    # 003 ch. 2.3: "24 uur les van een gecertificeerde docent aan de groep mensen van wie de
    # asielaanvraag als 'kansrijk' wordt bestempeld"; "lessen 'Basaal Nederlands' die voor alle
    # bewoners toegankelijk zijn"; "voorinburgering en Vroege Start van de inburgering".
    "language_lessons": _resident_rule(
        T(
            "Nederlandse les in het azc",
            en="Dutch lessons in the centre",
            ar="دروس اللغة الهولندية في مركز اللجوء",
            fa="کلاس زبان هلندی در azc",
            ti="ትምህርቲ ሆላንድኛ ኣብ azc",
            tr="azc'de Hollandaca dersi",
        ),
        T(
            "Wordt uw asielaanvraag gezien als ‘kansrijk’? Dan krijgt u 24 uur les van een "
            "gecertificeerde docent. Daarnaast geven vrijwilligers op COA-locaties lessen "
            "‘Basaal Nederlands’. Die lessen zijn voor alle bewoners. Heeft u een "
            "verblijfsvergunning? Dan kunt u in het azc al beginnen met voorinburgering of de "
            "Vroege Start van de inburgering.",
            en="Is your asylum application seen as likely to succeed (‘kansrijk’)? Then you get "
            "24 hours of lessons from a certified teacher. In addition, volunteers at COA "
            "locations give lessons in basic Dutch (‘Basaal Nederlands’). These lessons are for "
            "all residents. Do you have a residence permit? Then you can already start "
            "pre-integration (voorinburgering) or the Early Start (Vroege Start) of civic "
            "integration in the centre.",
            ar="هل يُعتبر طلب لجوئك ذا فرص جيدة (‘kansrijk’)؟ عندها تحصل على 24 ساعة دروس من "
            "معلّم معتمد. بالإضافة إلى ذلك يقدّم متطوعون في مواقع COA دروس الهولندية الأساسية "
            "(‘Basaal Nederlands’). هذه الدروس لجميع السكان. هل لديك إقامة؟ عندها يمكنك أن تبدأ "
            "في مركز اللجوء بالاندماج التمهيدي (voorinburgering) أو بالبداية المبكرة (Vroege "
            "Start) للاندماج.",
            fa="آیا درخواست پناهندگی شما پرشانس (‘kansrijk’) شناخته می‌شود؟ در این صورت ۲۴ ساعت "
            "کلاس با یک معلم دارای گواهی می‌گیرید. علاوه بر این، داوطلبان در مراکز COA کلاس‌های "
            "هلندی پایه (‘Basaal Nederlands’) برگزار می‌کنند. این کلاس‌ها برای همه ساکنان است. "
            "اجازه اقامت دارید؟ در این صورت می‌توانید در همان azc پیش‌ادغام (voorinburgering) یا "
            "شروع زودهنگام (Vroege Start) دوره ادغام را آغاز کنید.",
            ti="ሕቶ ዑቕባኹም ዕድል ከም ዘለዎ (‘kansrijk’) ተቖጺሩ ድዩ? ሽዑ ካብ ዝተረጋገጸ መምህር 24 "
            "ሰዓት ትምህርቲ ትረኽቡ። ብተወሳኺ ወለንተኛታት ኣብ ቦታታት COA ትምህርቲ መሰረታዊ "
            "ሆላንድኛ (‘Basaal Nederlands’) ይህቡ። እዚ ትምህርቲ ንኩሎም ነበርቲ እዩ። ፍቓድ መንበሪ "
            "ኣለኩም ዶ? ሽዑ ኣብ azc ከለኹም ቅድመ-ምውህሃድ (voorinburgering) ወይ ቀዳማይ ምጅማር "
            "(Vroege Start) ናይ inburgering ክትጅምሩ ትኽእሉ።",
            tr="Sığınma başvurunuz başarı şansı yüksek (‘kansrijk’) olarak mı görülüyor? O zaman "
            "sertifikalı bir öğretmenden 24 saat ders alırsınız. Ayrıca COA yerlerinde gönüllüler "
            "temel Hollandaca (‘Basaal Nederlands’) dersleri verir. Bu dersler bütün sakinler "
            "içindir. Oturum izniniz var mı? O zaman azc'de ön uyuma (voorinburgering) veya "
            "uyumun Erken Başlangıç'ına (Vroege Start) başlayabilirsiniz.",
        ),
        f"{SEED_003}, hoofdstuk 2.3",
    ),
    # 003 ch. 4.4 (a way to report "'dubieuze' werkgevers", agreed in Zaanstad) and ch. 5.1
    # ("een ... onterecht lange onbetaalde proefperiode"); 002 ch. 5.1, handvat 8 (informal work
    # without rights; COA casemanagers signal unsafe work).
    "exploitation": _resident_rule(
        T(
            "Uitbuiting herkennen en melden",
            en="Recognising and reporting exploitation",
            ar="التعرّف على الاستغلال والإبلاغ عنه",
            fa="شناختن و گزارش دادن بهره‌کشی",
            ti="ምዝመዛ ምፍላጥን ምሕባርን",
            tr="İstismarı tanımak ve bildirmek",
        ),
        T(
            "Wil een werkgever dat u lang zonder loon op proef werkt? Betaalt de werkgever minder "
            "dan het minimumloon, moet u werken zonder TWV, of is het werk onveilig? Dat kunnen "
            "signalen van uitbuiting zijn. Meld het bij de Job Office, Meedoenbalie of Werkbalie "
            "in uw azc, of bij uw casemanager van het COA. In Zaanstad is met de gemeente "
            "afgesproken hoe meldingen over ‘dubieuze’ werkgevers worden onderzocht.",
            en="Does an employer want you to work on trial without pay for a long time? Does the "
            "employer pay less than the minimum wage, do you have to work without a TWV, or is "
            "the work unsafe? Those can be signs of exploitation. Report it at the Job Office, "
            "Meedoenbalie or Werkbalie in your centre, or to your COA case manager. In Zaanstad "
            "it has been agreed with the municipality how reports about ‘dubious’ employers are "
            "investigated.",
            ar="هل يريد صاحب عمل أن تعمل لفترة طويلة على سبيل التجربة بدون أجر؟ هل يدفع صاحب "
            "العمل أقل من الحد الأدنى للأجور، أو يجب أن تعمل بدون تصريح TWV، أو هل العمل غير "
            "آمن؟ قد تكون هذه علامات على الاستغلال. أبلغ عن ذلك في مكتب العمل (Job Office) أو "
            "Meedoenbalie أو Werkbalie في مركزك، أو لمسؤول حالتك (casemanager) في COA. في "
            "زانستاد تم الاتفاق مع البلدية على كيفية التحقيق في البلاغات عن أصحاب العمل "
            "‘المشبوهين’.",
            fa="کارفرمایی می‌خواهد مدت طولانی بدون دستمزد به‌صورت آزمایشی کار کنید؟ کارفرما "
            "کمتر از حداقل دستمزد می‌پردازد، باید بدون TWV کار کنید، یا کار ناامن است؟ این‌ها "
            "می‌توانند نشانه‌های بهره‌کشی باشند. آن را به Job Office، Meedoenbalie یا Werkbalie "
            "در azc خود یا به مددکار (casemanager) خود در COA گزارش دهید. در زانستاد با شهرداری "
            "توافق شده است که گزارش‌ها درباره کارفرمایان ‘مشکوک’ چگونه بررسی شوند.",
            ti="ኣስራሒ ንነዊሕ ግዜ ብዘይ ደሞዝ ንፈተነ ክትሰርሑ ይደሊ ዶ? ኣስራሒ ካብ ዝተሓተ ደሞዝ "
            "ዝወሓደ ይኸፍል፡ ብዘይ TWV ክትሰርሑ ትግደዱ፡ ወይ እቲ ስራሕ ውሑስ ኣይኮነን ዶ? "
            "እዚኦም ምልክታት ምዝመዛ ክኾኑ ይኽእሉ። ኣብ Job Office፡ Meedoenbalie ወይ Werkbalie "
            "ናይ azc ኹም፡ ወይ ንኣላዪ ጉዳይኩም (casemanager) ኣብ COA ሓብሩ። ኣብ ዛንስታድ "
            "ጸብጻባት ብዛዕባ ‘ዘጠራጥሩ’ ኣስራሕቲ ከመይ ከም ዝምርመሩ ምስ ምምሕዳር ከተማ ስምምዕ "
            "ተገይሩ ኣሎ።",
            tr="Bir işveren uzun süre ücretsiz deneme çalışması yapmanızı mı istiyor? İşveren "
            "asgari ücretten az mı ödüyor, TWV olmadan mı çalışmanız gerekiyor ya da iş güvensiz "
            "mi? Bunlar istismar işaretleri olabilir. Bunu azc'nizdeki Job Office'e, "
            "Meedoenbalie'ye veya Werkbalie'ye ya da COA'daki vaka sorumlunuza (casemanager) "
            "bildirin. Zaanstad'da ‘şüpheli’ işverenlerle ilgili bildirimlerin nasıl inceleneceği "
            "belediyeyle kararlaştırıldı.",
        ),
        f"{SEED_003}, hoofdstuk 4.4 en 5.1; {SEED_002}, hoofdstuk 5.1, handvat 8",
    ),
}


def _heading(nl, **translations):
    return ("heading", T(nl, **translations))


ASK_AT_THE_DESK = ("contact", None)  # no fixed desk: the block links to the desk finder

DIPLOMA_AND_BUSINESS = dict(
    title=T(
        "Uw diploma, uw niveau en een eigen bedrijf",
        en="Your diploma, your level and your own business",
        ar="شهادتك ومستواك ومشروعك الخاص",
        fa="مدرک شما، سطح شما و کسب‌وکار خودتان",
        ti="ዲፕሎማኹም፡ ደረጃኹምን ናይ ገዛእ ርእስኹም ትካልን",
        tr="Diplomanız, seviyeniz ve kendi işiniz",
    ),
    intro=T(
        "Heeft u een opleiding of werkervaring? Lees hoe u werk op uw eigen niveau vindt, wat er "
        "met uw diploma moet gebeuren en of u een eigen bedrijf kunt beginnen.",
        en="Do you have an education or work experience? Read how to find work at your own "
        "level, what needs to happen with your diploma and whether you can start your own "
        "business.",
        ar="هل لديك تعليم أو خبرة عمل؟ اقرأ كيف تجد عملاً بمستواك، وما الذي يجب فعله بشهادتك، "
        "وهل يمكنك بدء مشروعك الخاص.",
        fa="تحصیلات یا سابقه کار دارید؟ بخوانید چگونه کاری در سطح خودتان پیدا کنید، با مدرک‌تان "
        "چه باید کرد و آیا می‌توانید کسب‌وکار خودتان را راه بیندازید.",
        ti="ትምህርቲ ወይ ተመክሮ ስራሕ ኣለኩም ዶ? ብደረጃኹም ስራሕ ከመይ ከም እትረኽቡ፡ ምስ "
        "ዲፕሎማኹም እንታይ ክግበር ከም ዘለዎን ናይ ገዛእ ርእስኹም ትካል ክትጅምሩ ትኽእሉ እንተኾንኩምን "
        "ኣንብቡ።",
        tr="Bir eğitiminiz veya iş deneyiminiz var mı? Kendi seviyenizde nasıl iş bulacağınızı, "
        "diplomanızla ne yapılması gerektiğini ve kendi işinizi kurup kuramayacağınızı okuyun.",
    ),
    body=[
        _heading(
            "Werk op uw eigen niveau",
            en="Work at your own level",
            ar="العمل بمستواك",
            fa="کار در سطح خودتان",
            ti="ብደረጃኹም ስራሕ",
            tr="Kendi seviyenizde iş",
        ),
        (
            "text",
            [
                T(
                    "De snelste weg naar werk is vaak werk waarvoor u eerst geen opleiding hoeft "
                    "te volgen. Dat werk past niet altijd bij uw opleiding of ervaring. Dat hoeft "
                    "niet zo te blijven.",
                    en="The fastest way to work is often a job for which you do not need "
                    "training first. That work does not always fit your education or experience. "
                    "It does not have to stay that way.",
                    ar="أسرع طريق إلى العمل هو غالباً عمل لا تحتاج فيه إلى تدريب أولاً. هذا العمل "
                    "لا يناسب دائماً تعليمك أو خبرتك. لكن لا يجب أن يبقى الأمر هكذا.",
                    fa="سریع‌ترین راه به کار اغلب کاری است که برای آن اول لازم نیست آموزش "
                    "ببینید. این کار همیشه با تحصیلات یا تجربه شما جور نیست. لازم نیست همیشه "
                    "همین‌طور بماند.",
                    ti="እቲ ዝቐልጠፈ መገዲ ናብ ስራሕ መብዛሕትኡ ግዜ ቅድም ስልጠና ዘየድልዮ ስራሕ "
                    "እዩ። እዚ ስራሕ ኩሉ ግዜ ምስ ትምህርትኹም ወይ ተመክሮኹም ኣይሰማማዕን። ከምኡ "
                    "ክቕጽል ግን ኣየድልዮን።",
                    tr="İşe en hızlı yol genellikle önce eğitim almanız gerekmeyen bir iştir. Bu "
                    "iş her zaman eğitiminize veya deneyiminize uymaz. Böyle kalmak zorunda "
                    "değil.",
                ),
                T(
                    "Vertel de jobhunter of matcher wat u kunt, wat u heeft geleerd en wat u "
                    "wilt. Neem uw diploma's en andere papieren mee als u die heeft.",
                    en="Tell the job hunter or matcher what you can do, what you have learned "
                    "and what you want. Bring your diplomas and other papers if you have them.",
                    ar="أخبر الباحث عن عمل (jobhunter أو matcher) بما تستطيع فعله وما تعلمته وما "
                    "تريده. أحضر شهاداتك وأوراقك الأخرى إن كانت لديك.",
                    fa="به کاریاب (jobhunter یا matcher) بگویید چه کارهایی بلدید، چه چیزهایی یاد "
                    "گرفته‌اید و چه می‌خواهید. اگر مدارک تحصیلی و اوراق دیگر دارید، آن‌ها را "
                    "همراه بیاورید.",
                    ti="ንኣናዳዪ ስራሕ (jobhunter ወይ matcher) እንታይ ክትገብሩ ከም እትኽእሉ፡ እንታይ "
                    "ከም ዝተማሃርኩምን እንታይ ከም እትደልዩን ንገርዎ። ዲፕሎማታትኩምን ካልእ "
                    "ወረቓቕትኩምን እንተሃልዩኩም ሒዝኩም ምጹ።",
                    tr="İş bulucuya (jobhunter veya matcher) neler yapabildiğinizi, neler "
                    "öğrendiğinizi ve ne istediğinizi anlatın. Varsa diplomalarınızı ve diğer "
                    "belgelerinizi getirin.",
                ),
            ],
        ),
        ("rule", "diploma"),
        _heading(
            "Een eigen bedrijf",
            en="Your own business",
            ar="مشروعك الخاص",
            fa="کسب‌وکار خودتان",
            ti="ናይ ገዛእ ርእስኹም ትካል",
            tr="Kendi işiniz",
        ),
        ("rule", "own_business"),
        ASK_AT_THE_DESK,
    ],
)

UWV_AND_DUTCH = dict(
    title=T(
        "Werk zoeken bij UWV en Nederlands leren",
        en="Looking for work with UWV and learning Dutch",
        ar="البحث عن عمل عبر UWV وتعلّم الهولندية",
        fa="جستجوی کار از طریق UWV و یادگیری زبان هلندی",
        ti="ብUWV ስራሕ ምድላይን ሆላንድኛ ምምሃርን",
        tr="UWV ile iş aramak ve Hollandaca öğrenmek",
    ),
    intro=T(
        "Zo laat u zien dat u werk zoekt, en zo leert u Nederlands. Met de taal vindt u "
        "makkelijker werk.",
        en="This is how you show that you are looking for work, and how you learn Dutch. "
        "Knowing the language makes it easier to find work.",
        ar="هكذا تُظهر أنك تبحث عن عمل، وهكذا تتعلم الهولندية. مع اللغة تجد عملاً بسهولة أكبر.",
        fa="این‌گونه نشان می‌دهید که دنبال کار هستید و این‌گونه هلندی یاد می‌گیرید. با دانستن "
        "زبان آسان‌تر کار پیدا می‌کنید.",
        ti="ስራሕ ትደልዩ ከም ዘለኹም ከምዚ ጌርኩም ተርእዩ፡ ሆላንድኛ ድማ ከምዚ ጌርኩም ትመሃሩ። ቋንቋ እንተፈሊጥኩም ብቐሊሉ ስራሕ ትረኽቡ።",
        tr="İş aradığınızı böyle gösterirsiniz ve Hollandacayı böyle öğrenirsiniz. Dili "
        "bilirseniz daha kolay iş bulursunuz.",
    ),
    body=[
        _heading(
            "Inschrijven bij UWV",
            en="Registering with UWV",
            ar="التسجيل لدى UWV",
            fa="ثبت‌نام در UWV",
            ti="ኣብ UWV ምምዝጋብ",
            tr="UWV'ye kaydolmak",
        ),
        ("rule", "uwv_registration"),
        (
            "text",
            [
                T(
                    "Heeft u nog geen cv? Bij de Job Office of Meedoenbalie maakt u er samen een.",
                    en="No CV yet? At the Job Office or Meedoenbalie you make one together.",
                    ar="ليست لديك سيرة ذاتية بعد؟ في مكتب العمل (Job Office) أو Meedoenbalie "
                    "تعدّونها معاً.",
                    fa="هنوز رزومه ندارید؟ در Job Office یا Meedoenbalie با هم یکی می‌سازید.",
                    ti="ገና CV የብልኩምን ዶ? ኣብ Job Office ወይ Meedoenbalie ብሓባር ትሰርሕዎ።",
                    tr="Henüz özgeçmişiniz yok mu? Job Office'te veya Meedoenbalie'de birlikte "
                    "bir tane hazırlarsınız.",
                )
            ],
        ),
        _heading(
            "Nederlands leren",
            en="Learning Dutch",
            ar="تعلّم الهولندية",
            fa="یادگیری زبان هلندی",
            ti="ሆላንድኛ ምምሃር",
            tr="Hollandaca öğrenmek",
        ),
        ("rule", "language_lessons"),
        (
            "text",
            [
                T(
                    "Spreekt u Nederlands of Engels? Dan vindt u makkelijker werk. En werk helpt u "
                    "ook om de taal te leren. Vraag bij de Meedoenbalie waar en wanneer er les is.",
                    en="Do you speak Dutch or English? Then it is easier to find work. And work "
                    "also helps you learn the language. Ask at the Meedoenbalie where and when "
                    "there are lessons.",
                    ar="هل تتحدث الهولندية أو الإنجليزية؟ عندها تجد عملاً بسهولة أكبر. والعمل "
                    "يساعدك أيضاً على تعلّم اللغة. اسأل في Meedoenbalie أين ومتى توجد الدروس.",
                    fa="هلندی یا انگلیسی صحبت می‌کنید؟ در این صورت آسان‌تر کار پیدا می‌کنید. کار "
                    "هم به شما کمک می‌کند زبان را یاد بگیرید. در Meedoenbalie بپرسید کلاس‌ها "
                    "کجا و کی هستند.",
                    ti="ሆላንድኛ ወይ እንግሊዝኛ ትዛረቡ ዶ? ሽዑ ብቐሊሉ ስራሕ ትረኽቡ። ስራሕ ድማ "
                    "ቋንቋ ንኽትመሃሩ ይሕግዘኩም። ትምህርቲ ኣበይን መዓስን ከም ዘሎ ኣብ Meedoenbalie "
                    "ሕተቱ።",
                    tr="Hollandaca veya İngilizce konuşuyor musunuz? O zaman daha kolay iş "
                    "bulursunuz. İş de dili öğrenmenize yardım eder. Derslerin nerede ve ne "
                    "zaman olduğunu Meedoenbalie'ye sorun.",
                )
            ],
        ),
        ASK_AT_THE_DESK,
    ],
)

ARBEIDSINSPECTIE = "https://www.nlarbeidsinspectie.nl"

FAIR_WORK = dict(
    title=T(
        "Eerlijk werk: uitbuiting herkennen en melden",
        en="Fair work: recognising and reporting exploitation",
        ar="عمل عادل: التعرّف على الاستغلال والإبلاغ عنه",
        fa="کار منصفانه: شناختن و گزارش دادن بهره‌کشی",
        ti="ፍትሓዊ ስራሕ፡ ምዝመዛ ምፍላጥን ምሕባርን",
        tr="Adil iş: istismarı tanımak ve bildirmek",
    ),
    intro=T(
        "Sommige werkgevers misbruiken dat u nieuw bent in Nederland. Zo herkent u dat, en hier "
        "meldt u het.",
        en="Some employers take advantage of the fact that you are new in the Netherlands. This "
        "is how you recognise it, and where you report it.",
        ar="بعض أصحاب العمل يستغلون أنك جديد في هولندا. هكذا تتعرّف على ذلك، وهنا تبلّغ عنه.",
        fa="برخی کارفرمایان از اینکه شما در هلند تازه‌وارد هستید سوءاستفاده می‌کنند. این‌گونه آن "
        "را تشخیص می‌دهید و اینجا گزارش می‌دهید.",
        ti="ገለ ኣስራሕቲ ኣብ ሆላንድ ሓድሽ ምዃንኩም ይጥቀሙሉ። ከመይ ከም እትፈልጥዎን ኣበይ ከም እትሕብሩን ኣብዚ ኣንብቡ።",
        tr="Bazı işverenler Hollanda'da yeni olmanızı kötüye kullanır. Bunu nasıl tanıyacağınızı "
        "ve nereye bildireceğinizi burada okuyun.",
    ),
    body=[
        _heading(
            "Hierop let u",
            en="What to watch out for",
            ar="انتبه إلى هذه الأمور",
            fa="به این موارد توجه کنید",
            ti="ነዚኦም ተጠንቀቑ",
            tr="Bunlara dikkat edin",
        ),
        (
            "text",
            [
                UL(
                    T(
                        "U moet lang zonder loon ‘op proef’ werken.",
                        en="You have to work ‘on trial’ without pay for a long time.",
                        ar="يجب أن تعمل ‘على سبيل التجربة’ بدون أجر لفترة طويلة.",
                        fa="باید مدت طولانی بدون دستمزد ‘آزمایشی’ کار کنید.",
                        ti="ንነዊሕ ግዜ ብዘይ ደሞዝ ‘ንፈተነ’ ክትሰርሑ ትግደዱ።",
                        tr="Uzun süre ücretsiz ‘deneme’ çalışması yapmanız gerekiyor.",
                    ),
                    T(
                        "U krijgt minder dan het minimumloon.",
                        en="You get less than the minimum wage.",
                        ar="تحصل على أقل من الحد الأدنى للأجور.",
                        fa="کمتر از حداقل دستمزد می‌گیرید.",
                        ti="ካብ ዝተሓተ ደሞዝ ዝወሓደ ትረኽቡ።",
                        tr="Asgari ücretten az alıyorsunuz.",
                    ),
                    T(
                        "U moet zwart werken: zonder TWV. Dan heeft u geen recht op goede "
                        "arbeidsvoorwaarden en op veilig en gezond werk.",
                        en="You have to work off the books: without a TWV. Then you have no right "
                        "to fair working conditions or to safe and healthy work.",
                        ar="يجب أن تعمل بشكل غير قانوني: بدون تصريح TWV. عندها لا يكون لك حق في "
                        "ظروف عمل جيدة ولا في عمل آمن وصحي.",
                        fa="باید کار سیاه، یعنی بدون TWV، انجام دهید. در این صورت حقی برای شرایط "
                        "کاری خوب و کار ایمن و سالم ندارید.",
                        ti="ብዘይ ሕጋዊ መገዲ፡ ብዘይ TWV፡ ክትሰርሑ ትግደዱ። ሽዑ ንጽቡቕ ኩነታት ስራሕን "
                        "ንውሑስን ጥዕናዊን ስራሕን መሰል የብልኩምን።",
                        tr="Kayıt dışı, yani TWV olmadan çalışmanız gerekiyor. O zaman iyi çalışma "
                        "koşullarına ve güvenli, sağlıklı işe hakkınız olmaz.",
                    ),
                    T(
                        "Het werk is onveilig of ongezond.",
                        en="The work is unsafe or unhealthy.",
                        ar="العمل غير آمن أو غير صحي.",
                        fa="کار ناامن یا ناسالم است.",
                        ti="እቲ ስራሕ ውሑስ ወይ ጥዕናዊ ኣይኮነን።",
                        tr="İş güvensiz veya sağlıksız.",
                    ),
                )
            ],
        ),
        ("rule", "exploitation"),
        (
            "text",
            [
                HTML(
                    "<p>Misstanden op het werk kunt u ook melden bij de Nederlandse "
                    "Arbeidsinspectie. Kijk op de "
                    f'<a href="{ARBEIDSINSPECTIE}">website van de Nederlandse '
                    "Arbeidsinspectie</a>.</p>",
                    en="<p>You can also report abuses at work to the Netherlands Labour Authority "
                    f'(Nederlandse Arbeidsinspectie). See the <a href="{ARBEIDSINSPECTIE}">'
                    "website of the Nederlandse Arbeidsinspectie</a>.</p>",
                    ar="<p>يمكنك أيضاً الإبلاغ عن المخالفات في العمل لدى هيئة العمل الهولندية "
                    f'(Nederlandse Arbeidsinspectie). انظر <a href="{ARBEIDSINSPECTIE}">'
                    "موقع Nederlandse Arbeidsinspectie</a>.</p>",
                    fa="<p>تخلفات در محل کار را می‌توانید به بازرسی کار هلند (Nederlandse "
                    f'Arbeidsinspectie) هم گزارش دهید. به <a href="{ARBEIDSINSPECTIE}">'
                    "وب‌سایت Nederlandse Arbeidsinspectie</a> سر بزنید.</p>",
                    ti="<p>ጌጋታት ኣብ ስራሕ ናብ ሆላንዳዊ ቁጽጽር ስራሕ (Nederlandse "
                    "Arbeidsinspectie) እውን ክትሕብሩ ትኽእሉ። ኣብ "
                    f'<a href="{ARBEIDSINSPECTIE}">ወብሳይት Nederlandse Arbeidsinspectie</a> '
                    "ርኣዩ።</p>",
                    tr="<p>İş yerindeki kötü uygulamaları Hollanda İş Müfettişliği'ne (Nederlandse "
                    f'Arbeidsinspectie) de bildirebilirsiniz. <a href="{ARBEIDSINSPECTIE}">'
                    "Nederlandse Arbeidsinspectie web sitesine</a> bakın.</p>",
                )
            ],
        ),
        ASK_AT_THE_DESK,
    ],
)

RESIDENT_QUESTIONS = dict(
    title=T(
        "Vragen die bewoners vaak stellen",
        en="Questions residents often ask",
        ar="أسئلة يطرحها السكان كثيراً",
        fa="پرسش‌هایی که ساکنان زیاد می‌پرسند",
        ti="ነበርቲ ብተደጋጋሚ ዝሓትዎም ሕቶታት",
        tr="Sakinlerin sık sorduğu sorular",
    ),
    intro=T(
        "Over werk gaan veel verhalen rond. Hier leest u wat klopt, en wie u het kunt vragen.",
        en="Many stories go around about work. Read here what is true, and whom you can ask.",
        ar="تنتشر قصص كثيرة عن العمل. اقرأ هنا ما هو صحيح، ومن يمكنك أن تسأل.",
        fa="درباره کار حرف‌های زیادی دهان به دهان می‌چرخد. اینجا بخوانید چه چیزی درست است و از "
        "چه کسی می‌توانید بپرسید.",
        ti="ብዛዕባ ስራሕ ብዙሕ ወረ ይዝወር። እንታይ ሓቂ ምዃኑን መን ክትሓቱ ከም እትኽእሉን ኣብዚ ኣንብቡ።",
        tr="İş hakkında pek çok söylenti dolaşıyor. Neyin doğru olduğunu ve kime "
        "sorabileceğinizi burada okuyun.",
    ),
    body=[
        _heading(
            "Klopt het dat...?",
            en="Is it true that...?",
            ar="هل صحيح أن...؟",
            fa="آیا درست است که...؟",
            ti="ሓቂ ድዩ...?",
            tr="Doğru mu...?",
        ),
        ("faq", [MYTH_WORK_PAYS, MYTH_STOP_WORKING]),
        ("rule", "work_and_inburgering"),
        _heading(
            "Moet ik naar een ander azc als ik werk?",
            en="Do I have to move to another centre if I work?",
            ar="هل يجب أن أنتقل إلى مركز لجوء آخر إذا كنت أعمل؟",
            fa="اگر کار کنم، باید به azc دیگری بروم؟",
            ti="እንተሰሪሐ ናብ ካልእ azc ክግዕዝ ኣለኒ ድዩ?",
            tr="Çalışırsam başka bir azc'ye taşınmam gerekir mi?",
        ),
        ("rule", "azc_move"),
        _heading(
            "Moet ik me nog melden als ik werk?",
            en="Do I still have to report if I work?",
            ar="هل لا يزال عليّ الإبلاغ إذا كنت أعمل؟",
            fa="اگر کار کنم، هنوز باید خودم را معرفی کنم؟",
            ti="እንተሰሪሐ ገና ክቐርብ ኣለኒ ድዩ?",
            tr="Çalışırsam yine de bildirimde bulunmam gerekir mi?",
        ),
        ("rule", "meldplicht"),
        ASK_AT_THE_DESK,
    ],
)

# The residents' section lists these after home_content's guides, in this order.
GUIDES = [
    ("diploma-en-eigen-bedrijf", ALL, DIPLOMA_AND_BUSINESS),
    ("werk-zoeken-en-nederlands-leren", ALL, UWV_AND_DUTCH),
    ("eerlijk-werk", ALL, FAIR_WORK),
    ("vragen-van-bewoners", ALL, RESIDENT_QUESTIONS),
]
