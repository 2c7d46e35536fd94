<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AdviserHomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="392"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="512"/>
        <source>This kiosk has no central server configured: it keeps everything locally.</source>
        <translation>Ten kiosk nie ma skonfigurowanego serwera centralnego: wszystko przechowuje lokalnie.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="400"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="573"/>
        <source>Adviser and IT</source>
        <translation>Doradca i IT</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="460"/>
        <source>The set-aside records could not be moved back: %1</source>
        <translation>Nie udało się przywrócić odłożonych rekordów: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="478"/>
        <source>nothing waiting, but records are set aside for IT</source>
        <translation>nic nie czeka, ale są rekordy odłożone dla IT</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="480"/>
        <source>everything sent</source>
        <translation>wszystko wysłane</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="483"/>
        <source>Not connected: this kiosk is not enrolled or its token was revoked. Ask IT to enrol it again (hubkiosk --enrol URL CODE).</source>
        <translation>Brak połączenia: kiosk nie jest zarejestrowany lub jego token unieważniono. Poproś IT o ponowną rejestrację (hubkiosk --enrol URL CODE).</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="487"/>
        <source>The central server needs a newer kiosk version. Ask IT to update this kiosk.</source>
        <translation>Serwer centralny wymaga nowszej wersji kiosku. Poproś IT o aktualizację.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="490"/>
        <source>Not synced yet; %1.</source>
        <translation>Jeszcze nie zsynchronizowano; %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="493"/>
        <source>Working offline; %1. Nothing is lost: records are sent when the server can be reached.</source>
        <translation>Praca bez połączenia; %1. Nic nie ginie: rekordy zostaną wysłane, gdy serwer będzie dostępny.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="496"/>
        <source>Synced with the central server; %1.</source>
        <translation>Zsynchronizowano z serwerem centralnym; %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="499"/>
        <source>Last success at %1.</source>
        <translation>Ostatni sukces o %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="473"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="514"/>
        <source>%Ln record(s) wait to be sent</source>
        <translation>
            <numerusform>%Ln rekord czeka na wysłanie</numerusform>
            <numerusform>%Ln rekordy czekają na wysłanie</numerusform>
            <numerusform>%Ln rekordów czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="476"/>
        <source>(the oldest for %Ln minute(s))</source>
        <translation>
            <numerusform>(najstarszy od %Ln minuty)</numerusform>
            <numerusform>(najstarszy od %Ln minut)</numerusform>
            <numerusform>(najstarszy od %Ln minut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="501"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="516"/>
        <source>%Ln record(s) set aside for IT (see the log).</source>
        <translation>
            <numerusform>%Ln rekord odłożono dla IT (zob. dziennik).</numerusform>
            <numerusform>%Ln rekordy odłożono dla IT (zob. dziennik).</numerusform>
            <numerusform>%Ln rekordów odłożono dla IT (zob. dziennik).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="505"/>
        <source>Last error: %1</source>
        <translation>Ostatni błąd: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="507"/>
        <source>Configuration: %1</source>
        <translation>Konfiguracja: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="570"/>
        <source>Backup failed: %1</source>
        <translation>Kopia zapasowa nie powiodła się: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="575"/>
        <source>Hub: %1 · Kiosk version %2</source>
        <translation>Punkt: %1 · Wersja kiosku %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="579"/>
        <source>Back up now</source>
        <translation>Zrób kopię teraz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="428"/>
        <source>Syncing with the central server…</source>
        <translation>Synchronizacja z serwerem centralnym…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="528"/>
        <source>%Ln survey answer(s) or feedback are held until the end of their hour, so they cannot be linked to a visit.</source>
        <translation>
            <numerusform>%Ln odpowiedź w ankiecie lub opinia czeka do końca swojej godziny, aby nie dało się jej powiązać z wizytą.</numerusform>
            <numerusform>%Ln odpowiedzi w ankiecie lub opinie czekają do końca swojej godziny, aby nie dało się ich powiązać z wizytą.</numerusform>
            <numerusform>%Ln odpowiedzi w ankiecie lub opinii czeka do końca swojej godziny, aby nie dało się ich powiązać z wizytą.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="543"/>
        <source>The personal details of %Ln of them were cleared after %1 days; the records are kept.</source>
        <translation>
            <numerusform>Dane osobowe %Ln z nich usunięto po %1 dniach; rekord jest zachowany.</numerusform>
            <numerusform>Dane osobowe %Ln z nich usunięto po %1 dniach; rekordy są zachowane.</numerusform>
            <numerusform>Dane osobowe %Ln z nich usunięto po %1 dniach; rekordy są zachowane.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="549"/>
        <source>Personal details in set-aside records (names, phone numbers, answers) are cleared %1 days after they were set aside, next on %2.</source>
        <translation>Dane osobowe w odłożonych rekordach (imiona i nazwiska, numery telefonów, odpowiedzi) są usuwane %1 dni po ich odłożeniu; najbliższe %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="580"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="581"/>
        <source>Send set-aside records again</source>
        <translation>Wyślij ponownie odłożone rekordy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="582"/>
        <source>Leave adviser mode</source>
        <translation>Wyjdź z trybu doradcy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="583"/>
        <source>Queue and desks</source>
        <translation>Kolejka i stanowiska</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="584"/>
        <source>Help a resident</source>
        <translation>Pomóż mieszkańcowi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="585"/>
        <source>Today at this hub</source>
        <translation>Dziś w tym punkcie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="596"/>
        <source>Reading the local store…</source>
        <translation>Odczyt danych lokalnych…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="603"/>
        <source>%Ln backup(s) kept; the newest is from %1.</source>
        <translation>
            <numerusform>%Ln kopia zapasowa; najnowsza z %1.</numerusform>
            <numerusform>%Ln kopie zapasowe; najnowsza z %1.</numerusform>
            <numerusform>%Ln kopii zapasowych; najnowsza z %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="608"/>
        <source>No backup yet.</source>
        <translation>Brak kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>AdviserPinScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="135"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="138"/>
        <source>Adviser sign-in</source>
        <translation>Logowanie doradcy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="142"/>
        <source>Finished helping. Adviser: type your PIN to go back to your screens. Residents: touch Start again to go back.</source>
        <translation>Pomoc zakończona. Doradco: wpisz PIN, aby wrócić do swoich ekranów. Mieszkańcy: dotknij Zacznij od nowa, aby wrócić.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="148"/>
        <source>This is for hub staff. Residents: touch Start again to go back.</source>
        <translation>To jest dla personelu. Mieszkańcy: dotknij Zacznij od nowa, aby wrócić.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="153"/>
        <source>No adviser PIN is set on this kiosk yet, so no PIN works. IT sets one on the central server (hubkiosk-server adviser add ...), which sends it to the kiosks, or in this kiosk&apos;s adviser_pin_hash setting.</source>
        <translation>Ten kiosk nie ma jeszcze PIN-u doradcy, więc żaden PIN nie działa. IT ustawia go na serwerze centralnym (hubkiosk-server adviser add ...), który wysyła go do kiosków, albo w ustawieniu adviser_pin_hash tego kiosku.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="158"/>
        <source>Adviser PIN</source>
        <translation>PIN doradcy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="159"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="160"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="161"/>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="191"/>
        <source>This adviser&apos;s access was withdrawn. Ask IT if this is wrong.</source>
        <translation>Dostęp tego doradcy został cofnięty. Jeśli to pomyłka, zapytaj dział IT.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="192"/>
        <source>Type your PIN, then touch Sign in.</source>
        <translation>Wpisz PIN i dotknij Zaloguj.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="193"/>
        <source>Sign-in could not be checked. Please try again.</source>
        <translation>Nie udało się sprawdzić logowania. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="194"/>
        <source>No adviser PIN is set on this kiosk yet.</source>
        <translation>Ten kiosk nie ma jeszcze PIN-u doradcy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="196"/>
        <source>Adviser sign-in is locked after too many wrong PINs. It opens again in %Ln minute(s), or sooner if IT unlocks it (hubkiosk --unlock-advisers, or a new PIN from the central server: hubkiosk-server adviser pin).</source>
        <translation>
            <numerusform>Logowanie doradców jest zablokowane po zbyt wielu błędnych PIN-ach. Otworzy się ponownie za %Ln minutę lub wcześniej, jeśli dział IT je odblokuje (hubkiosk --unlock-advisers albo nowy PIN z serwera centralnego: hubkiosk-server adviser pin).</numerusform>
            <numerusform>Logowanie doradców jest zablokowane po zbyt wielu błędnych PIN-ach. Otworzy się ponownie za %Ln minuty lub wcześniej, jeśli dział IT je odblokuje (hubkiosk --unlock-advisers albo nowy PIN z serwera centralnego: hubkiosk-server adviser pin).</numerusform>
            <numerusform>Logowanie doradców jest zablokowane po zbyt wielu błędnych PIN-ach. Otworzy się ponownie za %Ln minut lub wcześniej, jeśli dział IT je odblokuje (hubkiosk --unlock-advisers albo nowy PIN z serwera centralnego: hubkiosk-server adviser pin).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="203"/>
        <source>This PIN cannot be used on this kiosk. Ask IT.</source>
        <translation>Tego PIN-u nie można użyć w tym kiosku. Zapytaj dział IT.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="205"/>
        <source>Too many wrong PINs. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %Ln minutę.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %Ln minuty.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %Ln minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="207"/>
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %Ln sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %Ln sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %Ln sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="208"/>
        <source>That PIN is not right. Try again.</source>
        <translation>Ten PIN jest nieprawidłowy. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>AdviserQueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="396"/>
        <source>That did not work: %1</source>
        <translation>Nie udało się: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="403"/>
        <source>That ticket is not in today&apos;s queue.</source>
        <translation>Tego numeru nie ma w dzisiejszej kolejce.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="404"/>
        <source>Finish the ticket at this desk first.</source>
        <translation>Najpierw zakończ numer przy tym stanowisku.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="405"/>
        <source>Only a called ticket can be called again.</source>
        <translation>Ponownie można wezwać tylko wezwany numer.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="407"/>
        <source>Only a called ticket can be marked as did not come.</source>
        <translation>Tylko wezwany numer można oznaczyć jako Nie przyszedł.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="409"/>
        <source>A finished ticket cannot be transferred.</source>
        <translation>Zakończonego numeru nie można przekazać.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="410"/>
        <source>That service is not in the catalogue.</source>
        <translation>Tej usługi nie ma w katalogu.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="411"/>
        <source>The ticket is already in that queue.</source>
        <translation>Ten numer jest już w tej kolejce.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="412"/>
        <source>Call the ticket before recording it as served.</source>
        <translation>Wezwij numer, zanim zapiszesz go jako obsłużony.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="413"/>
        <source>Say which service the resident was referred to.</source>
        <translation>Wskaż, do której usługi skierowano mieszkańca.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="415"/>
        <source>Type only the organisation&apos;s name: no phone number, e-mail address or postcode. The managers&apos; report shows it as typed.</source>
        <translation>Wpisz tylko nazwę organizacji: bez numeru telefonu, adresu e-mail ani kodu pocztowego. Raport dla kierowników pokazuje ją tak, jak została wpisana.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="433"/>
        <source>No ticket at this desk: touch Call next first.</source>
        <translation>Brak numeru przy tym stanowisku: najpierw dotknij Wezwij następnego.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="421"/>
        <source>Choose your desk first: touch its number.</source>
        <translation>Najpierw wybierz swoje stanowisko: dotknij jego numeru.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="261"/>
        <source>Desk %1 is %2&apos;s today. Touch %1 again to use it too.</source>
        <translation>Stanowisko %1 należy dziś do: %2. Dotknij %1 ponownie, aby też z niego korzystać.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="353"/>
        <source>kiosk in %1</source>
        <translation>język kiosku: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="356"/>
        <source>appointment at %1</source>
        <translation>wizyta umówiona na %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="458"/>
        <source>No one is waiting.</source>
        <translation>Nikt teraz nie czeka.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="508"/>
        <source>%1 is marked as not here. If they come after all, touch Call again.</source>
        <translation>%1 oznaczono jako nieobecny. Jeśli jednak przyjdzie, dotknij Wezwij ponownie.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="575"/>
        <source>Type the name of the organisation.</source>
        <translation>Wpisz nazwę organizacji.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="690"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="713"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="714"/>
        <source>Your desk:</source>
        <translation>Twoje stanowisko:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="719"/>
        <source>Call next</source>
        <translation>Wezwij następnego</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="720"/>
        <source>Call again</source>
        <translation>Wezwij ponownie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="721"/>
        <source>Did not come</source>
        <translation>Nie przyszedł</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="722"/>
        <source>Transfer to which service</source>
        <translation>Przekaż do której usługi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="723"/>
        <source>Transfer</source>
        <translation>Przekaż</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="724"/>
        <source>Served: resolved</source>
        <translation>Obsłużono: rozwiązano</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="725"/>
        <source>Served: follow-up booked</source>
        <translation>Obsłużono: umówiono kolejną wizytę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="726"/>
        <source>Served: referred</source>
        <translation>Obsłużono: skierowano</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="727"/>
        <source>Hand the screen to the resident: how was the visit?</source>
        <translation>Przekaż ekran mieszkańcowi: jak minęła wizyta?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="728"/>
        <source>Referred to which service?</source>
        <translation>Skierowano do której usługi?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="729"/>
        <source>Another organisation</source>
        <translation>Inna organizacja</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="730"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="731"/>
        <source>Name of the organisation</source>
        <translation>Nazwa organizacji</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="732"/>
        <source>Save the referral</source>
        <translation>Zapisz skierowanie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="733"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="750"/>
        <source>No one at Desk %1 now.</source>
        <translation>Teraz nikogo przy stanowisku %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="759"/>
        <source>At Desk %1: %2 (%3)</source>
        <translation>Przy stanowisku %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="343"/>
        <source>urgent</source>
        <translation>pilne</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="344"/>
        <source>needs an interpreter</source>
        <translation>potrzebny tłumacz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="345"/>
        <source>accessibility need</source>
        <translation>potrzeba dostępności</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="756"/>
        <source>name: %1</source>
        <translation>imię: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="333"/>
        <source>A service no longer offered</source>
        <translation>Usługa, której już nie oferujemy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="350"/>
        <source>language: %1</source>
        <translation>język: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="358"/>
        <source>appointment</source>
        <translation>wizyta umówiona</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="768"/>
        <source>Reading the queue…</source>
        <translation>Odczyt kolejki…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="784"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="785"/>
        <source>Waiting:</source>
        <translation>Czekają:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="782"/>
        <source>No one waiting.</source>
        <translation>Nikt nie czeka.</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="314"/>
        <source>Please type your booking reference.</source>
        <translation>Wpisz numer rezerwacji.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="324"/>
        <source>Please type your whole phone number.</source>
        <translation>Wpisz pełny numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="327"/>
        <source>Please type the first 3 letters of your surname (family name).</source>
        <translation>Wpisz pierwsze 3 litery nazwiska.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="338"/>
        <source>Checking your booking, please wait…</source>
        <translation>Sprawdzamy rezerwację, proszę czekać…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="430"/>
        <source>Sorry, something went wrong. Please ask a member of staff.</source>
        <translation>Przepraszamy, coś poszło nie tak. Zapytaj pracownika.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="464"/>
        <source>More than one booking has those numbers</source>
        <translation>Te cyfry pasują do więcej niż jednej rezerwacji</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="466"/>
        <source>Please type your whole booking reference, with its letters (for example HK-4821), or use your phone number instead.</source>
        <translation>Wpisz pełny numer rezerwacji z literami (np. HK-4821) albo użyj numeru telefonu.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="474"/>
        <source>We could not find your appointment</source>
        <translation>Nie znaleźliśmy Twojej wizyty</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="476"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>Sprawdź, co wpisano, i spróbuj ponownie. Numer rezerwacji wygląda jak HK-4821. Jeśli nadal nie działa, pomoże pracownik tego punktu albo znajdź pobliski punkt bez umawiania.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="482"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff can help, or you can take a walk-in ticket.</source>
        <translation>Sprawdź, co wpisano, i spróbuj ponownie. Numer rezerwacji wygląda jak HK-4821. Jeśli nadal nie działa, pomoże pracownik albo możesz pobrać numer bez umówienia.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="492"/>
        <source>You are early</source>
        <translation>Jesteś za wcześnie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="495"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or find a drop-in hub near here if you would like to see someone sooner.</source>
        <translation>Twoja wizyta jest o %1. Zgłosić przybycie możesz od %2. Wróć wtedy albo znajdź pobliski punkt bez umawiania, jeśli chcesz zostać przyjęty wcześniej.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="501"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or take a walk-in ticket if you would like to see someone sooner.</source>
        <translation>Twoja wizyta jest o %1. Zgłosić przybycie możesz od %2. Wróć wtedy albo pobierz numer bez umówienia, jeśli chcesz zostać przyjęty wcześniej.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="513"/>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="533"/>
        <source>Your appointment time has passed</source>
        <translation>Godzina Twojej wizyty minęła</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="516"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>Twoja wizyta była o %1. Przykro nam, jest już za późno, by zgłosić przybycie. Poproś pracownika tego punktu o nowy termin albo znajdź pobliski punkt bez umawiania, by porozmawiać z następnym wolnym doradcą.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="522"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>Twoja wizyta była o %1. Przykro nam, jest już za późno, by zgłosić przybycie. Możesz pobrać numer bez umówienia do następnego wolnego doradcy lub poprosić pracownika o nowy termin.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="536"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>Twoja wizyta była %1 o %2. Przykro nam, ten dzień już minął. Poproś pracownika tutaj o nowy termin albo znajdź pobliski punkt bez umawiania, aby spotkać się z pierwszym wolnym doradcą.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="542"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>Twoja wizyta była %1 o %2. Przykro nam, ten dzień już minął. Możesz wziąć bilet bez umawiania, aby spotkać się z pierwszym wolnym doradcą, albo poprosić pracownika o nowy termin.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="554"/>
        <source>Your appointment is on another day</source>
        <translation>Twoja wizyta jest innego dnia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="557"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can find a drop-in hub near here.</source>
        <translation>Twoja wizyta jest %1 o %2. Wróć wtedy. Jeśli potrzebujesz pomocy dziś, znajdź pobliski punkt bez umawiania.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="562"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can take a walk-in ticket.</source>
        <translation>Twoja wizyta jest %1 o %2. Wróć wtedy. Jeśli potrzebujesz pomocy dziś, pobierz numer bez umówienia.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="575"/>
        <source>Your appointment is at %1 today at %2.</source>
        <translation>Twoja wizyta jest dziś w %1 o %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="577"/>
        <source>Your appointment is at %1 on %3 at %2.</source>
        <translation>Twoja wizyta jest w %1, %3 o %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="580"/>
        <source>Your appointment is at another hub</source>
        <translation>Twoja wizyta jest w innym punkcie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="585"/>
        <source>Please go there. If you cannot, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>Udaj się tam. Jeśli nie możesz, pomoże pracownik tego punktu albo znajdź pobliski punkt bez umawiania.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="590"/>
        <source>Please go there. If you would rather be seen here, take a walk-in ticket.</source>
        <translation>Udaj się tam. Jeśli wolisz zostać przyjęty tutaj, pobierz numer bez umówienia.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="599"/>
        <source>Check in for an appointment</source>
        <translation>Zgłoś przybycie na wizytę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="625"/>
        <source>Check in for your appointment</source>
        <translation>Zgłoś przybycie na swoją wizytę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="626"/>
        <source>Use my booking reference</source>
        <translation>Użyj numeru rezerwacji</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="627"/>
        <source>Use my phone number</source>
        <translation>Użyj numeru telefonu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="628"/>
        <source>Your booking reference (it looks like HK-4821):</source>
        <translation>Numer rezerwacji (wygląda jak HK-4821):</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="629"/>
        <source>Booking reference</source>
        <translation>Numer rezerwacji</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="631"/>
        <source>Your phone number:</source>
        <translation>Twój numer telefonu:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="632"/>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="633"/>
        <source>First 3 letters of your surname:</source>
        <translation>Pierwsze 3 litery nazwiska:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="634"/>
        <source>First letters of your surname</source>
        <translation>Pierwsze litery nazwiska</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="635"/>
        <source>Check in</source>
        <translation>Zgłoś przybycie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Find a drop-in hub</source>
        <translation>Znajdź punkt bez umawiania</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Get a walk-in ticket</source>
        <translation>Pobierz numer bez umówienia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="642"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="643"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>AssistedBanner</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="72"/>
        <source>Helping you: %1, Residents&apos; Hub adviser</source>
        <translation>Pomaga Ci: %1, doradca punktu dla mieszkańców</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="74"/>
        <source>Helping you: a Residents&apos; Hub adviser</source>
        <translation>Pomaga Ci doradca punktu dla mieszkańców</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="77"/>
        <source>Hand back</source>
        <translation>Oddaj</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="78"/>
        <source>Finish helping</source>
        <translation>Zakończ pomoc</translation>
    </message>
</context>
<context>
    <name>CallingDisplay</name>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="374"/>
        <source>Hub Kiosk · calling display</source>
        <translation>Hub Kiosk · ekran wezwań</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="401"/>
        <source>Now calling</source>
        <translation>Teraz wzywamy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="376"/>
        <source>Called before</source>
        <translation>Wezwani wcześniej</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="377"/>
        <source>Waiting now</source>
        <translation>Teraz czekają</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="406"/>
        <source>The hub has closed for today</source>
        <translation>Punkt jest już dziś zamknięty</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="412"/>
        <source>The hub is closed for a break</source>
        <translation>Punkt ma teraz przerwę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="413"/>
        <source>Calls start again at %1.</source>
        <translation>Wywoływanie numerów wznowimy o %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="415"/>
        <source>The hub is not open yet</source>
        <translation>Punkt jest jeszcze zamknięty</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="416"/>
        <source>Calls start at %1.</source>
        <translation>Wywoływanie numerów zaczniemy o %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="419"/>
        <source>Please go to Desk %1</source>
        <translation>Podejdź do stanowiska %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="423"/>
        <source>Please wait to be called</source>
        <translation>Poczekaj na wezwanie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="433"/>
        <source>Desk %1</source>
        <translation>Stanowisko %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="444"/>
        <source>If your number was not called, please ask a member of staff.</source>
        <translation>Jeśli numer nie został wywołany, zapytaj pracownika.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="448"/>
        <source>No one is waiting</source>
        <translation>Nikt nie czeka</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="197"/>
        <source>Sorry, the hub is closed now</source>
        <translation>Przepraszamy, punkt jest teraz zamknięty</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="199"/>
        <source>Sorry, the hub is closed today</source>
        <translation>Przepraszamy, punkt jest dziś zamknięty</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="203"/>
        <source>Sorry, check-in is closed now</source>
        <translation>Przepraszamy, zgłoszenia są teraz zamknięte</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="206"/>
        <source>You can check in for your appointment while the hub is open.</source>
        <translation>Zgłosić przybycie na wizytę można, gdy punkt jest otwarty.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="208"/>
        <source>You can get a ticket while the hub is open.</source>
        <translation>Numer można pobrać, gdy punkt jest otwarty.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="215"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="216"/>
        <source>See opening times</source>
        <translation>Zobacz godziny otwarcia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="217"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="218"/>
        <source>Find a service or do it online</source>
        <translation>Znajdź usługę lub załatw online</translation>
    </message>
</context>
<context>
    <name>ConsentLine</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="137"/>
        <source>the adviser</source>
        <translation>doradca</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="149"/>
        <source>Resident: I agree that %1 typed my answers for me, and I have checked them.</source>
        <translation>Mieszkaniec: zgadzam się, że %1 wpisał(a) moje odpowiedzi za mnie, i je sprawdziłem(-am).</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="153"/>
        <source>Please touch I agree before sending.</source>
        <translation>Przed wysłaniem dotknij Zgadzam się.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>I agree</source>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>Agreed</source>
        <translation>Zgoda wyrażona</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="161"/>
        <source>I agree that the adviser typed my answers</source>
        <translation>Zgadzam się, że doradca wpisał moje odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="140"/>
        <source>Resident: I agree that %1 typed some of my answers for me, and I have checked them.</source>
        <translation>Mieszkaniec: zgadzam się, że %1 wpisał(a) część moich odpowiedzi za mnie, i je sprawdziłem(-am).</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="145"/>
        <source>Resident: I agree that %1 helped me with this form, and I have checked my answers.</source>
        <translation>Mieszkaniec: zgadzam się, że %1 pomógł(-ogła) mi z tym formularzem, i sprawdziłem(-am) moje odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="157"/>
        <source>I agree that the adviser typed some of my answers</source>
        <translation>Zgadzam się, że doradca wpisał część moich odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="159"/>
        <source>I agree that the adviser helped me with this form</source>
        <translation>Zgadzam się, że doradca pomógł mi z tym formularzem</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="187"/>
        <source>Quick feedback</source>
        <translation>Szybka opinia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="332"/>
        <source>Your comment: %1</source>
        <translation>Twój komentarz: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="337"/>
        <source>How was your visit today?</source>
        <translation>Jak minęła dzisiejsza wizyta?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="338"/>
        <source>Touch a face. We do not ask your name.</source>
        <translation>Dotknij buźki. Nie pytamy o imię.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="340"/>
        <source>Very poor</source>
        <translation>Bardzo źle</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="341"/>
        <source>Poor</source>
        <translation>Źle</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="342"/>
        <source>OK</source>
        <translation>W porządku</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="343"/>
        <source>Good</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="344"/>
        <source>Very good</source>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="349"/>
        <source>Thank you: your answer “%1” is saved.</source>
        <translation>Dziękujemy: odpowiedź „%1” zapisano.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="354"/>
        <source>What was it mostly about? Choose any that apply, or finish now.</source>
        <translation>Czego głównie dotyczyła? Wybierz pasujące albo zakończ teraz.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="357"/>
        <source>Waiting time</source>
        <translation>Czas oczekiwania</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="358"/>
        <source>Staff helpfulness</source>
        <translation>Pomocność personelu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="359"/>
        <source>Getting my problem solved</source>
        <translation>Rozwiązanie mojej sprawy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="360"/>
        <source>The building and facilities</source>
        <translation>Budynek i udogodnienia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="361"/>
        <source>Information given</source>
        <translation>Udzielone informacje</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="365"/>
        <source>Add a comment</source>
        <translation>Dodaj komentarz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="367"/>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="376"/>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="368"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="370"/>
        <source>Write your comment. Please do not write your name or contact details.</source>
        <translation>Napisz komentarz. Nie podawaj imienia ani danych kontaktowych.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="372"/>
        <source>Your comment</source>
        <translation>Twój komentarz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="373"/>
        <source>Type here</source>
        <translation>Pisz tutaj</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="374"/>
        <source>Thank you</source>
        <translation>Dziękujemy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="375"/>
        <source>Your feedback helps us make the hubs better.</source>
        <translation>Twoja opinia pomaga nam ulepszać punkty.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="237"/>
        <source>(optional)</source>
        <translation>(opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
</context>
<context>
    <name>FinderScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="290"/>
        <source>Type a word, for example: bin, council tax, parking.</source>
        <translation>Wpisz słowo, np.: śmieci, podatek lokalny, parkowanie.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="295"/>
        <source>We could not find that. Try another word, look at all topics, or ask an adviser.</source>
        <translation>Nie znaleźliśmy tego. Spróbuj innego słowa, przejrzyj wszystkie tematy lub zapytaj doradcę.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="300"/>
        <source>Touch the one you need.</source>
        <translation>Dotknij tego, czego potrzebujesz.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="304"/>
        <source>Find a service</source>
        <translation>Znajdź usługę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="307"/>
        <source>Find a service or do it now</source>
        <translation>Znajdź usługę lub załatw teraz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="308"/>
        <source>For example: bin, pothole, council tax</source>
        <translation>Np.: śmieci, dziura, podatek</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="309"/>
        <source>Search for a service</source>
        <translation>Szukaj usługi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="310"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="311"/>
        <source>See all topics</source>
        <translation>Wszystkie tematy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="312"/>
        <source>Ask an adviser instead</source>
        <translation>Zapytaj doradcę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="330"/>
        <source>Which of these do you need?</source>
        <translation>Czego z tego potrzebujesz?</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="116"/>
        <source>Your reference number</source>
        <translation>Twój numer referencyjny</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="120"/>
        <source>Thank you. We have your request.</source>
        <translation>Dziękujemy. Otrzymaliśmy Twoje zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="122"/>
        <source>Your reference number is:</source>
        <translation>Twój numer referencyjny to:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="124"/>
        <source>Your reference number is %1</source>
        <translation>Twój numer referencyjny to %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="129"/>
        <source>Scan with your phone to keep the reference number.</source>
        <translation>Zeskanuj telefonem, aby zachować numer referencyjny.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="130"/>
        <source>QR code of your reference number</source>
        <translation>Kod QR Twojego numeru referencyjnego</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="131"/>
        <source>Print my reference</source>
        <translation>Wydrukuj mój numer</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="132"/>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="134"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Wydrukowano. Odbierz wydruk z drukarki.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="138"/>
        <source>Sorry, the printer is not working. Please write the reference number down or take a photo of it.</source>
        <translation>Przepraszamy, drukarka nie działa. Zapisz numer referencyjny lub zrób mu zdjęcie.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="512"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="513"/>
        <source>Change: %1</source>
        <translation>Zmień: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="507"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="531"/>
        <source>Not answered</source>
        <translation>Bez odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="524"/>
        <source>The answers you typed are shown on the screen, not read aloud.</source>
        <translation>Wpisane odpowiedzi są widoczne na ekranie, nie są czytane na głos.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="604"/>
        <source>Please check what you typed: it is not in the form we need.</source>
        <translation>Sprawdź, co wpisano: to nie jest wymagany format.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="606"/>
        <source>Please answer this question.</source>
        <translation>Odpowiedz na to pytanie.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="607"/>
        <source>Please choose one answer.</source>
        <translation>Wybierz jedną odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="608"/>
        <source>Please choose at least one answer.</source>
        <translation>Wybierz co najmniej jedną odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="609"/>
        <source>Please choose one of the answers shown.</source>
        <translation>Wybierz jedną z pokazanych odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="610"/>
        <source>Please make this shorter: %1 letters at most.</source>
        <translation>Skróć to: najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="611"/>
        <source>Please type a number, for example 3.</source>
        <translation>Wpisz liczbę, np. 3.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="612"/>
        <source>Please type a whole number, for example 3.</source>
        <translation>Wpisz liczbę całkowitą, np. 3.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="613"/>
        <source>The number must be %1 or more.</source>
        <translation>Liczba musi wynosić co najmniej %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="614"/>
        <source>The number must be %1 or less.</source>
        <translation>Liczba musi wynosić najwyżej %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="616"/>
        <source>Please type a real date: the day, month and year, for example 18 11 2026.</source>
        <translation>Wpisz prawdziwą datę: dzień, miesiąc i rok, np. 18 11 2026.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="618"/>
        <source>The date must be today or earlier.</source>
        <translation>Data musi być dzisiejsza lub wcześniejsza.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="619"/>
        <source>The date must be today or later.</source>
        <translation>Data musi być dzisiejsza lub późniejsza.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="620"/>
        <source>Please type a full UK postcode, for example E3 2BS.</source>
        <translation>Wpisz pełny brytyjski kod pocztowy, np. E3 2BS.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="621"/>
        <source>Please type a UK phone number, for example 07700 900123.</source>
        <translation>Wpisz brytyjski numer telefonu, np. 07700 900123.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="622"/>
        <source>Please type an email address, for example name@example.com.</source>
        <translation>Wpisz adres e-mail, np. imie@example.com.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="624"/>
        <source>Please check this answer.</source>
        <translation>Sprawdź tę odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="634"/>
        <source>Last step: check and send</source>
        <translation>Ostatni krok: sprawdź i wyślij</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="637"/>
        <source>Question %1 of %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="651"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="653"/>
        <source>Check your answers. Touch Change to correct one, or Send when it is right.</source>
        <translation>Sprawdź odpowiedzi. Dotknij Zmień, aby poprawić, lub Wyślij, gdy wszystko się zgadza.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="657"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="665"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="676"/>
        <source>Sorry, your request could not be saved. Touch Send to try again, or ask a member of staff.</source>
        <translation>Przepraszamy, nie udało się zapisać zgłoszenia. Dotknij Wyślij, aby spróbować ponownie, lub zapytaj pracownika.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="68"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="73"/>
        <source>Welcome to %1</source>
        <translation>Witamy w %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="74"/>
        <source>What would you like to do today? Touch a picture to start.</source>
        <translation>Co chcesz dziś zrobić? Dotknij obrazka, aby zacząć.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="78"/>
        <source>Check in, or find a drop-in hub</source>
        <translation>Zgłoś przybycie lub znajdź punkt bez umawiania</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="80"/>
        <source>Appointments here; drop-in hubs near here see people without one</source>
        <translation>Tu po umówieniu; pobliskie punkty przyjmują bez umawiania</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="83"/>
        <source>Get a ticket or check in</source>
        <translation>Pobierz numer lub zgłoś przybycie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="85"/>
        <source>See an adviser, or tell us you have arrived for your appointment</source>
        <translation>Porozmawiaj z doradcą lub zgłoś przybycie na umówioną wizytę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="87"/>
        <source>Find a service or do it now</source>
        <translation>Znajdź usługę lub załatw teraz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="89"/>
        <source>Find help, fill in a simple form, or learn how to do it online</source>
        <translation>Znajdź pomoc, wypełnij prosty formularz lub dowiedz się, jak załatwić to online</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="91"/>
        <source>Tell us what you think</source>
        <translation>Powiedz nam, co myślisz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="94"/>
        <source>Take part in our customer survey, or tell us how your visit went</source>
        <translation>Weź udział w ankiecie lub powiedz, jak minęła wizyta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="97"/>
        <source>Tell us how your visit went today</source>
        <translation>Powiedz, jak minęła dzisiejsza wizyta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="98"/>
        <source>Most people come to see us about:</source>
        <translation>Najczęściej przychodzą do nas w sprawie:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Find a drop-in hub</source>
        <translation>Znajdź punkt bez umawiania</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Get a ticket</source>
        <translation>Pobierz numer</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="70"/>
        <source>Please ask a member of staff when the hub opens again.</source>
        <translation>Zapytaj pracownika, kiedy punkt będzie znów otwarty.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="77"/>
        <source>Check-in opens again today at %1.</source>
        <translation>Zgłoszenia ruszą znów dziś o %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="81"/>
        <source>Check-in opens again tomorrow at %1.</source>
        <translation>Zgłoszenia ruszą znów jutro o %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="85"/>
        <source>Check-in opens again at %1 on %2.</source>
        <translation>Zgłoszenia ruszą znów o %1, %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="94"/>
        <source>Closed today</source>
        <translation>Dziś zamknięte</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="98"/>
        <source>Closed for the rest of today</source>
        <translation>Zamknięte do końca dnia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="100"/>
        <source>Open today %1</source>
        <translation>Dziś otwarte %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="128"/>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="175"/>
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="179"/>
        <source>To keep residents&apos; details private, you will be signed out when the time runs out.</source>
        <translation>Dla ochrony danych mieszkańców sesja zostanie zamknięta, gdy skończy się czas.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="185"/>
        <source>To keep your details private, the screen will start again when the time runs out.</source>
        <translation>Dla ochrony Twoich danych ekran zacznie od nowa, gdy skończy się czas.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="188"/>
        <source>I need more time</source>
        <translation>Potrzebuję więcej czasu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/main_window.py" line="189"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln sekunda</numerusform>
            <numerusform>%Ln sekundy</numerusform>
            <numerusform>%Ln sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/parts.py" line="172"/>
        <source>This box is full: it takes up to %1 letters.</source>
        <translation>To pole jest pełne: mieści do %1 znaków.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="982"/>
        <location filename="../../hubkiosk/ui/main_window.py" line="984"/>
        <source>Hub Kiosk</source>
        <translation>Hub Kiosk</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="747"/>
        <source>Sorry, this kiosk cannot read aloud in this language. Please ask a member of staff.</source>
        <translation>Przepraszamy, ten kiosk nie umie czytać na głos w tym języku. Zapytaj pracownika.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Offline</source>
        <translation>Bez połączenia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="874"/>
        <source>Touch “%1” in the middle of the screen.</source>
        <translation>Dotknij „%1” na środku ekranu.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="947"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="948"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="950"/>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="952"/>
        <source>Smaller text</source>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="954"/>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="955"/>
        <location filename="../../hubkiosk/ui/main_window.py" line="956"/>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1012"/>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1013"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1014"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1023"/>
        <source>Shift</source>
        <translation>Wielka litera</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1024"/>
        <source>Capital letter</source>
        <translation>Wielka litera</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1025"/>
        <source>123 ?</source>
        <translation>123 ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1026"/>
        <source>Numbers and symbols</source>
        <translation>Cyfry i symbole</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1027"/>
        <source>àé</source>
        <translation>àé</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1028"/>
        <source>Letters with accents</source>
        <translation>Litery z ogonkami i akcentami</translation>
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
        <translation>Litery</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1050"/>
        <source>English letters</source>
        <translation>Litery angielskie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>১২৩ ?</source>
        <translation>১২৩ ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>Bengali numbers and symbols</source>
        <translation>Cyfry i symbole bengalskie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>অআক</source>
        <translation>অআক</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="957"/>
        <source>You typed: %1</source>
        <translation>Wpisano: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>Bengali letters</source>
        <translation>Litery bengalskie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>اب</source>
        <translation>اب</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>Urdu letters</source>
        <translation>Litery urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>۱۲۳ ؟</source>
        <translation>۱۲۳ ؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>Urdu numbers and symbols</source>
        <translation>Cyfry i symbole urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1055"/>
        <source>at sign</source>
        <translation>małpa</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1056"/>
        <source>full stop</source>
        <translation>kropka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1057"/>
        <source>hyphen</source>
        <translation>łącznik</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1058"/>
        <source>apostrophe</source>
        <translation>apostrof</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1059"/>
        <source>underscore</source>
        <translation>podkreślnik</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1060"/>
        <source>slash</source>
        <translation>ukośnik</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1061"/>
        <source>and sign</source>
        <translation>znak et</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1062"/>
        <source>plus</source>
        <translation>znak plus</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1063"/>
        <source>hash</source>
        <translation>krzyżyk</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1064"/>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1065"/>
        <source>colon</source>
        <translation>dwukropek</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1066"/>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1067"/>
        <source>question mark</source>
        <translation>znak zapytania</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1068"/>
        <source>exclamation mark</source>
        <translation>wykrzyknik</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1069"/>
        <source>open bracket</source>
        <translation>nawias otwierający</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1070"/>
        <source>close bracket</source>
        <translation>nawias zamykający</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1071"/>
        <source>quotation mark</source>
        <translation>cudzysłów</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1072"/>
        <source>pound sign</source>
        <translation>znak funta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1081"/>
        <source>hasanta (joins letters)</source>
        <translation>hasanta (łączy litery)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1082"/>
        <source>vowel sign aa</source>
        <translation>znak samogłoski aa</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1083"/>
        <source>vowel sign i</source>
        <translation>znak samogłoski i</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1084"/>
        <source>vowel sign ii</source>
        <translation>znak samogłoski ii</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1085"/>
        <source>vowel sign u</source>
        <translation>znak samogłoski u</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1086"/>
        <source>vowel sign uu</source>
        <translation>znak samogłoski uu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1087"/>
        <source>vowel sign ri</source>
        <translation>znak samogłoski ri</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1088"/>
        <source>vowel sign e</source>
        <translation>znak samogłoski e</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1089"/>
        <source>vowel sign oi</source>
        <translation>znak samogłoski oi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1090"/>
        <source>vowel sign o</source>
        <translation>znak samogłoski o</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1091"/>
        <source>vowel sign ou</source>
        <translation>znak samogłoski ou</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1092"/>
        <source>anusvara</source>
        <translation>anusvara</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1093"/>
        <source>visarga</source>
        <translation>visarga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1094"/>
        <source>chandrabindu</source>
        <translation>chandrabindu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1095"/>
        <source>dari (Bengali full stop)</source>
        <translation>dari (bengalska kropka)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1096"/>
        <source>Urdu full stop</source>
        <translation>Kropka urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1097"/>
        <source>Urdu comma</source>
        <translation>Przecinek urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1098"/>
        <source>Urdu question mark</source>
        <translation>Znak zapytania urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1103"/>
        <source>On-screen keyboard</source>
        <translation>Klawiatura ekranowa</translation>
    </message>
</context>
<context>
    <name>PrinterCheck</name>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="61"/>
        <source>Print a test ticket</source>
        <translation>Wydrukuj numer testowy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="69"/>
        <source>Tickets are not being printed: the printer did not print one in time, so residents are shown their number on screen. Print a test ticket once the printer is on again.</source>
        <translation>Numery nie są drukowane: drukarka nie wydrukowała numeru na czas, więc mieszkańcy widzą swój numer na ekranie. Wydrukuj numer testowy, gdy drukarka znów będzie włączona.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="93"/>
        <source>Printing a test ticket…</source>
        <translation>Drukowanie numeru testowego…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="104"/>
        <source>No ticket printer is configured on this kiosk (setting &apos;printer&apos; is none).</source>
        <translation>Ten kiosk nie ma skonfigurowanej drukarki numerów (ustawienie &apos;printer&apos; to none).</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="107"/>
        <source>The test ticket printed. Check that it is readable.</source>
        <translation>Numer testowy wydrukowano. Sprawdź, czy jest czytelny.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="109"/>
        <source>The printer failed: %1</source>
        <translation>Błąd drukarki: %1</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="112"/>
        <source>Get a ticket or check in</source>
        <translation>Pobierz numer lub zgłoś przybycie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="140"/>
        <source>What do you need help with?</source>
        <translation>W czym potrzebujesz pomocy?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="141"/>
        <source>Touch a picture to get a ticket with your number.</source>
        <translation>Dotknij obrazka, aby pobrać numerek.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>No one waiting</source>
        <translation>Nikt nie czeka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln osoba czeka</numerusform>
            <numerusform>%Ln osoby czekają</numerusform>
            <numerusform>%Ln osób czeka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="151"/>
        <source>I have an appointment</source>
        <translation>Mam umówioną wizytę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="152"/>
        <source>Tell us you have arrived</source>
        <translation>Zgłoś przybycie</translation>
    </message>
</context>
<context>
    <name>RedirectPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="267"/>
        <source>No one is waiting there now</source>
        <translation>Teraz nikt tam nie czeka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="269"/>
        <source>People waiting there now: %1</source>
        <translation>Teraz czeka tam: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="273"/>
        <source>Waits there today: about %1 minutes</source>
        <translation>Czas oczekiwania tam dziś: ok. %1 min</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="282"/>
        <source>This hub sees people by appointment only</source>
        <translation>Ten punkt przyjmuje tylko po umówieniu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="285"/>
        <source>To see an adviser without an appointment, please visit one of these hubs near here. They see people who walk in.</source>
        <translation>Aby porozmawiać z doradcą bez umawiania, odwiedź jeden z pobliskich punktów. Przyjmują osoby bez umówienia.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="297"/>
        <source>%1 miles away</source>
        <translation>%1 mil stąd</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="308"/>
        <source>I have an appointment</source>
        <translation>Mam umówioną wizytę</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <location filename="../../hubkiosk/ui/widgets.py" line="1189"/>
        <source>More below: slide the page up</source>
        <translation>Więcej poniżej: przesuń stronę w górę</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="174"/>
        <source>What we can do at the hub</source>
        <translation>Co możemy zrobić w punkcie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="175"/>
        <source>What to bring</source>
        <translation>Co zabrać</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="176"/>
        <source>Do it online next time</source>
        <translation>Następnym razem załatw online</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="177"/>
        <source>Point your phone camera at the code to open the page.</source>
        <translation>Skieruj aparat telefonu na kod, aby otworzyć stronę.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="178"/>
        <source>QR code of the council&apos;s web page for this</source>
        <translation>Kod QR strony rady gminy w tej sprawie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="179"/>
        <source>What would you like to do?</source>
        <translation>Co chcesz zrobić?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="180"/>
        <source>Do it here now</source>
        <translation>Załatw tu teraz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="181"/>
        <source>See an adviser</source>
        <translation>Porozmawiaj z doradcą</translation>
    </message>
</context>
<context>
    <name>StepBackNote</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="201"/>
        <source>This survey is yours to answer on your own. Adviser: please step back.</source>
        <translation>Tę ankietę wypełniasz samodzielnie. Doradco: odsuń się, proszę.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="203"/>
        <source>Answer on my own</source>
        <translation>Odpowiem sam(a)</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="196"/>
        <source>Survey</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="525"/>
        <source>Statement %1 of %2</source>
        <translation>Stwierdzenie %1 z %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="668"/>
        <source>Choose an answer for each statement to go on.</source>
        <translation>Aby przejść dalej, wybierz odpowiedź dla każdego stwierdzenia.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="670"/>
        <source>Touch at least your first choice to go on.</source>
        <translation>Aby przejść dalej, dotknij co najmniej pierwszego wyboru.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="672"/>
        <source>Choose one or more answers to go on.</source>
        <translation>Aby przejść dalej, wybierz jedną lub więcej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="673"/>
        <source>Choose an answer to go on.</source>
        <translation>Aby przejść dalej, wybierz odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="686"/>
        <source>This survey runs from %1 to %2.</source>
        <translation>Ankieta trwa od %1 do %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="691"/>
        <source>It has %Ln question(s).</source>
        <translation>
            <numerusform>Liczba pytań: %Ln.</numerusform>
            <numerusform>Liczba pytań: %Ln.</numerusform>
            <numerusform>Liczba pytań: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="695"/>
        <source>It has %1 to %Ln question(s), depending on your answers.</source>
        <translation>
            <numerusform>Liczba pytań: od %1 do %Ln, zależnie od odpowiedzi.</numerusform>
            <numerusform>Liczba pytań: od %1 do %Ln, zależnie od odpowiedzi.</numerusform>
            <numerusform>Liczba pytań: od %1 do %Ln, zależnie od odpowiedzi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="701"/>
        <source>Start the survey</source>
        <translation>Rozpocznij ankietę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="702"/>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="704"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="705"/>
        <source>Thank you</source>
        <translation>Dziękujemy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="707"/>
        <source>Your answers will help the council improve its services.</source>
        <translation>Twoje odpowiedzi pomogą radzie gminy ulepszyć usługi.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="711"/>
        <source>Saving your answers...</source>
        <translation>Zapisywanie odpowiedzi...</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="712"/>
        <source>Your answers are saved.</source>
        <translation>Odpowiedzi zapisano.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="714"/>
        <source>Sorry, your answers could not be saved. Please tell a member of staff.</source>
        <translation>Przepraszamy, nie udało się zapisać odpowiedzi. Powiedz o tym pracownikowi.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="718"/>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of about %2</source>
        <translation>Pytanie %1 z około %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Send my answers</source>
        <translation>Wyślij odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="762"/>
        <source>%1, your choice number %2</source>
        <translation>%1, Twój wybór nr %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="777"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="780"/>
        <source>Type here (you can leave this empty)</source>
        <translation>Pisz tutaj (możesz zostawić puste)</translation>
    </message>
</context>
<context>
    <name>TellUsScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="59"/>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="65"/>
        <source>Tell us what you think</source>
        <translation>Powiedz nam, co myślisz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="67"/>
        <source>Your answers help the council improve its services. We do not ask your name.</source>
        <translation>Twoje odpowiedzi pomagają radzie gminy ulepszać usługi. Nie pytamy o imię.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="75"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln pytanie</numerusform>
            <numerusform>%Ln pytania</numerusform>
            <numerusform>%Ln pytań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="77"/>
        <source>%1 to %Ln question(s)</source>
        <translation>
            <numerusform>%1–%Ln pytanie</numerusform>
            <numerusform>%1–%Ln pytania</numerusform>
            <numerusform>%1–%Ln pytań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="79"/>
        <source>Quick feedback</source>
        <translation>Szybka opinia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="80"/>
        <source>How was your visit today? One touch.</source>
        <translation>Jak minęła dzisiejsza wizyta? Jedno dotknięcie.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="82"/>
        <source>There is no council survey running at the moment.</source>
        <translation>Obecnie nie trwa żadna ankieta rady gminy.</translation>
    </message>
</context>
<context>
    <name>TicketConfirmScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="264"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="454"/>
        <source>Get my ticket</source>
        <translation>Pobierz mój numer</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="330"/>
        <source>Sorry, this service is no longer offered at this hub. Please ask a member of staff.</source>
        <translation>Przepraszamy, ta usługa nie jest już oferowana w tym punkcie. Prosimy zapytać pracownika.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="377"/>
        <source>Sorry, we could not make your ticket. Please ask a member of staff.</source>
        <translation>Przepraszamy, nie udało się utworzyć numeru. Zapytaj pracownika.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="409"/>
        <source>No one is waiting.</source>
        <translation>Nikt nie czeka.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="411"/>
        <source>%Ln person(s) waiting.</source>
        <translation>
            <numerusform>Czeka %Ln osoba.</numerusform>
            <numerusform>Czekają %Ln osoby.</numerusform>
            <numerusform>Czeka %Ln osób.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="416"/>
        <source>Estimated wait: %1.</source>
        <translation>Szacowany czas oczekiwania: %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="431"/>
        <source>The hub closes at %1. If you take a ticket now, you may not be seen today. Please ask a member of staff.</source>
        <translation>Punkt zamyka się o %1. Jeśli weźmiesz bilet teraz, możesz nie zostać dziś obsłużony. Zapytaj pracownika.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="439"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="441"/>
        <source>How can we call you? (optional)</source>
        <translation>Jak mamy Cię wywołać? (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="440"/>
        <source>Your first name, or leave it empty</source>
        <translation>Twoje imię albo zostaw puste</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="442"/>
        <source>I need extra help</source>
        <translation>Potrzebuję dodatkowej pomocy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="443"/>
        <source>An interpreter</source>
        <translation>Tłumacz</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="445"/>
        <source>An accessibility need (hearing, sight, mobility, a seat)</source>
        <translation>Potrzeba dostępności (słuch, wzrok, poruszanie się, miejsce do siedzenia)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="448"/>
        <source>Urgent: I am not safe, or I have nowhere to stay tonight</source>
        <translation>Pilne: nie jestem bezpieczny(-a) lub nie mam gdzie spać tej nocy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="68"/>
        <source>Bengali</source>
        <translation>Bengalski</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="69"/>
        <source>Sylheti</source>
        <translation>Sylhecki</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="70"/>
        <source>Somali</source>
        <translation>Somalijski</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="71"/>
        <source>Urdu</source>
        <translation>Język urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="72"/>
        <source>Arabic</source>
        <translation>Arabski</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="73"/>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="74"/>
        <source>British Sign Language</source>
        <translation>Brytyjski język migowy</translation>
    </message>
</context>
<context>
    <name>TicketIssuedScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="161"/>
        <source>You are checked in</source>
        <translation>Przybycie zgłoszone</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="162"/>
        <source>Your ticket</source>
        <translation>Twój numer</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="222"/>
        <source>You are checked in for your %1 appointment at %2.</source>
        <translation>Zgłoszono przybycie na wizytę (%1) o %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="226"/>
        <source>Please take a seat. An adviser will call your number.</source>
        <translation>Usiądź, proszę. Doradca wywoła Twój numer.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="480"/>
        <source>The hub closes at %1. You may not be seen today. Please ask a member of staff.</source>
        <translation>Punkt zamyka się o %1. Możesz nie zostać dziś obsłużony. Zapytaj pracownika.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="250"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="251"/>
        <source>Scan to follow the queue on your phone</source>
        <translation>Zeskanuj, aby śledzić kolejkę w telefonie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="257"/>
        <source>Your number is</source>
        <translation>Twój numer to</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="259"/>
        <source>Your number is %1</source>
        <translation>Twój numer to %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="263"/>
        <source>taken at %1</source>
        <translation>pobrany o %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="267"/>
        <source>Estimated wait: %1.</source>
        <translation>Szacowany czas oczekiwania: %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="281"/>
        <source>Printing your ticket…</source>
        <translation>Drukowanie numeru…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="283"/>
        <source>Please take your ticket from the printer.</source>
        <translation>Odbierz numer z drukarki.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="287"/>
        <source>Sorry, the printer is not working. You are in the queue: please remember your number, or take a photo of this screen. We have told the staff.</source>
        <translation>Przepraszamy, drukarka nie działa. Jesteś w kolejce: zapamiętaj numer lub zrób zdjęcie ekranu. Powiadomiliśmy personel.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="293"/>
        <source>Please remember your number, or take a photo of this screen.</source>
        <translation>Zapamiętaj numer lub zrób zdjęcie ekranu.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="160"/>
        <location filename="../../hubkiosk/ui/screens/today.py" line="206"/>
        <source>Today at this hub</source>
        <translation>Dziś w tym punkcie</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="184"/>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="194"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="201"/>
        <source>Not recorded</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="208"/>
        <source>%1, %2 (from this kiosk&apos;s records)</source>
        <translation>%1, %2 (wg rekordów tego kiosku)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="213"/>
        <source>Visits today</source>
        <translation>Wizyty dziś</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="215"/>
        <source>Not called before closing</source>
        <translation>Niewywołani przed zamknięciem</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="217"/>
        <source>Waiting now</source>
        <translation>Teraz czekają</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="218"/>
        <source>Median wait (minutes)</source>
        <translation>Mediana oczekiwania (min)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="219"/>
        <source>90th percentile wait (minutes)</source>
        <translation>90. percentyl oczekiwania (min)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="220"/>
        <source>Resolved at first contact (% of visits)</source>
        <translation>Rozwiązane przy pierwszym kontakcie (% wizyt)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="221"/>
        <source>Referrals (% of visits)</source>
        <translation>Skierowania (% wizyt)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="222"/>
        <source>Turned away at appointment check-in</source>
        <translation>Nie udało się zgłosić przybycia na wizytę</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="226"/>
        <source>Referrals by destination</source>
        <translation>Skierowania wg miejsca</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="227"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="228"/>
        <source>Back to the adviser screen</source>
        <translation>Wróć do ekranu doradcy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="232"/>
        <source>Reading…</source>
        <translation>Odczyt…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="252"/>
        <source>No referrals today.</source>
        <translation>Dziś brak skierowań.</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="51"/>
        <source>less than 5 minutes</source>
        <translation>mniej niż 5 minut</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="53"/>
        <source>about %1 to %2 minutes</source>
        <translation>ok. %1–%2 minut</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="61"/>
        <source>You are next in the queue.</source>
        <translation>Jesteś następny(-a) w kolejce.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="62"/>
        <source>You are number %1 in the queue.</source>
        <translation>Jesteś na miejscu %1 w kolejce.</translation>
    </message>
</context>
</TS>
