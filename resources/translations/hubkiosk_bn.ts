<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="bn_BD">
<context>
    <name>AdviserHomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="210" />
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="242" />
        <source>Adviser and IT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="236" />
        <source>Backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="244" />
        <source>Hub: %1 · Kiosk version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="248" />
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="249" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="250" />
        <source>Leave adviser mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="254" />
        <source>Reading the local store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="256" />
        <source>%1 records wait to be sent to the central server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="260" />
        <source>The oldest has waited %1 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="264" />
        <source>%1 records were set aside for IT (see the log).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="270" />
        <source>%1 backups kept; the newest is from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="275" />
        <source>No backup yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdviserPinScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="76" />
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="79" />
        <source>Adviser sign-in</source>
        <translation>উপদেষ্টা সাইন-ইন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="81" />
        <source>This is for hub staff. Residents: touch Start again to go back.</source>
        <translation>এটি হাবের কর্মীদের জন্য। বাসিন্দারা: ফিরে যেতে 'আবার শুরু করুন' স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="83" />
        <source>Adviser PIN</source>
        <translation>উপদেষ্টার পিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="84" />
        <source>PIN</source>
        <translation>পিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="85" />
        <source>Clear</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="86" />
        <source>Sign in</source>
        <translation>সাইন ইন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="97" />
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="124" />
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>অনেকবার ভুল পিন। %1 সেকেন্ড পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="103" />
        <source>Type your PIN, then touch Sign in.</source>
        <translation>আপনার পিন লিখুন, তারপর সাইন ইন স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="129" />
        <source>That PIN is not right. Try again.</source>
        <translation>পিনটি সঠিক নয়। আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="64" />
        <source>Home</source>
        <translation>শুরুর পাতা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="68" />
        <source>Welcome to %1</source>
        <translation>%1-এ স্বাগতম</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="69" />
        <source>What would you like to do today? Touch a picture to start.</source>
        <translation>আজ আপনি কী করতে চান? শুরু করতে একটি ছবিতে স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="70" />
        <source>Get a ticket or check in</source>
        <translation>টিকিট নিন বা চেক ইন করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="72" />
        <source>See an adviser, or tell us you have arrived for your appointment</source>
        <translation>একজন উপদেষ্টার সাথে দেখা করুন, বা জানান যে আপনি অ্যাপয়েন্টমেন্টের জন্য এসেছেন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="74" />
        <source>Find a service or do it now</source>
        <translation>সেবা খুঁজুন বা এখনই করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="76" />
        <source>Find help, fill in a simple form, or learn how to do it online</source>
        <translation>সাহায্য খুঁজুন, একটি সহজ ফর্ম পূরণ করুন, বা অনলাইনে কীভাবে করবেন তা জানুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="78" />
        <source>Tell us what you think</source>
        <translation>আপনার মতামত জানান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="79" />
        <source>Answer a few questions about our service</source>
        <translation>আমাদের সেবা নিয়ে কয়েকটি প্রশ্নের উত্তর দিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="80" />
        <source>Most people come to see us about:</source>
        <translation>বেশিরভাগ মানুষ যে বিষয়ে আসেন:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="85" />
        <source>Get a ticket</source>
        <translation>টিকিট নিন</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="96" />
        <source>Are you still there?</source>
        <translation>আপনি কি এখনও আছেন?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="99" />
        <source>To keep your details private, the screen will start again when the time runs out.</source>
        <translation>আপনার তথ্য গোপন রাখতে, সময় শেষ হলে স্ক্রিনটি আবার শুরু হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="102" />
        <source>I need more time</source>
        <translation>আমার আরও সময় দরকার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="103" />
        <source>%1 seconds</source>
        <translation>%1 সেকেন্ড</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="232" />
        <location filename="../../hubkiosk/ui/main_window.py" line="322" />
        <source>Hub Kiosk</source>
        <translation>হাব কিয়স্ক</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="305" />
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="306" />
        <source>Start again</source>
        <translation>আবার শুরু করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="308" />
        <source>Larger text</source>
        <translation>বড় লেখা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="310" />
        <source>Smaller text</source>
        <translation>ছোট লেখা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="312" />
        <source>High contrast</source>
        <translation>উচ্চ কনট্রাস্ট</translation>
    </message>
</context>
</TS>