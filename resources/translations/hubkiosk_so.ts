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
<context>
    <name>FieldEditor</name>
    <message>
        <source>(optional)</source>
        <translation>(ikhtiyaari)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Maalin</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Sanad</translation>
    </message>
</context>
<context>
    <name>FinderScreen</name>
    <message>
        <source>Type a word, for example: bin, council tax, parking.</source>
        <translation>Qor eray, tusaale: bin, council tax, parking.</translation>
    </message>
    <message>
        <source>We could not find that. Try another word, look at all topics, or ask an adviser.</source>
        <translation>Ma aanan helin. Isku day eray kale, eeg dhammaan mowduucyada, ama weydii la-taliye.</translation>
    </message>
    <message>
        <source>Touch the one you need.</source>
        <translation>Taabo midka aad u baahan tahay.</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Raadi adeeg</translation>
    </message>
    <message>
        <source>Find a service or do it now</source>
        <translation>Raadi adeeg ama hadda samee</translation>
    </message>
    <message>
        <source>Touch a picture, or search by typing a word.</source>
        <translation>Taabo sawir, ama ku raadi adoo qoraya eray.</translation>
    </message>
    <message>
        <source>For example: bin, pot hole, council tax</source>
        <translation>Tusaale: bin, pot hole, council tax</translation>
    </message>
    <message>
        <source>Search for a service</source>
        <translation>Raadi adeeg</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <source>See all topics</source>
        <translation>Eeg dhammaan mowduucyada</translation>
    </message>
    <message>
        <source>Ask an adviser instead</source>
        <translation>Halkii weydii la-taliye</translation>
    </message>
    <message>
        <source>Which of these do you need?</source>
        <translation>Kuwan midkee ayaad u baahan tahay?</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <source>Your reference number</source>
        <translation>Lambarkaaga tixraaca</translation>
    </message>
    <message>
        <source>Thank you. We have your request.</source>
        <translation>Mahadsanid. Codsigaaga waan helnay.</translation>
    </message>
    <message>
        <source>Your reference number is:</source>
        <translation>Lambarkaaga tixraacu waa:</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation>Lambarkaaga tixraacu waa %1</translation>
    </message>
    <message>
        <source>Scan with your phone to keep the reference number.</source>
        <translation>Ku sawir taleefankaaga si aad u haysato lambarka tixraaca.</translation>
    </message>
    <message>
        <source>QR code of your reference number</source>
        <translation>Koodhka QR ee lambarkaaga tixraaca</translation>
    </message>
    <message>
        <source>Print my reference</source>
        <translation>Daabac tixraacayga</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Dhammee</translation>
    </message>
    <message>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Waa la daabacay. Ka qaado warqaddaada daabacaha.</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working. Please write the reference number down or take a photo of it.</source>
        <translation>Waan ka xunnahay, daabacuhu ma shaqaynayo. Fadlan qor lambarka tixraaca ama sawir ka qaad.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Change</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Beddel: %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Lagama jawaabin</translation>
    </message>
    <message>
        <source>Please check what you typed: it is not in the form we need.</source>
        <translation>Fadlan hubi waxaad qortay: uma qorna sida aan u baahanahay.</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>Fadlan ka jawaab su'aashan.</translation>
    </message>
    <message>
        <source>Please choose one answer.</source>
        <translation>Fadlan dooro hal jawaab.</translation>
    </message>
    <message>
        <source>Please choose at least one answer.</source>
        <translation>Fadlan dooro ugu yaraan hal jawaab.</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown.</source>
        <translation>Fadlan dooro mid ka mid ah jawaabaha la muujiyay.</translation>
    </message>
    <message>
        <source>Please make this shorter: %1 letters at most.</source>
        <translation>Fadlan gaabi: ugu badnaan %1 xaraf.</translation>
    </message>
    <message>
        <source>Please type a number, for example 3.</source>
        <translation>Fadlan qor tiro, tusaale 3.</translation>
    </message>
    <message>
        <source>Please type a whole number, for example 3.</source>
        <translation>Fadlan qor tiro dhan, tusaale 3.</translation>
    </message>
    <message>
        <source>The number must be %1 or more.</source>
        <translation>Tiradu waa inay noqotaa %1 ama ka badan.</translation>
    </message>
    <message>
        <source>The number must be %1 or less.</source>
        <translation>Tiradu waa inay noqotaa %1 ama ka yar.</translation>
    </message>
    <message>
        <source>Please type a real date: the day, month and year, for example 18 11 2026.</source>
        <translation>Fadlan qor taariikh sax ah: maalinta, bisha iyo sanadka, tusaale 18 11 2026.</translation>
    </message>
    <message>
        <source>The date must be today or earlier.</source>
        <translation>Taariikhdu waa inay noqotaa maanta ama ka hor.</translation>
    </message>
    <message>
        <source>The date must be today or later.</source>
        <translation>Taariikhdu waa inay noqotaa maanta ama ka dib.</translation>
    </message>
    <message>
        <source>Please type a full UK postcode, for example E3 2BS.</source>
        <translation>Fadlan qor koodhka boostada UK oo dhammaystiran, tusaale E3 2BS.</translation>
    </message>
    <message>
        <source>Please type a UK phone number, for example 07700 900123.</source>
        <translation>Fadlan qor lambar taleefan UK, tusaale 07700 900123.</translation>
    </message>
    <message>
        <source>Please type an email address, for example name@example.com.</source>
        <translation>Fadlan qor cinwaan iimayl, tusaale name@example.com.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Fadlan hubi jawaabtan.</translation>
    </message>
    <message>
        <source>Last step: check and send</source>
        <translation>Tallaabada ugu dambaysa: hubi oo dir</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Su'aasha %1 ee %2</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Su'aashii hore</translation>
    </message>
    <message>
        <source>Check your answers. Touch Change to correct one, or Send when it is right.</source>
        <translation>Hubi jawaabahaaga. Taabo Beddel si aad mid u saxdo, ama Dir marka ay sax yihiin.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Xiga</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Waa la dirayaa…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Dir</translation>
    </message>
    <message>
        <source>Sorry, your request could not be saved. Touch Send to try again, or ask a member of staff.</source>
        <translation>Waan ka xunnahay, codsigaaga lama kaydin karin. Taabo Dir si aad mar kale isugu daydo, ama weydii shaqaale.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Meel bannaan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Dhammaad</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Xaraf weyn</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Tirooyin iyo calaamado</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Xarfo</translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <translation>Kiiboodhka shaashadda</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <source>What we can do at the hub</source>
        <translation>Waxa aan ku samayn karno xarunta</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Waxa la keeno</translation>
    </message>
    <message>
        <source>Do it online next time</source>
        <translation>Marka xigta onlayn ku samee</translation>
    </message>
    <message>
        <source>Point your phone camera at the code to open the page.</source>
        <translation>U jeedi kamaradda taleefankaaga koodhka si aad u furto bogga.</translation>
    </message>
    <message>
        <source>QR code of the council's web page for this</source>
        <translation>Koodhka QR ee bogga golaha ee arrintan</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Maxaad jeclaan lahayd inaad samayso?</translation>
    </message>
    <message>
        <source>Do it here now</source>
        <translation>Halkan hadda ku samee</translation>
    </message>
    <message>
        <source>See an adviser</source>
        <translation>La kulan la-taliye</translation>
    </message>
</context>
</TS>