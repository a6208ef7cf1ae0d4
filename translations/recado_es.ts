<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
</TS>