<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdviserHomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="392"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="512"/>
        <source>This kiosk has no central server configured: it keeps everything locally.</source>
        <translation>Este quiosco no tiene un servidor central configurado: lo guarda todo localmente.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="400"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="573"/>
        <source>Adviser and IT</source>
        <translation>Asesor e informática</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="460"/>
        <source>The set-aside records could not be moved back: %1</source>
        <translation>No se pudieron devolver los registros apartados: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="478"/>
        <source>nothing waiting, but records are set aside for IT</source>
        <translation>nada pendiente, pero hay registros apartados para informática</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="480"/>
        <source>everything sent</source>
        <translation>todo enviado</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="483"/>
        <source>Not connected: this kiosk is not enrolled or its token was revoked. Ask IT to enrol it again (hubkiosk --enrol URL CODE).</source>
        <translation>Sin conexión: este quiosco no está registrado o su token fue revocado. Pida a informática que lo registre de nuevo (hubkiosk --enrol URL CODE).</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="487"/>
        <source>The central server needs a newer kiosk version. Ask IT to update this kiosk.</source>
        <translation>El servidor central necesita una versión más nueva del quiosco. Pida a informática que lo actualice.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="490"/>
        <source>Not synced yet; %1.</source>
        <translation>Aún sin sincronizar; %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="493"/>
        <source>Working offline; %1. Nothing is lost: records are sent when the server can be reached.</source>
        <translation>Trabajando sin conexión; %1. No se pierde nada: los registros se envían cuando se puede llegar al servidor.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="496"/>
        <source>Synced with the central server; %1.</source>
        <translation>Sincronizado con el servidor central; %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="499"/>
        <source>Last success at %1.</source>
        <translation>Último éxito a las %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="473"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="514"/>
        <source>%Ln record(s) wait to be sent</source>
        <translation>
            <numerusform>%Ln registro espera su envío</numerusform>
            <numerusform>%Ln registros esperan su envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="476"/>
        <source>(the oldest for %Ln minute(s))</source>
        <translation>
            <numerusform>(el más antiguo desde hace %Ln minuto)</numerusform>
            <numerusform>(el más antiguo desde hace %Ln minutos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="501"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="516"/>
        <source>%Ln record(s) set aside for IT (see the log).</source>
        <translation>
            <numerusform>%Ln registro se apartó para informática (vea el registro).</numerusform>
            <numerusform>%Ln registros se apartaron para informática (vea el registro).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="505"/>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="507"/>
        <source>Configuration: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="570"/>
        <source>Backup failed: %1</source>
        <translation>Falló la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="575"/>
        <source>Hub: %1 · Kiosk version %2</source>
        <translation>Centro: %1 · Versión del quiosco %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="579"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="428"/>
        <source>Syncing with the central server…</source>
        <translation>Sincronizando con el servidor central…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="528"/>
        <source>%Ln survey answer(s) or feedback are held until the end of their hour, so they cannot be linked to a visit.</source>
        <translation>
            <numerusform>%Ln respuesta de encuesta u opinión se retiene hasta que acabe su hora, para que no pueda vincularse a una visita.</numerusform>
            <numerusform>%Ln respuestas de encuesta u opiniones se retienen hasta que acabe su hora, para que no puedan vincularse a una visita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="543"/>
        <source>The personal details of %Ln of them were cleared after %1 days; the records are kept.</source>
        <translation>
            <numerusform>Los datos personales de %Ln de ellos se borraron a los %1 días; el registro se conserva.</numerusform>
            <numerusform>Los datos personales de %Ln de ellos se borraron a los %1 días; los registros se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="549"/>
        <source>Personal details in set-aside records (names, phone numbers, answers) are cleared %1 days after they were set aside, next on %2.</source>
        <translation>Los datos personales de los registros apartados (nombres, teléfonos, respuestas) se borran %1 días después de apartarlos; los próximos, el %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="580"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="581"/>
        <source>Send set-aside records again</source>
        <translation>Reenviar los registros apartados</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="582"/>
        <source>Leave adviser mode</source>
        <translation>Salir del modo asesor</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="583"/>
        <source>Queue and desks</source>
        <translation>Cola y mostradores</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="584"/>
        <source>Help a resident</source>
        <translation>Ayudar a un vecino</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="585"/>
        <source>Today at this hub</source>
        <translation>Hoy en este centro</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="596"/>
        <source>Reading the local store…</source>
        <translation>Leyendo los datos locales…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="603"/>
        <source>%Ln backup(s) kept; the newest is from %1.</source>
        <translation>
            <numerusform>%Ln copia guardada; la más reciente es del %1.</numerusform>
            <numerusform>%Ln copias guardadas; la más reciente es del %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="608"/>
        <source>No backup yet.</source>
        <translation>Aún no hay copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>AdviserPinScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="135"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="138"/>
        <source>Adviser sign-in</source>
        <translation>Acceso de asesores</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="142"/>
        <source>Finished helping. Adviser: type your PIN to go back to your screens. Residents: touch Start again to go back.</source>
        <translation>Ayuda terminada. Asesor: escriba su PIN para volver a sus pantallas. Vecinos: toque Empezar de nuevo para volver.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="148"/>
        <source>This is for hub staff. Residents: touch Start again to go back.</source>
        <translation>Esto es para el personal del centro. Vecinos: toque Empezar de nuevo para volver.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="153"/>
        <source>No adviser PIN is set on this kiosk yet, so no PIN works. IT sets one on the central server (hubkiosk-server adviser add ...), which sends it to the kiosks, or in this kiosk&apos;s adviser_pin_hash setting.</source>
        <translation>Este quiosco aún no tiene PIN de asesor, así que ningún PIN funciona. Informática lo fija en el servidor central (hubkiosk-server adviser add ...), que lo envía a los quioscos, o en el ajuste adviser_pin_hash de este quiosco.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="158"/>
        <source>Adviser PIN</source>
        <translation>PIN de asesor</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="159"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="160"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="161"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="191"/>
        <source>This adviser&apos;s access was withdrawn. Ask IT if this is wrong.</source>
        <translation>Se ha retirado el acceso de este asesor. Pregunte a IT si es un error.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="192"/>
        <source>Type your PIN, then touch Sign in.</source>
        <translation>Escriba su PIN y toque Entrar.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="193"/>
        <source>Sign-in could not be checked. Please try again.</source>
        <translation>No se pudo comprobar el acceso. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="194"/>
        <source>No adviser PIN is set on this kiosk yet.</source>
        <translation>Este quiosco aún no tiene PIN de asesor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="196"/>
        <source>Adviser sign-in is locked after too many wrong PINs. It opens again in %Ln minute(s), or sooner if IT unlocks it (hubkiosk --unlock-advisers, or a new PIN from the central server: hubkiosk-server adviser pin).</source>
        <translation>
            <numerusform>El acceso de los asesores está bloqueado tras demasiados PIN incorrectos. Se abre de nuevo en %Ln minuto, o antes si TI lo desbloquea (hubkiosk --unlock-advisers, o un PIN nuevo del servidor central: hubkiosk-server adviser pin).</numerusform>
            <numerusform>El acceso de los asesores está bloqueado tras demasiados PIN incorrectos. Se abre de nuevo en %Ln minutos, o antes si TI lo desbloquea (hubkiosk --unlock-advisers, o un PIN nuevo del servidor central: hubkiosk-server adviser pin).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="203"/>
        <source>This PIN cannot be used on this kiosk. Ask IT.</source>
        <translation>Este PIN no se puede usar en este quiosco. Pregunte a TI.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="205"/>
        <source>Too many wrong PINs. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %Ln minuto.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %Ln minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="207"/>
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %Ln segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="208"/>
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AdviserQueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="396"/>
        <source>That did not work: %1</source>
        <translation>No ha funcionado: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="403"/>
        <source>That ticket is not in today&apos;s queue.</source>
        <translation>Ese turno no está en la cola de hoy.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="404"/>
        <source>Finish the ticket at this desk first.</source>
        <translation>Termine primero el turno de este mostrador.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="405"/>
        <source>Only a called ticket can be called again.</source>
        <translation>Solo se puede volver a llamar un turno ya llamado.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="407"/>
        <source>Only a called ticket can be marked as did not come.</source>
        <translation>Solo se puede marcar como No se presentó un turno ya llamado.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="409"/>
        <source>A finished ticket cannot be transferred.</source>
        <translation>Un turno terminado no se puede transferir.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="410"/>
        <source>That service is not in the catalogue.</source>
        <translation>Ese servicio no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="411"/>
        <source>The ticket is already in that queue.</source>
        <translation>El turno ya está en esa cola.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="412"/>
        <source>Call the ticket before recording it as served.</source>
        <translation>Llame el turno antes de registrarlo como atendido.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="413"/>
        <source>Say which service the resident was referred to.</source>
        <translation>Indique a qué servicio se derivó al vecino.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="415"/>
        <source>Type only the organisation&apos;s name: no phone number, e-mail address or postcode. The managers&apos; report shows it as typed.</source>
        <translation>Escriba solo el nombre de la organización: sin número de teléfono, correo electrónico ni código postal. El informe de los responsables lo muestra tal como se escribe.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="433"/>
        <source>No ticket at this desk: touch Call next first.</source>
        <translation>No hay turno en este mostrador: toque primero Llamar al siguiente.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="421"/>
        <source>Choose your desk first: touch its number.</source>
        <translation>Elija primero su mostrador: toque su número.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="261"/>
        <source>Desk %1 is %2&apos;s today. Touch %1 again to use it too.</source>
        <translation>El mostrador %1 es hoy de %2. Toque %1 otra vez para usarlo también.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="353"/>
        <source>kiosk in %1</source>
        <translation>idioma del quiosco: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="356"/>
        <source>appointment at %1</source>
        <translation>cita a las %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="458"/>
        <source>No one is waiting.</source>
        <translation>No hay nadie esperando.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="508"/>
        <source>%1 is marked as not here. If they come after all, touch Call again.</source>
        <translation>%1 figura como que no se presentó. Si llega después, toque Volver a llamar.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="575"/>
        <source>Type the name of the organisation.</source>
        <translation>Escriba el nombre de la organización.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="690"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="713"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="714"/>
        <source>Your desk:</source>
        <translation>Su mostrador:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="719"/>
        <source>Call next</source>
        <translation>Llamar al siguiente</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="720"/>
        <source>Call again</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="721"/>
        <source>Did not come</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="722"/>
        <source>Transfer to which service</source>
        <translation>Transferir a qué servicio</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="723"/>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="724"/>
        <source>Served: resolved</source>
        <translation>Atendido: resuelto</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="725"/>
        <source>Served: follow-up booked</source>
        <translation>Atendido: seguimiento reservado</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="726"/>
        <source>Served: referred</source>
        <translation>Atendido: derivado</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="727"/>
        <source>Hand the screen to the resident: how was the visit?</source>
        <translation>Pase la pantalla al vecino: ¿qué tal la visita?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="728"/>
        <source>Referred to which service?</source>
        <translation>¿Derivado a qué servicio?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="729"/>
        <source>Another organisation</source>
        <translation>Otra organización</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="730"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="731"/>
        <source>Name of the organisation</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="732"/>
        <source>Save the referral</source>
        <translation>Guardar la derivación</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="733"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="750"/>
        <source>No one at Desk %1 now.</source>
        <translation>Ahora no hay nadie en el mostrador %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="759"/>
        <source>At Desk %1: %2 (%3)</source>
        <translation>En el mostrador %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="343"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="344"/>
        <source>needs an interpreter</source>
        <translation>necesita intérprete</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="345"/>
        <source>accessibility need</source>
        <translation>necesidad de accesibilidad</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="756"/>
        <source>name: %1</source>
        <translation>nombre: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="333"/>
        <source>A service no longer offered</source>
        <translation>Un servicio que ya no se ofrece</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="350"/>
        <source>language: %1</source>
        <translation>idioma: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="358"/>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="768"/>
        <source>Reading the queue…</source>
        <translation>Leyendo la cola…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="784"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="785"/>
        <source>Waiting:</source>
        <translation>Esperando:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="782"/>
        <source>No one waiting.</source>
        <translation>Nadie esperando.</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="314"/>
        <source>Please type your booking reference.</source>
        <translation>Escriba su referencia de reserva.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="324"/>
        <source>Please type your whole phone number.</source>
        <translation>Escriba su número de teléfono completo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="327"/>
        <source>Please type the first 3 letters of your surname (family name).</source>
        <translation>Escriba las 3 primeras letras de su apellido.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="338"/>
        <source>Checking your booking, please wait…</source>
        <translation>Comprobando su reserva, espere…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="430"/>
        <source>Sorry, something went wrong. Please ask a member of staff.</source>
        <translation>Lo sentimos, algo ha fallado. Pregunte a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="464"/>
        <source>More than one booking has those numbers</source>
        <translation>Hay más de una reserva con esos números</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="466"/>
        <source>Please type your whole booking reference, with its letters (for example HK-4821), or use your phone number instead.</source>
        <translation>Escriba su referencia de reserva completa, con sus letras (por ejemplo HK-4821), o use su número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="474"/>
        <source>We could not find your appointment</source>
        <translation>No hemos encontrado su cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="476"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>Revise lo que ha escrito e inténtelo de nuevo. Una referencia de reserva es como HK-4821. Si sigue sin funcionar, el personal de aquí puede ayudarle, o puede buscar un centro sin cita cercano.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="482"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff can help, or you can take a walk-in ticket.</source>
        <translation>Revise lo que ha escrito e inténtelo de nuevo. Una referencia de reserva es como HK-4821. Si sigue sin funcionar, el personal puede ayudarle, o puede sacar un número sin cita.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="492"/>
        <source>You are early</source>
        <translation>Ha llegado temprano</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="495"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or find a drop-in hub near here if you would like to see someone sooner.</source>
        <translation>Su cita es a las %1. Puede registrar su llegada desde las %2. Vuelva entonces, o busque un centro sin cita cercano si quiere que le atiendan antes.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="501"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or take a walk-in ticket if you would like to see someone sooner.</source>
        <translation>Su cita es a las %1. Puede registrar su llegada desde las %2. Vuelva entonces, o saque un número sin cita si quiere que le atiendan antes.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="513"/>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="533"/>
        <source>Your appointment time has passed</source>
        <translation>La hora de su cita ya ha pasado</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="516"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>Su cita era a las %1. Lo sentimos, es demasiado tarde para registrarla. Pida al personal de aquí una nueva hora, o busque un centro sin cita cercano para ver al próximo asesor libre.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="522"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>Su cita era a las %1. Lo sentimos, es demasiado tarde para registrarla. Puede sacar un número sin cita para ver al próximo asesor libre, o pedir al personal una nueva hora.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="536"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>Su cita era el %1 a las %2. Lo sentimos, ese día ya ha pasado. Pida a un miembro del personal de aquí que le reserve una nueva hora, o busque un centro sin cita cercano para ver al siguiente asesor libre.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="542"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>Su cita era el %1 a las %2. Lo sentimos, ese día ya ha pasado. Puede sacar un número sin cita para ver al siguiente asesor libre, o pedir a un miembro del personal que le reserve una nueva hora.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="554"/>
        <source>Your appointment is on another day</source>
        <translation>Su cita es otro día</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="557"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can find a drop-in hub near here.</source>
        <translation>Su cita es el %1 a las %2. Vuelva entonces. Si necesita ayuda hoy, puede buscar un centro sin cita cercano.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="562"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can take a walk-in ticket.</source>
        <translation>Su cita es el %1 a las %2. Vuelva entonces. Si necesita ayuda hoy, puede sacar un número sin cita.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="575"/>
        <source>Your appointment is at %1 today at %2.</source>
        <translation>Su cita es en %1 hoy a las %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="577"/>
        <source>Your appointment is at %1 on %3 at %2.</source>
        <translation>Su cita es en %1 el %3 a las %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="580"/>
        <source>Your appointment is at another hub</source>
        <translation>Su cita es en otro centro</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="585"/>
        <source>Please go there. If you cannot, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>Vaya allí, por favor. Si no puede, el personal de aquí puede ayudarle, o puede buscar un centro sin cita cercano.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="590"/>
        <source>Please go there. If you would rather be seen here, take a walk-in ticket.</source>
        <translation>Vaya allí, por favor. Si prefiere que le atiendan aquí, saque un número sin cita.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="599"/>
        <source>Check in for an appointment</source>
        <translation>Registrar la llegada a una cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="625"/>
        <source>Check in for your appointment</source>
        <translation>Registre la llegada a su cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="626"/>
        <source>Use my booking reference</source>
        <translation>Usar mi referencia de reserva</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="627"/>
        <source>Use my phone number</source>
        <translation>Usar mi número de teléfono</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="628"/>
        <source>Your booking reference (it looks like HK-4821):</source>
        <translation>Su referencia de reserva (es como HK-4821):</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="629"/>
        <source>Booking reference</source>
        <translation>Referencia de reserva</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="631"/>
        <source>Your phone number:</source>
        <translation>Su número de teléfono:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="632"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="633"/>
        <source>First 3 letters of your surname:</source>
        <translation>3 primeras letras de su apellido:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="634"/>
        <source>First letters of your surname</source>
        <translation>Primeras letras de su apellido</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="635"/>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Find a drop-in hub</source>
        <translation>Buscar un centro sin cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Get a walk-in ticket</source>
        <translation>Sacar un número sin cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="642"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="643"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>AssistedBanner</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="72"/>
        <source>Helping you: %1, Residents&apos; Hub adviser</source>
        <translation>Le ayuda: %1, asesor del centro vecinal</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="74"/>
        <source>Helping you: a Residents&apos; Hub adviser</source>
        <translation>Le ayuda: un asesor del centro vecinal</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="77"/>
        <source>Hand back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="78"/>
        <source>Finish helping</source>
        <translation>Terminar la ayuda</translation>
    </message>
</context>
<context>
    <name>CallingDisplay</name>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="374"/>
        <source>Hub Kiosk · calling display</source>
        <translation>Hub Kiosk · pantalla de llamadas</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="401"/>
        <source>Now calling</source>
        <translation>Llamando ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="376"/>
        <source>Called before</source>
        <translation>Llamados antes</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="377"/>
        <source>Waiting now</source>
        <translation>Esperando ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="406"/>
        <source>The hub has closed for today</source>
        <translation>El centro ha cerrado por hoy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="412"/>
        <source>The hub is closed for a break</source>
        <translation>El centro está cerrado por descanso</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="413"/>
        <source>Calls start again at %1.</source>
        <translation>Los números se vuelven a llamar a las %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="415"/>
        <source>The hub is not open yet</source>
        <translation>El centro aún no ha abierto</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="416"/>
        <source>Calls start at %1.</source>
        <translation>Los números se empiezan a llamar a las %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="419"/>
        <source>Please go to Desk %1</source>
        <translation>Vaya al mostrador %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="423"/>
        <source>Please wait to be called</source>
        <translation>Espere a que le llamen</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="433"/>
        <source>Desk %1</source>
        <translation>Mostrador %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="444"/>
        <source>If your number was not called, please ask a member of staff.</source>
        <translation>Si no han llamado a su número, pregunte a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="448"/>
        <source>No one is waiting</source>
        <translation>No hay nadie esperando</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="197"/>
        <source>Sorry, the hub is closed now</source>
        <translation>Lo sentimos, el centro está cerrado ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="199"/>
        <source>Sorry, the hub is closed today</source>
        <translation>Lo sentimos, el centro está cerrado hoy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="203"/>
        <source>Sorry, check-in is closed now</source>
        <translation>Lo sentimos, el registro está cerrado ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="206"/>
        <source>You can check in for your appointment while the hub is open.</source>
        <translation>Puede registrar su llegada a la cita mientras el centro esté abierto.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="208"/>
        <source>You can get a ticket while the hub is open.</source>
        <translation>Puede sacar un número mientras el centro esté abierto.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="215"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="216"/>
        <source>See opening times</source>
        <translation>Ver el horario</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="217"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="218"/>
        <source>Find a service or do it online</source>
        <translation>Buscar un servicio o hacerlo en línea</translation>
    </message>
</context>
<context>
    <name>ConsentLine</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="137"/>
        <source>the adviser</source>
        <translation>el asesor</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="149"/>
        <source>Resident: I agree that %1 typed my answers for me, and I have checked them.</source>
        <translation>Vecino: acepto que %1 escribió mis respuestas por mí y las he revisado.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="153"/>
        <source>Please touch I agree before sending.</source>
        <translation>Toque Acepto antes de enviar.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>Agreed</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="161"/>
        <source>I agree that the adviser typed my answers</source>
        <translation>Acepto que el asesor escribió mis respuestas</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="140"/>
        <source>Resident: I agree that %1 typed some of my answers for me, and I have checked them.</source>
        <translation>Vecino: acepto que %1 escribió algunas de mis respuestas por mí y las he revisado.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="145"/>
        <source>Resident: I agree that %1 helped me with this form, and I have checked my answers.</source>
        <translation>Vecino: acepto que %1 me ayudó con este formulario y he revisado mis respuestas.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="157"/>
        <source>I agree that the adviser typed some of my answers</source>
        <translation>Acepto que el asesor escribió algunas de mis respuestas</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="159"/>
        <source>I agree that the adviser helped me with this form</source>
        <translation>Acepto que el asesor me ayudó con este formulario</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="187"/>
        <source>Quick feedback</source>
        <translation>Opinión rápida</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="332"/>
        <source>Your comment: %1</source>
        <translation>Su comentario: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="337"/>
        <source>How was your visit today?</source>
        <translation>¿Qué tal su visita hoy?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="338"/>
        <source>Touch a face. We do not ask your name.</source>
        <translation>Toque una cara. No le pedimos su nombre.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="340"/>
        <source>Very poor</source>
        <translation>Muy mala</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="341"/>
        <source>Poor</source>
        <translation>Mala</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="342"/>
        <source>OK</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="343"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="344"/>
        <source>Very good</source>
        <translation>Muy buena</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="349"/>
        <source>Thank you: your answer “%1” is saved.</source>
        <translation>Gracias: su respuesta «%1» está guardada.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="354"/>
        <source>What was it mostly about? Choose any that apply, or finish now.</source>
        <translation>¿Sobre qué fue sobre todo? Elija las que correspondan, o termine ahora.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="357"/>
        <source>Waiting time</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="358"/>
        <source>Staff helpfulness</source>
        <translation>Amabilidad del personal</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="359"/>
        <source>Getting my problem solved</source>
        <translation>La solución de mi problema</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="360"/>
        <source>The building and facilities</source>
        <translation>El edificio y las instalaciones</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="361"/>
        <source>Information given</source>
        <translation>La información recibida</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="365"/>
        <source>Add a comment</source>
        <translation>Añadir un comentario</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="367"/>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="376"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="368"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="370"/>
        <source>Write your comment. Please do not write your name or contact details.</source>
        <translation>Escriba su comentario. No escriba su nombre ni sus datos de contacto.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="372"/>
        <source>Your comment</source>
        <translation>Su comentario</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="373"/>
        <source>Type here</source>
        <translation>Escriba aquí</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="374"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="375"/>
        <source>Your feedback helps us make the hubs better.</source>
        <translation>Su opinión nos ayuda a mejorar los centros.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="237"/>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>FinderScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="290"/>
        <source>Type a word, for example: bin, council tax, parking.</source>
        <translation>Escriba una palabra, por ejemplo: basura, impuesto municipal, aparcamiento.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="295"/>
        <source>We could not find that. Try another word, look at all topics, or ask an adviser.</source>
        <translation>No lo hemos encontrado. Pruebe otra palabra, vea todos los temas o pregunte a un asesor.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="300"/>
        <source>Touch the one you need.</source>
        <translation>Toque el que necesite.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="304"/>
        <source>Find a service</source>
        <translation>Buscar un servicio</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="307"/>
        <source>Find a service or do it now</source>
        <translation>Buscar un servicio o hacerlo ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="308"/>
        <source>For example: bin, pothole, council tax</source>
        <translation>Ej.: basura, bache, impuestos</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="309"/>
        <source>Search for a service</source>
        <translation>Buscar un servicio</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="310"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="311"/>
        <source>See all topics</source>
        <translation>Ver todos los temas</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="312"/>
        <source>Ask an adviser instead</source>
        <translation>Preguntar a un asesor</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="330"/>
        <source>Which of these do you need?</source>
        <translation>¿Cuál de estos necesita?</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="116"/>
        <source>Your reference number</source>
        <translation>Su número de referencia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="120"/>
        <source>Thank you. We have your request.</source>
        <translation>Gracias. Hemos recibido su solicitud.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="122"/>
        <source>Your reference number is:</source>
        <translation>Su número de referencia es:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="124"/>
        <source>Your reference number is %1</source>
        <translation>Su número de referencia es %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="129"/>
        <source>Scan with your phone to keep the reference number.</source>
        <translation>Escanee con su móvil para guardar el número de referencia.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="130"/>
        <source>QR code of your reference number</source>
        <translation>Código QR de su número de referencia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="131"/>
        <source>Print my reference</source>
        <translation>Imprimir mi referencia</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="132"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="134"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Impreso. Recoja su papel de la impresora.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="138"/>
        <source>Sorry, the printer is not working. Please write the reference number down or take a photo of it.</source>
        <translation>Lo sentimos, la impresora no funciona. Apunte el número de referencia o hágale una foto.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="512"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="513"/>
        <source>Change: %1</source>
        <translation>Cambiar: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="507"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="531"/>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="524"/>
        <source>The answers you typed are shown on the screen, not read aloud.</source>
        <translation>Las respuestas que escribió se muestran en la pantalla; no se leen en voz alta.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="604"/>
        <source>Please check what you typed: it is not in the form we need.</source>
        <translation>Revise lo que ha escrito: no tiene el formato que necesitamos.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="606"/>
        <source>Please answer this question.</source>
        <translation>Responda a esta pregunta.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="607"/>
        <source>Please choose one answer.</source>
        <translation>Elija una respuesta.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="608"/>
        <source>Please choose at least one answer.</source>
        <translation>Elija al menos una respuesta.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="609"/>
        <source>Please choose one of the answers shown.</source>
        <translation>Elija una de las respuestas que se muestran.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="610"/>
        <source>Please make this shorter: %1 letters at most.</source>
        <translation>Acórtelo, por favor: %1 letras como máximo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="611"/>
        <source>Please type a number, for example 3.</source>
        <translation>Escriba un número, por ejemplo 3.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="612"/>
        <source>Please type a whole number, for example 3.</source>
        <translation>Escriba un número entero, por ejemplo 3.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="613"/>
        <source>The number must be %1 or more.</source>
        <translation>El número debe ser %1 o más.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="614"/>
        <source>The number must be %1 or less.</source>
        <translation>El número debe ser %1 o menos.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="616"/>
        <source>Please type a real date: the day, month and year, for example 18 11 2026.</source>
        <translation>Escriba una fecha real: día, mes y año, por ejemplo 18 11 2026.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="618"/>
        <source>The date must be today or earlier.</source>
        <translation>La fecha debe ser hoy o anterior.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="619"/>
        <source>The date must be today or later.</source>
        <translation>La fecha debe ser hoy o posterior.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="620"/>
        <source>Please type a full UK postcode, for example E3 2BS.</source>
        <translation>Escriba un código postal británico completo, por ejemplo E3 2BS.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="621"/>
        <source>Please type a UK phone number, for example 07700 900123.</source>
        <translation>Escriba un número de teléfono británico, por ejemplo 07700 900123.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="622"/>
        <source>Please type an email address, for example name@example.com.</source>
        <translation>Escriba una dirección de correo, por ejemplo nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="624"/>
        <source>Please check this answer.</source>
        <translation>Revise esta respuesta.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="634"/>
        <source>Last step: check and send</source>
        <translation>Último paso: revisar y enviar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="637"/>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="651"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="653"/>
        <source>Check your answers. Touch Change to correct one, or Send when it is right.</source>
        <translation>Revise sus respuestas. Toque Cambiar para corregir una, o Enviar cuando esté bien.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="657"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="665"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="676"/>
        <source>Sorry, your request could not be saved. Touch Send to try again, or ask a member of staff.</source>
        <translation>Lo sentimos, no se pudo guardar su solicitud. Toque Enviar para intentarlo de nuevo, o pregunte al personal.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="68"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="73"/>
        <source>Welcome to %1</source>
        <translation>Bienvenido a %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="74"/>
        <source>What would you like to do today? Touch a picture to start.</source>
        <translation>¿Qué desea hacer hoy? Toque una imagen para empezar.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="78"/>
        <source>Check in, or find a drop-in hub</source>
        <translation>Registrar su llegada o buscar un centro sin cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="80"/>
        <source>Appointments here; drop-in hubs near here see people without one</source>
        <translation>Aquí con cita; los centros cercanos sin cita atienden sin ella</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="83"/>
        <source>Get a ticket or check in</source>
        <translation>Sacar número o registrar llegada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="85"/>
        <source>See an adviser, or tell us you have arrived for your appointment</source>
        <translation>Ver a un asesor, o avisarnos de que ha llegado a su cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="87"/>
        <source>Find a service or do it now</source>
        <translation>Buscar un servicio o hacerlo ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="89"/>
        <source>Find help, fill in a simple form, or learn how to do it online</source>
        <translation>Buscar ayuda, rellenar un formulario sencillo o aprender a hacerlo en línea</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="91"/>
        <source>Tell us what you think</source>
        <translation>Díganos su opinión</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="94"/>
        <source>Take part in our customer survey, or tell us how your visit went</source>
        <translation>Participe en nuestra encuesta o díganos qué tal fue su visita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="97"/>
        <source>Tell us how your visit went today</source>
        <translation>Díganos qué tal fue su visita hoy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="98"/>
        <source>Most people come to see us about:</source>
        <translation>La mayoría de la gente viene por:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Find a drop-in hub</source>
        <translation>Buscar un centro sin cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Get a ticket</source>
        <translation>Sacar número</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="70"/>
        <source>Please ask a member of staff when the hub opens again.</source>
        <translation>Pregunte al personal cuándo vuelve a abrir el centro.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="77"/>
        <source>Check-in opens again today at %1.</source>
        <translation>El registro vuelve a abrir hoy a las %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="81"/>
        <source>Check-in opens again tomorrow at %1.</source>
        <translation>El registro vuelve a abrir mañana a las %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="85"/>
        <source>Check-in opens again at %1 on %2.</source>
        <translation>El registro vuelve a abrir a las %1 el %2.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="94"/>
        <source>Closed today</source>
        <translation>Cerrado hoy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="98"/>
        <source>Closed for the rest of today</source>
        <translation>Cerrado el resto del día</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="100"/>
        <source>Open today %1</source>
        <translation>Abierto hoy %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="128"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="175"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="179"/>
        <source>To keep residents&apos; details private, you will be signed out when the time runs out.</source>
        <translation>Para proteger los datos de los vecinos, se cerrará su sesión cuando se acabe el tiempo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="185"/>
        <source>To keep your details private, the screen will start again when the time runs out.</source>
        <translation>Para proteger sus datos, la pantalla volverá a empezar cuando se acabe el tiempo.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="188"/>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/main_window.py" line="189"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln segundo</numerusform>
            <numerusform>%Ln segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/parts.py" line="172"/>
        <source>This box is full: it takes up to %1 letters.</source>
        <translation>Este cuadro está lleno: admite hasta %1 letras.</translation>
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
        <translation>Lo sentimos, este quiosco no puede leer en voz alta en este idioma. Pregunte a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="874"/>
        <source>Touch “%1” in the middle of the screen.</source>
        <translation>Toque «%1» en el centro de la pantalla.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="947"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="948"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="950"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="952"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="954"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="955"/>
        <location filename="../../hubkiosk/ui/main_window.py" line="956"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1012"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1013"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1014"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1023"/>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1024"/>
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1025"/>
        <source>123 ?</source>
        <translation>123 ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1026"/>
        <source>Numbers and symbols</source>
        <translation>Números y símbolos</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1027"/>
        <source>àé</source>
        <translation>àé</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1028"/>
        <source>Letters with accents</source>
        <translation>Letras con tilde y acentos</translation>
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
        <translation>Letras</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1050"/>
        <source>English letters</source>
        <translation>Letras inglesas</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>১২৩ ?</source>
        <translation>১২৩ ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>Bengali numbers and symbols</source>
        <translation>Números y símbolos bengalíes</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>অআক</source>
        <translation>অআক</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="957"/>
        <source>You typed: %1</source>
        <translation>Ha escrito: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>Bengali letters</source>
        <translation>Letras bengalíes</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>اب</source>
        <translation>اب</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>Urdu letters</source>
        <translation>Letras urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>۱۲۳ ؟</source>
        <translation>۱۲۳ ؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>Urdu numbers and symbols</source>
        <translation>Números y símbolos urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1055"/>
        <source>at sign</source>
        <translation>arroba</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1056"/>
        <source>full stop</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1057"/>
        <source>hyphen</source>
        <translation>guion</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1058"/>
        <source>apostrophe</source>
        <translation>apóstrofo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1059"/>
        <source>underscore</source>
        <translation>guion bajo</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1060"/>
        <source>slash</source>
        <translation>barra</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1061"/>
        <source>and sign</source>
        <translation>signo et</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1062"/>
        <source>plus</source>
        <translation>más</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1063"/>
        <source>hash</source>
        <translation>almohadilla</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1064"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1065"/>
        <source>colon</source>
        <translation>dos puntos</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1066"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1067"/>
        <source>question mark</source>
        <translation>signo de interrogación</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1068"/>
        <source>exclamation mark</source>
        <translation>signo de exclamación</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1069"/>
        <source>open bracket</source>
        <translation>abrir paréntesis</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1070"/>
        <source>close bracket</source>
        <translation>cerrar paréntesis</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1071"/>
        <source>quotation mark</source>
        <translation>comillas</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1072"/>
        <source>pound sign</source>
        <translation>signo de libra</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1081"/>
        <source>hasanta (joins letters)</source>
        <translation>hasanta (une letras)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1082"/>
        <source>vowel sign aa</source>
        <translation>signo vocálico aa</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1083"/>
        <source>vowel sign i</source>
        <translation>signo vocálico i</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1084"/>
        <source>vowel sign ii</source>
        <translation>signo vocálico ii</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1085"/>
        <source>vowel sign u</source>
        <translation>signo vocálico u</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1086"/>
        <source>vowel sign uu</source>
        <translation>signo vocálico uu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1087"/>
        <source>vowel sign ri</source>
        <translation>signo vocálico ri</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1088"/>
        <source>vowel sign e</source>
        <translation>signo vocálico e</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1089"/>
        <source>vowel sign oi</source>
        <translation>signo vocálico oi</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1090"/>
        <source>vowel sign o</source>
        <translation>signo vocálico o</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1091"/>
        <source>vowel sign ou</source>
        <translation>signo vocálico ou</translation>
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
        <translation>dari (punto bengalí)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1096"/>
        <source>Urdu full stop</source>
        <translation>Punto final urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1097"/>
        <source>Urdu comma</source>
        <translation>Coma urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1098"/>
        <source>Urdu question mark</source>
        <translation>Signo de interrogación urdu</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1103"/>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
</context>
<context>
    <name>PrinterCheck</name>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="61"/>
        <source>Print a test ticket</source>
        <translation>Imprimir un número de prueba</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="69"/>
        <source>Tickets are not being printed: the printer did not print one in time, so residents are shown their number on screen. Print a test ticket once the printer is on again.</source>
        <translation>No se están imprimiendo números: la impresora no imprimió uno a tiempo, así que a los vecinos se les muestra su número en pantalla. Imprima un número de prueba cuando la impresora vuelva a estar encendida.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="93"/>
        <source>Printing a test ticket…</source>
        <translation>Imprimiendo un número de prueba…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="104"/>
        <source>No ticket printer is configured on this kiosk (setting &apos;printer&apos; is none).</source>
        <translation>Este quiosco no tiene impresora de números configurada (el ajuste &apos;printer&apos; es none).</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="107"/>
        <source>The test ticket printed. Check that it is readable.</source>
        <translation>Se imprimió el número de prueba. Compruebe que se lee bien.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="109"/>
        <source>The printer failed: %1</source>
        <translation>Falló la impresora: %1</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="112"/>
        <source>Get a ticket or check in</source>
        <translation>Sacar número o registrar llegada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="140"/>
        <source>What do you need help with?</source>
        <translation>¿En qué necesita ayuda?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="141"/>
        <source>Touch a picture to get a ticket with your number.</source>
        <translation>Toque una imagen para sacar su número.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>No one waiting</source>
        <translation>Nadie esperando</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln esperando</numerusform>
            <numerusform>%Ln esperando</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="151"/>
        <source>I have an appointment</source>
        <translation>Tengo cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="152"/>
        <source>Tell us you have arrived</source>
        <translation>Avísenos de que ha llegado</translation>
    </message>
</context>
<context>
    <name>RedirectPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="267"/>
        <source>No one is waiting there now</source>
        <translation>Ahora no hay nadie esperando allí</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="269"/>
        <source>People waiting there now: %1</source>
        <translation>Personas esperando allí ahora: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="273"/>
        <source>Waits there today: about %1 minutes</source>
        <translation>Espera allí hoy: unos %1 minutos</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="282"/>
        <source>This hub sees people by appointment only</source>
        <translation>Este centro solo atiende con cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="285"/>
        <source>To see an adviser without an appointment, please visit one of these hubs near here. They see people who walk in.</source>
        <translation>Para ver a un asesor sin cita, visite uno de estos centros cercanos. Atienden a quien llega sin cita.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="297"/>
        <source>%1 miles away</source>
        <translation>a %1 millas</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="308"/>
        <source>I have an appointment</source>
        <translation>Tengo cita</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <location filename="../../hubkiosk/ui/widgets.py" line="1189"/>
        <source>More below: slide the page up</source>
        <translation>Hay más abajo: deslice la página hacia arriba</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="174"/>
        <source>What we can do at the hub</source>
        <translation>Qué podemos hacer en el centro</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="175"/>
        <source>What to bring</source>
        <translation>Qué traer</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="176"/>
        <source>Do it online next time</source>
        <translation>La próxima vez, hágalo en línea</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="177"/>
        <source>Point your phone camera at the code to open the page.</source>
        <translation>Apunte la cámara de su móvil al código para abrir la página.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="178"/>
        <source>QR code of the council&apos;s web page for this</source>
        <translation>Código QR de la página web del ayuntamiento sobre esto</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="179"/>
        <source>What would you like to do?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="180"/>
        <source>Do it here now</source>
        <translation>Hacerlo aquí ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="181"/>
        <source>See an adviser</source>
        <translation>Ver a un asesor</translation>
    </message>
</context>
<context>
    <name>StepBackNote</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="201"/>
        <source>This survey is yours to answer on your own. Adviser: please step back.</source>
        <translation>Esta encuesta debe responderla usted solo. Asesor: apártese, por favor.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="203"/>
        <source>Answer on my own</source>
        <translation>Responder yo solo</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="196"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="525"/>
        <source>Statement %1 of %2</source>
        <translation>Afirmación %1 de %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="668"/>
        <source>Choose an answer for each statement to go on.</source>
        <translation>Elija una respuesta para cada afirmación para continuar.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="670"/>
        <source>Touch at least your first choice to go on.</source>
        <translation>Toque al menos su primera opción para continuar.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="672"/>
        <source>Choose one or more answers to go on.</source>
        <translation>Elija una o más respuestas para continuar.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="673"/>
        <source>Choose an answer to go on.</source>
        <translation>Elija una respuesta para continuar.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="686"/>
        <source>This survey runs from %1 to %2.</source>
        <translation>Esta encuesta va del %1 al %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="691"/>
        <source>It has %Ln question(s).</source>
        <translation>
            <numerusform>Tiene %Ln pregunta.</numerusform>
            <numerusform>Tiene %Ln preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="695"/>
        <source>It has %1 to %Ln question(s), depending on your answers.</source>
        <translation>
            <numerusform>Tiene de %1 a %Ln pregunta, según sus respuestas.</numerusform>
            <numerusform>Tiene de %1 a %Ln preguntas, según sus respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="701"/>
        <source>Start the survey</source>
        <translation>Empezar la encuesta</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="702"/>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="704"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="705"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="707"/>
        <source>Your answers will help the council improve its services.</source>
        <translation>Sus respuestas ayudarán al ayuntamiento a mejorar sus servicios.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="711"/>
        <source>Saving your answers...</source>
        <translation>Guardando sus respuestas...</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="712"/>
        <source>Your answers are saved.</source>
        <translation>Sus respuestas están guardadas.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="714"/>
        <source>Sorry, your answers could not be saved. Please tell a member of staff.</source>
        <translation>Lo sentimos, no se pudieron guardar sus respuestas. Avise a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="718"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of about %2</source>
        <translation>Pregunta %1 de unas %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="762"/>
        <source>%1, your choice number %2</source>
        <translation>%1, su opción número %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="777"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="780"/>
        <source>Type here (you can leave this empty)</source>
        <translation>Escriba aquí (puede dejarlo vacío)</translation>
    </message>
</context>
<context>
    <name>TellUsScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="59"/>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="65"/>
        <source>Tell us what you think</source>
        <translation>Díganos su opinión</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="67"/>
        <source>Your answers help the council improve its services. We do not ask your name.</source>
        <translation>Sus respuestas ayudan al ayuntamiento a mejorar sus servicios. No le pedimos su nombre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="75"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln pregunta</numerusform>
            <numerusform>%Ln preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="77"/>
        <source>%1 to %Ln question(s)</source>
        <translation>
            <numerusform>de %1 a %Ln pregunta</numerusform>
            <numerusform>de %1 a %Ln preguntas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="79"/>
        <source>Quick feedback</source>
        <translation>Opinión rápida</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="80"/>
        <source>How was your visit today? One touch.</source>
        <translation>¿Qué tal su visita hoy? Un solo toque.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="82"/>
        <source>There is no council survey running at the moment.</source>
        <translation>Ahora no hay ninguna encuesta del ayuntamiento en curso.</translation>
    </message>
</context>
<context>
    <name>TicketConfirmScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="264"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="454"/>
        <source>Get my ticket</source>
        <translation>Sacar mi número</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="330"/>
        <source>Sorry, this service is no longer offered at this hub. Please ask a member of staff.</source>
        <translation>Lo sentimos, este servicio ya no se ofrece en este centro. Pregunte a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="377"/>
        <source>Sorry, we could not make your ticket. Please ask a member of staff.</source>
        <translation>Lo sentimos, no pudimos crear su número. Pregunte a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="409"/>
        <source>No one is waiting.</source>
        <translation>No hay nadie esperando.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="411"/>
        <source>%Ln person(s) waiting.</source>
        <translation>
            <numerusform>Hay %Ln persona esperando.</numerusform>
            <numerusform>Hay %Ln personas esperando.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="416"/>
        <source>Estimated wait: %1.</source>
        <translation>Espera estimada: %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="431"/>
        <source>The hub closes at %1. If you take a ticket now, you may not be seen today. Please ask a member of staff.</source>
        <translation>El centro cierra a las %1. Si saca un número ahora, es posible que hoy no le atiendan. Pregunte a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="439"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="441"/>
        <source>How can we call you? (optional)</source>
        <translation>¿Cómo le llamamos? (opcional)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="440"/>
        <source>Your first name, or leave it empty</source>
        <translation>Su nombre de pila, o déjelo vacío</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="442"/>
        <source>I need extra help</source>
        <translation>Necesito ayuda adicional</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="443"/>
        <source>An interpreter</source>
        <translation>Un intérprete</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="445"/>
        <source>An accessibility need (hearing, sight, mobility, a seat)</source>
        <translation>Una necesidad de accesibilidad (oído, vista, movilidad, un asiento)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="448"/>
        <source>Urgent: I am not safe, or I have nowhere to stay tonight</source>
        <translation>Urgente: no estoy a salvo o no tengo dónde dormir esta noche</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="68"/>
        <source>Bengali</source>
        <translation>Bengalí</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="69"/>
        <source>Sylheti</source>
        <translation>Silheti</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="70"/>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="71"/>
        <source>Urdu</source>
        <translation>Urdú</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="72"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="73"/>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="74"/>
        <source>British Sign Language</source>
        <translation>Lengua de signos británica</translation>
    </message>
</context>
<context>
    <name>TicketIssuedScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="161"/>
        <source>You are checked in</source>
        <translation>Su llegada está registrada</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="162"/>
        <source>Your ticket</source>
        <translation>Su número</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="222"/>
        <source>You are checked in for your %1 appointment at %2.</source>
        <translation>Su llegada a la cita de %1 de las %2 está registrada.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="226"/>
        <source>Please take a seat. An adviser will call your number.</source>
        <translation>Tome asiento, por favor. Un asesor llamará a su número.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="480"/>
        <source>The hub closes at %1. You may not be seen today. Please ask a member of staff.</source>
        <translation>El centro cierra a las %1. Es posible que hoy no le atiendan. Pregunte a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="250"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="251"/>
        <source>Scan to follow the queue on your phone</source>
        <translation>Escanee para seguir la cola en su móvil</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="257"/>
        <source>Your number is</source>
        <translation>Su número es</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="259"/>
        <source>Your number is %1</source>
        <translation>Su número es %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="263"/>
        <source>taken at %1</source>
        <translation>sacado a las %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="267"/>
        <source>Estimated wait: %1.</source>
        <translation>Espera estimada: %1.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="281"/>
        <source>Printing your ticket…</source>
        <translation>Imprimiendo su número…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="283"/>
        <source>Please take your ticket from the printer.</source>
        <translation>Recoja su número de la impresora.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="287"/>
        <source>Sorry, the printer is not working. You are in the queue: please remember your number, or take a photo of this screen. We have told the staff.</source>
        <translation>Lo sentimos, la impresora no funciona. Está en la cola: recuerde su número o haga una foto de esta pantalla. Hemos avisado al personal.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="293"/>
        <source>Please remember your number, or take a photo of this screen.</source>
        <translation>Recuerde su número o haga una foto de esta pantalla.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="160"/>
        <location filename="../../hubkiosk/ui/screens/today.py" line="206"/>
        <source>Today at this hub</source>
        <translation>Hoy en este centro</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="184"/>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="194"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="201"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="208"/>
        <source>%1, %2 (from this kiosk&apos;s records)</source>
        <translation>%1, %2 (según los registros de este quiosco)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="213"/>
        <source>Visits today</source>
        <translation>Visitas hoy</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="215"/>
        <source>Not called before closing</source>
        <translation>Sin llamar antes del cierre</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="217"/>
        <source>Waiting now</source>
        <translation>Esperando ahora</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="218"/>
        <source>Median wait (minutes)</source>
        <translation>Espera mediana (minutos)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="219"/>
        <source>90th percentile wait (minutes)</source>
        <translation>Espera del percentil 90 (minutos)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="220"/>
        <source>Resolved at first contact (% of visits)</source>
        <translation>Resuelto en el primer contacto (% de visitas)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="221"/>
        <source>Referrals (% of visits)</source>
        <translation>Derivaciones (% de visitas)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="222"/>
        <source>Turned away at appointment check-in</source>
        <translation>No pudieron registrar su llegada a la cita</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="226"/>
        <source>Referrals by destination</source>
        <translation>Derivaciones por destino</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="227"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="228"/>
        <source>Back to the adviser screen</source>
        <translation>Volver a la pantalla del asesor</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="232"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="252"/>
        <source>No referrals today.</source>
        <translation>Hoy no hay derivaciones.</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="51"/>
        <source>less than 5 minutes</source>
        <translation>menos de 5 minutos</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="53"/>
        <source>about %1 to %2 minutes</source>
        <translation>unos %1 a %2 minutos</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="61"/>
        <source>You are next in the queue.</source>
        <translation>Es el siguiente en la cola.</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="62"/>
        <source>You are number %1 in the queue.</source>
        <translation>Es el número %1 en la cola.</translation>
    </message>
</context>
</TS>
