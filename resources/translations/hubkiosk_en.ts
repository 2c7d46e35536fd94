<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdviserHomeScreen</name>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="473"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="514"/>
        <source>%Ln record(s) wait to be sent</source>
        <translation>
            <numerusform>%Ln record waits to be sent</numerusform>
            <numerusform>%Ln records wait to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="476"/>
        <source>(the oldest for %Ln minute(s))</source>
        <translation>
            <numerusform>(the oldest for %Ln minute)</numerusform>
            <numerusform>(the oldest for %Ln minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="501"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="516"/>
        <source>%Ln record(s) set aside for IT (see the log).</source>
        <translation>
            <numerusform>%Ln record was set aside for IT (see the log).</numerusform>
            <numerusform>%Ln records were set aside for IT (see the log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="528"/>
        <source>%Ln survey answer(s) or feedback are held until the end of their hour, so they cannot be linked to a visit.</source>
        <translation>
            <numerusform>%Ln survey answer or feedback is held until the end of its hour, so it cannot be linked to a visit.</numerusform>
            <numerusform>%Ln survey answers or feedback are held until the end of their hour, so they cannot be linked to a visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="543"/>
        <source>The personal details of %Ln of them were cleared after %1 days; the records are kept.</source>
        <translation>
            <numerusform>The personal details of %Ln of them were cleared after %1 days; the record is kept.</numerusform>
            <numerusform>The personal details of %Ln of them were cleared after %1 days; the records are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="603"/>
        <source>%Ln backup(s) kept; the newest is from %1.</source>
        <translation>
            <numerusform>%Ln backup kept; the newest is from %1.</numerusform>
            <numerusform>%Ln backups kept; the newest is from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviserPinScreen</name>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="196"/>
        <source>Adviser sign-in is locked after too many wrong PINs. It opens again in %Ln minute(s), or sooner if IT unlocks it (hubkiosk --unlock-advisers, or a new PIN from the central server: hubkiosk-server adviser pin).</source>
        <translation>
            <numerusform>Adviser sign-in is locked after too many wrong PINs. It opens again in %Ln minute, or sooner if IT unlocks it (hubkiosk --unlock-advisers, or a new PIN from the central server: hubkiosk-server adviser pin).</numerusform>
            <numerusform>Adviser sign-in is locked after too many wrong PINs. It opens again in %Ln minutes, or sooner if IT unlocks it (hubkiosk --unlock-advisers, or a new PIN from the central server: hubkiosk-server adviser pin).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="205"/>
        <source>Too many wrong PINs. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %Ln minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %Ln minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="207"/>
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %Ln second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/main_window.py" line="189"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="691"/>
        <source>It has %Ln question(s).</source>
        <translation>
            <numerusform>It has %Ln question.</numerusform>
            <numerusform>It has %Ln questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="695"/>
        <source>It has %1 to %Ln question(s), depending on your answers.</source>
        <translation>
            <numerusform>It has %1 to %Ln question, depending on your answers.</numerusform>
            <numerusform>It has %1 to %Ln questions, depending on your answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TellUsScreen</name>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="75"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="77"/>
        <source>%1 to %Ln question(s)</source>
        <translation>
            <numerusform>%1 to %Ln question</numerusform>
            <numerusform>%1 to %Ln questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketConfirmScreen</name>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="411"/>
        <source>%Ln person(s) waiting.</source>
        <translation>
            <numerusform>%Ln person is waiting.</numerusform>
            <numerusform>%Ln people are waiting.</numerusform>
        </translation>
    </message>
</context>
</TS>
