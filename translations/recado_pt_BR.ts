<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>recado::sync::CacheSchema</name>
    <message>
        <source>The cache file cannot be read.</source>
        <translation>Não é possível ler o arquivo de cache.</translation>
    </message>
    <message>
        <source>The cache was written by a newer version of Recado (schema %1; this version knows %2).</source>
        <translation>O cache foi gravado por uma versão mais recente do Recado (esquema %1; esta versão conhece o %2).</translation>
    </message>
</context>
<context>
    <name>recado::sync::Catchup</name>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>Não foi possível gravar no cache local: %1</translation>
    </message>
</context>
<context>
    <name>recado::sync::EventStream</name>
    <message>
        <source>The connection to the relay stopped answering.</source>
        <translation>A conexão com o relay parou de responder.</translation>
    </message>
</context>
<context>
    <name>recado::sync::LocalCache</name>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>Não é possível abrir o cache local %1: %2</translation>
    </message>
</context>
<context>
    <name>recado::sync::MemoryTokenStore</name>
    <message>
        <source>The test keychain is switched off.</source>
        <translation>O chaveiro de teste está desativado.</translation>
    </message>
</context>
<context>
    <name>recado::sync::RelayApi</name>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation>O relay em %1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The relay at %1 refused the connection; it may not be running.</source>
        <translation>O relay em %1 recusou a conexão; talvez não esteja em execução.</translation>
    </message>
    <message>
        <source>The relay address %1 could not be found. Check the URL.</source>
        <translation>O endereço do relay %1 não foi encontrado. Verifique a URL.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2</source>
        <translation>Não foi possível estabelecer uma conexão segura com %1: %2</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached: %2</source>
        <translation>Não é possível alcançar o relay em %1: %2</translation>
    </message>
    <message>
        <source>The relay sent an answer this version cannot read.</source>
        <translation>O relay enviou uma resposta que esta versão não consegue ler.</translation>
    </message>
    <message>
        <source>The relay accepted the sign-in but sent no token.</source>
        <translation>O relay aceitou o login, mas não enviou nenhum token.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>O nome de usuário ou a senha não estão corretos.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Sua sessão expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Please sign in again.</source>
        <translation>Sua sessão não é mais válida. Entre novamente.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Sua função não permite esta ação.</translation>
    </message>
    <message>
        <source>The customer has not written in the last 24 hours, so WhatsApp only allows a template message.</source>
        <translation>O cliente não escreveu nas últimas 24 horas, então o WhatsApp só permite uma mensagem de modelo.</translation>
    </message>
    <message>
        <source>The relay does not know this item (it may have been removed).</source>
        <translation>O relay não conhece este item (talvez tenha sido removido).</translation>
    </message>
    <message>
        <source>The relay is busy right now; please try again in a moment.</source>
        <translation>O relay está ocupado agora; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The relay had an internal problem (HTTP %1). Please try again later.</source>
        <translation>O relay teve um problema interno (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The relay refused the request (HTTP %1).</source>
        <translation>O relay recusou a solicitação (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>recado::sync::Session</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>Nenhum chaveiro está configurado.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from %1: %2</source>
        <translation>Não foi possível ler seu login salvo em %1: %2</translation>
    </message>
</context>
<context>
    <name>recado::sync::SyncEngine</name>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Não foi possível salvar a mensagem: %1</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Please sign in again.</source>
        <translation>Sua sessão não é mais válida. Entre novamente.</translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>Não foi possível gravar no cache local: %1</translation>
    </message>
    <message>
        <source>The message could not be retried: %1</source>
        <translation>Não foi possível tentar enviar a mensagem de novo: %1</translation>
    </message>
</context>
<context>
    <name>recado::ui::ClientController</name>
    <message>
        <source>“%1” is not a relay address. It looks like https://relay.example.com or 192.168.1.10:8080.</source>
        <translation>“%1” não é um endereço de relay. Ele se parece com https://relay.example.com ou 192.168.1.10:8080.</translation>
    </message>
    <message>
        <source>The local cache could not be opened: %1</source>
        <translation>Não foi possível abrir o cache local: %1</translation>
    </message>
    <message>
        <source>You are signed in for this run only: no keychain was available to remember your sign-in.</source>
        <translation>Você entrou apenas para esta execução: nenhum chaveiro estava disponível para lembrar seu login.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Você saiu da sua conta.</translation>
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
        <translation>Enviar modelo…</translation>
    </message>
    <message>
        <source>Choosing a template arrives with a later version of Recado.</source>
        <translation>A escolha de modelos chegará em uma versão futura do Recado.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Select a conversation to reply.</source>
        <translation>Selecione uma conversa para responder.</translation>
    </message>
    <message>
        <source>This conversation is closed. Reopen it to reply.</source>
        <translation>Esta conversa está encerrada. Reabra-a para responder.</translation>
    </message>
    <message>
        <source>The customer has not written yet, so WhatsApp only allows a template message. Use “Send template…”.</source>
        <translation>O cliente ainda não escreveu, então o WhatsApp só permite uma mensagem de modelo. Use “Enviar modelo…”.</translation>
    </message>
    <message>
        <source>Free text is not possible until the customer writes.</source>
        <translation>Não é possível enviar texto livre até o cliente escrever.</translation>
    </message>
    <message>
        <source>The 24-hour window closed %1 ago: the customer last wrote more than 24 hours ago, so WhatsApp only allows a template message. Use “Send template…”.</source>
        <translation>A janela de 24 horas fechou há %1: o cliente escreveu pela última vez há mais de 24 horas, então o WhatsApp só permite uma mensagem de modelo. Use “Enviar modelo…”.</translation>
    </message>
    <message>
        <source>Free text is disabled: the 24-hour window is closed.</source>
        <translation>O texto livre está desativado: a janela de 24 horas está fechada.</translation>
    </message>
    <message>
        <source>24-hour window open: %1 left to reply with free text.</source>
        <translation>Janela de 24 horas aberta: restam %1 para responder com texto livre.</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter adds a line)</source>
        <translation>Escreva uma resposta… (Enter envia, Shift+Enter adiciona uma linha)</translation>
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
        <translation>A janela fecha em %1 h %2 min</translation>
    </message>
    <message>
        <source>Window closes in %1 min</source>
        <translation>A janela fecha em %1 min</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>Janela fechada</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuída</translation>
    </message>
</context>
<context>
    <name>recado::ui::ConversationListModel</name>
    <message>
        <source>Assigned to %1</source>
        <translation>Atribuída a %1</translation>
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
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s; it may be locked</source>
        <translation>o chaveiro não respondeu em %1 s; talvez esteja bloqueado</translation>
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
        <translation>Ativas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivadas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerradas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos os atendentes</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuída</translation>
    </message>
    <message>
        <source>Search name, phone or message</source>
        <translation>Buscar nome, telefone ou mensagem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Carregando mensagens anteriores…</translation>
    </message>
    <message>
        <source>Service request %1</source>
        <translation>Solicitação de serviço %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Customer: %3 (%4)&lt;br&gt;Address: %5&lt;br&gt;Requested for: %6&lt;br&gt;Status: %7&lt;br&gt;Vendor: %8&lt;br&gt;Technician: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Cliente: %3 (%4)&lt;br&gt;Endereço: %5&lt;br&gt;Solicitada para: %6&lt;br&gt;Status: %7&lt;br&gt;Fornecedor: %8&lt;br&gt;Técnico: %9</translation>
    </message>
    <message>
        <source>Recado (%1)</source>
        <translation>Recado (%1)</translation>
    </message>
    <message>
        <source>The relay reports a problem: %1</source>
        <translation>O relay informa um problema: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Próxima conversa</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversa anterior</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversas</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Escrever uma resposta</translation>
    </message>
    <message>
        <source>Go to the newest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
    <message>
        <source>Show or hide the side panel</source>
        <translation>Mostrar ou ocultar o painel lateral</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Atribuir a mim</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Fechar o Recado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About Recado</source>
        <translation>Sobre o Recado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recado %1&lt;/b&gt;&lt;br&gt;A WhatsApp inbox for customer service and field service teams.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Recado %1&lt;/b&gt;&lt;br&gt;Uma caixa de entrada do WhatsApp para equipes de atendimento ao cliente e serviço de campo.&lt;br&gt;Licenciado sob a GNU GPL, versão 3 ou posterior.</translation>
    </message>
    <message>
        <source>%1 (unassigned)</source>
        <translation>%1 (não atribuída)</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Nenhuma conversa selecionada</translation>
    </message>
    <message>
        <source>Pick a conversation on the left.</source>
        <translation>Escolha uma conversa à esquerda.</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atribuída a %1</translation>
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
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Conversations: %L1</source>
        <translation>Conversas: %L1</translation>
    </message>
    <message>
        <source>Offline: trying again in %1 s</source>
        <translation>Sem conexão: tentando de novo em %1 s</translation>
    </message>
    <message>
        <source>Waiting to be sent: %L1</source>
        <translation>Aguardando envio: %L1</translation>
    </message>
</context>
<context>
    <name>recado::ui::MessageDelegate</name>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
</context>
<context>
    <name>recado::ui::MessageText</name>
    <message>
        <source>Waiting for connection</source>
        <translation>Aguardando conexão</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Não entregue</translation>
    </message>
    <message>
        <source>More than 24 hours passed since the customer last wrote; send a template instead.</source>
        <translation>Passaram-se mais de 24 horas desde a última mensagem do cliente; envie um modelo.</translation>
    </message>
    <message>
        <source>WhatsApp could not deliver to this number (it may not use WhatsApp or has an old app version).</source>
        <translation>O WhatsApp não conseguiu entregar para este número (talvez ele não use o WhatsApp ou tenha uma versão antiga do aplicativo).</translation>
    </message>
    <message>
        <source>Meta held this message back to protect the customer's experience; try again later or use a different template.</source>
        <translation>A Meta reteve esta mensagem para proteger a experiência do cliente; tente mais tarde ou use outro modelo.</translation>
    </message>
    <message>
        <source>This kind of message is not supported.</source>
        <translation>Este tipo de mensagem não é compatível.</translation>
    </message>
    <message>
        <source>The attached media could not be uploaded or processed.</source>
        <translation>Não foi possível enviar ou processar a mídia anexada.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time; wait a moment and retry.</source>
        <translation>Mensagens demais para este cliente em pouco tempo; aguarde um momento e tente de novo.</translation>
    </message>
    <message>
        <source>The recipient is the business number itself.</source>
        <translation>O destinatário é o próprio número da empresa.</translation>
    </message>
    <message>
        <source>The business WhatsApp account is locked; contact an administrator.</source>
        <translation>A conta do WhatsApp da empresa está bloqueada; fale com um administrador.</translation>
    </message>
    <message>
        <source>WhatsApp's rate limit was reached; the relay will retry.</source>
        <translation>O limite de envio do WhatsApp foi atingido; o relay tentará de novo.</translation>
    </message>
    <message>
        <source>WhatsApp refused the message (error %1).</source>
        <translation>O WhatsApp recusou a mensagem (erro %1).</translation>
    </message>
    <message>
        <source>The message could not be sent.</source>
        <translation>Não foi possível enviar a mensagem.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
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
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Localização: %1</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <source>Contact card: %1</source>
        <translation>Cartão de contato: %1</translation>
    </message>
    <message>
        <source>Interactive reply</source>
        <translation>Resposta interativa</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <translation>Reação removida</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>Reação %1</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>Mensagem de modelo</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>System notice</source>
        <translation>Aviso do sistema</translation>
    </message>
    <message>
        <source>Message of a kind this version cannot show (%1)</source>
        <translation>Mensagem de um tipo que esta versão não consegue exibir (%1)</translation>
    </message>
</context>
<context>
    <name>recado::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nova linha na mensagem</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
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
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>WhatsApp ID:</source>
        <translation>ID do WhatsApp:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Atribuição</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Atribuir a mim</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Remover atribuição</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Solicitação de serviço</translation>
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
        <translation>ID da solicitação, cliente ou telefone</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Link to this conversation</source>
        <translation>Vincular a esta conversa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Encerrar</translation>
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
        <translation>oculto pelo WhatsApp</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Não atribuída</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Atribuída a você</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atribuída a %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Archived (reopens when the customer writes)</source>
        <translation>Arquivada (reabre quando o cliente escrever)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Not linked to a service request.</source>
        <translation>Não está vinculada a nenhuma solicitação de serviço.</translation>
    </message>
    <message>
        <source>Linked to %1 (loading details…)</source>
        <translation>Vinculada a %1 (carregando detalhes…)</translation>
    </message>
    <message>
        <source>Linked to %1 (details unavailable: %2)</source>
        <translation>Vinculada a %1 (detalhes indisponíveis: %2)</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
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
        <translation>Nenhuma solicitação de serviço corresponde.</translation>
    </message>
    <message>
        <source>Requests found: %L1</source>
        <translation>Solicitações encontradas: %L1</translation>
    </message>
</context>
<context>
    <name>recado::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Stay signed in for this run only</source>
        <translation>Manter o login só nesta execução</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar login</translation>
    </message>
    <message>
        <source>Sign in to Recado</source>
        <translation>Entrar no Recado</translation>
    </message>
    <message>
        <source>Recado connects to your team's relay. Ask your administrator for its address and your account.</source>
        <translation>O Recado se conecta ao relay da sua equipe. Peça ao seu administrador o endereço e a sua conta.</translation>
    </message>
    <message>
        <source>Relay &amp;URL:</source>
        <translation>&amp;URL do relay:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your sign-in cannot be saved.&lt;/b&gt; No system keychain is reachable (%1).&lt;br&gt;You can stay signed in for this run only: Recado will ask for your password again the next time it starts. Or cancel, and the new session is revoked.</source>
        <translation>&lt;b&gt;Seu login não pode ser salvo.&lt;/b&gt; Nenhum chaveiro do sistema está acessível (%1).&lt;br&gt;Você pode manter o login só nesta execução: o Recado pedirá sua senha de novo na próxima vez que for aberto. Ou cancele, e a nova sessão será revogada.</translation>
    </message>
    <message>
        <source>Please fill in the relay URL, your user name and your password.</source>
        <translation>Preencha a URL do relay, seu nome de usuário e sua senha.</translation>
    </message>
</context>
<context>
    <name>recado::ui::ThreadModel</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <extracomment>Day separator date format within the current year (QDate format codes)</extracomment>
        <translation>dddd, d 'de' MMMM</translation>
    </message>
    <message>
        <source>Reply to an earlier message</source>
        <translation>Resposta a uma mensagem anterior</translation>
    </message>
</context>
<context>
    <name>recado::ui::TrayController</name>
    <message>
        <source>Recado: no unread messages</source>
        <translation>Recado: nenhuma mensagem não lida</translation>
    </message>
    <message>
        <source>Recado: %L1 unread</source>
        <translation>Recado: %L1 não lidas</translation>
    </message>
</context>
</TS>