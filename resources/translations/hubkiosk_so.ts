<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so_SO">
<context>
    <name>AdviserHomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="392"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="512"/>
        <source>This kiosk has no central server configured: it keeps everything locally.</source>
        <translation>Kiosk-kan looma habayn server dhexe: wax walba halkan ayuu ku kaydiyaa.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="400"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="573"/>
        <source>Adviser and IT</source>
        <translation>La-taliye iyo IT</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="460"/>
        <source>The set-aside records could not be moved back: %1</source>
        <translation>Diiwaannada IT loo dhigay dib looma celin karin: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="473"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="514"/>
        <source>%Ln record(s) wait to be sent</source>
        <translation>
            <numerusform>%Ln diiwaan ayaa sugaya in la diro</numerusform>
            <numerusform>%Ln diiwaan ayaa sugaya in la diro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="476"/>
        <source>(the oldest for %Ln minute(s))</source>
        <translation>
            <numerusform>(kan ugu da&apos;da weyn %Ln daqiiqo)</numerusform>
            <numerusform>(kan ugu da&apos;da weyn %Ln daqiiqo)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="478"/>
        <source>nothing waiting, but records are set aside for IT</source>
        <translation>waxba ma sugayaan, laakiin diiwaanno ayaa IT loo dhigay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="480"/>
        <source>everything sent</source>
        <translation>wax walba waa la diray</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="483"/>
        <source>Not connected: this kiosk is not enrolled or its token was revoked. Ask IT to enrol it again (hubkiosk --enrol URL CODE).</source>
        <translation>Lama xiriirin: kiosk-kan lama diiwaangelin, ama token-kiisa waa la joojiyay. Weydii IT inay mar kale diiwaangeliyaan (hubkiosk --enrol URL CODE).</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="487"/>
        <source>The central server needs a newer kiosk version. Ask IT to update this kiosk.</source>
        <translation>Server-ka dhexe wuxuu u baahan yahay nooc kiosk oo cusub. Weydii IT inay cusboonaysiiyaan kiosk-kan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="493"/>
        <source>Working offline; %1. Nothing is lost: records are sent when the server can be reached.</source>
        <translation>Offline ayuu ku shaqaynayaa; %1. Waxba ma lumin: diiwaannada waa la diri doonaa marka server-ka la gaari karo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="496"/>
        <source>Synced with the central server; %1.</source>
        <translation>Waa lala waafajiyay server-ka dhexe; %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="499"/>
        <source>Last success at %1.</source>
        <translation>Guushii ugu dambaysay: %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="490"/>
        <source>Not synced yet; %1.</source>
        <translation>Weli lama isku waafajin; %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="501"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="516"/>
        <source>%Ln record(s) set aside for IT (see the log).</source>
        <translation>
            <numerusform>%Ln diiwaan ayaa IT loo dhigay (eeg log-ga).</numerusform>
            <numerusform>%Ln diiwaan ayaa IT loo dhigay (eeg log-ga).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="505"/>
        <source>Last error: %1</source>
        <translation>Khaladkii ugu dambeeyay: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="507"/>
        <source>Configuration: %1</source>
        <translation>Habaynta: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="570"/>
        <source>Backup failed: %1</source>
        <translation>Kaydka nuqulka wuu fashilmay: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="575"/>
        <source>Hub: %1 · Kiosk version %2</source>
        <translation>Xarunta: %1 · Nooca kiosk-ka %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="579"/>
        <source>Back up now</source>
        <translation>Hadda kaydi nuqul</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="428"/>
        <source>Syncing with the central server…</source>
        <translation>Waxaa la waafajinayaa server-ka dhexe…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="528"/>
        <source>%Ln survey answer(s) or feedback are held until the end of their hour, so they cannot be linked to a visit.</source>
        <translation>
            <numerusform>%Ln jawaab sahan ama ra&apos;yi ayaa la hayaa ilaa saacaddeeda ay dhammaato, si aan loogu xirin booqasho.</numerusform>
            <numerusform>%Ln jawaabo sahan ama ra&apos;yi ayaa la hayaa ilaa saacaddooda ay dhammaato, si aan loogu xirin booqasho.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="543"/>
        <source>The personal details of %Ln of them were cleared after %1 days; the records are kept.</source>
        <translation>
            <numerusform>Xogta shakhsiga ah ee %Ln ka mid ah waa la tirtiray %1 maalmood kadib; diiwaanka waa la hayaa.</numerusform>
            <numerusform>Xogta shakhsiga ah ee %Ln ka mid ah waa la tirtiray %1 maalmood kadib; diiwaannada waa la hayaa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="549"/>
        <source>Personal details in set-aside records (names, phone numbers, answers) are cleared %1 days after they were set aside, next on %2.</source>
        <translation>Xogta shakhsiga ah ee diiwaannada dhinac la dhigay (magacyada, lambarrada taleefanka, jawaabaha) waxaa la tirtiraa %1 maalmood kadib markii dhinac la dhigay; kuwa xiga %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="580"/>
        <source>Sync now</source>
        <translation>Hadda waafaji</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="581"/>
        <source>Send set-aside records again</source>
        <translation>Dib u dir diiwaannada la dhigay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="582"/>
        <source>Leave adviser mode</source>
        <translation>Ka bax qaabka la-taliyaha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="583"/>
        <source>Queue and desks</source>
        <translation>Safka iyo miisaska</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="584"/>
        <source>Help a resident</source>
        <translation>Caawi qof deegaanka ah</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="585"/>
        <source>Today at this hub</source>
        <translation>Maanta xaruntan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="596"/>
        <source>Reading the local store…</source>
        <translation>Kaydka gudaha waa la akhrinayaa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="603"/>
        <source>%Ln backup(s) kept; the newest is from %1.</source>
        <translation>
            <numerusform>%Ln nuqul kayd ah ayaa la hayaa; kan ugu cusub waa %1.</numerusform>
            <numerusform>%Ln nuqul kayd ah ayaa la hayaa; kan ugu cusub waa %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="608"/>
        <source>No backup yet.</source>
        <translation>Weli ma jiro nuqul kayd ah.</translation>
    </message>
</context>
<context>
    <name>AdviserPinScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="135"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="138"/>
        <source>Adviser sign-in</source>
        <translation>Gelitaanka la-taliyaha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="142"/>
        <source>Finished helping. Adviser: type your PIN to go back to your screens. Residents: touch Start again to go back.</source>
        <translation>Caawintii way dhammaatay. La-taliye: qor PIN-kaaga si aad ugu noqoto shaashadahaaga. Dadka deegaanka: taabo &apos;Dib u bilow&apos; si aad dib ugu noqoto.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="148"/>
        <source>This is for hub staff. Residents: touch Start again to go back.</source>
        <translation>Tani waa shaqaalaha xarunta. Dadka deegaanka: taabo &apos;Dib u bilow&apos; si aad dib ugu noqoto.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="153"/>
        <source>No adviser PIN is set on this kiosk yet, so no PIN works. IT sets one on the central server (hubkiosk-server adviser add ...), which sends it to the kiosks, or in this kiosk&apos;s adviser_pin_hash setting.</source>
        <translation>Weli lama dejin PIN la-taliye kiosk-kan, sidaa darteed PIN ma shaqeynayo. IT ayaa mid ku dejisa server-ka dhexe (hubkiosk-server adviser add ...), kaas oo u dira kiosk-yada, ama goobta adviser_pin_hash ee kiosk-kan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="158"/>
        <source>Adviser PIN</source>
        <translation>PIN-ka la-taliyaha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="159"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="160"/>
        <source>Clear</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="161"/>
        <source>Sign in</source>
        <translation>Gal</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="191"/>
        <source>This adviser&apos;s access was withdrawn. Ask IT if this is wrong.</source>
        <translation>Fasaxa la-taliyahan waa laga noqday. Weydii IT haddii tani khalad tahay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="193"/>
        <source>Sign-in could not be checked. Please try again.</source>
        <translation>Gelitaanka lama hubin karin. Fadlan isku day mar kale.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="194"/>
        <source>No adviser PIN is set on this kiosk yet.</source>
        <translation>Weli lama dejin PIN la-taliye kiosk-kan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="192"/>
        <source>Type your PIN, then touch Sign in.</source>
        <translation>Qor PIN-kaaga, kadibna taabo Gal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="196"/>
        <source>Adviser sign-in is locked after too many wrong PINs. It opens again in %Ln minute(s), or sooner if IT unlocks it (hubkiosk --unlock-advisers, or a new PIN from the central server: hubkiosk-server adviser pin).</source>
        <translation>
            <numerusform>Gelitaanka la-taliyeyaasha waa la xiray ka dib PIN-no khaldan oo badan. Wuxuu dib u furmayaa %Ln daqiiqo kadib, ama ka hor haddii IT-gu furo (hubkiosk --unlock-advisers, ama PIN cusub oo ka yimaada server-ka dhexe: hubkiosk-server adviser pin).</numerusform>
            <numerusform>Gelitaanka la-taliyeyaasha waa la xiray ka dib PIN-no khaldan oo badan. Wuxuu dib u furmayaa %Ln daqiiqo kadib, ama ka hor haddii IT-gu furo (hubkiosk --unlock-advisers, ama PIN cusub oo ka yimaada server-ka dhexe: hubkiosk-server adviser pin).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="203"/>
        <source>This PIN cannot be used on this kiosk. Ask IT.</source>
        <translation>PIN-kan laguma isticmaali karo kiosk-gan. Weydii IT.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="205"/>
        <source>Too many wrong PINs. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>PIN khaldan oo badan. Isku day mar kale %Ln daqiiqo kadib.</numerusform>
            <numerusform>PIN khaldan oo badan. Isku day mar kale %Ln daqiiqo kadib.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="207"/>
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>PIN khaldan oo badan. Isku day mar kale %Ln ilbiriqsi kadib.</numerusform>
            <numerusform>PIN khaldan oo badan. Isku day mar kale %Ln ilbiriqsi kadib.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="208"/>
        <source>That PIN is not right. Try again.</source>
        <translation>PIN-kaasi sax maaha. Isku day mar kale.</translation>
    </message>
</context>
<context>
    <name>AdviserQueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="396"/>
        <source>That did not work: %1</source>
        <translation>Taasi ma shaqayn: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="403"/>
        <source>That ticket is not in today&apos;s queue.</source>
        <translation>Tigidhkaasi kuma jiro safka maanta.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="404"/>
        <source>Finish the ticket at this desk first.</source>
        <translation>Marka hore dhammee tigidhka miiskan ku jira.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="405"/>
        <source>Only a called ticket can be called again.</source>
        <translation>Tigidh la wacay oo keliya ayaa mar kale la wici karaa.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="407"/>
        <source>Only a called ticket can be marked as did not come.</source>
        <translation>Tigidh la wacay oo keliya ayaa lagu calaamadin karaa &apos;Ma iman&apos;.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="409"/>
        <source>A finished ticket cannot be transferred.</source>
        <translation>Tigidh dhammaaday lama wareejin karo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="410"/>
        <source>That service is not in the catalogue.</source>
        <translation>Adeeggaasi kuma jiro liiska.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="411"/>
        <source>The ticket is already in that queue.</source>
        <translation>Tigidhku horeba wuu ugu jiray safkaas.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="412"/>
        <source>Call the ticket before recording it as served.</source>
        <translation>Wac tigidhka ka hor intaadan u diiwaangelin in la caawiyay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="413"/>
        <source>Say which service the resident was referred to.</source>
        <translation>Sheeg adeegga qofka deegaanka loo gudbiyay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="415"/>
        <source>Type only the organisation&apos;s name: no phone number, e-mail address or postcode. The managers&apos; report shows it as typed.</source>
        <translation>Qor magaca hay&apos;adda oo keliya: lambar taleefan, cinwaan e-mail ama koodh boosto ha qorin. Warbixinta maareeyayaashu waxay u muujisaa sida loo qoray.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="433"/>
        <source>No ticket at this desk: touch Call next first.</source>
        <translation>Miiskan tigidh ma leh: marka hore taabo &apos;Wac kan xiga&apos;.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="421"/>
        <source>Choose your desk first: touch its number.</source>
        <translation>Marka hore dooro miiskaaga: taabo lambarkiisa.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="261"/>
        <source>Desk %1 is %2&apos;s today. Touch %1 again to use it too.</source>
        <translation>Miiska %1 maanta waa kan %2. Taabo %1 mar kale si aad adiguna u isticmaasho.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="353"/>
        <source>kiosk in %1</source>
        <translation>luqadda kiyooskka: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="356"/>
        <source>appointment at %1</source>
        <translation>ballan saacadda %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="458"/>
        <source>No one is waiting.</source>
        <translation>Hadda qofna ma sugayo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="508"/>
        <source>%1 is marked as not here. If they come after all, touch Call again.</source>
        <translation>%1 waxaa lagu calaamadeeyay inuu ma iman. Haddii uu yimaado, taabo &apos;Mar kale wac&apos;.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="575"/>
        <source>Type the name of the organisation.</source>
        <translation>Qor magaca hay&apos;adda.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="690"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="713"/>
        <source>Queue</source>
        <translation>Safka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="714"/>
        <source>Your desk:</source>
        <translation>Miiskaaga:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="719"/>
        <source>Call next</source>
        <translation>Wac kan xiga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="720"/>
        <source>Call again</source>
        <translation>Mar kale wac</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="721"/>
        <source>Did not come</source>
        <translation>Ma iman</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="722"/>
        <source>Transfer to which service</source>
        <translation>U wareeji adeeggee</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="723"/>
        <source>Transfer</source>
        <translation>U wareeji</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="724"/>
        <source>Served: resolved</source>
        <translation>La caawiyay: waa la xalliyay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="725"/>
        <source>Served: follow-up booked</source>
        <translation>La caawiyay: ballan kale waa la qabtay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="726"/>
        <source>Served: referred</source>
        <translation>La caawiyay: waa la gudbiyay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="727"/>
        <source>Hand the screen to the resident: how was the visit?</source>
        <translation>Shaashadda u dhiib qofka: booqashadu sidee ahayd?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="728"/>
        <source>Referred to which service?</source>
        <translation>Adeeggee loo gudbiyay?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="729"/>
        <source>Another organisation</source>
        <translation>Hay&apos;ad kale</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="730"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="731"/>
        <source>Name of the organisation</source>
        <translation>Magaca hay&apos;adda</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="732"/>
        <source>Save the referral</source>
        <translation>Keydi gudbinta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="733"/>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="750"/>
        <source>No one at Desk %1 now.</source>
        <translation>Hadda qofna ma joogo miiska %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="759"/>
        <source>At Desk %1: %2 (%3)</source>
        <translation>Miiska %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="343"/>
        <source>urgent</source>
        <translation>degdeg</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="344"/>
        <source>needs an interpreter</source>
        <translation>turjubaan buu u baahan yahay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="345"/>
        <source>accessibility need</source>
        <translation>baahi gaar ah</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="756"/>
        <source>name: %1</source>
        <translation>magac: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="333"/>
        <source>A service no longer offered</source>
        <translation>Adeeg aan hadda la bixin</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="350"/>
        <source>language: %1</source>
        <translation>luqadda: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="358"/>
        <source>appointment</source>
        <translation>ballan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="768"/>
        <source>Reading the queue…</source>
        <translation>Safka waa la akhrinayaa…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="784"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="785"/>
        <source>Waiting:</source>
        <translation>Sugaya:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="782"/>
        <source>No one waiting.</source>
        <translation>Qofna ma sugayo.</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="314"/>
        <source>Please type your booking reference.</source>
        <translation>Fadlan qor tixraaca ballantaada.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="324"/>
        <source>Please type your whole phone number.</source>
        <translation>Fadlan qor lambarka taleefankaaga oo dhan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="327"/>
        <source>Please type the first 3 letters of your surname (family name).</source>
        <translation>Fadlan qor 3-da xaraf ee ugu horreeya magacaaga dambe (magaca qoyska).</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="338"/>
        <source>Checking your booking, please wait…</source>
        <translation>Waxaan hubineynaa ballantaada, fadlan sug…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="430"/>
        <source>Sorry, something went wrong. Please ask a member of staff.</source>
        <translation>Waan ka xunnahay, wax baa khaldamay. Fadlan weydii shaqaale.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="464"/>
        <source>More than one booking has those numbers</source>
        <translation>In ka badan hal ballan ayaa leh lambaradaas</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="466"/>
        <source>Please type your whole booking reference, with its letters (for example HK-4821), or use your phone number instead.</source>
        <translation>Fadlan qor lambarka ballantaada oo dhan, xarfihiisa la socdaan (tusaale HK-4821), ama isticmaal lambarka taleefankaaga.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="474"/>
        <source>We could not find your appointment</source>
        <translation>Ma aanan helin ballantaada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="476"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>Fadlan hubi waxaad qortay oo mar kale isku day. Tixraaca ballantu wuxuu u eg yahay HK-4821. Haddii uusan weli shaqayn, shaqaale halkan jooga ayaa ku caawin kara, ama raadi xarun kale oo dhow.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="482"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff can help, or you can take a walk-in ticket.</source>
        <translation>Fadlan hubi waxaad qortay oo mar kale isku day. Tixraaca ballantu wuxuu u eg yahay HK-4821. Haddii uusan weli shaqayn, shaqaale ayaa ku caawin kara, ama waxaad qaadan kartaa tigidh caadi ah.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="492"/>
        <source>You are early</source>
        <translation>Goor hore ayaad timid</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="495"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or find a drop-in hub near here if you would like to see someone sooner.</source>
        <translation>Ballantaadu waa saacadda %1. Waxaad is-diiwaangelin kartaa laga bilaabo %2. Fadlan markaas soo noqo, ama raadi xarun kale oo dhow haddii aad rabto in lagu arko si ka dhakhso badan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="501"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or take a walk-in ticket if you would like to see someone sooner.</source>
        <translation>Ballantaadu waa saacadda %1. Waxaad is-diiwaangelin kartaa laga bilaabo %2. Fadlan markaas soo noqo, ama qaado tigidh caadi ah haddii aad rabto in lagu arko si ka dhakhso badan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="513"/>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="533"/>
        <source>Your appointment time has passed</source>
        <translation>Waqtigii ballantaada wuu dhaafay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="516"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>Ballantaadu waxay ahayd saacadda %1. Waan ka xunnahay, hadda waa goor dambe in loo is-diiwaangeliyo. Weydii shaqaale halkan jooga inay kuu qabtaan waqti cusub, ama raadi xarun kale oo dhow si aad ula kulanto la-taliyaha xiga ee bannaan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="522"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>Ballantaadu waxay ahayd saacadda %1. Waan ka xunnahay, hadda waa goor dambe in loo is-diiwaangeliyo. Waxaad qaadan kartaa tigidh caadi ah si aad ula kulanto la-taliyaha xiga ee bannaan, ama weydii shaqaale inay kuu qabtaan waqti cusub.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="536"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>Ballantaadu waxay ahayd %1 saacadda %2. Waan ka xunnahay, maalintaas way dhaaftay. Fadlan weydii shaqaale halkan jooga si aad u qabsato waqti cusub, ama hel xarun aan ballan u baahnayn oo kuu dhow si aad u aragto lataliyaha xiga ee bannaan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="542"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>Ballantaadu waxay ahayd %1 saacadda %2. Waan ka xunnahay, maalintaas way dhaaftay. Waxaad qaadan kartaa tigidh toos ah si aad u aragto lataliyaha xiga ee bannaan, ama weydii shaqaale si aad u qabsato waqti cusub.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="554"/>
        <source>Your appointment is on another day</source>
        <translation>Ballantaadu waa maalin kale</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="557"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can find a drop-in hub near here.</source>
        <translation>Ballantaadu waa %1, saacadda %2. Fadlan markaas soo noqo. Haddii aad maanta caawimo u baahan tahay, raadi xarun kale oo dhow.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="562"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can take a walk-in ticket.</source>
        <translation>Ballantaadu waa %1, saacadda %2. Fadlan markaas soo noqo. Haddii aad maanta caawimo u baahan tahay, waxaad qaadan kartaa tigidh caadi ah.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="575"/>
        <source>Your appointment is at %1 today at %2.</source>
        <translation>Ballantaadu waa maanta, saacadda %2. Goobta: %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="577"/>
        <source>Your appointment is at %1 on %3 at %2.</source>
        <translation>Ballantaadu waa %3, saacadda %2. Goobta: %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="580"/>
        <source>Your appointment is at another hub</source>
        <translation>Ballantaadu waa xarun kale</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="585"/>
        <source>Please go there. If you cannot, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>Fadlan halkaas tag. Haddii aadan awoodin, shaqaale halkan jooga ayaa ku caawin kara, ama raadi xarun kale oo dhow.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="590"/>
        <source>Please go there. If you would rather be seen here, take a walk-in ticket.</source>
        <translation>Fadlan halkaas tag. Haddii aad doorbidayso in halkan lagu arko, qaado tigidh caadi ah.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="599"/>
        <source>Check in for an appointment</source>
        <translation>Is-diiwaangeli ballan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="625"/>
        <source>Check in for your appointment</source>
        <translation>U is-diiwaangeli ballantaada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="626"/>
        <source>Use my booking reference</source>
        <translation>Isticmaal tixraaca ballantayda</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="627"/>
        <source>Use my phone number</source>
        <translation>Isticmaal lambarka taleefankayga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="628"/>
        <source>Your booking reference (it looks like HK-4821):</source>
        <translation>Tixraaca ballantaada (wuxuu u eg yahay HK-4821):</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="629"/>
        <source>Booking reference</source>
        <translation>Tixraaca ballanta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="631"/>
        <source>Your phone number:</source>
        <translation>Lambarka taleefankaaga:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="632"/>
        <source>Phone number</source>
        <translation>Lambarka taleefanka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="633"/>
        <source>First 3 letters of your surname:</source>
        <translation>3-da xaraf ee ugu horreeya magacaaga dambe:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="634"/>
        <source>First letters of your surname</source>
        <translation>Xarfaha ugu horreeya magacaaga dambe</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="635"/>
        <source>Check in</source>
        <translation>Is-diiwaangeli</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Find a drop-in hub</source>
        <translation>Raadi xarun kale oo dhow</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Get a walk-in ticket</source>
        <translation>Qaado tigidh caadi ah</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="642"/>
        <source>Try again</source>
        <translation>Isku day mar kale</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="643"/>
        <source>Done</source>
        <translation>Dhammaad</translation>
    </message>
</context>
<context>
    <name>AssistedBanner</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="72"/>
        <source>Helping you: %1, Residents&apos; Hub adviser</source>
        <translation>Waxaa ku caawinaya: %1, la-taliyaha Xarunta Dadka Deegaanka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="74"/>
        <source>Helping you: a Residents&apos; Hub adviser</source>
        <translation>Waxaa ku caawinaya: la-taliye ka tirsan Xarunta Dadka Deegaanka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="77"/>
        <source>Hand back</source>
        <translation>U celi qofka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="78"/>
        <source>Finish helping</source>
        <translation>Dhammee caawinta</translation>
    </message>
</context>
<context>
    <name>CallingDisplay</name>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="374"/>
        <source>Hub Kiosk · calling display</source>
        <translation>Hub Kiosk · shaashadda wicitaanka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="401"/>
        <source>Now calling</source>
        <translation>Hadda waxaa la wacayaa</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="376"/>
        <source>Called before</source>
        <translation>Hore loo wacay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="377"/>
        <source>Waiting now</source>
        <translation>Hadda sugaya</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="406"/>
        <source>The hub has closed for today</source>
        <translation>Xaruntu maanta way xirantay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="412"/>
        <source>The hub is closed for a break</source>
        <translation>Xaruntu hadda waxay u xiran tahay nasasho</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="413"/>
        <source>Calls start again at %1.</source>
        <translation>Nambarada waxaa dib loo yeeri doonaa saacadda %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="415"/>
        <source>The hub is not open yet</source>
        <translation>Xaruntu weli ma furna</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="416"/>
        <source>Calls start at %1.</source>
        <translation>Nambarada waxaa la bilaabi doonaa in la yeero saacadda %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="419"/>
        <source>Please go to Desk %1</source>
        <translation>Fadlan u tag miiska %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="423"/>
        <source>Please wait to be called</source>
        <translation>Fadlan sug inta laguu yeerayo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="433"/>
        <source>Desk %1</source>
        <translation>Miiska %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="444"/>
        <source>If your number was not called, please ask a member of staff.</source>
        <translation>Haddii lambarkaaga la yeedhin, fadlan weydii shaqaale.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="448"/>
        <source>No one is waiting</source>
        <translation>Qofna ma sugayo</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="197"/>
        <source>Sorry, the hub is closed now</source>
        <translation>Waan ka xunnahay, xaruntu hadda way xiran tahay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="199"/>
        <source>Sorry, the hub is closed today</source>
        <translation>Waan ka xunnahay, xaruntu maanta way xiran tahay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="203"/>
        <source>Sorry, check-in is closed now</source>
        <translation>Waan ka xunnahay, is-diiwaangelintu hadda way xiran tahay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="206"/>
        <source>You can check in for your appointment while the hub is open.</source>
        <translation>Waxaad u is-diiwaangelin kartaa ballantaada marka xaruntu furan tahay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="208"/>
        <source>You can get a ticket while the hub is open.</source>
        <translation>Waxaad qaadan kartaa tigidh marka xaruntu furan tahay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="215"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="216"/>
        <source>See opening times</source>
        <translation>Eeg saacadaha furitaanka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="217"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="218"/>
        <source>Find a service or do it online</source>
        <translation>Raadi adeeg ama online ku samee</translation>
    </message>
</context>
<context>
    <name>ConsentLine</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="137"/>
        <source>the adviser</source>
        <translation>la-taliyaha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="149"/>
        <source>Resident: I agree that %1 typed my answers for me, and I have checked them.</source>
        <translation>Qofka deegaanka: Waan ogolahay in %1 uu ii qoray jawaabahayga, waanan hubiyay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="153"/>
        <source>Please touch I agree before sending.</source>
        <translation>Fadlan taabo ‘Waan ogolahay’ ka hor intaadan dirin.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>I agree</source>
        <translation>Waan ogolahay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>Agreed</source>
        <translation>Waa la ogolaaday</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="161"/>
        <source>I agree that the adviser typed my answers</source>
        <translation>Waan ogolahay in la-taliyuhu qoray jawaabahayga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="140"/>
        <source>Resident: I agree that %1 typed some of my answers for me, and I have checked them.</source>
        <translation>Qofka deegaanka: Waan ogolahay in %1 uu ii qoray qaar ka mid ah jawaabahayga, waanan hubiyay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="145"/>
        <source>Resident: I agree that %1 helped me with this form, and I have checked my answers.</source>
        <translation>Qofka deegaanka: Waan ogolahay in %1 uu iga caawiyay foomkan, waanan hubiyay jawaabahayga.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="157"/>
        <source>I agree that the adviser typed some of my answers</source>
        <translation>Waan ogolahay in la-taliyuhu qoray qaar ka mid ah jawaabahayga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="159"/>
        <source>I agree that the adviser helped me with this form</source>
        <translation>Waan ogolahay in la-taliyuhu iga caawiyay foomkan</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="187"/>
        <source>Quick feedback</source>
        <translation>Fikrad degdeg ah</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="332"/>
        <source>Your comment: %1</source>
        <translation>Faalladaada: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="337"/>
        <source>How was your visit today?</source>
        <translation>Sidee ahayd booqashadaadu maanta?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="338"/>
        <source>Touch a face. We do not ask your name.</source>
        <translation>Taabo waji. Magacaaga ma weydiinno.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="340"/>
        <source>Very poor</source>
        <translation>Aad u xun</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="341"/>
        <source>Poor</source>
        <translation>Xun</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="342"/>
        <source>OK</source>
        <translation>Caadi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="343"/>
        <source>Good</source>
        <translation>Fiican</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="344"/>
        <source>Very good</source>
        <translation>Aad u fiican</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="349"/>
        <source>Thank you: your answer “%1” is saved.</source>
        <translation>Mahadsanid: jawaabtaada “%1” waa la kaydiyay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="354"/>
        <source>What was it mostly about? Choose any that apply, or finish now.</source>
        <translation>Maxay inta badan ku saabsanayd? Dooro kuwa khuseeya, ama hadda dhammee.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="357"/>
        <source>Waiting time</source>
        <translation>Waqtiga sugitaanka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="358"/>
        <source>Staff helpfulness</source>
        <translation>Caawinta shaqaalaha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="359"/>
        <source>Getting my problem solved</source>
        <translation>In dhibaatadayda la xalliyo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="360"/>
        <source>The building and facilities</source>
        <translation>Dhismaha iyo adeegyada goobta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="361"/>
        <source>Information given</source>
        <translation>Macluumaadka la bixiyay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="365"/>
        <source>Add a comment</source>
        <translation>Ku dar faallo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="368"/>
        <source>Send</source>
        <translation>Dir</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="370"/>
        <source>Write your comment. Please do not write your name or contact details.</source>
        <translation>Qor faalladaada. Fadlan ha qorin magacaaga ama xogtaada xiriirka.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="372"/>
        <source>Your comment</source>
        <translation>Faalladaada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="373"/>
        <source>Type here</source>
        <translation>Halkan ku qor</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="374"/>
        <source>Thank you</source>
        <translation>Mahadsanid</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="375"/>
        <source>Your feedback helps us make the hubs better.</source>
        <translation>Fikraddaadu waxay naga caawisaa inaan xarumaha hagaajinno.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="367"/>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="376"/>
        <source>Finish</source>
        <translation>Dhammee</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="237"/>
        <source>(optional)</source>
        <translation>(ikhtiyaari)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Day</source>
        <translation>Maalin</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Month</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Year</source>
        <translation>Sanad</translation>
    </message>
</context>
<context>
    <name>FinderScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="290"/>
        <source>Type a word, for example: bin, council tax, parking.</source>
        <translation>Qor eray, tusaale: bin, council tax, parking.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="295"/>
        <source>We could not find that. Try another word, look at all topics, or ask an adviser.</source>
        <translation>Ma aanan helin. Isku day eray kale, eeg dhammaan mowduucyada, ama weydii la-taliye.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="300"/>
        <source>Touch the one you need.</source>
        <translation>Taabo midka aad u baahan tahay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="304"/>
        <source>Find a service</source>
        <translation>Raadi adeeg</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="307"/>
        <source>Find a service or do it now</source>
        <translation>Raadi adeeg ama hadda samee</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="308"/>
        <source>For example: bin, pothole, council tax</source>
        <translation>Tusaale: bin, pothole, council tax</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="309"/>
        <source>Search for a service</source>
        <translation>Raadi adeeg</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="310"/>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="311"/>
        <source>See all topics</source>
        <translation>Eeg dhammaan mowduucyada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="312"/>
        <source>Ask an adviser instead</source>
        <translation>Halkii weydii la-taliye</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="330"/>
        <source>Which of these do you need?</source>
        <translation>Kuwan midkee ayaad u baahan tahay?</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="116"/>
        <source>Your reference number</source>
        <translation>Lambarkaaga tixraaca</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="120"/>
        <source>Thank you. We have your request.</source>
        <translation>Mahadsanid. Codsigaaga waan helnay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="122"/>
        <source>Your reference number is:</source>
        <translation>Lambarkaaga tixraacu waa:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="124"/>
        <source>Your reference number is %1</source>
        <translation>Lambarkaaga tixraacu waa %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="129"/>
        <source>Scan with your phone to keep the reference number.</source>
        <translation>Ku sawir taleefankaaga si aad u haysato lambarka tixraaca.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="130"/>
        <source>QR code of your reference number</source>
        <translation>Koodhka QR ee lambarkaaga tixraaca</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="131"/>
        <source>Print my reference</source>
        <translation>Daabac tixraacayga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="132"/>
        <source>Finish</source>
        <translation>Dhammee</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="134"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Waa la daabacay. Ka qaado warqaddaada daabacaha.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="138"/>
        <source>Sorry, the printer is not working. Please write the reference number down or take a photo of it.</source>
        <translation>Waan ka xunnahay, daabacuhu ma shaqaynayo. Fadlan qor lambarka tixraaca ama sawir ka qaad.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="512"/>
        <source>Change</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="513"/>
        <source>Change: %1</source>
        <translation>Beddel: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="507"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="531"/>
        <source>Not answered</source>
        <translation>Lagama jawaabin</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="524"/>
        <source>The answers you typed are shown on the screen, not read aloud.</source>
        <translation>Jawaabaha aad qortay waxay ku muuqdaan shaashadda, cod looma akhriyo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="604"/>
        <source>Please check what you typed: it is not in the form we need.</source>
        <translation>Fadlan hubi waxaad qortay: uma qorna sida aan u baahanahay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="606"/>
        <source>Please answer this question.</source>
        <translation>Fadlan ka jawaab su&apos;aashan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="607"/>
        <source>Please choose one answer.</source>
        <translation>Fadlan dooro hal jawaab.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="608"/>
        <source>Please choose at least one answer.</source>
        <translation>Fadlan dooro ugu yaraan hal jawaab.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="609"/>
        <source>Please choose one of the answers shown.</source>
        <translation>Fadlan dooro mid ka mid ah jawaabaha la muujiyay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="610"/>
        <source>Please make this shorter: %1 letters at most.</source>
        <translation>Fadlan gaabi: ugu badnaan %1 xaraf.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="611"/>
        <source>Please type a number, for example 3.</source>
        <translation>Fadlan qor tiro, tusaale 3.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="612"/>
        <source>Please type a whole number, for example 3.</source>
        <translation>Fadlan qor tiro dhan, tusaale 3.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="613"/>
        <source>The number must be %1 or more.</source>
        <translation>Tiradu waa inay noqotaa %1 ama ka badan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="614"/>
        <source>The number must be %1 or less.</source>
        <translation>Tiradu waa inay noqotaa %1 ama ka yar.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="616"/>
        <source>Please type a real date: the day, month and year, for example 18 11 2026.</source>
        <translation>Fadlan qor taariikh sax ah: maalinta, bisha iyo sanadka, tusaale 18 11 2026.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="618"/>
        <source>The date must be today or earlier.</source>
        <translation>Taariikhdu waa inay noqotaa maanta ama ka hor.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="619"/>
        <source>The date must be today or later.</source>
        <translation>Taariikhdu waa inay noqotaa maanta ama ka dib.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="620"/>
        <source>Please type a full UK postcode, for example E3 2BS.</source>
        <translation>Fadlan qor koodhka boostada UK oo dhammaystiran, tusaale E3 2BS.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="621"/>
        <source>Please type a UK phone number, for example 07700 900123.</source>
        <translation>Fadlan qor lambar taleefan UK, tusaale 07700 900123.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="622"/>
        <source>Please type an email address, for example name@example.com.</source>
        <translation>Fadlan qor cinwaan iimayl, tusaale name@example.com.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="624"/>
        <source>Please check this answer.</source>
        <translation>Fadlan hubi jawaabtan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="634"/>
        <source>Last step: check and send</source>
        <translation>Tallaabada ugu dambaysa: hubi oo dir</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="637"/>
        <source>Question %1 of %2</source>
        <translation>Su&apos;aasha %1 ee %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="651"/>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="653"/>
        <source>Check your answers. Touch Change to correct one, or Send when it is right.</source>
        <translation>Hubi jawaabahaaga. Taabo Beddel si aad mid u saxdo, ama Dir marka ay sax yihiin.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="657"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="665"/>
        <source>Next</source>
        <translation>Xiga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Sending…</source>
        <translation>Waa la dirayaa…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Send</source>
        <translation>Dir</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="676"/>
        <source>Sorry, your request could not be saved. Touch Send to try again, or ask a member of staff.</source>
        <translation>Waan ka xunnahay, codsigaaga lama kaydin karin. Taabo Dir si aad mar kale isugu daydo, ama weydii shaqaale.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="68"/>
        <source>Home</source>
        <translation>Bogga hore</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="73"/>
        <source>Welcome to %1</source>
        <translation>Ku soo dhawoow %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="74"/>
        <source>What would you like to do today? Touch a picture to start.</source>
        <translation>Maxaad maanta rabtaa inaad samayso? Taabo sawir si aad u bilowdo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="78"/>
        <source>Check in, or find a drop-in hub</source>
        <translation>Isdiiwaangeli, ama raadi xarun aan ballan u baahnayn</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="80"/>
        <source>Appointments here; drop-in hubs near here see people without one</source>
        <translation>Halkan waa ballan; xarumaha u dhow waxay arkaan dadka aan ballan lahayn</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="83"/>
        <source>Get a ticket or check in</source>
        <translation>Qaado tigidh ama is-diiwaangeli</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="85"/>
        <source>See an adviser, or tell us you have arrived for your appointment</source>
        <translation>La kulan la-taliye, ama noo sheeg inaad u timid ballantaada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="87"/>
        <source>Find a service or do it now</source>
        <translation>Raadi adeeg ama hadda samee</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="89"/>
        <source>Find help, fill in a simple form, or learn how to do it online</source>
        <translation>Raadi caawimo, buuxi foom fudud, ama baro sida onlaynka loogu sameeyo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="91"/>
        <source>Tell us what you think</source>
        <translation>Noo sheeg fikradaada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="94"/>
        <source>Take part in our customer survey, or tell us how your visit went</source>
        <translation>Ka qayb qaado sahankayaga macaamiisha, ama noo sheeg sidii booqashadaadu ahayd</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="97"/>
        <source>Tell us how your visit went today</source>
        <translation>Noo sheeg sidii booqashadaadu maanta ahayd</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="98"/>
        <source>Most people come to see us about:</source>
        <translation>Dadka badankiisu waxay noogu yimaadaan:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Get a ticket</source>
        <translation>Qaado tigidh</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Find a drop-in hub</source>
        <translation>Raadi xarun kale oo dhow</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="70"/>
        <source>Please ask a member of staff when the hub opens again.</source>
        <translation>Fadlan weydii shaqaale goorta xaruntu dib u furmayso.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="77"/>
        <source>Check-in opens again today at %1.</source>
        <translation>Is-diiwaangelintu maanta ayay dib u furmaysaa, saacadda %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="81"/>
        <source>Check-in opens again tomorrow at %1.</source>
        <translation>Is-diiwaangelintu berri ayay dib u furmaysaa, saacadda %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="85"/>
        <source>Check-in opens again at %1 on %2.</source>
        <translation>Is-diiwaangelintu waxay dib u furmaysaa %2, saacadda %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="94"/>
        <source>Closed today</source>
        <translation>Maanta way xiran tahay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="98"/>
        <source>Closed for the rest of today</source>
        <translation>Waa xiran yahay inta ka hartay maanta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="100"/>
        <source>Open today %1</source>
        <translation>Maanta way furan tahay %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="128"/>
        <source>closed</source>
        <translation>xiran</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="175"/>
        <source>Are you still there?</source>
        <translation>Weli ma joogtaa?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="179"/>
        <source>To keep residents&apos; details private, you will be signed out when the time runs out.</source>
        <translation>Si xogta dadka deegaanka loo ilaaliyo, waa lagaa saarayaa marka waqtigu dhammaado.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="185"/>
        <source>To keep your details private, the screen will start again when the time runs out.</source>
        <translation>Si xogtaada loo ilaaliyo, shaashaddu dib ayay u bilaabmaysaa marka waqtigu dhammaado.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="188"/>
        <source>I need more time</source>
        <translation>Waqti dheeraad ah ayaan u baahanahay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/main_window.py" line="189"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln ilbiriqsi</numerusform>
            <numerusform>%Ln ilbiriqsi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/parts.py" line="172"/>
        <source>This box is full: it takes up to %1 letters.</source>
        <translation>Sanduuqan waa buuxaa: wuxuu qaadaa ilaa %1 xaraf.</translation>
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
        <translation>Waan ka xunnahay, kiosk-kan kuma akhrin karo cod dheer luqaddan. Fadlan weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Synced</source>
        <translation>La waafajiyay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Offline</source>
        <translation>Khadka kama xiran</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="874"/>
        <source>Touch “%1” in the middle of the screen.</source>
        <translation>Taabo “%1” oo ku yaal bartamaha shaashadda.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="947"/>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="948"/>
        <source>Start again</source>
        <translation>Dib u bilow</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="950"/>
        <source>Larger text</source>
        <translation>Qoraal weyn</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="952"/>
        <source>Smaller text</source>
        <translation>Qoraal yar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="954"/>
        <source>High contrast</source>
        <translation>Midab kala-dheer</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="955"/>
        <location filename="../../hubkiosk/ui/main_window.py" line="956"/>
        <source>Read aloud</source>
        <translation>Cod ku akhri</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1012"/>
        <source>Space</source>
        <translation>Meel bannaan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1013"/>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1014"/>
        <source>Done</source>
        <translation>Dhammaad</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1023"/>
        <source>Shift</source>
        <translation>Xaraf weyn</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1024"/>
        <source>Capital letter</source>
        <translation>Xaraf weyn</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1025"/>
        <source>123 ?</source>
        <translation>123 ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1026"/>
        <source>Numbers and symbols</source>
        <translation>Tirooyin iyo calaamado</translation>
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
        <translation>Xarfo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>অআক</source>
        <translation>অআক</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>Bengali letters</source>
        <translation>Xarfaha Bengaaliga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1050"/>
        <source>English letters</source>
        <translation>Xarfaha Ingiriisiga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1027"/>
        <source>àé</source>
        <translation>àé</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="957"/>
        <source>You typed: %1</source>
        <translation>Waxaad qortay: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1028"/>
        <source>Letters with accents</source>
        <translation>Xarfaha leh calaamadaha codka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>اب</source>
        <translation>اب</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>Urdu letters</source>
        <translation>Xarfaha Urduuga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>১২৩ ?</source>
        <translation>১২৩ ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>Bengali numbers and symbols</source>
        <translation>Tirooyinka iyo calaamadaha Bengaaliga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>۱۲۳ ؟</source>
        <translation>۱۲۳ ؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>Urdu numbers and symbols</source>
        <translation>Tirooyinka iyo calaamadaha Urduuga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1055"/>
        <source>at sign</source>
        <translation>calaamadda at</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1056"/>
        <source>full stop</source>
        <translation>joogsi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1057"/>
        <source>hyphen</source>
        <translation>xarriiq yar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1058"/>
        <source>apostrophe</source>
        <translation>calaamadda apostrophe</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1059"/>
        <source>underscore</source>
        <translation>xarriiq hoose</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1060"/>
        <source>slash</source>
        <translation>xarriiq janjeedha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1061"/>
        <source>and sign</source>
        <translation>calaamadda iyo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1062"/>
        <source>plus</source>
        <translation>calaamadda lagu daray</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1063"/>
        <source>hash</source>
        <translation>calaamadda hash</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1064"/>
        <source>comma</source>
        <translation>hakad</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1065"/>
        <source>colon</source>
        <translation>laba dhibcood</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1066"/>
        <source>semicolon</source>
        <translation>dhibic iyo hakad</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1067"/>
        <source>question mark</source>
        <translation>calaamadda su&apos;aasha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1068"/>
        <source>exclamation mark</source>
        <translation>calaamadda yaabka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1069"/>
        <source>open bracket</source>
        <translation>qaws furan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1070"/>
        <source>close bracket</source>
        <translation>qaws xiran</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1071"/>
        <source>quotation mark</source>
        <translation>calaamadda xigashada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1072"/>
        <source>pound sign</source>
        <translation>calaamadda ginni</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1081"/>
        <source>hasanta (joins letters)</source>
        <translation>hasanta (isku xirta xarfaha)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1082"/>
        <source>vowel sign aa</source>
        <translation>calaamadda shaqalka aa</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1083"/>
        <source>vowel sign i</source>
        <translation>calaamadda shaqalka i</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1084"/>
        <source>vowel sign ii</source>
        <translation>calaamadda shaqalka ii</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1085"/>
        <source>vowel sign u</source>
        <translation>calaamadda shaqalka u</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1086"/>
        <source>vowel sign uu</source>
        <translation>calaamadda shaqalka uu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1087"/>
        <source>vowel sign ri</source>
        <translation>calaamadda shaqalka ri</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1088"/>
        <source>vowel sign e</source>
        <translation>calaamadda shaqalka e</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1089"/>
        <source>vowel sign oi</source>
        <translation>calaamadda shaqalka oi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1090"/>
        <source>vowel sign o</source>
        <translation>calaamadda shaqalka o</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1091"/>
        <source>vowel sign ou</source>
        <translation>calaamadda shaqalka ou</translation>
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
        <translation>dari (joogsiga Bengaaliga)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1096"/>
        <source>Urdu full stop</source>
        <translation>Joogsiga Urduuga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1097"/>
        <source>Urdu comma</source>
        <translation>Hakadka Urduuga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1098"/>
        <source>Urdu question mark</source>
        <translation>Calaamadda su&apos;aasha Urduuga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1103"/>
        <source>On-screen keyboard</source>
        <translation>Kiiboodhka shaashadda</translation>
    </message>
</context>
<context>
    <name>PrinterCheck</name>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="61"/>
        <source>Print a test ticket</source>
        <translation>Daabac tigidh tijaabo ah</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="69"/>
        <source>Tickets are not being printed: the printer did not print one in time, so residents are shown their number on screen. Print a test ticket once the printer is on again.</source>
        <translation>Tigidhada lama daabacayo: daabacaha ma uusan daabicin tigidh waqtigiisii, sidaa darteed dadka degaanka lambarkooda shaashadda ayaa lagu tusayaa. Daabac tigidh tijaabo ah marka daabacaha dib loo shido.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="93"/>
        <source>Printing a test ticket…</source>
        <translation>Waxaa la daabacayaa tigidh tijaabo ah…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="104"/>
        <source>No ticket printer is configured on this kiosk (setting &apos;printer&apos; is none).</source>
        <translation>Kiosk-kan looma dejin daabace tigidh (dejinta &apos;printer&apos; waa none).</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="107"/>
        <source>The test ticket printed. Check that it is readable.</source>
        <translation>Tigidhka tijaabada ah waa la daabacay. Hubi inuu akhrisan karo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="109"/>
        <source>The printer failed: %1</source>
        <translation>Daabacuhu wuu fashilmay: %1</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="112"/>
        <source>Get a ticket or check in</source>
        <translation>Qaado tigidh ama is-diiwaangeli</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="140"/>
        <source>What do you need help with?</source>
        <translation>Maxaad caawimo ugu baahan tahay?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="141"/>
        <source>Touch a picture to get a ticket with your number.</source>
        <translation>Taabo sawir si aad u hesho tigidh leh lambarkaaga.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>No one waiting</source>
        <translation>Qofna ma sugayo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln ayaa sugaya</numerusform>
            <numerusform>%Ln ayaa sugaya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="151"/>
        <source>I have an appointment</source>
        <translation>Ballan ayaan leeyahay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="152"/>
        <source>Tell us you have arrived</source>
        <translation>Noo sheeg inaad timid</translation>
    </message>
</context>
<context>
    <name>RedirectPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="267"/>
        <source>No one is waiting there now</source>
        <translation>Hadda cidna halkaas kuma sugayso</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="269"/>
        <source>People waiting there now: %1</source>
        <translation>Dadka hadda halkaas ku sugaya: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="273"/>
        <source>Waits there today: about %1 minutes</source>
        <translation>Sugitaanka maanta halkaas: qiyaastii %1 daqiiqo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="282"/>
        <source>This hub sees people by appointment only</source>
        <translation>Xaruntan waxay dadka ku qaabishaa ballan oo keliya</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="285"/>
        <source>To see an adviser without an appointment, please visit one of these hubs near here. They see people who walk in.</source>
        <translation>Si aad la-taliye ula kulanto adigoo aan ballan lahayn, fadlan tag mid ka mid ah xarumahan u dhow. Xarumahaas waxay qaabilaan dadka aan ballan haysan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="297"/>
        <source>%1 miles away</source>
        <translation>%1 mayl u jirta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="308"/>
        <source>I have an appointment</source>
        <translation>Ballan ayaan leeyahay</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <location filename="../../hubkiosk/ui/widgets.py" line="1189"/>
        <source>More below: slide the page up</source>
        <translation>Wax kale ayaa hoose ku jira: bogga kor u riix</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="174"/>
        <source>What we can do at the hub</source>
        <translation>Waxa aan ku samayn karno xarunta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="175"/>
        <source>What to bring</source>
        <translation>Waxa la keeno</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="176"/>
        <source>Do it online next time</source>
        <translation>Marka xigta onlayn ku samee</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="177"/>
        <source>Point your phone camera at the code to open the page.</source>
        <translation>U jeedi kamaradda taleefankaaga koodhka si aad u furto bogga.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="178"/>
        <source>QR code of the council&apos;s web page for this</source>
        <translation>Koodhka QR ee bogga golaha ee arrintan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="179"/>
        <source>What would you like to do?</source>
        <translation>Maxaad jeclaan lahayd inaad samayso?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="180"/>
        <source>Do it here now</source>
        <translation>Halkan hadda ku samee</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="181"/>
        <source>See an adviser</source>
        <translation>La kulan la-taliye</translation>
    </message>
</context>
<context>
    <name>StepBackNote</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="201"/>
        <source>This survey is yours to answer on your own. Adviser: please step back.</source>
        <translation>Sahankan adiga ayaa keligaa ka jawaabaya. La-taliye: fadlan dib u dhaqaaq.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="203"/>
        <source>Answer on my own</source>
        <translation>Keligay ayaan ka jawaabayaa</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="196"/>
        <source>Survey</source>
        <translation>Sahan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="668"/>
        <source>Choose an answer for each statement to go on.</source>
        <translation>Si aad u sii socoto, dooro jawaab weedh kasta.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="672"/>
        <source>Choose one or more answers to go on.</source>
        <translation>Si aad u sii socoto, dooro hal jawaab ama ka badan.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="673"/>
        <source>Choose an answer to go on.</source>
        <translation>Si aad u sii socoto, dooro jawaab.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="670"/>
        <source>Touch at least your first choice to go on.</source>
        <translation>Si aad u sii socoto, taabo ugu yaraan doorashadaada koowaad.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="525"/>
        <source>Statement %1 of %2</source>
        <translation>Qoraalka %1 ee %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="686"/>
        <source>This survey runs from %1 to %2.</source>
        <translation>Sahankani wuxuu socdaa %1 ilaa %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="691"/>
        <source>It has %Ln question(s).</source>
        <translation>
            <numerusform>Wuxuu leeyahay %Ln su&apos;aal.</numerusform>
            <numerusform>Wuxuu leeyahay %Ln su&apos;aalood.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="695"/>
        <source>It has %1 to %Ln question(s), depending on your answers.</source>
        <translation>
            <numerusform>Wuxuu leeyahay %1 ilaa %Ln su&apos;aalood, iyadoo ku xiran jawaabahaaga.</numerusform>
            <numerusform>Wuxuu leeyahay %1 ilaa %Ln su&apos;aalood, iyadoo ku xiran jawaabahaaga.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="701"/>
        <source>Start the survey</source>
        <translation>Bilow sahanka</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="702"/>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="704"/>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="705"/>
        <source>Thank you</source>
        <translation>Mahadsanid</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="707"/>
        <source>Your answers will help the council improve its services.</source>
        <translation>Jawaabahaagu waxay gacan ka geysan doonaan in goluhu hagaajiyo adeegyadiisa.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="711"/>
        <source>Saving your answers...</source>
        <translation>Jawaabahaaga waa la kaydinayaa...</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="712"/>
        <source>Your answers are saved.</source>
        <translation>Jawaabahaaga waa la kaydiyay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="714"/>
        <source>Sorry, your answers could not be saved. Please tell a member of staff.</source>
        <translation>Waan ka xunnahay, jawaabahaaga lama kaydin karin. Fadlan u sheeg shaqaale.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="718"/>
        <source>Finish</source>
        <translation>Dhammee</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of %2</source>
        <translation>Su&apos;aasha %1 ee %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of about %2</source>
        <translation>Su&apos;aasha %1 ee qiyaastii %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Send my answers</source>
        <translation>Dir jawaabahayga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Next</source>
        <translation>Xiga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="762"/>
        <source>%1, your choice number %2</source>
        <translation>%1, doorashadaada lambar %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="777"/>
        <source>Undo</source>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="780"/>
        <source>Type here (you can leave this empty)</source>
        <translation>Halkan ku qor (waad iska dhaafi kartaa)</translation>
    </message>
</context>
<context>
    <name>TellUsScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="59"/>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="65"/>
        <source>Tell us what you think</source>
        <translation>Noo sheeg fikradaada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="67"/>
        <source>Your answers help the council improve its services. We do not ask your name.</source>
        <translation>Jawaabahaagu waxay gacan ka geystaan in goluhu hagaajiyo adeegyadiisa. Magacaaga ma weydiinno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="75"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln su&apos;aal</numerusform>
            <numerusform>%Ln su&apos;aalood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="77"/>
        <source>%1 to %Ln question(s)</source>
        <translation>
            <numerusform>%1 ilaa %Ln su&apos;aalood</numerusform>
            <numerusform>%1 ilaa %Ln su&apos;aalood</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="79"/>
        <source>Quick feedback</source>
        <translation>Fikrad degdeg ah</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="80"/>
        <source>How was your visit today? One touch.</source>
        <translation>Sidee ahayd booqashadaadu maanta? Hal taabasho.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="82"/>
        <source>There is no council survey running at the moment.</source>
        <translation>Hadda ma jiro sahan golaha oo socda.</translation>
    </message>
</context>
<context>
    <name>TicketConfirmScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="264"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="454"/>
        <source>Get my ticket</source>
        <translation>Qaado tigidhkayga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="330"/>
        <source>Sorry, this service is no longer offered at this hub. Please ask a member of staff.</source>
        <translation>Waan ka xunnahay, adeeggan laguma bixiyo xaruntan hadda. Fadlan weydii qof ka mid ah shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="377"/>
        <source>Sorry, we could not make your ticket. Please ask a member of staff.</source>
        <translation>Waan ka xunnahay, tigidhkaaga ma samayn karin. Fadlan weydii shaqaale.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="409"/>
        <source>No one is waiting.</source>
        <translation>Qofna ma sugayo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="411"/>
        <source>%Ln person(s) waiting.</source>
        <translation>
            <numerusform>%Ln qof ayaa sugaya.</numerusform>
            <numerusform>%Ln qof ayaa sugaya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="416"/>
        <source>Estimated wait: %1.</source>
        <translation>Sugitaanka la filayo: %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="431"/>
        <source>The hub closes at %1. If you take a ticket now, you may not be seen today. Please ask a member of staff.</source>
        <translation>Xaruntu waxay xirantaa %1. Haddii aad hadda tigidh qaadato, maanta laga yaabaa in laguu arki waayo. Fadlan weydii shaqaale.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="439"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="441"/>
        <source>How can we call you? (optional)</source>
        <translation>Maxaan kuugu yeernaa? (ikhtiyaari)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="440"/>
        <source>Your first name, or leave it empty</source>
        <translation>Magacaaga hore, ama iska daa</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="442"/>
        <source>I need extra help</source>
        <translation>Caawimo dheeraad ah ayaan u baahanahay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="443"/>
        <source>An interpreter</source>
        <translation>Turjubaan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="445"/>
        <source>An accessibility need (hearing, sight, mobility, a seat)</source>
        <translation>Baahi gaar ah (maqal, aragti, socod, kursi)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="448"/>
        <source>Urgent: I am not safe, or I have nowhere to stay tonight</source>
        <translation>Degdeg: ammaan ma ihi, ama caawa hoy ma lihi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="68"/>
        <source>Bengali</source>
        <translation>Bangaali</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="69"/>
        <source>Sylheti</source>
        <translation>Silheti</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="70"/>
        <source>Somali</source>
        <translation>Soomaali</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="71"/>
        <source>Urdu</source>
        <translation>Af-Urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="72"/>
        <source>Arabic</source>
        <translation>Carabi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="73"/>
        <source>Polish</source>
        <translation>Boolish</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="74"/>
        <source>British Sign Language</source>
        <translation>Luqadda calaamadaha</translation>
    </message>
</context>
<context>
    <name>TicketIssuedScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="161"/>
        <source>You are checked in</source>
        <translation>Waa lagu diiwaangeliyay</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="162"/>
        <source>Your ticket</source>
        <translation>Tigidhkaaga</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="222"/>
        <source>You are checked in for your %1 appointment at %2.</source>
        <translation>Waa lagu diiwaangeliyay ballantaada %1 ee %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="226"/>
        <source>Please take a seat. An adviser will call your number.</source>
        <translation>Fadlan fariiso. La-taliye ayaa ku dhawaaqi doona lambarkaaga.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="480"/>
        <source>The hub closes at %1. You may not be seen today. Please ask a member of staff.</source>
        <translation>Xaruntu waxay xirantaa %1. Maanta laga yaabaa in laguu arki waayo. Fadlan weydii shaqaale.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="250"/>
        <source>Done</source>
        <translation>Dhammaad</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="251"/>
        <source>Scan to follow the queue on your phone</source>
        <translation>Ku sawir taleefankaaga si aad safka ula socoto</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="257"/>
        <source>Your number is</source>
        <translation>Lambarkaagu waa</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="259"/>
        <source>Your number is %1</source>
        <translation>Lambarkaagu waa %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="263"/>
        <source>taken at %1</source>
        <translation>la qaaday %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="267"/>
        <source>Estimated wait: %1.</source>
        <translation>Sugitaanka la filayo: %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="281"/>
        <source>Printing your ticket…</source>
        <translation>Tigidhkaaga waa la daabacayaa…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="283"/>
        <source>Please take your ticket from the printer.</source>
        <translation>Fadlan ka qaado tigidhkaaga daabacaha.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="287"/>
        <source>Sorry, the printer is not working. You are in the queue: please remember your number, or take a photo of this screen. We have told the staff.</source>
        <translation>Waan ka xunnahay, daabacuhu ma shaqaynayo. Safka waad ku jirtaa: fadlan xasuuso lambarkaaga, ama sawir ka qaad shaashaddan. Shaqaalaha waan u sheegnay.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="293"/>
        <source>Please remember your number, or take a photo of this screen.</source>
        <translation>Fadlan xasuuso lambarkaaga, ama sawir ka qaad shaashaddan.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="160"/>
        <location filename="../../hubkiosk/ui/screens/today.py" line="206"/>
        <source>Today at this hub</source>
        <translation>Maanta xaruntan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="184"/>
        <source>none yet</source>
        <translation>weli ma jiro</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="194"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="201"/>
        <source>Not recorded</source>
        <translation>Lama diiwaangelin</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="208"/>
        <source>%1, %2 (from this kiosk&apos;s records)</source>
        <translation>%1, %2 (diiwaannada kiosk-gan)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="213"/>
        <source>Visits today</source>
        <translation>Booqashooyinka maanta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="215"/>
        <source>Not called before closing</source>
        <translation>Lama yeerin intaan la xirin</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="217"/>
        <source>Waiting now</source>
        <translation>Hadda sugaya</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="218"/>
        <source>Median wait (minutes)</source>
        <translation>Sugitaanka dhexe (daqiiqado)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="219"/>
        <source>90th percentile wait (minutes)</source>
        <translation>Sugitaanka boqolleyda 90aad (daqiiqado)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="220"/>
        <source>Resolved at first contact (% of visits)</source>
        <translation>Lagu xalliyay xiriirka koowaad (% booqashooyinka)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="221"/>
        <source>Referrals (% of visits)</source>
        <translation>Gudbinno (% booqashooyinka)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="222"/>
        <source>Turned away at appointment check-in</source>
        <translation>Kuma guuleysan inay ballantooda is-diiwaangeliyaan</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="226"/>
        <source>Referrals by destination</source>
        <translation>Gudbinnada meesha loo diray</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="227"/>
        <source>Refresh</source>
        <translation>Cusboonaysii</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="228"/>
        <source>Back to the adviser screen</source>
        <translation>Ku noqo shaashadda la-taliyaha</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="232"/>
        <source>Reading…</source>
        <translation>Waa la akhrinayaa…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="252"/>
        <source>No referrals today.</source>
        <translation>Maanta gudbin ma jirto.</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="51"/>
        <source>less than 5 minutes</source>
        <translation>wax ka yar 5 daqiiqo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="53"/>
        <source>about %1 to %2 minutes</source>
        <translation>qiyaastii %1 ilaa %2 daqiiqo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="61"/>
        <source>You are next in the queue.</source>
        <translation>Adiga ayaa xiga safka.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="62"/>
        <source>You are number %1 in the queue.</source>
        <translation>Waxaad tahay lambarka %1 ee safka.</translation>
    </message>
</context>
</TS>
