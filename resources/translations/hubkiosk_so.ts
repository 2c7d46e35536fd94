<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="so_SO">
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
        <translation>Gelitaanka la-taliyaha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="81" />
        <source>This is for hub staff. Residents: touch Start again to go back.</source>
        <translation>Tani waa shaqaalaha xarunta. Dadka deegaanka: taabo 'Dib u bilow' si aad dib ugu noqoto.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="83" />
        <source>Adviser PIN</source>
        <translation>PIN-ka la-taliyaha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="84" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="85" />
        <source>Clear</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="86" />
        <source>Sign in</source>
        <translation>Gal</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="97" />
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="124" />
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>PIN khaldan oo badan. Isku day mar kale %1 ilbiriqsi kadib.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="103" />
        <source>Type your PIN, then touch Sign in.</source>
        <translation>Qor PIN-kaaga, kadibna taabo Gal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="129" />
        <source>That PIN is not right. Try again.</source>
        <translation>PIN-kaasi sax maaha. Isku day mar kale.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="64" />
        <source>Home</source>
        <translation>Bogga hore</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="68" />
        <source>Welcome to %1</source>
        <translation>Ku soo dhawoow %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="69" />
        <source>What would you like to do today? Touch a picture to start.</source>
        <translation>Maxaad maanta rabtaa inaad samayso? Taabo sawir si aad u bilowdo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="70" />
        <source>Get a ticket or check in</source>
        <translation>Qaado tigidh ama is-diiwaangeli</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="72" />
        <source>See an adviser, or tell us you have arrived for your appointment</source>
        <translation>La kulan la-taliye, ama noo sheeg inaad u timid ballantaada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="74" />
        <source>Find a service or do it now</source>
        <translation>Raadi adeeg ama hadda samee</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="76" />
        <source>Find help, fill in a simple form, or learn how to do it online</source>
        <translation>Raadi caawimo, buuxi foom fudud, ama baro sida onlaynka loogu sameeyo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="78" />
        <source>Tell us what you think</source>
        <translation>Noo sheeg fikradaada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="79" />
        <source>Answer a few questions about our service</source>
        <translation>Ka jawaab dhowr su'aalood oo ku saabsan adeegeenna</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="80" />
        <source>Most people come to see us about:</source>
        <translation>Dadka badankiisu waxay noogu yimaadaan:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="85" />
        <source>Get a ticket</source>
        <translation>Qaado tigidh</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="96" />
        <source>Are you still there?</source>
        <translation>Weli ma joogtaa?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="99" />
        <source>To keep your details private, the screen will start again when the time runs out.</source>
        <translation>Si xogtaada loo ilaaliyo, shaashaddu dib ayay u bilaabmaysaa marka waqtigu dhammaado.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="102" />
        <source>I need more time</source>
        <translation>Waqti dheeraad ah ayaan u baahanahay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="103" />
        <source>%1 seconds</source>
        <translation>%1 ilbiriqsi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="232" />
        <location filename="../../hubkiosk/ui/main_window.py" line="322" />
        <source>Hub Kiosk</source>
        <translation>Hub Kiosk</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="305" />
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="306" />
        <source>Start again</source>
        <translation>Dib u bilow</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="308" />
        <source>Larger text</source>
        <translation>Qoraal weyn</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="310" />
        <source>Smaller text</source>
        <translation>Qoraal yar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="312" />
        <source>High contrast</source>
        <translation>Midab kala-dheer</translation>
    </message>
</context>
</TS>