<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ParameterSources</name>
    <message>
        <source>Request ID</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Customer name (request)</source>
        <translation>Nombre del cliente (solicitud)</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Fecha solicitada</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Estado de la solicitud</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>Vendor first name</source>
        <translation>Nombre de pila del proveedor</translation>
    </message>
    <message>
        <source>Technician name</source>
        <translation>Nombre del técnico</translation>
    </message>
    <message>
        <source>Approved delivery date</source>
        <translation>Fecha de entrega aprobada</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Vendor phone</source>
        <translation>Teléfono del proveedor</translation>
    </message>
    <message>
        <source>Form URL</source>
        <translation>URL del formulario</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>Expected delay</source>
        <translation>Retraso previsto</translation>
    </message>
    <message>
        <source>Estimated arrival</source>
        <translation>Llegada estimada</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Nombre del agente</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre de la empresa</translation>
    </message>
</context>
<context>
    <name>TemplateParameters</name>
    <message>
        <source>Request ID</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Requested delivery date</source>
        <translation>Fecha de entrega solicitada</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Fecha solicitada</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>Form URL</source>
        <translation>URL del formulario</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>Vendor phone</source>
        <translation>Teléfono del proveedor</translation>
    </message>
    <message>
        <source>Approved delivery date</source>
        <translation>Fecha de entrega aprobada</translation>
    </message>
    <message>
        <source>Vendor first name</source>
        <translation>Nombre de pila del proveedor</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>Technician name</source>
        <translation>Nombre del técnico</translation>
    </message>
    <message>
        <source>Estimated arrival</source>
        <translation>Llegada estimada</translation>
    </message>
    <message>
        <source>Expected delay</source>
        <translation>Retraso previsto</translation>
    </message>
    <message>
        <source>Confirm reply</source>
        <translation>Respuesta “confirmar”</translation>
    </message>
    <message>
        <source>Reschedule reply</source>
        <translation>Respuesta “reprogramar”</translation>
    </message>
    <message>
        <source>Keep waiting reply</source>
        <translation>Respuesta “seguir esperando”</translation>
    </message>
    <message>
        <source>Later today reply</source>
        <translation>Respuesta “más tarde hoy”</translation>
    </message>
    <message>
        <source>Tomorrow reply</source>
        <translation>Respuesta “mañana”</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>Fill in %1: WhatsApp does not accept empty values.</source>
        <translation>Completa %1: WhatsApp no acepta valores vacíos.</translation>
    </message>
    <message>
        <source>%1 contains a line break, a tab or more than %2 spaces in a row, which WhatsApp refuses in template values. Write it on one line.</source>
        <translation>%1 contiene un salto de línea, un tabulador o más de %2 espacios seguidos, que WhatsApp rechaza en los valores de una plantilla. Escríbelo en una sola línea.</translation>
    </message>
    <message>
        <source>This template starts with a %1: attach one before sending.</source>
        <translation>Esta plantilla empieza con %1: adjunta uno antes de enviar.</translation>
    </message>
    <message>
        <source>The header media link must be a web address starting with https://.</source>
        <translation>El enlace del archivo del encabezado debe ser una dirección web que empiece con https://.</translation>
    </message>
    <message>
        <source>This template starts with a map location: choose the place before sending.</source>
        <translation>Esta plantilla empieza con una ubicación en el mapa: elige el lugar antes de enviar.</translation>
    </message>
    <message>
        <source>Enter the code the "%1" button copies.</source>
        <translation>Escribe el código que copia el botón "%1".</translation>
    </message>
    <message>
        <source>Enter the end of the web address for the "%1" button.</source>
        <translation>Escribe el final de la dirección web del botón "%1".</translation>
    </message>
    <message>
        <source>The code is %1 characters long; WhatsApp allows at most %2.</source>
        <translation>El código tiene %1 caracteres; WhatsApp permite como máximo %2.</translation>
    </message>
    <message>
        <source>The template "%1" is still being reviewed by Meta. Wait for the approval or use another template.</source>
        <translation>Meta todavía está revisando la plantilla "%1". Espera la aprobación o usa otra plantilla.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Meta rejected the template "%1" (%2). Edit it and submit it again, or use another template.</source>
        <translation>Meta rechazó la plantilla "%1" (%2). Edítala y envíala de nuevo, o usa otra plantilla.</translation>
    </message>
    <message>
        <source>The template "%1" is paused because customers reported or blocked it. Meta resumes it after a few hours; use another template meanwhile.</source>
        <translation>La plantilla "%1" está en pausa porque los clientes la denunciaron o bloquearon. Meta la reactiva en unas horas; mientras tanto usa otra plantilla.</translation>
    </message>
    <message>
        <source>Meta disabled the template "%1" for low quality. Create a new template.</source>
        <translation>Meta desactivó la plantilla "%1" por baja calidad. Crea una plantilla nueva.</translation>
    </message>
    <message>
        <source>The template "%1" was rejected and its appeal is under review. Use another template meanwhile.</source>
        <translation>La plantilla "%1" fue rechazada y su apelación está en revisión. Mientras tanto usa otra plantilla.</translation>
    </message>
    <message>
        <source>The template "%1" is archived. Unarchive it in WhatsApp Manager to use it.</source>
        <translation>La plantilla "%1" está archivada. Desarchívala en el Administrador de WhatsApp para usarla.</translation>
    </message>
    <message>
        <source>The template "%1" was deleted.</source>
        <translation>La plantilla "%1" fue eliminada.</translation>
    </message>
    <message>
        <source>The template "%1" cannot be used: the account reached its template limit.</source>
        <translation>La plantilla "%1" no se puede usar: la cuenta alcanzó su límite de plantillas.</translation>
    </message>
    <message>
        <source>The template "%1" has not been approved by Meta (it was never submitted or its state is unknown). Synchronise the templates or pick an approved one.</source>
        <translation>Meta no ha aprobado la plantilla "%1" (nunca se envió o su estado es desconocido). Sincroniza las plantillas o elige una aprobada.</translation>
    </message>
    <message numerus="yes">
        <source>The header of "%1" takes %n value(s), but %2 were given.</source>
        <translation>
            <numerusform>El encabezado de "%1" lleva %n valor, pero se dieron %2.</numerusform>
            <numerusform>El encabezado de "%1" lleva %n valores, pero se dieron %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template "%1" takes %n value(s), but %2 were given.</source>
        <translation>
            <numerusform>La plantilla "%1" lleva %n valor, pero se dieron %2.</numerusform>
            <numerusform>La plantilla "%1" lleva %n valores, pero se dieron %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The one-time code is %1 characters long; WhatsApp allows at most %2.</source>
        <translation>El código de un solo uso tiene %1 caracteres; WhatsApp permite como máximo %2.</translation>
    </message>
    <message>
        <source>With these values the header is %1 characters long; the limit is %2. Shorten the value.</source>
        <translation>Con estos valores el encabezado tiene %1 caracteres; el límite es %2. Acorta el valor.</translation>
    </message>
    <message>
        <source>With these values the message is %1 characters long; the limit is %2. Shorten the values.</source>
        <translation>Con estos valores el mensaje tiene %1 caracteres; el límite es %2. Acorta los valores.</translation>
    </message>
</context>
<context>
    <name>recado::sync::CacheSchema</name>
    <message>
        <source>The cache file cannot be read.</source>
        <translation>No se puede leer el archivo de caché.</translation>
    </message>
    <message>
        <source>The cache was written by a newer version of Recado (schema %1; this version knows %2).</source>
        <translation>La caché fue escrita por una versión más reciente de Recado (esquema %1; esta versión conoce el %2).</translation>
    </message>
</context>
<context>
    <name>recado::sync::Catchup</name>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>No se pudo escribir en la caché local: %1</translation>
    </message>
</context>
<context>
    <name>recado::sync::EventStream</name>
    <message>
        <source>The connection to the relay stopped answering.</source>
        <translation>La conexión con el relay dejó de responder.</translation>
    </message>
</context>
<context>
    <name>recado::sync::LocalCache</name>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>No se puede abrir la caché local %1: %2</translation>
    </message>
</context>
<context>
    <name>recado::sync::MemoryTokenStore</name>
    <message>
        <source>The test keychain is switched off.</source>
        <translation>El llavero de prueba está desactivado.</translation>
    </message>
</context>
<context>
    <name>recado::sync::RelayApi</name>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation>El relay en %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The relay at %1 refused the connection; it may not be running.</source>
        <translation>El relay en %1 rechazó la conexión; puede que no esté en funcionamiento.</translation>
    </message>
    <message>
        <source>The relay address %1 could not be found. Check the URL.</source>
        <translation>No se encontró la dirección del relay %1. Revisa la URL.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2</source>
        <translation>No se pudo establecer una conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached: %2</source>
        <translation>No se puede contactar con el relay en %1: %2</translation>
    </message>
    <message>
        <source>The relay sent an answer this version cannot read.</source>
        <translation>El relay envió una respuesta que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>The relay accepted the sign-in but sent no token.</source>
        <translation>El relay aceptó el inicio de sesión pero no envió ningún token.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Please sign in again.</source>
        <translation>Tu sesión ya no es válida. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Tu rol no permite esta acción.</translation>
    </message>
    <message>
        <source>The customer has not written in the last 24 hours, so WhatsApp only allows a template message.</source>
        <translation>El cliente no ha escrito en las últimas 24 horas, así que WhatsApp solo permite un mensaje de plantilla.</translation>
    </message>
    <message>
        <source>The relay does not know this item (it may have been removed).</source>
        <translation>El relay no conoce este elemento (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>The relay is busy right now; please try again in a moment.</source>
        <translation>El relay está ocupado en este momento; inténtalo de nuevo en un instante.</translation>
    </message>
    <message>
        <source>The relay had an internal problem (HTTP %1). Please try again later.</source>
        <translation>El relay tuvo un problema interno (HTTP %1). Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The relay refused the request (HTTP %1).</source>
        <translation>El relay rechazó la solicitud (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>recado::sync::Session</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>No hay ningún llavero configurado.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from %1: %2</source>
        <translation>No se pudo leer tu inicio de sesión guardado desde %1: %2</translation>
    </message>
</context>
<context>
    <name>recado::sync::SyncEngine</name>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>No se pudo guardar el mensaje: %1</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Please sign in again.</source>
        <translation>Tu sesión ya no es válida. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>No se pudo escribir en la caché local: %1</translation>
    </message>
    <message>
        <source>The message could not be retried: %1</source>
        <translation>No se pudo reintentar el mensaje: %1</translation>
    </message>
</context>
<context>
    <name>recado::ui::ClientController</name>
    <message>
        <source>“%1” is not a relay address. It looks like https://relay.example.com or 192.168.1.10:8080.</source>
        <translation>«%1» no es una dirección de relay. Tiene este aspecto: https://relay.example.com o 192.168.1.10:8080.</translation>
    </message>
    <message>
        <source>The local cache could not be opened: %1</source>
        <translation>No se pudo abrir la caché local: %1</translation>
    </message>
    <message>
        <source>You are signed in for this run only: no keychain was available to remember your sign-in.</source>
        <translation>Has iniciado sesión solo para esta ejecución: no había ningún llavero disponible para recordar tu inicio de sesión.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Has cerrado la sesión.</translation>
    </message>
</context>
<context>
    <name>recado::ui::ComposerWidget</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>Enviar plantilla…</translation>
    </message>
    <message>
        <source>Choosing a template arrives with a later version of Recado.</source>
        <translation>La elección de plantillas llegará en una versión posterior de Recado.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Select a conversation to reply.</source>
        <translation>Selecciona una conversación para responder.</translation>
    </message>
    <message>
        <source>This conversation is closed. Reopen it to reply.</source>
        <translation>Esta conversación está cerrada. Reábrela para responder.</translation>
    </message>
    <message>
        <source>The customer has not written yet, so WhatsApp only allows a template message. Use “Send template…”.</source>
        <translation>El cliente aún no ha escrito, así que WhatsApp solo permite un mensaje de plantilla. Usa «Enviar plantilla…».</translation>
    </message>
    <message>
        <source>Free text is not possible until the customer writes.</source>
        <translation>No se puede enviar texto libre hasta que el cliente escriba.</translation>
    </message>
    <message>
        <source>The 24-hour window closed %1 ago: the customer last wrote more than 24 hours ago, so WhatsApp only allows a template message. Use “Send template…”.</source>
        <translation>La ventana de 24 horas se cerró hace %1: el cliente escribió por última vez hace más de 24 horas, así que WhatsApp solo permite un mensaje de plantilla. Usa «Enviar plantilla…».</translation>
    </message>
    <message>
        <source>Free text is disabled: the 24-hour window is closed.</source>
        <translation>El texto libre está desactivado: la ventana de 24 horas está cerrada.</translation>
    </message>
    <message>
        <source>24-hour window open: %1 left to reply with free text.</source>
        <translation>Ventana de 24 horas abierta: quedan %1 para responder con texto libre.</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter adds a line)</source>
        <translation>Escribe una respuesta… (Intro envía, Mayús+Intro añade una línea)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Send an approved WhatsApp template. Templates may be sent at any time, also after the 24-hour window has closed.</source>
        <translation>Enviar una plantilla de WhatsApp aprobada. Las plantillas se pueden enviar en cualquier momento, también después de que se cierre la ventana de 24 horas.</translation>
    </message>
</context>
<context>
    <name>recado::ui::ConsentBox</name>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Consent history…</source>
        <translation>Historial de consentimiento…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Consent unknown: %1</source>
        <translation>Consentimiento desconocido: %1</translation>
    </message>
    <message>
        <source>No template can be sent.</source>
        <translation>No se puede enviar ninguna plantilla.</translation>
    </message>
</context>
<context>
    <name>recado::ui::ConsentHistoryDialog</name>
    <message>
        <source>Consent history — %1</source>
        <translation>Historial de consentimiento — %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note for the record (optional), e.g. “asked by phone”</source>
        <translation>Nota para el registro (opcional), p. ej. “lo pidió por teléfono”</translation>
    </message>
    <message>
        <source>Record verbal opt-in</source>
        <translation>Registrar consentimiento verbal</translation>
    </message>
    <message>
        <source>The customer agreed, e.g. on the phone, to receive WhatsApp messages from us.</source>
        <translation>El cliente aceptó, p. ej. por teléfono, recibir mensajes de WhatsApp de nosotros.</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Registrar baja</translation>
    </message>
    <message>
        <source>The customer asked us to stop. No template can be sent until they write again or opt in. They are told while the 24-hour window is open.</source>
        <translation>El cliente pidió que dejemos de escribirle. No se puede enviar ninguna plantilla hasta que vuelva a escribir o acepte de nuevo. Se le avisa si la ventana de 24 horas está abierta.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export consent history</source>
        <translation>Exportar historial de consentimiento</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The consent history could not be loaded: %1</source>
        <translation>No se pudo cargar el historial de consentimiento: %1</translation>
    </message>
    <message>
        <source>Templates: allowed. %1</source>
        <translation>Plantillas: permitidas. %1</translation>
    </message>
    <message>
        <source>Templates: not allowed. %1</source>
        <translation>Plantillas: no permitidas. %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>No se registró: %1</translation>
    </message>
    <message>
        <source>Opt-in recorded.</source>
        <translation>Consentimiento registrado.</translation>
    </message>
    <message>
        <source>Opt-out recorded; the customer is being told.</source>
        <translation>Baja registrada; se le está avisando al cliente.</translation>
    </message>
    <message>
        <source>Opt-out recorded. The customer was not told: their 24-hour window is closed.</source>
        <translation>Baja registrada. No se le avisó al cliente: su ventana de 24 horas está cerrada.</translation>
    </message>
    <message>
        <source>Opt-out recorded.</source>
        <translation>Baja registrada.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %L1 records to %2</source>
        <translation>Se exportaron %L1 registros a %2</translation>
    </message>
</context>
<context>
    <name>recado::ui::ConsentText</name>
    <message>
        <source>Opted in on %1 (%2)</source>
        <translation>Aceptó el %1 (%2)</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2)</source>
        <translation>Se dio de baja el %1 (%2)</translation>
    </message>
    <message>
        <source>No consent recorded yet</source>
        <translation>Todavía no hay consentimiento registrado</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>customer wrote to us</source>
        <translation>el cliente nos escribió</translation>
    </message>
    <message>
        <source>keyword in a message</source>
        <translation>palabra clave en un mensaje</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>verbal, recorded by an agent</source>
        <translation>verbal, registrado por un agente</translation>
    </message>
    <message>
        <source>recorded by an agent</source>
        <translation>registrado por un agente</translation>
    </message>
</context>
<context>
    <name>recado::ui::ConversationListDelegate</name>
    <message>
        <source>Window closes in %1 h %2 min</source>
        <translation>La ventana cierra en %1 h %2 min</translation>
    </message>
    <message>
        <source>Window closes in %1 min</source>
        <translation>La ventana cierra en %1 min</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>Ventana cerrada</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>recado::ui::ConversationListModel</name>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Vinculada a %1</translation>
    </message>
</context>
<context>
    <name>recado::ui::KeychainTokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s; it may be locked</source>
        <translation>el llavero no respondió en %1 s; puede que esté bloqueado</translation>
    </message>
</context>
<context>
    <name>recado::ui::MainWindow</name>
    <message>
        <source>Recado</source>
        <translation>Recado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Search name, phone or message</source>
        <translation>Buscar nombre, teléfono o mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>Service request %1</source>
        <translation>Solicitud de servicio %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Customer: %3 (%4)&lt;br&gt;Address: %5&lt;br&gt;Requested for: %6&lt;br&gt;Status: %7&lt;br&gt;Vendor: %8&lt;br&gt;Technician: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Cliente: %3 (%4)&lt;br&gt;Dirección: %5&lt;br&gt;Solicitada para: %6&lt;br&gt;Estado: %7&lt;br&gt;Proveedor: %8&lt;br&gt;Técnico: %9</translation>
    </message>
    <message>
        <source>Recado (%1)</source>
        <translation>Recado (%1)</translation>
    </message>
    <message>
        <source>The relay reports a problem: %1</source>
        <translation>El relay informa de un problema: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Escribir una respuesta</translation>
    </message>
    <message>
        <source>Go to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message>
        <source>Show or hide the side panel</source>
        <translation>Mostrar u ocultar el panel lateral</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Asignármela</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Recado</source>
        <translation>Acerca de Recado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recado %1&lt;/b&gt;&lt;br&gt;A WhatsApp inbox for customer service and field service teams.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Recado %1&lt;/b&gt;&lt;br&gt;Una bandeja de WhatsApp para equipos de atención al cliente y servicio técnico.&lt;br&gt;Con licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>%1 (unassigned)</source>
        <translation>%1 (sin asignar)</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Pick a conversation on the left.</source>
        <translation>Elige una conversación a la izquierda.</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Conversations: %L1</source>
        <translation>Conversaciones: %L1</translation>
    </message>
    <message>
        <source>Offline: trying again in %1 s</source>
        <translation>Sin conexión: reintentando en %1 s</translation>
    </message>
    <message>
        <source>Waiting to be sent: %L1</source>
        <translation>Pendientes de envío: %L1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New message to a phone number (Ctrl+N)</source>
        <translation>Mensaje nuevo a un número de teléfono (Ctrl+N)</translation>
    </message>
    <message>
        <source>New message…</source>
        <translation>Mensaje nuevo…</translation>
    </message>
    <message>
        <source>Start a conversation with a phone number (with a template)</source>
        <translation>Iniciar una conversación con un número de teléfono (con una plantilla)</translation>
    </message>
</context>
<context>
    <name>recado::ui::MessageDelegate</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>recado::ui::MessageText</name>
    <message>
        <source>Waiting for connection</source>
        <translation>Esperando conexión</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>More than 24 hours passed since the customer last wrote; send a template instead.</source>
        <translation>Pasaron más de 24 horas desde el último mensaje del cliente; envía una plantilla en su lugar.</translation>
    </message>
    <message>
        <source>WhatsApp could not deliver to this number (it may not use WhatsApp or has an old app version).</source>
        <translation>WhatsApp no pudo entregar a este número (puede que no use WhatsApp o que tenga una versión antigua de la aplicación).</translation>
    </message>
    <message>
        <source>Meta held this message back to protect the customer's experience; try again later or use a different template.</source>
        <translation>Meta retuvo este mensaje para proteger la experiencia del cliente; inténtalo más tarde o usa otra plantilla.</translation>
    </message>
    <message>
        <source>This kind of message is not supported.</source>
        <translation>Este tipo de mensaje no es compatible.</translation>
    </message>
    <message>
        <source>The attached media could not be uploaded or processed.</source>
        <translation>No se pudo subir o procesar el archivo adjunto.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time; wait a moment and retry.</source>
        <translation>Demasiados mensajes a este cliente en poco tiempo; espera un momento y reintenta.</translation>
    </message>
    <message>
        <source>The recipient is the business number itself.</source>
        <translation>El destinatario es el propio número de la empresa.</translation>
    </message>
    <message>
        <source>The business WhatsApp account is locked; contact an administrator.</source>
        <translation>La cuenta de WhatsApp de la empresa está bloqueada; contacta a un administrador.</translation>
    </message>
    <message>
        <source>WhatsApp's rate limit was reached; the relay will retry.</source>
        <translation>Se alcanzó el límite de envío de WhatsApp; el relay reintentará.</translation>
    </message>
    <message>
        <source>WhatsApp refused the message (error %1).</source>
        <translation>WhatsApp rechazó el mensaje (error %1).</translation>
    </message>
    <message>
        <source>The message could not be sent.</source>
        <translation>No se pudo enviar el mensaje.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <source>Contact card: %1</source>
        <translation>Tarjeta de contacto: %1</translation>
    </message>
    <message>
        <source>Interactive reply</source>
        <translation>Respuesta interactiva</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <translation>Reacción eliminada</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>Reacción %1</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>Mensaje de plantilla</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>System notice</source>
        <translation>Aviso del sistema</translation>
    </message>
    <message>
        <source>Message of a kind this version cannot show (%1)</source>
        <translation>Mensaje de un tipo que esta versión no puede mostrar (%1)</translation>
    </message>
    <message>
        <source>The number of values does not match the template. Send it again with “Send template…” and fill in every value.</source>
        <translation>La cantidad de valores no coincide con la plantilla. Envíala de nuevo con “Enviar plantilla…” y completa todos los valores.</translation>
    </message>
    <message>
        <source>This template does not exist in this language or is not approved yet. Pick an approved template in the customer's language.</source>
        <translation>Esta plantilla no existe en este idioma o todavía no está aprobada. Elige una plantilla aprobada en el idioma del cliente.</translation>
    </message>
    <message>
        <source>The message is too long once the values are filled in. Shorten the values and send it again.</source>
        <translation>El mensaje es demasiado largo con los valores completados. Acorta los valores y envíalo de nuevo.</translation>
    </message>
    <message>
        <source>The template's content breaks a WhatsApp policy. Use another template; an administrator has to edit this one.</source>
        <translation>El contenido de la plantilla infringe una política de WhatsApp. Usa otra plantilla; un administrador tiene que editar esta.</translation>
    </message>
    <message>
        <source>A template value has the wrong format (for example text where a file is expected). Check each value and send it again.</source>
        <translation>Un valor de la plantilla tiene un formato incorrecto (por ejemplo, texto donde se espera un archivo). Revisa cada valor y envíala de nuevo.</translation>
    </message>
    <message>
        <source>The template is paused because of low quality. Use another template for now.</source>
        <translation>La plantilla está en pausa por baja calidad. Usa otra plantilla por ahora.</translation>
    </message>
    <message>
        <source>Meta disabled this template. Use another template.</source>
        <translation>Meta desactivó esta plantilla. Usa otra plantilla.</translation>
    </message>
    <message>
        <source>The flow in this template is blocked. Use another template.</source>
        <translation>El flujo de esta plantilla está bloqueado. Usa otra plantilla.</translation>
    </message>
    <message>
        <source>Too many messages with this template's flow were sent in the last hour. Try again later or use another template.</source>
        <translation>Se enviaron demasiados mensajes con el flujo de esta plantilla en la última hora. Inténtalo más tarde o usa otra plantilla.</translation>
    </message>
    <message>
        <source>The customer stopped marketing messages from this business. Send a utility template, or reply when they write.</source>
        <translation>El cliente dejó de recibir mensajes de marketing de esta empresa. Envía una plantilla de utilidad o responde cuando escriba.</translation>
    </message>
    <message>
        <source>Meta held back this marketing message because the customer's number is part of a WhatsApp experiment. Use a utility template or another channel.</source>
        <translation>Meta retuvo este mensaje de marketing porque el número del cliente forma parte de un experimento de WhatsApp. Usa una plantilla de utilidad u otro canal.</translation>
    </message>
</context>
<context>
    <name>recado::ui::NewMessageDialog</name>
    <message>
        <source>Mexico (+52)</source>
        <translation>México (+52)</translation>
    </message>
    <message>
        <source>Brazil (+55)</source>
        <translation>Brasil (+55)</translation>
    </message>
    <message>
        <source>Colombia (+57)</source>
        <translation>Colombia (+57)</translation>
    </message>
    <message>
        <source>Argentina (+54)</source>
        <translation>Argentina (+54)</translation>
    </message>
    <message>
        <source>Chile (+56)</source>
        <translation>Chile (+56)</translation>
    </message>
    <message>
        <source>Peru (+51)</source>
        <translation>Perú (+51)</translation>
    </message>
    <message>
        <source>Guatemala (+502)</source>
        <translation>Guatemala (+502)</translation>
    </message>
    <message>
        <source>Spain (+34)</source>
        <translation>España (+34)</translation>
    </message>
    <message>
        <source>Portugal (+351)</source>
        <translation>Portugal (+351)</translation>
    </message>
    <message>
        <source>United States (+1)</source>
        <translation>Estados Unidos (+1)</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>e.g. 55 1234 5678 or +52 55 1234 5678</source>
        <translation>p. ej. 55 1234 5678 o +52 55 1234 5678</translation>
    </message>
    <message>
        <source>WhatsApp lets a business start a conversation only with an approved template. Enter the customer's number, then choose the template.</source>
        <translation>WhatsApp solo permite que una empresa inicie una conversación con una plantilla aprobada. Escribe el número del cliente y luego elige la plantilla.</translation>
    </message>
    <message>
        <source>Country or region:</source>
        <translation>País o región:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Número de teléfono:</translation>
    </message>
    <message>
        <source>Choose template…</source>
        <translation>Elegir plantilla…</translation>
    </message>
    <message>
        <source>This is not a valid phone number for %1. Check the digits, or start with + and the country code.</source>
        <translation>No es un número de teléfono válido para %1. Revisa los dígitos o empieza con + y el código del país.</translation>
    </message>
    <message>
        <source>Will be sent to %1</source>
        <translation>Se enviará a %1</translation>
    </message>
</context>
<context>
    <name>recado::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nueva línea en el mensaje</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
</context>
<context>
    <name>recado::ui::SidePanel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>WhatsApp ID:</source>
        <translation>ID de WhatsApp:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Asignármela</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Solicitud de servicio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Request id, customer or phone</source>
        <translation>ID de solicitud, cliente o teléfono</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Link to this conversation</source>
        <translation>Vincular a esta conversación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>hidden by WhatsApp</source>
        <translation>oculto por WhatsApp</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignada a ti</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Archived (reopens when the customer writes)</source>
        <translation>Archivada (se reabre cuando el cliente escribe)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Not linked to a service request.</source>
        <translation>No está vinculada a ninguna solicitud de servicio.</translation>
    </message>
    <message>
        <source>Linked to %1 (loading details…)</source>
        <translation>Vinculada a %1 (cargando detalles…)</translation>
    </message>
    <message>
        <source>Linked to %1 (details unavailable: %2)</source>
        <translation>Vinculada a %1 (detalles no disponibles: %2)</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>estado: %1</translation>
    </message>
    <message>
        <source>technician: %1</source>
        <translation>técnico: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No service request matches.</source>
        <translation>Ninguna solicitud de servicio coincide.</translation>
    </message>
    <message>
        <source>Requests found: %L1</source>
        <translation>Solicitudes encontradas: %L1</translation>
    </message>
    <message>
        <source>Send template…</source>
        <translation>Enviar plantilla…</translation>
    </message>
    <message>
        <source>Send a template with this request's details (id, service, date...) filled in.</source>
        <translation>Enviar una plantilla con los datos de esta solicitud (número, servicio, fecha...) ya completados.</translation>
    </message>
</context>
<context>
    <name>recado::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Stay signed in for this run only</source>
        <translation>Mantener la sesión solo en esta ejecución</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in to Recado</source>
        <translation>Iniciar sesión en Recado</translation>
    </message>
    <message>
        <source>Recado connects to your team's relay. Ask your administrator for its address and your account.</source>
        <translation>Recado se conecta al relay de tu equipo. Pide a tu administrador su dirección y tu cuenta.</translation>
    </message>
    <message>
        <source>Relay &amp;URL:</source>
        <translation>&amp;URL del relay:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your sign-in cannot be saved.&lt;/b&gt; No system keychain is reachable (%1).&lt;br&gt;You can stay signed in for this run only: Recado will ask for your password again the next time it starts. Or cancel, and the new session is revoked.</source>
        <translation>&lt;b&gt;No se puede guardar tu inicio de sesión.&lt;/b&gt; No se puede acceder a ningún llavero del sistema (%1).&lt;br&gt;Puedes mantener la sesión solo en esta ejecución: Recado te pedirá la contraseña de nuevo la próxima vez que se inicie. O cancela, y la nueva sesión se revocará.</translation>
    </message>
    <message>
        <source>Please fill in the relay URL, your user name and your password.</source>
        <translation>Completa la URL del relay, tu nombre de usuario y tu contraseña.</translation>
    </message>
</context>
<context>
    <name>recado::ui::TemplateActions</name>
    <message>
        <source>The template could not be queued: the local cache refused it.</source>
        <translation>No se pudo poner la plantilla en cola: la caché local la rechazó.</translation>
    </message>
    <message>
        <source>The template to %1 was not sent: %2</source>
        <translation>La plantilla para %1 no se envió: %2</translation>
    </message>
</context>
<context>
    <name>recado::ui::TemplateListModel</name>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>utilidad</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>cannot be sent (%1)</source>
        <translation>no se puede enviar (%1)</translation>
    </message>
</context>
<context>
    <name>recado::ui::TemplateParameterForm</name>
    <message>
        <source>Choose a template on the left.</source>
        <translation>Elige una plantilla a la izquierda.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>button %1</source>
        <translation>botón %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Encabezado: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>%1 link (https)</source>
        <translation>Enlace de %1 (https)</translation>
    </message>
    <message>
        <source>The header of this template is a file: give its public https address; WhatsApp fetches it when the message is sent.</source>
        <translation>El encabezado de esta plantilla es un archivo: indica su dirección https pública; WhatsApp lo descarga al enviar el mensaje.</translation>
    </message>
    <message>
        <source>e.g. invoice.pdf</source>
        <translation>p. ej. factura.pdf</translation>
    </message>
    <message>
        <source>File name the customer sees</source>
        <translation>Nombre de archivo que ve el cliente</translation>
    </message>
    <message>
        <source>Button “%1”: %2</source>
        <translation>Botón “%1”: %2</translation>
    </message>
    <message>
        <source>This template needs no values.</source>
        <translation>Esta plantilla no necesita valores.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>The header of this template is a map location.</source>
        <translation>El encabezado de esta plantilla es una ubicación en el mapa.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Place name (optional)</source>
        <translation>Nombre del lugar (opcional)</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Centro de servicio</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>Dirección (opcional)</translation>
    </message>
</context>
<context>
    <name>recado::ui::TemplatePickerDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Search templates by name</source>
        <translation>Buscar plantillas por nombre</translation>
    </message>
    <message>
        <source>Show templates that cannot be sent</source>
        <translation>Mostrar plantillas que no se pueden enviar</translation>
    </message>
    <message>
        <source>What the customer will read:</source>
        <translation>Lo que leerá el cliente:</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <source>Loading the approved templates…</source>
        <translation>Cargando las plantillas aprobadas…</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>No se pudieron cargar las plantillas: %1</translation>
    </message>
    <message>
        <source>No approved template is available. An administrator can submit templates to Meta; they can be sent once Meta approves them.</source>
        <translation>No hay ninguna plantilla aprobada. Un administrador puede enviar plantillas a Meta; se podrán usar cuando Meta las apruebe.</translation>
    </message>
    <message>
        <source>This template cannot be sent: %1</source>
        <translation>Esta plantilla no se puede enviar: %1</translation>
    </message>
    <message>
        <source>This customer's consent does not allow a template now.</source>
        <translation>El consentimiento de este cliente no permite enviar una plantilla ahora.</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>Ninguna plantilla coincide.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Elige una plantilla.</translation>
    </message>
    <message>
        <source>Only approved templates can be sent.</source>
        <translation>Solo se pueden enviar plantillas aprobadas.</translation>
    </message>
    <message>
        <source>Fill in every value marked above to send.</source>
        <translation>Completa todos los valores marcados arriba para enviar.</translation>
    </message>
    <message>
        <source>Checking with the relay…</source>
        <translation>Verificando con el relay…</translation>
    </message>
    <message>
        <source>The relay could not check this template: %1</source>
        <translation>El relay no pudo verificar esta plantilla: %1</translation>
    </message>
    <message>
        <source>The relay says this template cannot be sent yet; see the notes above.</source>
        <translation>El relay indica que esta plantilla aún no se puede enviar; consulta las notas de arriba.</translation>
    </message>
    <message>
        <source>Sending is blocked by the customer's consent.</source>
        <translation>El envío está bloqueado por el consentimiento del cliente.</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Listo para enviar.</translation>
    </message>
</context>
<context>
    <name>recado::ui::TemplatePreview</name>
    <message>
        <source>The preview appears here.</source>
        <translation>Aquí aparece la vista previa.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>recado::ui::ThreadModel</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <extracomment>Day separator date format within the current year (QDate format codes)</extracomment>
        <translation>dddd, d 'de' MMMM</translation>
    </message>
    <message>
        <source>Reply to an earlier message</source>
        <translation>Respuesta a un mensaje anterior</translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation>Reenviado muchas veces</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Reenviado</translation>
    </message>
</context>
<context>
    <name>recado::ui::TrayController</name>
    <message>
        <source>Recado: no unread messages</source>
        <translation>Recado: no hay mensajes sin leer</translation>
    </message>
    <message>
        <source>Recado: %L1 unread</source>
        <translation>Recado: %L1 sin leer</translation>
    </message>
</context>
<context>
    <name>recado::ui::AttachmentDialog</name>
    <message>
        <source>Send as document (original file, no compression)</source>
        <translation>Enviar como documento (archivo original, sin compresión)</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Enviar un archivo</translation>
    </message>
    <message>
        <source>Add a caption…</source>
        <translation>Añade un pie de foto…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>recado::ui::AttachmentPicker</name>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <translation>«%1» no es un archivo que se pueda adjuntar.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png);;Videos (*.mp4 *.3gp);;Audio (*.aac *.amr *.mp3 *.m4a *.ogg *.opus);;Documents (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx);;Stickers (*.webp);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png);;Videos (*.mp4 *.3gp);;Audio (*.aac *.amr *.mp3 *.m4a *.ogg *.opus);;Documentos (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx);;Stickers (*.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Everything WhatsApp accepts (*.jpg *.jpeg *.png *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.webp)</source>
        <translation>Todo lo que WhatsApp acepta (*.jpg *.jpeg *.png *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.webp)</translation>
    </message>
</context>
<context>
    <name>recado::ui::ContactCardDialog</name>
    <message>
        <source>Send a contact card</source>
        <translation>Enviar una tarjeta de contacto</translation>
    </message>
    <message>
        <source>e.g. Luis Técnico</source>
        <translation>p. ej. Luis Técnico</translation>
    </message>
    <message>
        <source>+52 55 1234 5678
(one number per line)</source>
        <translation>+52 55 1234 5678
(un número por línea)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
</context>
<context>
    <name>recado::ui::ContentDialog</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>recado::ui::ImageViewer</name>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>No se puede mostrar esta imagen: %1</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Open with system viewer</source>
        <translation>Abrir con el visor del sistema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>recado::ui::InteractiveDialog</name>
    <message>
        <source>Send reply buttons</source>
        <translation>Enviar botones de respuesta</translation>
    </message>
    <message>
        <source>Send a list</source>
        <translation>Enviar una lista</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters</source>
        <translation>Opcional, hasta 60 caracteres</translation>
    </message>
    <message>
        <source>The question or message the customer answers</source>
        <translation>La pregunta o el mensaje que responde el cliente</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>e.g. Yes, confirm</source>
        <translation>p. ej. Sí, confirmo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>Botón %1</translation>
    </message>
    <message>
        <source>e.g. See times</source>
        <translation>p. ej. Ver horarios</translation>
    </message>
    <message>
        <source>One option per line, up to 10:
Monday 9:00 | Technician Luis
Tuesday 14:00</source>
        <translation>Una opción por línea, hasta 10:
Lunes 9:00 | Técnico Luis
Martes 14:00</translation>
    </message>
    <message>
        <source>List button</source>
        <translation>Botón de la lista</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>The header is longer than WhatsApp's 60 characters.</source>
        <translation>El encabezado supera los 60 caracteres que permite WhatsApp.</translation>
    </message>
    <message>
        <source>The footer is longer than WhatsApp's 60 characters.</source>
        <translation>El pie supera los 60 caracteres que permite WhatsApp.</translation>
    </message>
</context>
<context>
    <name>recado::ui::LocationDialog</name>
    <message>
        <source>Send a location</source>
        <translation>Enviar una ubicación</translation>
    </message>
    <message>
        <source>Latitude, longitude — e.g. 19.4326, -99.1332</source>
        <translation>Latitud, longitud — p. ej. 19.4326, -99.1332</translation>
    </message>
    <message>
        <source>e.g. Recado service centre</source>
        <translation>p. ej. Centro de servicio Recado</translation>
    </message>
    <message>
        <source>Street, number, city</source>
        <translation>Calle, número, ciudad</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Type the coordinates as latitude, longitude (decimal degrees).</source>
        <translation>Escribe las coordenadas como latitud, longitud (grados decimales).</translation>
    </message>
</context>
<context>
    <name>recado::sync::MediaApi</name>
    <message>
        <source>The relay cannot be reached: %1</source>
        <translation>No se puede contactar el relay: %1</translation>
    </message>
    <message>
        <source>The file is still being fetched from WhatsApp.</source>
        <translation>El archivo todavía se está descargando de WhatsApp.</translation>
    </message>
    <message>
        <source>The relay lost its copy of the file.</source>
        <translation>El relay perdió su copia del archivo.</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Please sign in again.</source>
        <translation>Tu sesión ya no es válida. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The file is larger than the relay accepts.</source>
        <translation>El archivo es más grande de lo que acepta el relay.</translation>
    </message>
    <message>
        <source>The relay could not handle the file right now (HTTP %1).</source>
        <translation>El relay no pudo procesar el archivo en este momento (HTTP %1).</translation>
    </message>
    <message>
        <source>The relay refused the file (HTTP %1).</source>
        <translation>El relay rechazó el archivo (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>recado::ui::MediaContext</name>
    <message>
        <source>WhatsApp did not give a reason.</source>
        <translation>WhatsApp no dio el motivo.</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <source>"%1" is not a media kind; use image, video, audio, document or sticker.</source>
        <translation>«%1» no es un tipo de archivo multimedia; usa image, video, audio, document o sticker.</translation>
    </message>
    <message>
        <source>WhatsApp does not accept %1 files as %2 messages. Allowed types: %3.</source>
        <translation>WhatsApp no acepta archivos %1 como mensajes de tipo %2. Tipos permitidos: %3.</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The sticker is %1; WhatsApp allows %2 for %3 stickers.</source>
        <translation>El sticker pesa %1; WhatsApp permite %2 para stickers %3.</translation>
    </message>
    <message>
        <source>animated</source>
        <translation>animados</translation>
    </message>
    <message>
        <source>static</source>
        <translation>estáticos</translation>
    </message>
    <message>
        <source>The file is %1; WhatsApp allows at most %2 for %3 messages.</source>
        <translation>El archivo pesa %1; WhatsApp permite como máximo %2 para mensajes de tipo %3.</translation>
    </message>
    <message>
        <source>The file's content is not %1 as its type says; export it again in that format.</source>
        <translation>El contenido del archivo no es %1 como dice su tipo; vuelve a exportarlo en ese formato.</translation>
    </message>
    <message>
        <source>WhatsApp only accepts Ogg audio encoded with the Opus codec.</source>
        <translation>WhatsApp solo acepta audio Ogg codificado con el códec Opus.</translation>
    </message>
</context>
<context>
    <name>recado::ui::MessageActions</name>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Send a photo, video, audio or document (or drop or paste it here), a location, a contact card, reply buttons or a list</source>
        <translation>Envía una foto, video, audio o documento (o arrástralo o pégalo aquí), una ubicación, una tarjeta de contacto, botones de respuesta o una lista</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Cancelar la respuesta</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Primero abre una conversación.</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>«%1» no se envió: %2</translation>
    </message>
    <message>
        <source>The file could not be queued for sending.</source>
        <translation>No se pudo poner el archivo en la cola de envío.</translation>
    </message>
    <message>
        <source>Replying to your message</source>
        <translation>Respondiendo a tu mensaje</translation>
    </message>
    <message>
        <source>Replying to the customer</source>
        <translation>Respondiendo al cliente</translation>
    </message>
    <message>
        <source>Photo, video, audio or document…</source>
        <translation>Foto, video, audio o documento…</translation>
    </message>
    <message>
        <source>Location…</source>
        <translation>Ubicación…</translation>
    </message>
    <message>
        <source>Contact card…</source>
        <translation>Tarjeta de contacto…</translation>
    </message>
    <message>
        <source>Reply buttons…</source>
        <translation>Botones de respuesta…</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>Lista…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation>Quitar mi reacción</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>The file could not be prepared for opening.</source>
        <translation>No se pudo preparar el archivo para abrirlo.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>No se pudo guardar el archivo en %1.</translation>
    </message>
</context>
<context>
    <name>recado::ui::MessageCards</name>
    <message>
        <source>From an ad</source>
        <translation>Desde un anuncio</translation>
    </message>
    <message>
        <source>From an ad: %1</source>
        <translation>Desde un anuncio: %1</translation>
    </message>
    <message>
        <source>Open the ad</source>
        <translation>Abrir el anuncio</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Cargando foto…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Still fetching from WhatsApp (last try: %1)</source>
        <translation>Todavía se está descargando de WhatsApp (último intento: %1)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Open in map</source>
        <translation>Abrir en el mapa</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>↩ Chose from the list</source>
        <translation>↩ Eligió de la lista</translation>
    </message>
    <message>
        <source>↩ Tapped a button</source>
        <translation>↩ Tocó un botón</translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation>Total: %1 %2</translation>
    </message>
    <message>
        <source>Catalog %1</source>
        <translation>Catálogo %1</translation>
    </message>
    <message>
        <source>WhatsApp could not show this message here</source>
        <translation>WhatsApp no pudo mostrar este mensaje aquí</translation>
    </message>
    <message>
        <source>Meta says: %1</source>
        <translation>Meta dice: %1</translation>
    </message>
    <message>
        <source>Ask the customer to send it another way, or open WhatsApp on the phone.</source>
        <translation>Pide al cliente que lo envíe de otra forma, o abre WhatsApp en el teléfono.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1: no se pudo descargar: %2</translation>
    </message>
    <message numerus="yes">
        <source>Order · %n item(s)</source>
        <translation>
            <numerusform>Pedido · %n artículo</numerusform>
            <numerusform>Pedido · %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recado::sync::Outbox</name>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>No se pudo leer el archivo %1.</translation>
    </message>
    <message>
        <source>The attached file is no longer available; attach it again.</source>
        <translation>El archivo adjunto ya no está disponible; adjúntalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>recado::ui::OutgoingContent</name>
    <message>
        <source>WhatsApp sends %1 without a caption; send the text as a message of its own.</source>
        <translation>WhatsApp envía %1 sin pie de foto; envía el texto como un mensaje aparte.</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>el audio</translation>
    </message>
    <message>
        <source>stickers</source>
        <translation>los stickers</translation>
    </message>
    <message>
        <source>The caption has %1 characters; WhatsApp allows 1024.</source>
        <translation>El pie de foto tiene %1 caracteres; WhatsApp permite 1024.</translation>
    </message>
    <message>
        <source>The latitude must be between -90 and 90.</source>
        <translation>La latitud debe estar entre -90 y 90.</translation>
    </message>
    <message>
        <source>The longitude must be between -180 and 180.</source>
        <translation>La longitud debe estar entre -180 y 180.</translation>
    </message>
    <message>
        <source>A contact card needs a name.</source>
        <translation>Una tarjeta de contacto necesita un nombre.</translation>
    </message>
    <message>
        <source>Add at least one phone number to the contact card.</source>
        <translation>Añade al menos un teléfono a la tarjeta de contacto.</translation>
    </message>
    <message>
        <source>Write the message the buttons answer.</source>
        <translation>Escribe el mensaje al que responden los botones.</translation>
    </message>
    <message>
        <source>The text has %1 characters; WhatsApp allows 1024 with buttons.</source>
        <translation>El texto tiene %1 caracteres; WhatsApp permite 1024 con botones.</translation>
    </message>
    <message>
        <source>WhatsApp allows one to three reply buttons.</source>
        <translation>WhatsApp permite de uno a tres botones de respuesta.</translation>
    </message>
    <message>
        <source>Every button needs a title.</source>
        <translation>Cada botón necesita un título.</translation>
    </message>
    <message>
        <source>The button “%1” is longer than WhatsApp's 20 characters.</source>
        <translation>El botón «%1» supera los 20 caracteres que permite WhatsApp.</translation>
    </message>
    <message>
        <source>Two buttons are called “%1”; each needs its own title.</source>
        <translation>Dos botones se llaman «%1»; cada uno necesita su propio título.</translation>
    </message>
    <message>
        <source>Write the message the list belongs to.</source>
        <translation>Escribe el mensaje al que pertenece la lista.</translation>
    </message>
    <message>
        <source>The text has %1 characters; WhatsApp allows 4096 with a list.</source>
        <translation>El texto tiene %1 caracteres; WhatsApp permite 4096 con una lista.</translation>
    </message>
    <message>
        <source>The list's button needs a label of up to 20 characters.</source>
        <translation>El botón de la lista necesita una etiqueta de hasta 20 caracteres.</translation>
    </message>
    <message>
        <source>A list has one to ten options.</source>
        <translation>Una lista tiene de una a diez opciones.</translation>
    </message>
    <message>
        <source>Every option needs a title.</source>
        <translation>Cada opción necesita un título.</translation>
    </message>
    <message>
        <source>The option “%1” is longer than WhatsApp's 24 characters.</source>
        <translation>La opción «%1» supera los 24 caracteres que permite WhatsApp.</translation>
    </message>
    <message>
        <source>The description of “%1” is longer than WhatsApp's 72 characters.</source>
        <translation>La descripción de «%1» supera los 72 caracteres que permite WhatsApp.</translation>
    </message>
    <message>
        <source>Two options are called “%1”.</source>
        <translation>Dos opciones se llaman «%1».</translation>
    </message>
</context>
<context>
    <name>recado::sync::DraftApi</name>
    <message>
        <source>Someone already decided on this draft.</source>
        <translation>Alguien ya decidió sobre este borrador.</translation>
    </message>
    <message>
        <source>Say in a few words why the draft is rejected.</source>
        <translation>Explica en pocas palabras por qué rechazas el borrador.</translation>
    </message>
    <message>
        <source>The note is too long (at most 1,000 characters).</source>
        <translation>La nota es demasiado larga (máximo 1000 caracteres).</translation>
    </message>
    <message>
        <source>Choose a reason for rejecting the draft.</source>
        <translation>Elige un motivo para rechazar el borrador.</translation>
    </message>
    <message>
        <source>Only replies the AI sent by itself can be marked as wrong.</source>
        <translation>Solo las respuestas que la IA envió por sí sola se pueden marcar como incorrectas.</translation>
    </message>
    <message>
        <source>This reply was already used for another message. Try again.</source>
        <translation>Esta respuesta ya se usó para otro mensaje. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This conversation is closed. Reopen it to reply.</source>
        <translation>Esta conversación está cerrada. Reábrela para responder.</translation>
    </message>
    <message>
        <source>The date range is not valid (at most 366 days, start before end).</source>
        <translation>El rango de fechas no es válido (máximo 366 días, el inicio antes del final).</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftDetailView</name>
    <message>
        <source>AI draft</source>
        <translation>Borrador de la IA</translation>
    </message>
    <message>
        <source>Sent to the customer</source>
        <translation>Enviado al cliente</translation>
    </message>
    <message>
        <source>Changes (deleted struck through, added underlined)</source>
        <translation>Cambios (lo borrado, tachado; lo añadido, subrayado)</translation>
    </message>
    <message>
        <source>Mark as wrong…</source>
        <translation>Marcar como incorrecta…</translation>
    </message>
    <message>
        <source>Select a draft to see it here.</source>
        <translation>Selecciona un borrador para verlo aquí.</translation>
    </message>
    <message>
        <source>Flag this automatic reply as wrong; it is logged and counted.</source>
        <translation>Señala esta respuesta automática como incorrecta; queda registrado y se cuenta en las cifras.</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basado en</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>Drafted %1 · intent %2 · confidence %3 · %4</source>
        <translation>Redactado el %1 · intención %2 · confianza %3 · %4</translation>
    </message>
    <message>
        <source>model drafter</source>
        <translation>redactado por el modelo</translation>
    </message>
    <message>
        <source>built-in drafter</source>
        <translation>redactor integrado</translation>
    </message>
    <message>
        <source>⚠ Escalated: %1</source>
        <translation>⚠ Escalado: %1</translation>
    </message>
    <message>
        <source>Waiting for an agent.</source>
        <translation>Esperando a un agente.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3.</source>
        <translation>%1 por %2 el %3.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation>Nota: «%1»</translation>
    </message>
    <message>
        <source>Characters changed: %1.</source>
        <translation>Caracteres cambiados: %1.</translation>
    </message>
    <message>
        <source>Marked as wrong by %1 on %2: “%3”</source>
        <translation>Marcada como incorrecta por %1 el %2: «%3»</translation>
    </message>
    <message>
        <source>Sent to the customer (exactly as drafted)</source>
        <translation>Enviado al cliente (tal como se redactó)</translation>
    </message>
    <message>
        <source>Marked as wrong</source>
        <translation>Marcada como incorrecta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1: drafted by the AI</source>
        <translation>%1: redactado por la IA</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Mark the automatic reply as wrong</source>
        <translation>Marcar la respuesta automática como incorrecta</translation>
    </message>
    <message>
        <source>What was wrong with this reply? (logged and counted in the figures)</source>
        <translation>¿Qué estuvo mal en esta respuesta? (queda registrado y se cuenta en las cifras)</translation>
    </message>
    <message>
        <source>Mark as wrong</source>
        <translation>Marcar como incorrecta</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftFiguresTab</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por día&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per intent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por intención&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Drafts created from %1 to %2 (%3).</source>
        <translation>Borradores creados del %1 al %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; drafts: &lt;b&gt;%2&lt;/b&gt; approved as is, &lt;b&gt;%3&lt;/b&gt; edited%4, &lt;b&gt;%5&lt;/b&gt; rejected, &lt;b&gt;%6&lt;/b&gt; auto-sent (&lt;b&gt;%7&lt;/b&gt; marked wrong), &lt;b&gt;%8&lt;/b&gt; escalated, %9 pending, %10 superseded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; borradores: &lt;b&gt;%2&lt;/b&gt; aprobados sin cambios, &lt;b&gt;%3&lt;/b&gt; editados%4, &lt;b&gt;%5&lt;/b&gt; rechazados, &lt;b&gt;%6&lt;/b&gt; enviados automáticamente (&lt;b&gt;%7&lt;/b&gt; marcados como incorrectos), &lt;b&gt;%8&lt;/b&gt; escalados, %9 pendientes, %10 reemplazados.</translation>
    </message>
    <message>
        <source> (mean edit distance %1 characters)</source>
        <translation> (distancia de edición media: %1 caracteres)</translation>
    </message>
    <message>
        <source>Approved without change: %1 of reviewed drafts.</source>
        <translation>Aprobados sin cambios: %1 de los borradores revisados.</translation>
    </message>
    <message>
        <source>Reject reasons: %1.</source>
        <translation>Motivos de rechazo: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI containment:&lt;/b&gt; no conversation with a draft was resolved in this period.</source>
        <translation>&lt;b&gt;Contención de la IA:&lt;/b&gt; ninguna conversación con borrador se resolvió en este periodo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI containment: %1&lt;/b&gt; — %2 of %3 resolved conversations needed no person (%4 of them with an AI reply).</source>
        <translation>&lt;b&gt;Contención de la IA: %1&lt;/b&gt; — %2 de %3 conversaciones resueltas no necesitaron a una persona (%4 de ellas con una respuesta de la IA).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to first human response&lt;/b&gt; on escalated conversations: none answered yet (waiting: %1).</source>
        <translation>&lt;b&gt;Tiempo hasta la primera respuesta humana&lt;/b&gt; en conversaciones escaladas: ninguna respondida aún (en espera: %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to first human response&lt;/b&gt; on escalated conversations: median &lt;b&gt;%1&lt;/b&gt;, 90th percentile %2 (%3 answered, %4 waiting).</source>
        <translation>&lt;b&gt;Tiempo hasta la primera respuesta humana&lt;/b&gt; en conversaciones escaladas: mediana &lt;b&gt;%1&lt;/b&gt;, percentil 90 %2 (%3 respondidas, %4 en espera).</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobados</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editados</translation>
    </message>
    <message>
        <source>Mean edit distance</source>
        <translation>Distancia de edición media</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Auto-sent</source>
        <translation>Enviados automáticamente</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Marked wrong</source>
        <translation>Marcados como incorrectos</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftLabels</name>
    <message>
        <source>Confirm appointment</source>
        <translation>Confirmar cita</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Hora de llegada</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Estado de la solicitud</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Shared a photo or file</source>
        <translation>Compartió una foto o archivo</translation>
    </message>
    <message>
        <source>Billing question</source>
        <translation>Pregunta de cobro</translation>
    </message>
    <message>
        <source>Billing dispute</source>
        <translation>Disputa de cobro</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Asks for a person</source>
        <translation>Pide hablar con una persona</translation>
    </message>
    <message>
        <source>Personal data request</source>
        <translation>Solicitud de datos personales</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja de mensajes</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>General question</source>
        <translation>Pregunta general</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved as is</source>
        <translation>Aprobado sin cambios</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Auto-sent</source>
        <translation>Enviado automáticamente</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <source>Misunderstood the customer</source>
        <translation>No entendió al cliente</translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation>Datos incorrectos</translation>
    </message>
    <message>
        <source>Wrong tone</source>
        <translation>Tono inadecuado</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Necesita a una persona</translation>
    </message>
    <message>
        <source>Against policy</source>
        <translation>Contra las políticas</translation>
    </message>
    <message>
        <source>Threatens a formal complaint or legal action</source>
        <translation>Amenaza con una queja formal o acciones legales</translation>
    </message>
    <message>
        <source>Disputes a charge</source>
        <translation>Disputa un cargo</translation>
    </message>
    <message>
        <source>Asks for a refund</source>
        <translation>Pide un reembolso</translation>
    </message>
    <message>
        <source>Upset customer</source>
        <translation>Cliente molesto</translation>
    </message>
    <message>
        <source>Asked the same thing before</source>
        <translation>Ya había pedido lo mismo</translation>
    </message>
    <message>
        <source>Flagged by the AI model</source>
        <translation>Señalado por el modelo de IA</translation>
    </message>
    <message>
        <source>No source answers this</source>
        <translation>Ninguna fuente responde esto</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confianza baja</translation>
    </message>
    <message>
        <source>Unclear what the customer wants</source>
        <translation>No está claro qué quiere el cliente</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: WhatsApp only allows a template message now, so this draft cannot be sent.</source>
        <translation>La ventana de 24 horas está cerrada: WhatsApp ahora solo permite un mensaje de plantilla, así que este borrador no se puede enviar.</translation>
    </message>
    <message>
        <source>The conversation is closed: reopen it before sending this draft.</source>
        <translation>La conversación está cerrada: reábrela antes de enviar este borrador.</translation>
    </message>
    <message>
        <source>The draft is empty: there is nothing to send.</source>
        <translation>El borrador está vacío: no hay nada que enviar.</translation>
    </message>
    <message>
        <source>The relay would refuse to send this draft (%1).</source>
        <translation>El relé rechazaría enviar este borrador (%1).</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Solicitud de servicio</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Ficha del cliente</translation>
    </message>
    <message>
        <source>Earlier message</source>
        <translation>Mensaje anterior</translation>
    </message>
    <message>
        <source>Service request %1</source>
        <translation>Solicitud de servicio %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobó</translation>
    </message>
    <message>
        <source>edited and sent</source>
        <translation>editó y envió</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazó</translation>
    </message>
    <message>
        <source>sent automatically</source>
        <translation>envió automáticamente</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>reemplazó</translation>
    </message>
    <message>
        <source>marked as wrong</source>
        <translation>marcó como incorrecta</translation>
    </message>
    <message>
        <source>the AI (auto-send)</source>
        <translation>la IA (envío automático)</translation>
    </message>
    <message>
        <source>Recado (the customer wrote again)</source>
        <translation>Recado (el cliente volvió a escribir)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftQueueTab</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>All intents</source>
        <translation>Todas las intenciones</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Marked wrong</source>
        <translation>Marcados como incorrectos</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No drafts match these filters.</source>
        <translation>Ningún borrador coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Drafts shown: %L1 (scroll for more).</source>
        <translation>Borradores mostrados: %L1 (desplázate para ver más).</translation>
    </message>
    <message>
        <source>Drafts: %L1.</source>
        <translation>Borradores: %L1.</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftReviewController</name>
    <message>
        <source>AI drafts review…</source>
        <translation>Revisión de borradores de la IA…</translation>
    </message>
    <message>
        <source>Review AI drafts and auto-sent replies, and see their figures (supervisors)</source>
        <translation>Revisa los borradores de la IA y las respuestas automáticas, y consulta sus cifras (supervisores)</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftReviewPane</name>
    <message>
        <source>Reject: already answered</source>
        <translation>Rechazar: ya respondido</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basado en</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Dejar de editar</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; send</source>
        <translation>Aprobar y enviar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Someone already wrote to the customer after this draft. If it is no longer needed, reject it so it does not linger.</source>
        <translation>Alguien ya le escribió al cliente después de este borrador. Si ya no hace falta, recházalo para que no quede pendiente.</translation>
    </message>
    <message>
        <source>Reject the draft with the reason “Needs a person”.</source>
        <translation>Rechaza el borrador con el motivo «Necesita a una persona».</translation>
    </message>
    <message>
        <source>Editing in the composer below: what you send there is recorded as your edit of this draft.</source>
        <translation>Editando en el cuadro de abajo: lo que envíes ahí queda registrado como tu edición de este borrador.</translation>
    </message>
    <message>
        <source>Send the draft to the customer exactly as written.</source>
        <translation>Envía el borrador al cliente tal como está escrito.</translation>
    </message>
    <message>
        <source>Change the draft in the composer, then send it.</source>
        <translation>Modifica el borrador en el cuadro de respuesta y luego envíalo.</translation>
    </message>
    <message>
        <source>Do not send this draft, and say why.</source>
        <translation>No enviar este borrador, e indicar por qué.</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confianza:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Rechazando…</translation>
    </message>
    <message>
        <source>Draft rejected: %1</source>
        <translation>Borrador rechazado: %1</translation>
    </message>
    <message>
        <source>Your edited reply was sent.</source>
        <translation>Se envió tu respuesta editada.</translation>
    </message>
    <message>
        <source>The draft was sent.</source>
        <translation>Se envió el borrador.</translation>
    </message>
    <message>
        <source>The customer wrote again; the AI draft was replaced.</source>
        <translation>El cliente volvió a escribir; el borrador de la IA se reemplazó.</translation>
    </message>
    <message>
        <source>%1 already decided on the AI draft (%2).</source>
        <translation>%1 ya decidió sobre el borrador de la IA (%2).</translation>
    </message>
    <message>
        <source>The draft you were editing is no longer pending; your text stays in the composer as an ordinary reply.</source>
        <translation>El borrador que editabas ya no está pendiente; tu texto se queda en el cuadro de respuesta como una respuesta normal.</translation>
    </message>
    <message>
        <source>AI draft (model)</source>
        <translation>Borrador de la IA (modelo)</translation>
    </message>
    <message>
        <source>AI draft</source>
        <translation>Borrador de la IA</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Needs a person.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;⚠ Necesita a una persona.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The AI flagged this conversation.</source>
        <translation>La IA señaló esta conversación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be sent.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se puede enviar.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Intent: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Intención: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The AI is fairly sure what the customer wants.</source>
        <translation>La IA está bastante segura de lo que quiere el cliente.</translation>
    </message>
    <message>
        <source>The AI is not sure; read the message again.</source>
        <translation>La IA no está segura; vuelve a leer el mensaje.</translation>
    </message>
    <message>
        <source>The AI is guessing; check carefully.</source>
        <translation>La IA está adivinando; revisa con cuidado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognised:&lt;/b&gt; nothing in particular</source>
        <translation>&lt;b&gt;Reconocido:&lt;/b&gt; nada en particular</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognised:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Reconocido:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Based on: no sources (nothing to check it against)</source>
        <translation>Basado en: ninguna fuente (nada con qué comprobarlo)</translation>
    </message>
    <message>
        <source>Based on (click to read):</source>
        <translation>Basado en (haz clic para leer):</translation>
    </message>
    <message>
        <source>Sending your edited reply…</source>
        <translation>Enviando tu respuesta editada…</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftSourcesView</name>
    <message>
        <source>Click a source to read it.</source>
        <translation>Haz clic en una fuente para leerla.</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftTableModel</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message>
        <source>marked wrong</source>
        <translation>marcado como incorrecto</translation>
    </message>
    <message>
        <source>How sure the AI was of the customer's intent</source>
        <translation>Qué tan segura estaba la IA de la intención del cliente</translation>
    </message>
    <message>
        <source>Edit distance: characters the agent changed before sending</source>
        <translation>Distancia de edición: caracteres que el agente cambió antes de enviar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Ediciones</translation>
    </message>
</context>
<context>
    <name>recado::ui::RejectDraftDialog</name>
    <message>
        <source>Reject the AI draft</source>
        <translation>Rechazar el borrador de la IA</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message>
        <source>What was wrong? (optional; required for “Other”)</source>
        <translation>¿Qué estuvo mal? (opcional; obligatorio para «Otro»)</translation>
    </message>
    <message>
        <source>Reject draft</source>
        <translation>Rechazar borrador</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Nothing is sent to the customer. Your reason helps improve the drafts.</source>
        <translation>No se envía nada al cliente. Tu motivo ayuda a mejorar los borradores.</translation>
    </message>
    <message>
        <source>Choose why the draft is rejected.</source>
        <translation>Elige por qué rechazas el borrador.</translation>
    </message>
    <message>
        <source>Say in a few words what was wrong.</source>
        <translation>Explica en pocas palabras qué estuvo mal.</translation>
    </message>
    <message>
        <source>The note is too long (%1 of at most %2 characters).</source>
        <translation>La nota es demasiado larga (%1 de un máximo de %2 caracteres).</translation>
    </message>
</context>
<context>
    <name>recado::ui::SourceReaderDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What the AI read</source>
        <translation>Lo que leyó la IA</translation>
    </message>
    <message>
        <source>Approved article</source>
        <translation>Artículo aprobado</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
</context>
<context>
    <name>recado::ui::SupervisorWindow</name>
    <message>
        <source>AI drafts review — Recado</source>
        <translation>Revisión de borradores de la IA — Recado</translation>
    </message>
    <message>
        <source>Drafts and auto-sent replies</source>
        <translation>Borradores y respuestas automáticas</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Only supervisors and admins can review AI drafts and see their figures. Ask an admin if you need access.

(%1)</source>
        <translation>Solo los supervisores y administradores pueden revisar los borradores de la IA y ver sus cifras. Pide acceso a un administrador si lo necesitas.

(%1)</translation>
    </message>
</context>
</TS>
