<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AdviserHomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="392"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="512"/>
        <source>This kiosk has no central server configured: it keeps everything locally.</source>
        <translation>اس کیوسک کے لیے کوئی مرکزی سرور مقرر نہیں: یہ سب کچھ مقامی طور پر رکھتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="400"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="573"/>
        <source>Adviser and IT</source>
        <translation>مشیر اور آئی ٹی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="460"/>
        <source>The set-aside records could not be moved back: %1</source>
        <translation>الگ رکھے گئے ریکارڈ واپس نہیں لائے جا سکے: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="478"/>
        <source>nothing waiting, but records are set aside for IT</source>
        <translation>کچھ انتظار میں نہیں، لیکن کچھ ریکارڈ آئی ٹی کے لیے الگ رکھے گئے ہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="480"/>
        <source>everything sent</source>
        <translation>سب کچھ بھیج دیا گیا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="483"/>
        <source>Not connected: this kiosk is not enrolled or its token was revoked. Ask IT to enrol it again (hubkiosk --enrol URL CODE).</source>
        <translation>منسلک نہیں: یہ کیوسک اندراج شدہ نہیں یا اس کا ٹوکن منسوخ ہو گیا۔ آئی ٹی سے دوبارہ اندراج کروائیں (hubkiosk --enrol URL CODE)۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="487"/>
        <source>The central server needs a newer kiosk version. Ask IT to update this kiosk.</source>
        <translation>مرکزی سرور کو کیوسک کا نیا ورژن چاہیے۔ آئی ٹی سے اس کیوسک کو اپ ڈیٹ کروائیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="490"/>
        <source>Not synced yet; %1.</source>
        <translation>ابھی ہم آہنگ نہیں؛ %1۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="493"/>
        <source>Working offline; %1. Nothing is lost: records are sent when the server can be reached.</source>
        <translation>آف لائن کام جاری ہے؛ %1۔ کچھ ضائع نہیں ہوتا: سرور ملنے پر ریکارڈ بھیج دیے جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="496"/>
        <source>Synced with the central server; %1.</source>
        <translation>مرکزی سرور کے ساتھ ہم آہنگ؛ %1۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="499"/>
        <source>Last success at %1.</source>
        <translation>آخری کامیابی %1 پر۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="473"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="514"/>
        <source>%Ln record(s) wait to be sent</source>
        <translation>
            <numerusform>%Ln ریکارڈ بھیجے جانے کا منتظر ہے</numerusform>
            <numerusform>%Ln ریکارڈ بھیجے جانے کے منتظر ہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="476"/>
        <source>(the oldest for %Ln minute(s))</source>
        <translation>
            <numerusform>(سب سے پرانا %Ln منٹ سے)</numerusform>
            <numerusform>(سب سے پرانا %Ln منٹ سے)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="501"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="516"/>
        <source>%Ln record(s) set aside for IT (see the log).</source>
        <translation>
            <numerusform>%Ln ریکارڈ آئی ٹی کے لیے الگ رکھا گیا (لاگ دیکھیں)۔</numerusform>
            <numerusform>%Ln ریکارڈ آئی ٹی کے لیے الگ رکھے گئے (لاگ دیکھیں)۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="505"/>
        <source>Last error: %1</source>
        <translation>آخری خرابی: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="507"/>
        <source>Configuration: %1</source>
        <translation>ترتیبات: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="570"/>
        <source>Backup failed: %1</source>
        <translation>بیک اپ ناکام: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="575"/>
        <source>Hub: %1 · Kiosk version %2</source>
        <translation>حب: %1 · کیوسک ورژن %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="579"/>
        <source>Back up now</source>
        <translation>ابھی بیک اپ لیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="428"/>
        <source>Syncing with the central server…</source>
        <translation>مرکزی سرور کے ساتھ ہم آہنگی ہو رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="528"/>
        <source>%Ln survey answer(s) or feedback are held until the end of their hour, so they cannot be linked to a visit.</source>
        <translation>
            <numerusform>%Ln سروے کا جواب یا رائے اپنے گھنٹے کے ختم ہونے تک روکی گئی ہے، تاکہ اسے کسی ملاقات سے جوڑا نہ جا سکے۔</numerusform>
            <numerusform>%Ln سروے کے جوابات یا آراء اپنے گھنٹے کے ختم ہونے تک روکے گئے ہیں، تاکہ انہیں کسی ملاقات سے جوڑا نہ جا سکے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="543"/>
        <source>The personal details of %Ln of them were cleared after %1 days; the records are kept.</source>
        <translation>
            <numerusform>ان میں سے %Ln کی ذاتی تفصیلات %1 دن بعد مٹا دی گئیں؛ ریکارڈ رکھا گیا ہے۔</numerusform>
            <numerusform>ان میں سے %Ln کی ذاتی تفصیلات %1 دن بعد مٹا دی گئیں؛ ریکارڈز رکھے گئے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="549"/>
        <source>Personal details in set-aside records (names, phone numbers, answers) are cleared %1 days after they were set aside, next on %2.</source>
        <translation>الگ رکھے گئے ریکارڈز کی ذاتی تفصیلات (نام، فون نمبر، جوابات) الگ رکھنے کے %1 دن بعد مٹا دی جاتی ہیں؛ اگلی %2 کو۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="580"/>
        <source>Sync now</source>
        <translation>ابھی ہم آہنگ کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="581"/>
        <source>Send set-aside records again</source>
        <translation>الگ رکھے ریکارڈ دوبارہ بھیجیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="582"/>
        <source>Leave adviser mode</source>
        <translation>مشیر موڈ سے نکلیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="583"/>
        <source>Queue and desks</source>
        <translation>قطار اور ڈیسک</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="584"/>
        <source>Help a resident</source>
        <translation>کسی رہائشی کی مدد کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="585"/>
        <source>Today at this hub</source>
        <translation>آج اس حب پر</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="596"/>
        <source>Reading the local store…</source>
        <translation>مقامی ریکارڈ پڑھا جا رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="603"/>
        <source>%Ln backup(s) kept; the newest is from %1.</source>
        <translation>
            <numerusform>%Ln بیک اپ محفوظ ہے؛ سب سے نیا %1 کا ہے۔</numerusform>
            <numerusform>%Ln بیک اپ محفوظ ہیں؛ سب سے نیا %1 کا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="608"/>
        <source>No backup yet.</source>
        <translation>ابھی کوئی بیک اپ نہیں۔</translation>
    </message>
</context>
<context>
    <name>AdviserPinScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="135"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="138"/>
        <source>Adviser sign-in</source>
        <translation>مشیر کا سائن ان</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="142"/>
        <source>Finished helping. Adviser: type your PIN to go back to your screens. Residents: touch Start again to go back.</source>
        <translation>مدد ختم ہو گئی۔ مشیر: اپنی اسکرینوں پر واپس جانے کے لیے اپنا پن لکھیں۔ رہائشی: واپس جانے کے لیے دوبارہ شروع کریں کو چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="148"/>
        <source>This is for hub staff. Residents: touch Start again to go back.</source>
        <translation>یہ حب کے عملے کے لیے ہے۔ رہائشی: واپس جانے کے لیے دوبارہ شروع کریں کو چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="153"/>
        <source>No adviser PIN is set on this kiosk yet, so no PIN works. IT sets one on the central server (hubkiosk-server adviser add ...), which sends it to the kiosks, or in this kiosk&apos;s adviser_pin_hash setting.</source>
        <translation>اس کیوسک پر ابھی کوئی مشیر پن مقرر نہیں، اس لیے کوئی پن کام نہیں کرتا۔ آئی ٹی اسے مرکزی سرور پر مقرر کرتا ہے (hubkiosk-server adviser add ...)، جو اسے کیوسکوں کو بھیجتا ہے، یا اس کیوسک کی adviser_pin_hash ترتیب میں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="158"/>
        <source>Adviser PIN</source>
        <translation>مشیر کا پن</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="159"/>
        <source>PIN</source>
        <translation>پن</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="160"/>
        <source>Clear</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="161"/>
        <source>Sign in</source>
        <translation>سائن ان کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="191"/>
        <source>This adviser&apos;s access was withdrawn. Ask IT if this is wrong.</source>
        <translation>اس مشیر کی رسائی واپس لے لی گئی ہے۔ اگر یہ غلط ہے تو IT سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="192"/>
        <source>Type your PIN, then touch Sign in.</source>
        <translation>اپنا پن لکھیں، پھر سائن ان کریں کو چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="193"/>
        <source>Sign-in could not be checked. Please try again.</source>
        <translation>سائن ان کی جانچ نہیں ہو سکی۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="194"/>
        <source>No adviser PIN is set on this kiosk yet.</source>
        <translation>اس کیوسک پر ابھی کوئی مشیر پن مقرر نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="196"/>
        <source>Adviser sign-in is locked after too many wrong PINs. It opens again in %Ln minute(s), or sooner if IT unlocks it (hubkiosk --unlock-advisers, or a new PIN from the central server: hubkiosk-server adviser pin).</source>
        <translation>
            <numerusform>بہت زیادہ غلط PIN کی وجہ سے مشیروں کا سائن ان بند ہے۔ یہ %Ln منٹ میں دوبارہ کھلے گا، یا اس سے پہلے اگر IT اسے کھول دے (hubkiosk --unlock-advisers، یا مرکزی سرور سے نیا PIN: hubkiosk-server adviser pin)۔</numerusform>
            <numerusform>بہت زیادہ غلط PIN کی وجہ سے مشیروں کا سائن ان بند ہے۔ یہ %Ln منٹ میں دوبارہ کھلے گا، یا اس سے پہلے اگر IT اسے کھول دے (hubkiosk --unlock-advisers، یا مرکزی سرور سے نیا PIN: hubkiosk-server adviser pin)۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="203"/>
        <source>This PIN cannot be used on this kiosk. Ask IT.</source>
        <translation>یہ PIN اس کیوسک پر استعمال نہیں ہو سکتا۔ IT سے پوچھیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="205"/>
        <source>Too many wrong PINs. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>بہت زیادہ غلط پن۔ %Ln منٹ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>بہت زیادہ غلط پن۔ %Ln منٹ بعد دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="207"/>
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>بہت زیادہ غلط پن۔ %Ln سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>بہت زیادہ غلط پن۔ %Ln سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="208"/>
        <source>That PIN is not right. Try again.</source>
        <translation>یہ پن درست نہیں۔ دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>AdviserQueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="396"/>
        <source>That did not work: %1</source>
        <translation>یہ کام نہیں ہوا: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="403"/>
        <source>That ticket is not in today&apos;s queue.</source>
        <translation>یہ ٹکٹ آج کی قطار میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="404"/>
        <source>Finish the ticket at this desk first.</source>
        <translation>پہلے اس ڈیسک کا ٹکٹ مکمل کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="405"/>
        <source>Only a called ticket can be called again.</source>
        <translation>صرف بلایا گیا ٹکٹ ہی دوبارہ بلایا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="407"/>
        <source>Only a called ticket can be marked as did not come.</source>
        <translation>صرف بلائے گئے ٹکٹ کو ہی نہیں آئے کے طور پر نشان زد کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="409"/>
        <source>A finished ticket cannot be transferred.</source>
        <translation>مکمل شدہ ٹکٹ منتقل نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="410"/>
        <source>That service is not in the catalogue.</source>
        <translation>یہ سروس فہرست میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="411"/>
        <source>The ticket is already in that queue.</source>
        <translation>ٹکٹ پہلے ہی اس قطار میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="412"/>
        <source>Call the ticket before recording it as served.</source>
        <translation>خدمت مکمل درج کرنے سے پہلے ٹکٹ کو بلائیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="413"/>
        <source>Say which service the resident was referred to.</source>
        <translation>بتائیں کہ رہائشی کو کس سروس کو بھیجا گیا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="415"/>
        <source>Type only the organisation&apos;s name: no phone number, e-mail address or postcode. The managers&apos; report shows it as typed.</source>
        <translation>صرف ادارے کا نام لکھیں: کوئی فون نمبر، ای میل پتہ یا پوسٹ کوڈ نہیں۔ مینیجرز کی رپورٹ اسے ویسے ہی دکھاتی ہے جیسے لکھا گیا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="433"/>
        <source>No ticket at this desk: touch Call next first.</source>
        <translation>اس ڈیسک پر کوئی ٹکٹ نہیں: پہلے اگلے کو بلائیں کو چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="421"/>
        <source>Choose your desk first: touch its number.</source>
        <translation>پہلے اپنا ڈیسک چنیں: اس کے نمبر کو چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="261"/>
        <source>Desk %1 is %2&apos;s today. Touch %1 again to use it too.</source>
        <translation>ڈیسک %1 آج %2 کا ہے۔ اسے آپ بھی استعمال کرنے کے لیے %1 کو دوبارہ چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="353"/>
        <source>kiosk in %1</source>
        <translation>کیوسک کی زبان: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="356"/>
        <source>appointment at %1</source>
        <translation>ملاقات کا وقت %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="458"/>
        <source>No one is waiting.</source>
        <translation>ابھی کوئی انتظار میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="508"/>
        <source>%1 is marked as not here. If they come after all, touch Call again.</source>
        <translation>%1 کو غیر حاضر درج کیا گیا۔ اگر وہ آ جائیں تو دوبارہ بلائیں کو چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="575"/>
        <source>Type the name of the organisation.</source>
        <translation>ادارے کا نام لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="690"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="713"/>
        <source>Queue</source>
        <translation>قطار</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="714"/>
        <source>Your desk:</source>
        <translation>آپ کا ڈیسک:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="719"/>
        <source>Call next</source>
        <translation>اگلے کو بلائیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="720"/>
        <source>Call again</source>
        <translation>دوبارہ بلائیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="721"/>
        <source>Did not come</source>
        <translation>نہیں آئے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="722"/>
        <source>Transfer to which service</source>
        <translation>کس سروس کو منتقل کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="723"/>
        <source>Transfer</source>
        <translation>منتقل کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="724"/>
        <source>Served: resolved</source>
        <translation>خدمت مکمل: مسئلہ حل</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="725"/>
        <source>Served: follow-up booked</source>
        <translation>خدمت مکمل: اگلی ملاقات طے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="726"/>
        <source>Served: referred</source>
        <translation>خدمت مکمل: آگے بھیجا گیا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="727"/>
        <source>Hand the screen to the resident: how was the visit?</source>
        <translation>اسکرین رہائشی کو دیں: ملاقات کیسی رہی؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="728"/>
        <source>Referred to which service?</source>
        <translation>کس سروس کو بھیجا گیا؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="729"/>
        <source>Another organisation</source>
        <translation>کوئی اور ادارہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="730"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="731"/>
        <source>Name of the organisation</source>
        <translation>ادارے کا نام</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="732"/>
        <source>Save the referral</source>
        <translation>حوالہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="733"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="750"/>
        <source>No one at Desk %1 now.</source>
        <translation>اس وقت ڈیسک %1 پر کوئی نہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="759"/>
        <source>At Desk %1: %2 (%3)</source>
        <translation>ڈیسک %1 پر: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="343"/>
        <source>urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="344"/>
        <source>needs an interpreter</source>
        <translation>مترجم کی ضرورت ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="345"/>
        <source>accessibility need</source>
        <translation>رسائی کی ضرورت</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="756"/>
        <source>name: %1</source>
        <translation>نام: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="333"/>
        <source>A service no longer offered</source>
        <translation>ایک سروس جو اب پیش نہیں کی جاتی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="350"/>
        <source>language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="358"/>
        <source>appointment</source>
        <translation>ملاقات کا وقت</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="768"/>
        <source>Reading the queue…</source>
        <translation>قطار پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="784"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="785"/>
        <source>Waiting:</source>
        <translation>انتظار میں:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="782"/>
        <source>No one waiting.</source>
        <translation>کوئی انتظار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="314"/>
        <source>Please type your booking reference.</source>
        <translation>براہ کرم اپنا بکنگ حوالہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="324"/>
        <source>Please type your whole phone number.</source>
        <translation>براہ کرم اپنا پورا فون نمبر لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="327"/>
        <source>Please type the first 3 letters of your surname (family name).</source>
        <translation>براہ کرم اپنے خاندانی نام کے پہلے 3 حروف لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="338"/>
        <source>Checking your booking, please wait…</source>
        <translation>آپ کی بکنگ دیکھی جا رہی ہے، براہ کرم انتظار کریں…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="430"/>
        <source>Sorry, something went wrong. Please ask a member of staff.</source>
        <translation>معذرت، کچھ غلط ہو گیا۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="464"/>
        <source>More than one booking has those numbers</source>
        <translation>ان نمبروں کی ایک سے زیادہ بکنگ ہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="466"/>
        <source>Please type your whole booking reference, with its letters (for example HK-4821), or use your phone number instead.</source>
        <translation>براہ کرم اپنا پورا بکنگ حوالہ اس کے حروف سمیت لکھیں (مثلاً HK-4821)، یا اس کی جگہ اپنا فون نمبر استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="474"/>
        <source>We could not find your appointment</source>
        <translation>ہمیں آپ کی ملاقات نہیں ملی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="476"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>براہ کرم جو لکھا ہے اسے دیکھیں اور دوبارہ کوشش کریں۔ بکنگ حوالہ HK-4821 جیسا ہوتا ہے۔ اگر پھر بھی کام نہ کرے تو یہاں عملے کا کوئی رکن مدد کر سکتا ہے، یا قریب کا بغیر ملاقات والا حب تلاش کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="482"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff can help, or you can take a walk-in ticket.</source>
        <translation>براہ کرم جو لکھا ہے اسے دیکھیں اور دوبارہ کوشش کریں۔ بکنگ حوالہ HK-4821 جیسا ہوتا ہے۔ اگر پھر بھی کام نہ کرے تو عملے کا کوئی رکن مدد کر سکتا ہے، یا آپ بغیر ملاقات کا ٹکٹ لے سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="492"/>
        <source>You are early</source>
        <translation>آپ جلدی آ گئے ہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="495"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or find a drop-in hub near here if you would like to see someone sooner.</source>
        <translation>آپ کی ملاقات %1 پر ہے۔ آپ %2 سے چیک ان کر سکتے ہیں۔ براہ کرم تب واپس آئیں، یا اگر جلدی کسی سے ملنا چاہیں تو قریب کا بغیر ملاقات والا حب تلاش کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="501"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or take a walk-in ticket if you would like to see someone sooner.</source>
        <translation>آپ کی ملاقات %1 پر ہے۔ آپ %2 سے چیک ان کر سکتے ہیں۔ براہ کرم تب واپس آئیں، یا اگر جلدی کسی سے ملنا چاہیں تو بغیر ملاقات کا ٹکٹ لیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="513"/>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="533"/>
        <source>Your appointment time has passed</source>
        <translation>آپ کی ملاقات کا وقت گزر چکا ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="516"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>آپ کی ملاقات %1 پر تھی۔ معذرت، اب اس کے لیے چیک ان کرنے میں بہت دیر ہو چکی ہے۔ نیا وقت طے کرنے کے لیے یہاں عملے سے کہیں، یا اگلے فارغ مشیر سے ملنے کے لیے قریب کا بغیر ملاقات والا حب تلاش کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="522"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>آپ کی ملاقات %1 پر تھی۔ معذرت، اب اس کے لیے چیک ان کرنے میں بہت دیر ہو چکی ہے۔ آپ اگلے فارغ مشیر سے ملنے کے لیے بغیر ملاقات کا ٹکٹ لے سکتے ہیں، یا عملے سے نیا وقت طے کرنے کو کہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="536"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>آپ کی ملاقات %1 کو %2 بجے تھی۔ ہمیں افسوس ہے، وہ دن گزر چکا ہے۔ نیا وقت بُک کرنے کے لیے یہاں عملے کے کسی رکن سے کہیں، یا اگلے دستیاب مشیر سے ملنے کے لیے قریبی ڈراپ اِن مرکز تلاش کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="542"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>آپ کی ملاقات %1 کو %2 بجے تھی۔ ہمیں افسوس ہے، وہ دن گزر چکا ہے۔ اگلے دستیاب مشیر سے ملنے کے لیے آپ واک اِن ٹکٹ لے سکتے ہیں، یا نیا وقت بُک کرنے کے لیے عملے کے کسی رکن سے کہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="554"/>
        <source>Your appointment is on another day</source>
        <translation>آپ کی ملاقات کسی اور دن ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="557"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can find a drop-in hub near here.</source>
        <translation>آپ کی ملاقات %1 کو %2 پر ہے۔ براہ کرم تب واپس آئیں۔ اگر آج مدد چاہیے تو قریب کا بغیر ملاقات والا حب تلاش کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="562"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can take a walk-in ticket.</source>
        <translation>آپ کی ملاقات %1 کو %2 پر ہے۔ براہ کرم تب واپس آئیں۔ اگر آج مدد چاہیے تو بغیر ملاقات کا ٹکٹ لے سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="575"/>
        <source>Your appointment is at %1 today at %2.</source>
        <translation>آپ کی ملاقات آج %2 پر %1 میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="577"/>
        <source>Your appointment is at %1 on %3 at %2.</source>
        <translation>آپ کی ملاقات %3 کو %2 پر %1 میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="580"/>
        <source>Your appointment is at another hub</source>
        <translation>آپ کی ملاقات کسی اور حب پر ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="585"/>
        <source>Please go there. If you cannot, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>براہ کرم وہاں جائیں۔ اگر نہ جا سکیں تو یہاں عملے کا کوئی رکن مدد کر سکتا ہے، یا قریب کا بغیر ملاقات والا حب تلاش کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="590"/>
        <source>Please go there. If you would rather be seen here, take a walk-in ticket.</source>
        <translation>براہ کرم وہاں جائیں۔ اگر آپ یہیں ملنا چاہیں تو بغیر ملاقات کا ٹکٹ لیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="599"/>
        <source>Check in for an appointment</source>
        <translation>ملاقات کے لیے چیک ان کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="625"/>
        <source>Check in for your appointment</source>
        <translation>اپنی ملاقات کے لیے چیک ان کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="626"/>
        <source>Use my booking reference</source>
        <translation>میرا بکنگ حوالہ استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="627"/>
        <source>Use my phone number</source>
        <translation>میرا فون نمبر استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="628"/>
        <source>Your booking reference (it looks like HK-4821):</source>
        <translation>آپ کا بکنگ حوالہ (HK-4821 جیسا):</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="629"/>
        <source>Booking reference</source>
        <translation>بکنگ حوالہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="631"/>
        <source>Your phone number:</source>
        <translation>آپ کا فون نمبر:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="632"/>
        <source>Phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="633"/>
        <source>First 3 letters of your surname:</source>
        <translation>خاندانی نام کے پہلے 3 حروف:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="634"/>
        <source>First letters of your surname</source>
        <translation>خاندانی نام کے پہلے حروف</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="635"/>
        <source>Check in</source>
        <translation>چیک ان کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Find a drop-in hub</source>
        <translation>بغیر ملاقات والا حب تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Get a walk-in ticket</source>
        <translation>بغیر ملاقات کا ٹکٹ لیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="642"/>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="643"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
</context>
<context>
    <name>AssistedBanner</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="72"/>
        <source>Helping you: %1, Residents&apos; Hub adviser</source>
        <translation>آپ کی مدد کر رہے ہیں: %1، ریزیڈنٹس حب مشیر</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="74"/>
        <source>Helping you: a Residents&apos; Hub adviser</source>
        <translation>آپ کی مدد کر رہے ہیں: ریزیڈنٹس حب کا ایک مشیر</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="77"/>
        <source>Hand back</source>
        <translation>واپس دیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="78"/>
        <source>Finish helping</source>
        <translation>مدد ختم کریں</translation>
    </message>
</context>
<context>
    <name>CallingDisplay</name>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="374"/>
        <source>Hub Kiosk · calling display</source>
        <translation>حب کیوسک · بلانے والی اسکرین</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="401"/>
        <source>Now calling</source>
        <translation>اب بلایا جا رہا ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="376"/>
        <source>Called before</source>
        <translation>پہلے بلائے گئے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="377"/>
        <source>Waiting now</source>
        <translation>اب انتظار میں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="406"/>
        <source>The hub has closed for today</source>
        <translation>حب آج کے لیے بند ہو گیا ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="412"/>
        <source>The hub is closed for a break</source>
        <translation>حب وقفے کے لیے بند ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="413"/>
        <source>Calls start again at %1.</source>
        <translation>%1 بجے سے دوبارہ نمبر بلائے جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="415"/>
        <source>The hub is not open yet</source>
        <translation>حب ابھی نہیں کھلا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="416"/>
        <source>Calls start at %1.</source>
        <translation>%1 بجے سے نمبر بلائے جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="419"/>
        <source>Please go to Desk %1</source>
        <translation>براہ کرم ڈیسک %1 پر جائیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="423"/>
        <source>Please wait to be called</source>
        <translation>براہ کرم بلائے جانے کا انتظار کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="433"/>
        <source>Desk %1</source>
        <translation>ڈیسک %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="444"/>
        <source>If your number was not called, please ask a member of staff.</source>
        <translation>اگر آپ کا نمبر نہیں پکارا گیا تو براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="448"/>
        <source>No one is waiting</source>
        <translation>کوئی انتظار میں نہیں</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="197"/>
        <source>Sorry, the hub is closed now</source>
        <translation>معذرت، حب ابھی بند ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="199"/>
        <source>Sorry, the hub is closed today</source>
        <translation>معذرت، حب آج بند ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="203"/>
        <source>Sorry, check-in is closed now</source>
        <translation>معذرت، چیک ان اب بند ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="206"/>
        <source>You can check in for your appointment while the hub is open.</source>
        <translation>حب کھلا ہونے پر آپ اپنی ملاقات کے لیے چیک ان کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="208"/>
        <source>You can get a ticket while the hub is open.</source>
        <translation>حب کھلا ہونے پر آپ ٹکٹ لے سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="215"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="216"/>
        <source>See opening times</source>
        <translation>کھلنے کے اوقات دیکھیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="217"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="218"/>
        <source>Find a service or do it online</source>
        <translation>کوئی سروس تلاش کریں یا آن لائن کریں</translation>
    </message>
</context>
<context>
    <name>ConsentLine</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="137"/>
        <source>the adviser</source>
        <translation>مشیر</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="149"/>
        <source>Resident: I agree that %1 typed my answers for me, and I have checked them.</source>
        <translation>رہائشی: میں متفق ہوں کہ %1 نے میرے جوابات میرے لیے لکھے، اور میں نے انہیں جانچ لیا ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="153"/>
        <source>Please touch I agree before sending.</source>
        <translation>بھیجنے سے پہلے براہ کرم میں متفق ہوں کو چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>I agree</source>
        <translation>میں متفق ہوں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>Agreed</source>
        <translation>متفق</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="161"/>
        <source>I agree that the adviser typed my answers</source>
        <translation>میں متفق ہوں کہ مشیر نے میرے جوابات لکھے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="140"/>
        <source>Resident: I agree that %1 typed some of my answers for me, and I have checked them.</source>
        <translation>رہائشی: میں متفق ہوں کہ %1 نے میرے کچھ جوابات میرے لیے لکھے، اور میں نے انہیں جانچ لیا ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="145"/>
        <source>Resident: I agree that %1 helped me with this form, and I have checked my answers.</source>
        <translation>رہائشی: میں متفق ہوں کہ %1 نے اس فارم میں میری مدد کی، اور میں نے اپنے جوابات جانچ لیے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="157"/>
        <source>I agree that the adviser typed some of my answers</source>
        <translation>میں متفق ہوں کہ مشیر نے میرے کچھ جوابات لکھے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="159"/>
        <source>I agree that the adviser helped me with this form</source>
        <translation>میں متفق ہوں کہ مشیر نے اس فارم میں میری مدد کی</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="187"/>
        <source>Quick feedback</source>
        <translation>فوری رائے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="332"/>
        <source>Your comment: %1</source>
        <translation>آپ کا تبصرہ: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="337"/>
        <source>How was your visit today?</source>
        <translation>آج آپ کی آمد کیسی رہی؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="338"/>
        <source>Touch a face. We do not ask your name.</source>
        <translation>ایک چہرہ چھوئیں۔ ہم آپ کا نام نہیں پوچھتے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="340"/>
        <source>Very poor</source>
        <translation>بہت خراب</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="341"/>
        <source>Poor</source>
        <translation>خراب</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="342"/>
        <source>OK</source>
        <translation>ٹھیک</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="343"/>
        <source>Good</source>
        <translation>اچھا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="344"/>
        <source>Very good</source>
        <translation>بہت اچھا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="349"/>
        <source>Thank you: your answer “%1” is saved.</source>
        <translation>شکریہ: آپ کا جواب “%1” محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="354"/>
        <source>What was it mostly about? Choose any that apply, or finish now.</source>
        <translation>یہ زیادہ تر کس بارے میں تھا؟ جو بھی لاگو ہو چنیں، یا ابھی ختم کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="357"/>
        <source>Waiting time</source>
        <translation>انتظار کا وقت</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="358"/>
        <source>Staff helpfulness</source>
        <translation>عملے کی مدد</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="359"/>
        <source>Getting my problem solved</source>
        <translation>میرا مسئلہ حل ہونا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="360"/>
        <source>The building and facilities</source>
        <translation>عمارت اور سہولیات</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="361"/>
        <source>Information given</source>
        <translation>دی گئی معلومات</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="365"/>
        <source>Add a comment</source>
        <translation>تبصرہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="367"/>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="376"/>
        <source>Finish</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="368"/>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="370"/>
        <source>Write your comment. Please do not write your name or contact details.</source>
        <translation>اپنا تبصرہ لکھیں۔ براہ کرم اپنا نام یا رابطے کی تفصیلات نہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="372"/>
        <source>Your comment</source>
        <translation>آپ کا تبصرہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="373"/>
        <source>Type here</source>
        <translation>یہاں لکھیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="374"/>
        <source>Thank you</source>
        <translation>شکریہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="375"/>
        <source>Your feedback helps us make the hubs better.</source>
        <translation>آپ کی رائے حبز کو بہتر بنانے میں ہماری مدد کرتی ہے۔</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="237"/>
        <source>(optional)</source>
        <translation>(اختیاری)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
</context>
<context>
    <name>FinderScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="290"/>
        <source>Type a word, for example: bin, council tax, parking.</source>
        <translation>کوئی لفظ لکھیں، مثلاً: کوڑا دان، کونسل ٹیکس، پارکنگ۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="295"/>
        <source>We could not find that. Try another word, look at all topics, or ask an adviser.</source>
        <translation>ہمیں یہ نہیں ملا۔ کوئی اور لفظ آزمائیں، تمام موضوعات دیکھیں، یا کسی مشیر سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="300"/>
        <source>Touch the one you need.</source>
        <translation>جس کی ضرورت ہے اسے چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="304"/>
        <source>Find a service</source>
        <translation>کوئی سروس تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="307"/>
        <source>Find a service or do it now</source>
        <translation>کوئی سروس تلاش کریں یا ابھی کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="308"/>
        <source>For example: bin, pothole, council tax</source>
        <translation>مثلاً: کوڑا دان، سڑک کا گڑھا، کونسل ٹیکس</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="309"/>
        <source>Search for a service</source>
        <translation>سروس تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="310"/>
        <source>Search</source>
        <translation>تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="311"/>
        <source>See all topics</source>
        <translation>تمام موضوعات دیکھیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="312"/>
        <source>Ask an adviser instead</source>
        <translation>اس کی بجائے کسی مشیر سے پوچھیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="330"/>
        <source>Which of these do you need?</source>
        <translation>ان میں سے آپ کو کس کی ضرورت ہے؟</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="116"/>
        <source>Your reference number</source>
        <translation>آپ کا حوالہ نمبر</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="120"/>
        <source>Thank you. We have your request.</source>
        <translation>شکریہ۔ ہمیں آپ کی درخواست مل گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="122"/>
        <source>Your reference number is:</source>
        <translation>آپ کا حوالہ نمبر ہے:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="124"/>
        <source>Your reference number is %1</source>
        <translation>آپ کا حوالہ نمبر %1 ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="129"/>
        <source>Scan with your phone to keep the reference number.</source>
        <translation>حوالہ نمبر رکھنے کے لیے اپنے فون سے اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="130"/>
        <source>QR code of your reference number</source>
        <translation>آپ کے حوالہ نمبر کا کیو آر کوڈ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="131"/>
        <source>Print my reference</source>
        <translation>میرا حوالہ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="132"/>
        <source>Finish</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="134"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>پرنٹ ہو گیا۔ پرنٹر سے اپنا کاغذ لے لیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="138"/>
        <source>Sorry, the printer is not working. Please write the reference number down or take a photo of it.</source>
        <translation>معذرت، پرنٹر کام نہیں کر رہا۔ براہ کرم حوالہ نمبر لکھ لیں یا اس کی تصویر لے لیں۔</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="512"/>
        <source>Change</source>
        <translation>تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="513"/>
        <source>Change: %1</source>
        <translation>تبدیل کریں: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="507"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="531"/>
        <source>Not answered</source>
        <translation>جواب نہیں دیا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="524"/>
        <source>The answers you typed are shown on the screen, not read aloud.</source>
        <translation>آپ کے لکھے ہوئے جوابات اسکرین پر دکھائے گئے ہیں، انہیں بول کر نہیں پڑھا جاتا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="604"/>
        <source>Please check what you typed: it is not in the form we need.</source>
        <translation>براہ کرم جو لکھا ہے اسے دیکھیں: یہ اس شکل میں نہیں جو ہمیں چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="606"/>
        <source>Please answer this question.</source>
        <translation>براہ کرم اس سوال کا جواب دیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="607"/>
        <source>Please choose one answer.</source>
        <translation>براہ کرم ایک جواب چنیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="608"/>
        <source>Please choose at least one answer.</source>
        <translation>براہ کرم کم از کم ایک جواب چنیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="609"/>
        <source>Please choose one of the answers shown.</source>
        <translation>براہ کرم دکھائے گئے جوابات میں سے ایک چنیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="610"/>
        <source>Please make this shorter: %1 letters at most.</source>
        <translation>براہ کرم اسے مختصر کریں: زیادہ سے زیادہ %1 حروف۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="611"/>
        <source>Please type a number, for example 3.</source>
        <translation>براہ کرم ایک عدد لکھیں، مثلاً 3۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="612"/>
        <source>Please type a whole number, for example 3.</source>
        <translation>براہ کرم ایک پورا عدد لکھیں، مثلاً 3۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="613"/>
        <source>The number must be %1 or more.</source>
        <translation>عدد %1 یا اس سے زیادہ ہونا چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="614"/>
        <source>The number must be %1 or less.</source>
        <translation>عدد %1 یا اس سے کم ہونا چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="616"/>
        <source>Please type a real date: the day, month and year, for example 18 11 2026.</source>
        <translation>براہ کرم ایک درست تاریخ لکھیں: دن، مہینہ اور سال، مثلاً 18 11 2026۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="618"/>
        <source>The date must be today or earlier.</source>
        <translation>تاریخ آج یا اس سے پہلے کی ہونی چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="619"/>
        <source>The date must be today or later.</source>
        <translation>تاریخ آج یا اس کے بعد کی ہونی چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="620"/>
        <source>Please type a full UK postcode, for example E3 2BS.</source>
        <translation>براہ کرم برطانیہ کا پورا پوسٹ کوڈ لکھیں، مثلاً E3 2BS۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="621"/>
        <source>Please type a UK phone number, for example 07700 900123.</source>
        <translation>براہ کرم برطانیہ کا فون نمبر لکھیں، مثلاً 07700 900123۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="622"/>
        <source>Please type an email address, for example name@example.com.</source>
        <translation>براہ کرم ای میل پتہ لکھیں، مثلاً name@example.com۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="624"/>
        <source>Please check this answer.</source>
        <translation>براہ کرم یہ جواب دیکھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="634"/>
        <source>Last step: check and send</source>
        <translation>آخری مرحلہ: دیکھیں اور بھیجیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="637"/>
        <source>Question %1 of %2</source>
        <translation>سوال %1 از %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="651"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="653"/>
        <source>Check your answers. Touch Change to correct one, or Send when it is right.</source>
        <translation>اپنے جوابات دیکھیں۔ درست کرنے کے لیے تبدیل کریں کو چھوئیں، یا ٹھیک ہو تو بھیجیں کو۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="657"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="665"/>
        <source>Next</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Sending…</source>
        <translation>بھیجا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="676"/>
        <source>Sorry, your request could not be saved. Touch Send to try again, or ask a member of staff.</source>
        <translation>معذرت، آپ کی درخواست محفوظ نہیں ہو سکی۔ دوبارہ کوشش کے لیے بھیجیں کو چھوئیں، یا عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="68"/>
        <source>Home</source>
        <translation>شروع کا صفحہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="73"/>
        <source>Welcome to %1</source>
        <translation>%1 میں خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="74"/>
        <source>What would you like to do today? Touch a picture to start.</source>
        <translation>آج آپ کیا کرنا چاہیں گے؟ شروع کرنے کے لیے کوئی تصویر چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="78"/>
        <source>Check in, or find a drop-in hub</source>
        <translation>چیک ان کریں، یا بغیر ملاقات والا حب تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="80"/>
        <source>Appointments here; drop-in hubs near here see people without one</source>
        <translation>یہاں ملاقات کے وقت سے؛ قریبی بغیر ملاقات والے حب بغیر وقت کے بھی ملتے ہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="83"/>
        <source>Get a ticket or check in</source>
        <translation>ٹکٹ لیں یا چیک ان کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="85"/>
        <source>See an adviser, or tell us you have arrived for your appointment</source>
        <translation>کسی مشیر سے ملیں، یا ہمیں بتائیں کہ آپ اپنی ملاقات کے لیے آ گئے ہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="87"/>
        <source>Find a service or do it now</source>
        <translation>کوئی سروس تلاش کریں یا ابھی کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="89"/>
        <source>Find help, fill in a simple form, or learn how to do it online</source>
        <translation>مدد تلاش کریں، آسان فارم بھریں، یا آن لائن کرنا سیکھیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="91"/>
        <source>Tell us what you think</source>
        <translation>ہمیں اپنی رائے بتائیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="94"/>
        <source>Take part in our customer survey, or tell us how your visit went</source>
        <translation>ہمارے صارف سروے میں حصہ لیں، یا بتائیں کہ آپ کی آمد کیسی رہی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="97"/>
        <source>Tell us how your visit went today</source>
        <translation>بتائیں کہ آج آپ کی آمد کیسی رہی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="98"/>
        <source>Most people come to see us about:</source>
        <translation>زیادہ تر لوگ ہم سے ان کے بارے میں ملنے آتے ہیں:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Find a drop-in hub</source>
        <translation>بغیر ملاقات والا حب تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Get a ticket</source>
        <translation>ٹکٹ لیں</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="70"/>
        <source>Please ask a member of staff when the hub opens again.</source>
        <translation>براہ کرم عملے سے پوچھیں کہ حب دوبارہ کب کھلے گا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="77"/>
        <source>Check-in opens again today at %1.</source>
        <translation>چیک ان آج %1 پر دوبارہ کھلے گا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="81"/>
        <source>Check-in opens again tomorrow at %1.</source>
        <translation>چیک ان کل %1 پر دوبارہ کھلے گا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="85"/>
        <source>Check-in opens again at %1 on %2.</source>
        <translation>چیک ان %2 کو %1 پر دوبارہ کھلے گا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="94"/>
        <source>Closed today</source>
        <translation>آج بند ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="98"/>
        <source>Closed for the rest of today</source>
        <translation>آج باقی دن کے لیے بند</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="100"/>
        <source>Open today %1</source>
        <translation>آج کھلا ہے %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="128"/>
        <source>closed</source>
        <translation>بند</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="175"/>
        <source>Are you still there?</source>
        <translation>کیا آپ ابھی یہیں ہیں؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="179"/>
        <source>To keep residents&apos; details private, you will be signed out when the time runs out.</source>
        <translation>رہائشیوں کی تفصیلات محفوظ رکھنے کے لیے، وقت ختم ہونے پر آپ کو سائن آؤٹ کر دیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="185"/>
        <source>To keep your details private, the screen will start again when the time runs out.</source>
        <translation>آپ کی تفصیلات محفوظ رکھنے کے لیے، وقت ختم ہونے پر اسکرین دوبارہ شروع ہو جائے گی۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="188"/>
        <source>I need more time</source>
        <translation>مجھے مزید وقت چاہیے</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/main_window.py" line="189"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln سیکنڈ</numerusform>
            <numerusform>%Ln سیکنڈ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/parts.py" line="172"/>
        <source>This box is full: it takes up to %1 letters.</source>
        <translation>یہ خانہ بھر گیا ہے: اس میں زیادہ سے زیادہ %1 حروف آ سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="982"/>
        <location filename="../../hubkiosk/ui/main_window.py" line="984"/>
        <source>Hub Kiosk</source>
        <translation>حب کیوسک</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="747"/>
        <source>Sorry, this kiosk cannot read aloud in this language. Please ask a member of staff.</source>
        <translation>معذرت، یہ کیوسک اس زبان میں بول کر نہیں پڑھ سکتا۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Synced</source>
        <translation>ہم آہنگ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Offline</source>
        <translation>آف لائن</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="874"/>
        <source>Touch “%1” in the middle of the screen.</source>
        <translation>اسکرین کے درمیان میں “%1” کو چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="947"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="948"/>
        <source>Start again</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="950"/>
        <source>Larger text</source>
        <translation>بڑا متن</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="952"/>
        <source>Smaller text</source>
        <translation>چھوٹا متن</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="954"/>
        <source>High contrast</source>
        <translation>زیادہ تضاد</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="955"/>
        <location filename="../../hubkiosk/ui/main_window.py" line="956"/>
        <source>Read aloud</source>
        <translation>بول کر پڑھیں</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1012"/>
        <source>Space</source>
        <translation>خالی جگہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1013"/>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1014"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1023"/>
        <source>Shift</source>
        <translation>بڑا حرف</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1024"/>
        <source>Capital letter</source>
        <translation>بڑا حرف</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1025"/>
        <source>123 ?</source>
        <translation>123 ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1026"/>
        <source>Numbers and symbols</source>
        <translation>اعداد اور علامات</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1027"/>
        <source>àé</source>
        <translation>àé</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1028"/>
        <source>Letters with accents</source>
        <translation>اعراب والے حروف</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1030"/>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1033"/>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1049"/>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1031"/>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1034"/>
        <source>Letters</source>
        <translation>حروف</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1050"/>
        <source>English letters</source>
        <translation>انگریزی حروف</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>১২৩ ?</source>
        <translation>১২৩ ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>Bengali numbers and symbols</source>
        <translation>بنگالی اعداد اور علامات</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>অআক</source>
        <translation>অআক</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="957"/>
        <source>You typed: %1</source>
        <translation>آپ نے لکھا: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>Bengali letters</source>
        <translation>بنگالی حروف</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>اب</source>
        <translation>اب</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>Urdu letters</source>
        <translation>اردو حروف</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>۱۲۳ ؟</source>
        <translation>۱۲۳ ؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>Urdu numbers and symbols</source>
        <translation>اردو اعداد اور علامات</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1055"/>
        <source>at sign</source>
        <translation>ایٹ کی علامت</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1056"/>
        <source>full stop</source>
        <translation>فل اسٹاپ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1057"/>
        <source>hyphen</source>
        <translation>ہائفن</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1058"/>
        <source>apostrophe</source>
        <translation>اپوسٹروفی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1059"/>
        <source>underscore</source>
        <translation>انڈر اسکور</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1060"/>
        <source>slash</source>
        <translation>سلیش</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1061"/>
        <source>and sign</source>
        <translation>اینڈ کی علامت</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1062"/>
        <source>plus</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1063"/>
        <source>hash</source>
        <translation>ہیش</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1064"/>
        <source>comma</source>
        <translation>کاما</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1065"/>
        <source>colon</source>
        <translation>کولن</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1066"/>
        <source>semicolon</source>
        <translation>سیمی کولن</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1067"/>
        <source>question mark</source>
        <translation>سوالیہ نشان</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1068"/>
        <source>exclamation mark</source>
        <translation>ندائیہ نشان</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1069"/>
        <source>open bracket</source>
        <translation>قوس کھولیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1070"/>
        <source>close bracket</source>
        <translation>قوس بند کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1071"/>
        <source>quotation mark</source>
        <translation>واوین</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1072"/>
        <source>pound sign</source>
        <translation>پاؤنڈ کی علامت</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1081"/>
        <source>hasanta (joins letters)</source>
        <translation>ہسنتا (حروف جوڑتا ہے)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1082"/>
        <source>vowel sign aa</source>
        <translation>اعرابی علامت آ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1083"/>
        <source>vowel sign i</source>
        <translation>اعرابی علامت اِ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1084"/>
        <source>vowel sign ii</source>
        <translation>اعرابی علامت ای</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1085"/>
        <source>vowel sign u</source>
        <translation>اعرابی علامت اُ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1086"/>
        <source>vowel sign uu</source>
        <translation>اعرابی علامت او</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1087"/>
        <source>vowel sign ri</source>
        <translation>اعرابی علامت رِ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1088"/>
        <source>vowel sign e</source>
        <translation>اعرابی علامت اے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1089"/>
        <source>vowel sign oi</source>
        <translation>اعرابی علامت اوئی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1090"/>
        <source>vowel sign o</source>
        <translation>اعرابی علامت او (o)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1091"/>
        <source>vowel sign ou</source>
        <translation>اعرابی علامت اؤ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1092"/>
        <source>anusvara</source>
        <translation>انوسوار</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1093"/>
        <source>visarga</source>
        <translation>وسرگ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1094"/>
        <source>chandrabindu</source>
        <translation>چندربندو</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1095"/>
        <source>dari (Bengali full stop)</source>
        <translation>داری (بنگالی فل اسٹاپ)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1096"/>
        <source>Urdu full stop</source>
        <translation>اردو ختمہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1097"/>
        <source>Urdu comma</source>
        <translation>اردو سکتہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1098"/>
        <source>Urdu question mark</source>
        <translation>اردو سوالیہ نشان</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1103"/>
        <source>On-screen keyboard</source>
        <translation>اسکرین کی بورڈ</translation>
    </message>
</context>
<context>
    <name>PrinterCheck</name>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="61"/>
        <source>Print a test ticket</source>
        <translation>آزمائشی ٹکٹ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="69"/>
        <source>Tickets are not being printed: the printer did not print one in time, so residents are shown their number on screen. Print a test ticket once the printer is on again.</source>
        <translation>ٹکٹ پرنٹ نہیں ہو رہے: پرنٹر نے وقت پر ٹکٹ پرنٹ نہیں کیا، اس لیے رہائشیوں کو ان کا نمبر اسکرین پر دکھایا جا رہا ہے۔ پرنٹر دوبارہ چالو ہونے پر آزمائشی ٹکٹ پرنٹ کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="93"/>
        <source>Printing a test ticket…</source>
        <translation>آزمائشی ٹکٹ پرنٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="104"/>
        <source>No ticket printer is configured on this kiosk (setting &apos;printer&apos; is none).</source>
        <translation>اس کیوسک پر کوئی ٹکٹ پرنٹر مقرر نہیں (ترتیب &apos;printer&apos; خالی ہے)۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="107"/>
        <source>The test ticket printed. Check that it is readable.</source>
        <translation>آزمائشی ٹکٹ پرنٹ ہو گیا۔ دیکھیں کہ یہ پڑھا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="109"/>
        <source>The printer failed: %1</source>
        <translation>پرنٹر ناکام ہو گیا: %1</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="112"/>
        <source>Get a ticket or check in</source>
        <translation>ٹکٹ لیں یا چیک ان کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="140"/>
        <source>What do you need help with?</source>
        <translation>آپ کو کس چیز میں مدد چاہیے؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="141"/>
        <source>Touch a picture to get a ticket with your number.</source>
        <translation>اپنے نمبر والا ٹکٹ لینے کے لیے کوئی تصویر چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>No one waiting</source>
        <translation>کوئی انتظار میں نہیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln انتظار میں</numerusform>
            <numerusform>%Ln انتظار میں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="151"/>
        <source>I have an appointment</source>
        <translation>میری ملاقات کا وقت طے ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="152"/>
        <source>Tell us you have arrived</source>
        <translation>ہمیں بتائیں کہ آپ آ گئے ہیں</translation>
    </message>
</context>
<context>
    <name>RedirectPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="267"/>
        <source>No one is waiting there now</source>
        <translation>وہاں اس وقت کوئی انتظار میں نہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="269"/>
        <source>People waiting there now: %1</source>
        <translation>وہاں اس وقت انتظار کرنے والے: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="273"/>
        <source>Waits there today: about %1 minutes</source>
        <translation>آج وہاں انتظار: تقریباً %1 منٹ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="282"/>
        <source>This hub sees people by appointment only</source>
        <translation>یہ حب صرف ملاقات کے وقت سے ملتا ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="285"/>
        <source>To see an adviser without an appointment, please visit one of these hubs near here. They see people who walk in.</source>
        <translation>بغیر ملاقات کسی مشیر سے ملنے کے لیے براہ کرم قریب کے ان میں سے کسی حب پر جائیں۔ وہ بغیر وقت آنے والوں سے ملتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="297"/>
        <source>%1 miles away</source>
        <translation>%1 میل دور</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="308"/>
        <source>I have an appointment</source>
        <translation>میری ملاقات کا وقت طے ہے</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <location filename="../../hubkiosk/ui/widgets.py" line="1189"/>
        <source>More below: slide the page up</source>
        <translation>نیچے مزید ہے: صفحہ اوپر کھسکائیں</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="174"/>
        <source>What we can do at the hub</source>
        <translation>ہم حب پر کیا کر سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="175"/>
        <source>What to bring</source>
        <translation>کیا ساتھ لائیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="176"/>
        <source>Do it online next time</source>
        <translation>اگلی بار آن لائن کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="177"/>
        <source>Point your phone camera at the code to open the page.</source>
        <translation>صفحہ کھولنے کے لیے اپنے فون کا کیمرہ کوڈ کی طرف کریں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="178"/>
        <source>QR code of the council&apos;s web page for this</source>
        <translation>اس کے لیے کونسل کے ویب صفحے کا کیو آر کوڈ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="179"/>
        <source>What would you like to do?</source>
        <translation>آپ کیا کرنا چاہیں گے؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="180"/>
        <source>Do it here now</source>
        <translation>ابھی یہیں کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="181"/>
        <source>See an adviser</source>
        <translation>کسی مشیر سے ملیں</translation>
    </message>
</context>
<context>
    <name>StepBackNote</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="201"/>
        <source>This survey is yours to answer on your own. Adviser: please step back.</source>
        <translation>یہ سروے آپ نے خود بھرنا ہے۔ مشیر: براہ کرم پیچھے ہٹ جائیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="203"/>
        <source>Answer on my own</source>
        <translation>خود جواب دوں گا</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="196"/>
        <source>Survey</source>
        <translation>سروے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="525"/>
        <source>Statement %1 of %2</source>
        <translation>بیان %1 از %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="668"/>
        <source>Choose an answer for each statement to go on.</source>
        <translation>آگے بڑھنے کے لیے ہر بیان کا ایک جواب چنیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="670"/>
        <source>Touch at least your first choice to go on.</source>
        <translation>آگے بڑھنے کے لیے کم از کم اپنی پہلی پسند چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="672"/>
        <source>Choose one or more answers to go on.</source>
        <translation>آگے بڑھنے کے لیے ایک یا زیادہ جوابات چنیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="673"/>
        <source>Choose an answer to go on.</source>
        <translation>آگے بڑھنے کے لیے ایک جواب چنیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="686"/>
        <source>This survey runs from %1 to %2.</source>
        <translation>یہ سروے %1 سے %2 تک جاری ہے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="691"/>
        <source>It has %Ln question(s).</source>
        <translation>
            <numerusform>اس میں %Ln سوال ہے۔</numerusform>
            <numerusform>اس میں %Ln سوالات ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="695"/>
        <source>It has %1 to %Ln question(s), depending on your answers.</source>
        <translation>
            <numerusform>آپ کے جوابات کے مطابق اس میں %1 سے %Ln سوالات ہیں۔</numerusform>
            <numerusform>آپ کے جوابات کے مطابق اس میں %1 سے %Ln سوالات ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="701"/>
        <source>Start the survey</source>
        <translation>سروے شروع کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="702"/>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="704"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="705"/>
        <source>Thank you</source>
        <translation>شکریہ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="707"/>
        <source>Your answers will help the council improve its services.</source>
        <translation>آپ کے جوابات کونسل کو اپنی خدمات بہتر بنانے میں مدد دیں گے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="711"/>
        <source>Saving your answers...</source>
        <translation>آپ کے جوابات محفوظ ہو رہے ہیں...</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="712"/>
        <source>Your answers are saved.</source>
        <translation>آپ کے جوابات محفوظ ہو گئے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="714"/>
        <source>Sorry, your answers could not be saved. Please tell a member of staff.</source>
        <translation>معذرت، آپ کے جوابات محفوظ نہیں ہو سکے۔ براہ کرم عملے کے کسی رکن کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="718"/>
        <source>Finish</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of %2</source>
        <translation>سوال %1 از %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of about %2</source>
        <translation>سوال %1 از تقریباً %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Send my answers</source>
        <translation>میرے جوابات بھیجیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Next</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="762"/>
        <source>%1, your choice number %2</source>
        <translation>%1، آپ کی پسند نمبر %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="777"/>
        <source>Undo</source>
        <translation>واپس لیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="780"/>
        <source>Type here (you can leave this empty)</source>
        <translation>یہاں لکھیں (آپ اسے خالی چھوڑ سکتے ہیں)</translation>
    </message>
</context>
<context>
    <name>TellUsScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="59"/>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="65"/>
        <source>Tell us what you think</source>
        <translation>ہمیں اپنی رائے بتائیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="67"/>
        <source>Your answers help the council improve its services. We do not ask your name.</source>
        <translation>آپ کے جوابات کونسل کو اپنی خدمات بہتر بنانے میں مدد دیتے ہیں۔ ہم آپ کا نام نہیں پوچھتے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="75"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln سوال</numerusform>
            <numerusform>%Ln سوالات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="77"/>
        <source>%1 to %Ln question(s)</source>
        <translation>
            <numerusform>%1 سے %Ln سوالات</numerusform>
            <numerusform>%1 سے %Ln سوالات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="79"/>
        <source>Quick feedback</source>
        <translation>فوری رائے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="80"/>
        <source>How was your visit today? One touch.</source>
        <translation>آج آپ کی آمد کیسی رہی؟ ایک بار چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="82"/>
        <source>There is no council survey running at the moment.</source>
        <translation>اس وقت کونسل کا کوئی سروے جاری نہیں۔</translation>
    </message>
</context>
<context>
    <name>TicketConfirmScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="264"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="454"/>
        <source>Get my ticket</source>
        <translation>میرا ٹکٹ لیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="330"/>
        <source>Sorry, this service is no longer offered at this hub. Please ask a member of staff.</source>
        <translation>معذرت، یہ سروس اب اس مرکز پر پیش نہیں کی جاتی۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="377"/>
        <source>Sorry, we could not make your ticket. Please ask a member of staff.</source>
        <translation>معذرت، ہم آپ کا ٹکٹ نہیں بنا سکے۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="409"/>
        <source>No one is waiting.</source>
        <translation>کوئی انتظار میں نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="411"/>
        <source>%Ln person(s) waiting.</source>
        <translation>
            <numerusform>%Ln شخص انتظار میں ہے۔</numerusform>
            <numerusform>%Ln لوگ انتظار میں ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="416"/>
        <source>Estimated wait: %1.</source>
        <translation>اندازاً انتظار: %1۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="431"/>
        <source>The hub closes at %1. If you take a ticket now, you may not be seen today. Please ask a member of staff.</source>
        <translation>مرکز %1 بجے بند ہوتا ہے۔ اگر آپ ابھی ٹکٹ لیں تو ہو سکتا ہے آج آپ سے ملاقات نہ ہو سکے۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="439"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="441"/>
        <source>How can we call you? (optional)</source>
        <translation>ہم آپ کو کس نام سے بلائیں؟ (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="440"/>
        <source>Your first name, or leave it empty</source>
        <translation>آپ کا پہلا نام، یا خالی چھوڑ دیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="442"/>
        <source>I need extra help</source>
        <translation>مجھے اضافی مدد چاہیے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="443"/>
        <source>An interpreter</source>
        <translation>ایک مترجم</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="445"/>
        <source>An accessibility need (hearing, sight, mobility, a seat)</source>
        <translation>رسائی کی ضرورت (سننا، دیکھنا، چلنا پھرنا، بیٹھنے کی جگہ)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="448"/>
        <source>Urgent: I am not safe, or I have nowhere to stay tonight</source>
        <translation>فوری: میں محفوظ نہیں، یا آج رات میرے پاس رہنے کی جگہ نہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="68"/>
        <source>Bengali</source>
        <translation>بنگالی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="69"/>
        <source>Sylheti</source>
        <translation>سلہٹی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="70"/>
        <source>Somali</source>
        <translation>صومالی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="71"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="72"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="73"/>
        <source>Polish</source>
        <translation>پولش</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="74"/>
        <source>British Sign Language</source>
        <translation>برطانوی اشاراتی زبان</translation>
    </message>
</context>
<context>
    <name>TicketIssuedScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="161"/>
        <source>You are checked in</source>
        <translation>آپ کا چیک ان ہو گیا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="162"/>
        <source>Your ticket</source>
        <translation>آپ کا ٹکٹ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="222"/>
        <source>You are checked in for your %1 appointment at %2.</source>
        <translation>%2 پر آپ کی %1 ملاقات کے لیے آپ کا چیک ان ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="226"/>
        <source>Please take a seat. An adviser will call your number.</source>
        <translation>براہ کرم تشریف رکھیں۔ ایک مشیر آپ کا نمبر پکارے گا۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="480"/>
        <source>The hub closes at %1. You may not be seen today. Please ask a member of staff.</source>
        <translation>مرکز %1 بجے بند ہوتا ہے۔ ہو سکتا ہے آج آپ سے ملاقات نہ ہو سکے۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="250"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="251"/>
        <source>Scan to follow the queue on your phone</source>
        <translation>اپنے فون پر قطار دیکھنے کے لیے اسکین کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="257"/>
        <source>Your number is</source>
        <translation>آپ کا نمبر ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="259"/>
        <source>Your number is %1</source>
        <translation>آپ کا نمبر %1 ہے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="263"/>
        <source>taken at %1</source>
        <translation>%1 پر لیا گیا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="267"/>
        <source>Estimated wait: %1.</source>
        <translation>اندازاً انتظار: %1۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="281"/>
        <source>Printing your ticket…</source>
        <translation>آپ کا ٹکٹ پرنٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="283"/>
        <source>Please take your ticket from the printer.</source>
        <translation>براہ کرم پرنٹر سے اپنا ٹکٹ لے لیں۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="287"/>
        <source>Sorry, the printer is not working. You are in the queue: please remember your number, or take a photo of this screen. We have told the staff.</source>
        <translation>معذرت، پرنٹر کام نہیں کر رہا۔ آپ قطار میں ہیں: براہ کرم اپنا نمبر یاد رکھیں، یا اس اسکرین کی تصویر لے لیں۔ ہم نے عملے کو بتا دیا ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="293"/>
        <source>Please remember your number, or take a photo of this screen.</source>
        <translation>براہ کرم اپنا نمبر یاد رکھیں، یا اس اسکرین کی تصویر لے لیں۔</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="160"/>
        <location filename="../../hubkiosk/ui/screens/today.py" line="206"/>
        <source>Today at this hub</source>
        <translation>آج اس حب پر</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="184"/>
        <source>none yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="194"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="201"/>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="208"/>
        <source>%1, %2 (from this kiosk&apos;s records)</source>
        <translation>%1، %2 (اس کیوسک کے ریکارڈ سے)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="213"/>
        <source>Visits today</source>
        <translation>آج کی آمد</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="215"/>
        <source>Not called before closing</source>
        <translation>بند ہونے سے پہلے نہیں بلایا گیا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="217"/>
        <source>Waiting now</source>
        <translation>اب انتظار میں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="218"/>
        <source>Median wait (minutes)</source>
        <translation>درمیانی انتظار (منٹ)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="219"/>
        <source>90th percentile wait (minutes)</source>
        <translation>90ویں پرسنٹائل انتظار (منٹ)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="220"/>
        <source>Resolved at first contact (% of visits)</source>
        <translation>پہلے رابطے پر حل (آمد کا %)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="221"/>
        <source>Referrals (% of visits)</source>
        <translation>حوالے (آمد کا %)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="222"/>
        <source>Turned away at appointment check-in</source>
        <translation>ملاقات کے لیے چیک ان نہ ہو سکا</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="226"/>
        <source>Referrals by destination</source>
        <translation>منزل کے لحاظ سے حوالے</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="227"/>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="228"/>
        <source>Back to the adviser screen</source>
        <translation>مشیر کی اسکرین پر واپس</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="232"/>
        <source>Reading…</source>
        <translation>پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="252"/>
        <source>No referrals today.</source>
        <translation>آج کوئی حوالہ نہیں۔</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="51"/>
        <source>less than 5 minutes</source>
        <translation>5 منٹ سے کم</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="53"/>
        <source>about %1 to %2 minutes</source>
        <translation>تقریباً %1 سے %2 منٹ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="61"/>
        <source>You are next in the queue.</source>
        <translation>قطار میں اگلی باری آپ کی ہے۔</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="62"/>
        <source>You are number %1 in the queue.</source>
        <translation>آپ قطار میں نمبر %1 پر ہیں۔</translation>
    </message>
</context>
</TS>
