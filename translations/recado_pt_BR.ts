<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ParameterSources</name>
    <message>
        <source>Request ID</source>
        <translation>Número da solicitação</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de serviço</translation>
    </message>
    <message>
        <source>Customer name (request)</source>
        <translation>Nome do cliente (solicitação)</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefone de contato</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Data solicitada</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Status da solicitação</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Nome do fornecedor</translation>
    </message>
    <message>
        <source>Vendor first name</source>
        <translation>Primeiro nome do fornecedor</translation>
    </message>
    <message>
        <source>Technician name</source>
        <translation>Nome do técnico</translation>
    </message>
    <message>
        <source>Approved delivery date</source>
        <translation>Data de entrega aprovada</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>Vendor phone</source>
        <translation>Telefone do fornecedor</translation>
    </message>
    <message>
        <source>Form URL</source>
        <translation>URL do formulário</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Data da visita</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Faixa de horário</translation>
    </message>
    <message>
        <source>Expected delay</source>
        <translation>Atraso previsto</translation>
    </message>
    <message>
        <source>Estimated arrival</source>
        <translation>Chegada estimada</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Nome do agente</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nome da empresa</translation>
    </message>
</context>
<context>
    <name>TemplateParameters</name>
    <message>
        <source>Request ID</source>
        <translation>Número da solicitação</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de serviço</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefone de contato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Requested delivery date</source>
        <translation>Data de entrega solicitada</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Data solicitada</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contato</translation>
    </message>
    <message>
        <source>Form URL</source>
        <translation>URL do formulário</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Nome do fornecedor</translation>
    </message>
    <message>
        <source>Vendor phone</source>
        <translation>Telefone do fornecedor</translation>
    </message>
    <message>
        <source>Approved delivery date</source>
        <translation>Data de entrega aprovada</translation>
    </message>
    <message>
        <source>Vendor first name</source>
        <translation>Primeiro nome do fornecedor</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Data da visita</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Faixa de horário</translation>
    </message>
    <message>
        <source>Technician name</source>
        <translation>Nome do técnico</translation>
    </message>
    <message>
        <source>Estimated arrival</source>
        <translation>Chegada estimada</translation>
    </message>
    <message>
        <source>Expected delay</source>
        <translation>Atraso previsto</translation>
    </message>
    <message>
        <source>Confirm reply</source>
        <translation>Resposta “confirmar”</translation>
    </message>
    <message>
        <source>Reschedule reply</source>
        <translation>Resposta “remarcar”</translation>
    </message>
    <message>
        <source>Keep waiting reply</source>
        <translation>Resposta “continuar esperando”</translation>
    </message>
    <message>
        <source>Later today reply</source>
        <translation>Resposta “mais tarde hoje”</translation>
    </message>
    <message>
        <source>Tomorrow reply</source>
        <translation>Resposta “amanhã”</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>Fill in %1: WhatsApp does not accept empty values.</source>
        <translation>Preencha %1: o WhatsApp não aceita valores vazios.</translation>
    </message>
    <message>
        <source>%1 contains a line break, a tab or more than %2 spaces in a row, which WhatsApp refuses in template values. Write it on one line.</source>
        <translation>%1 contém uma quebra de linha, uma tabulação ou mais de %2 espaços seguidos, que o WhatsApp recusa nos valores de um modelo. Escreva em uma só linha.</translation>
    </message>
    <message>
        <source>This template starts with a %1: attach one before sending.</source>
        <translation>Este modelo começa com %1: anexe um antes de enviar.</translation>
    </message>
    <message>
        <source>The header media link must be a web address starting with https://.</source>
        <translation>O link do arquivo do cabeçalho deve ser um endereço web que comece com https://.</translation>
    </message>
    <message>
        <source>This template starts with a map location: choose the place before sending.</source>
        <translation>Este modelo começa com uma localização no mapa: escolha o lugar antes de enviar.</translation>
    </message>
    <message>
        <source>Enter the code the "%1" button copies.</source>
        <translation>Digite o código que o botão "%1" copia.</translation>
    </message>
    <message>
        <source>Enter the end of the web address for the "%1" button.</source>
        <translation>Digite o final do endereço web do botão "%1".</translation>
    </message>
    <message>
        <source>The code is %1 characters long; WhatsApp allows at most %2.</source>
        <translation>O código tem %1 caracteres; o WhatsApp permite no máximo %2.</translation>
    </message>
    <message>
        <source>The template "%1" is still being reviewed by Meta. Wait for the approval or use another template.</source>
        <translation>A Meta ainda está analisando o modelo "%1". Aguarde a aprovação ou use outro modelo.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>Meta rejected the template "%1" (%2). Edit it and submit it again, or use another template.</source>
        <translation>A Meta rejeitou o modelo "%1" (%2). Edite-o e envie de novo, ou use outro modelo.</translation>
    </message>
    <message>
        <source>The template "%1" is paused because customers reported or blocked it. Meta resumes it after a few hours; use another template meanwhile.</source>
        <translation>O modelo "%1" está pausado porque clientes o denunciaram ou bloquearam. A Meta o reativa em algumas horas; enquanto isso, use outro modelo.</translation>
    </message>
    <message>
        <source>Meta disabled the template "%1" for low quality. Create a new template.</source>
        <translation>A Meta desativou o modelo "%1" por baixa qualidade. Crie um modelo novo.</translation>
    </message>
    <message>
        <source>The template "%1" was rejected and its appeal is under review. Use another template meanwhile.</source>
        <translation>O modelo "%1" foi rejeitado e o recurso está em análise. Enquanto isso, use outro modelo.</translation>
    </message>
    <message>
        <source>The template "%1" is archived. Unarchive it in WhatsApp Manager to use it.</source>
        <translation>O modelo "%1" está arquivado. Desarquive-o no Gerenciador do WhatsApp para usá-lo.</translation>
    </message>
    <message>
        <source>The template "%1" was deleted.</source>
        <translation>O modelo "%1" foi excluído.</translation>
    </message>
    <message>
        <source>The template "%1" cannot be used: the account reached its template limit.</source>
        <translation>O modelo "%1" não pode ser usado: a conta atingiu o limite de modelos.</translation>
    </message>
    <message>
        <source>The template "%1" has not been approved by Meta (it was never submitted or its state is unknown). Synchronise the templates or pick an approved one.</source>
        <translation>A Meta não aprovou o modelo "%1" (nunca foi enviado ou o estado é desconhecido). Sincronize os modelos ou escolha um aprovado.</translation>
    </message>
    <message numerus="yes">
        <source>The header of "%1" takes %n value(s), but %2 were given.</source>
        <translation>
            <numerusform>O cabeçalho de "%1" recebe %n valor, mas foram informados %2.</numerusform>
            <numerusform>O cabeçalho de "%1" recebe %n valores, mas foram informados %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template "%1" takes %n value(s), but %2 were given.</source>
        <translation>
            <numerusform>O modelo "%1" recebe %n valor, mas foram informados %2.</numerusform>
            <numerusform>O modelo "%1" recebe %n valores, mas foram informados %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The one-time code is %1 characters long; WhatsApp allows at most %2.</source>
        <translation>O código de uso único tem %1 caracteres; o WhatsApp permite no máximo %2.</translation>
    </message>
    <message>
        <source>With these values the header is %1 characters long; the limit is %2. Shorten the value.</source>
        <translation>Com esses valores o cabeçalho tem %1 caracteres; o limite é %2. Encurte o valor.</translation>
    </message>
    <message>
        <source>With these values the message is %1 characters long; the limit is %2. Shorten the values.</source>
        <translation>Com esses valores a mensagem tem %1 caracteres; o limite é %2. Encurte os valores.</translation>
    </message>
</context>
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
    <message>
        <source>Send an approved WhatsApp template. Templates may be sent at any time, also after the 24-hour window has closed.</source>
        <translation>Enviar um modelo do WhatsApp aprovado. Modelos podem ser enviados a qualquer momento, inclusive depois que a janela de 24 horas fechar.</translation>
    </message>
</context>
<context>
    <name>recado::ui::ConsentBox</name>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Consent history…</source>
        <translation>Histórico de consentimento…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Consent unknown: %1</source>
        <translation>Consentimento desconhecido: %1</translation>
    </message>
    <message>
        <source>No template can be sent.</source>
        <translation>Nenhum modelo pode ser enviado.</translation>
    </message>
</context>
<context>
    <name>recado::ui::ConsentHistoryDialog</name>
    <message>
        <source>Consent history — %1</source>
        <translation>Histórico de consentimento — %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Note for the record (optional), e.g. “asked by phone”</source>
        <translation>Observação para o registro (opcional), p. ex. “pediu por telefone”</translation>
    </message>
    <message>
        <source>Record verbal opt-in</source>
        <translation>Registrar consentimento verbal</translation>
    </message>
    <message>
        <source>The customer agreed, e.g. on the phone, to receive WhatsApp messages from us.</source>
        <translation>O cliente aceitou, p. ex. por telefone, receber mensagens de WhatsApp nossas.</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Registrar descadastro</translation>
    </message>
    <message>
        <source>The customer asked us to stop. No template can be sent until they write again or opt in. They are told while the 24-hour window is open.</source>
        <translation>O cliente pediu para pararmos. Nenhum modelo pode ser enviado até que ele escreva de novo ou aceite novamente. Ele é avisado se a janela de 24 horas estiver aberta.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export consent history</source>
        <translation>Exportar histórico de consentimento</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>The consent history could not be loaded: %1</source>
        <translation>Não foi possível carregar o histórico de consentimento: %1</translation>
    </message>
    <message>
        <source>Templates: allowed. %1</source>
        <translation>Modelos: permitidos. %1</translation>
    </message>
    <message>
        <source>Templates: not allowed. %1</source>
        <translation>Modelos: não permitidos. %1</translation>
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
        <translation>Não registrado: %1</translation>
    </message>
    <message>
        <source>Opt-in recorded.</source>
        <translation>Consentimento registrado.</translation>
    </message>
    <message>
        <source>Opt-out recorded; the customer is being told.</source>
        <translation>Descadastro registrado; o cliente está sendo avisado.</translation>
    </message>
    <message>
        <source>Opt-out recorded. The customer was not told: their 24-hour window is closed.</source>
        <translation>Descadastro registrado. O cliente não foi avisado: a janela de 24 horas está fechada.</translation>
    </message>
    <message>
        <source>Opt-out recorded.</source>
        <translation>Descadastro registrado.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Exported %L1 records to %2</source>
        <translation>%L1 registros exportados para %2</translation>
    </message>
</context>
<context>
    <name>recado::ui::ConsentText</name>
    <message>
        <source>Opted in on %1 (%2)</source>
        <translation>Aceitou em %1 (%2)</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2)</source>
        <translation>Descadastrou-se em %1 (%2)</translation>
    </message>
    <message>
        <source>No consent recorded yet</source>
        <translation>Nenhum consentimento registrado ainda</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Descadastro</translation>
    </message>
    <message>
        <source>customer wrote to us</source>
        <translation>o cliente nos escreveu</translation>
    </message>
    <message>
        <source>keyword in a message</source>
        <translation>palavra-chave em uma mensagem</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulário web</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>verbal, recorded by an agent</source>
        <translation>verbal, registrado por um agente</translation>
    </message>
    <message>
        <source>recorded by an agent</source>
        <translation>registrado por um agente</translation>
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
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>New message to a phone number (Ctrl+N)</source>
        <translation>Nova mensagem para um número de telefone (Ctrl+N)</translation>
    </message>
    <message>
        <source>New message…</source>
        <translation>Nova mensagem…</translation>
    </message>
    <message>
        <source>Start a conversation with a phone number (with a template)</source>
        <translation>Iniciar uma conversa com um número de telefone (com um modelo)</translation>
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
    <message>
        <source>The number of values does not match the template. Send it again with “Send template…” and fill in every value.</source>
        <translation>A quantidade de valores não corresponde ao modelo. Envie de novo com “Enviar modelo…” e preencha todos os valores.</translation>
    </message>
    <message>
        <source>This template does not exist in this language or is not approved yet. Pick an approved template in the customer's language.</source>
        <translation>Este modelo não existe neste idioma ou ainda não foi aprovado. Escolha um modelo aprovado no idioma do cliente.</translation>
    </message>
    <message>
        <source>The message is too long once the values are filled in. Shorten the values and send it again.</source>
        <translation>A mensagem fica longa demais com os valores preenchidos. Encurte os valores e envie de novo.</translation>
    </message>
    <message>
        <source>The template's content breaks a WhatsApp policy. Use another template; an administrator has to edit this one.</source>
        <translation>O conteúdo do modelo viola uma política do WhatsApp. Use outro modelo; um administrador precisa editar este.</translation>
    </message>
    <message>
        <source>A template value has the wrong format (for example text where a file is expected). Check each value and send it again.</source>
        <translation>Um valor do modelo está no formato errado (por exemplo, texto onde se espera um arquivo). Confira cada valor e envie de novo.</translation>
    </message>
    <message>
        <source>The template is paused because of low quality. Use another template for now.</source>
        <translation>O modelo está pausado por baixa qualidade. Use outro modelo por enquanto.</translation>
    </message>
    <message>
        <source>Meta disabled this template. Use another template.</source>
        <translation>A Meta desativou este modelo. Use outro modelo.</translation>
    </message>
    <message>
        <source>The flow in this template is blocked. Use another template.</source>
        <translation>O fluxo deste modelo está bloqueado. Use outro modelo.</translation>
    </message>
    <message>
        <source>Too many messages with this template's flow were sent in the last hour. Try again later or use another template.</source>
        <translation>Foram enviadas mensagens demais com o fluxo deste modelo na última hora. Tente mais tarde ou use outro modelo.</translation>
    </message>
    <message>
        <source>The customer stopped marketing messages from this business. Send a utility template, or reply when they write.</source>
        <translation>O cliente parou de receber mensagens de marketing desta empresa. Envie um modelo de utilidade ou responda quando ele escrever.</translation>
    </message>
    <message>
        <source>Meta held back this marketing message because the customer's number is part of a WhatsApp experiment. Use a utility template or another channel.</source>
        <translation>A Meta reteve esta mensagem de marketing porque o número do cliente faz parte de um experimento do WhatsApp. Use um modelo de utilidade ou outro canal.</translation>
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
        <translation>Colômbia (+57)</translation>
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
        <translation>Peru (+51)</translation>
    </message>
    <message>
        <source>Guatemala (+502)</source>
        <translation>Guatemala (+502)</translation>
    </message>
    <message>
        <source>Spain (+34)</source>
        <translation>Espanha (+34)</translation>
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
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>e.g. 55 1234 5678 or +52 55 1234 5678</source>
        <translation>p. ex. 55 1234 5678 ou +52 55 1234 5678</translation>
    </message>
    <message>
        <source>WhatsApp lets a business start a conversation only with an approved template. Enter the customer's number, then choose the template.</source>
        <translation>O WhatsApp só permite que uma empresa inicie uma conversa com um modelo aprovado. Digite o número do cliente e depois escolha o modelo.</translation>
    </message>
    <message>
        <source>Country or region:</source>
        <translation>País ou região:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Número de telefone:</translation>
    </message>
    <message>
        <source>Choose template…</source>
        <translation>Escolher modelo…</translation>
    </message>
    <message>
        <source>This is not a valid phone number for %1. Check the digits, or start with + and the country code.</source>
        <translation>Não é um número de telefone válido para %1. Confira os dígitos ou comece com + e o código do país.</translation>
    </message>
    <message>
        <source>Will be sent to %1</source>
        <translation>Será enviado para %1</translation>
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
    <message>
        <source>Send template…</source>
        <translation>Enviar modelo…</translation>
    </message>
    <message>
        <source>Send a template with this request's details (id, service, date...) filled in.</source>
        <translation>Enviar um modelo com os dados desta solicitação (número, serviço, data...) já preenchidos.</translation>
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
    <name>recado::ui::TemplateActions</name>
    <message>
        <source>The template could not be queued: the local cache refused it.</source>
        <translation>Não foi possível colocar o modelo na fila: o cache local o recusou.</translation>
    </message>
    <message>
        <source>The template to %1 was not sent: %2</source>
        <translation>O modelo para %1 não foi enviado: %2</translation>
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
        <translation>utilidade</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticação</translation>
    </message>
    <message>
        <source>cannot be sent (%1)</source>
        <translation>não pode ser enviado (%1)</translation>
    </message>
</context>
<context>
    <name>recado::ui::TemplateParameterForm</name>
    <message>
        <source>Choose a template on the left.</source>
        <translation>Escolha um modelo à esquerda.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>button %1</source>
        <translation>botão %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Cabeçalho: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>%1 link (https)</source>
        <translation>Link de %1 (https)</translation>
    </message>
    <message>
        <source>The header of this template is a file: give its public https address; WhatsApp fetches it when the message is sent.</source>
        <translation>O cabeçalho deste modelo é um arquivo: informe o endereço https público; o WhatsApp o baixa quando a mensagem é enviada.</translation>
    </message>
    <message>
        <source>e.g. invoice.pdf</source>
        <translation>p. ex. fatura.pdf</translation>
    </message>
    <message>
        <source>File name the customer sees</source>
        <translation>Nome do arquivo que o cliente vê</translation>
    </message>
    <message>
        <source>Button “%1”: %2</source>
        <translation>Botão “%1”: %2</translation>
    </message>
    <message>
        <source>This template needs no values.</source>
        <translation>Este modelo não precisa de valores.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>The header of this template is a map location.</source>
        <translation>O cabeçalho deste modelo é uma localização no mapa.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Place name (optional)</source>
        <translation>Nome do local (opcional)</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>Central de serviços</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>Endereço (opcional)</translation>
    </message>
</context>
<context>
    <name>recado::ui::TemplatePickerDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Search templates by name</source>
        <translation>Buscar modelos pelo nome</translation>
    </message>
    <message>
        <source>Show templates that cannot be sent</source>
        <translation>Mostrar modelos que não podem ser enviados</translation>
    </message>
    <message>
        <source>What the customer will read:</source>
        <translation>O que o cliente vai ler:</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <source>Loading the approved templates…</source>
        <translation>Carregando os modelos aprovados…</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Não foi possível carregar os modelos: %1</translation>
    </message>
    <message>
        <source>No approved template is available. An administrator can submit templates to Meta; they can be sent once Meta approves them.</source>
        <translation>Nenhum modelo aprovado disponível. Um administrador pode enviar modelos à Meta; eles poderão ser usados quando a Meta os aprovar.</translation>
    </message>
    <message>
        <source>This template cannot be sent: %1</source>
        <translation>Este modelo não pode ser enviado: %1</translation>
    </message>
    <message>
        <source>This customer's consent does not allow a template now.</source>
        <translation>O consentimento deste cliente não permite enviar um modelo agora.</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>Nenhum modelo corresponde.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Escolha um modelo.</translation>
    </message>
    <message>
        <source>Only approved templates can be sent.</source>
        <translation>Só é possível enviar modelos aprovados.</translation>
    </message>
    <message>
        <source>Fill in every value marked above to send.</source>
        <translation>Preencha todos os valores marcados acima para enviar.</translation>
    </message>
    <message>
        <source>Checking with the relay…</source>
        <translation>Verificando com o relay…</translation>
    </message>
    <message>
        <source>The relay could not check this template: %1</source>
        <translation>O relay não conseguiu verificar este modelo: %1</translation>
    </message>
    <message>
        <source>The relay says this template cannot be sent yet; see the notes above.</source>
        <translation>O relay informa que este modelo ainda não pode ser enviado; veja as observações acima.</translation>
    </message>
    <message>
        <source>Sending is blocked by the customer's consent.</source>
        <translation>O envio está bloqueado pelo consentimento do cliente.</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Pronto para enviar.</translation>
    </message>
</context>
<context>
    <name>recado::ui::TemplatePreview</name>
    <message>
        <source>The preview appears here.</source>
        <translation>A pré-visualização aparece aqui.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
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
    <message>
        <source>Forwarded many times</source>
        <translation>Encaminhada com frequência</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Encaminhada</translation>
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
<context>
    <name>recado::ui::AttachmentDialog</name>
    <message>
        <source>Send as document (original file, no compression)</source>
        <translation>Enviar como documento (arquivo original, sem compressão)</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Enviar um arquivo</translation>
    </message>
    <message>
        <source>Add a caption…</source>
        <translation>Adicione uma legenda…</translation>
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
        <translation>“%1” não é um arquivo que possa ser anexado.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Não é possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png);;Videos (*.mp4 *.3gp);;Audio (*.aac *.amr *.mp3 *.m4a *.ogg *.opus);;Documents (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx);;Stickers (*.webp);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png);;Vídeos (*.mp4 *.3gp);;Áudio (*.aac *.amr *.mp3 *.m4a *.ogg *.opus);;Documentos (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx);;Figurinhas (*.webp);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>Everything WhatsApp accepts (*.jpg *.jpeg *.png *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.webp)</source>
        <translation>Tudo o que o WhatsApp aceita (*.jpg *.jpeg *.png *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.webp)</translation>
    </message>
</context>
<context>
    <name>recado::ui::ContactCardDialog</name>
    <message>
        <source>Send a contact card</source>
        <translation>Enviar um cartão de contato</translation>
    </message>
    <message>
        <source>e.g. Luis Técnico</source>
        <translation>ex.: Luis Técnico</translation>
    </message>
    <message>
        <source>+52 55 1234 5678
(one number per line)</source>
        <translation>+55 11 91234 5678
(um número por linha)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
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
        <translation>Não é possível mostrar esta imagem: %1</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamanho real</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Open with system viewer</source>
        <translation>Abrir com o visualizador do sistema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>recado::ui::InteractiveDialog</name>
    <message>
        <source>Send reply buttons</source>
        <translation>Enviar botões de resposta</translation>
    </message>
    <message>
        <source>Send a list</source>
        <translation>Enviar uma lista</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters</source>
        <translation>Opcional, até 60 caracteres</translation>
    </message>
    <message>
        <source>The question or message the customer answers</source>
        <translation>A pergunta ou a mensagem que o cliente responde</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>e.g. Yes, confirm</source>
        <translation>ex.: Sim, confirmo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>Botão %1</translation>
    </message>
    <message>
        <source>e.g. See times</source>
        <translation>ex.: Ver horários</translation>
    </message>
    <message>
        <source>One option per line, up to 10:
Monday 9:00 | Technician Luis
Tuesday 14:00</source>
        <translation>Uma opção por linha, até 10:
Segunda 9:00 | Técnico Luis
Terça 14:00</translation>
    </message>
    <message>
        <source>List button</source>
        <translation>Botão da lista</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>The header is longer than WhatsApp's 60 characters.</source>
        <translation>O cabeçalho passa dos 60 caracteres que o WhatsApp permite.</translation>
    </message>
    <message>
        <source>The footer is longer than WhatsApp's 60 characters.</source>
        <translation>O rodapé passa dos 60 caracteres que o WhatsApp permite.</translation>
    </message>
</context>
<context>
    <name>recado::ui::LocationDialog</name>
    <message>
        <source>Send a location</source>
        <translation>Enviar uma localização</translation>
    </message>
    <message>
        <source>Latitude, longitude — e.g. 19.4326, -99.1332</source>
        <translation>Latitude, longitude — ex.: -23.5505, -46.6333</translation>
    </message>
    <message>
        <source>e.g. Recado service centre</source>
        <translation>ex.: Central de atendimento Recado</translation>
    </message>
    <message>
        <source>Street, number, city</source>
        <translation>Rua, número, cidade</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Type the coordinates as latitude, longitude (decimal degrees).</source>
        <translation>Digite as coordenadas como latitude, longitude (graus decimais).</translation>
    </message>
</context>
<context>
    <name>recado::sync::MediaApi</name>
    <message>
        <source>The relay cannot be reached: %1</source>
        <translation>Não é possível acessar o relay: %1</translation>
    </message>
    <message>
        <source>The file is still being fetched from WhatsApp.</source>
        <translation>O arquivo ainda está sendo baixado do WhatsApp.</translation>
    </message>
    <message>
        <source>The relay lost its copy of the file.</source>
        <translation>O relay perdeu sua cópia do arquivo.</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Please sign in again.</source>
        <translation>Sua sessão não é mais válida. Entre novamente.</translation>
    </message>
    <message>
        <source>The file is larger than the relay accepts.</source>
        <translation>O arquivo é maior do que o relay aceita.</translation>
    </message>
    <message>
        <source>The relay could not handle the file right now (HTTP %1).</source>
        <translation>O relay não conseguiu processar o arquivo agora (HTTP %1).</translation>
    </message>
    <message>
        <source>The relay refused the file (HTTP %1).</source>
        <translation>O relay recusou o arquivo (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>recado::ui::MediaContext</name>
    <message>
        <source>WhatsApp did not give a reason.</source>
        <translation>O WhatsApp não informou o motivo.</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <source>"%1" is not a media kind; use image, video, audio, document or sticker.</source>
        <translation>“%1” não é um tipo de mídia; use image, video, audio, document ou sticker.</translation>
    </message>
    <message>
        <source>WhatsApp does not accept %1 files as %2 messages. Allowed types: %3.</source>
        <translation>O WhatsApp não aceita arquivos %1 como mensagens do tipo %2. Tipos permitidos: %3.</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>sem tipo</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The sticker is %1; WhatsApp allows %2 for %3 stickers.</source>
        <translation>A figurinha tem %1; o WhatsApp permite %2 para figurinhas %3.</translation>
    </message>
    <message>
        <source>animated</source>
        <translation>animadas</translation>
    </message>
    <message>
        <source>static</source>
        <translation>estáticas</translation>
    </message>
    <message>
        <source>The file is %1; WhatsApp allows at most %2 for %3 messages.</source>
        <translation>O arquivo tem %1; o WhatsApp permite no máximo %2 para mensagens do tipo %3.</translation>
    </message>
    <message>
        <source>The file's content is not %1 as its type says; export it again in that format.</source>
        <translation>O conteúdo do arquivo não é %1 como diz o tipo; exporte-o novamente nesse formato.</translation>
    </message>
    <message>
        <source>WhatsApp only accepts Ogg audio encoded with the Opus codec.</source>
        <translation>O WhatsApp só aceita áudio Ogg codificado com o codec Opus.</translation>
    </message>
</context>
<context>
    <name>recado::ui::MessageActions</name>
    <message>
        <source>Attach</source>
        <translation>Anexar</translation>
    </message>
    <message>
        <source>Send a photo, video, audio or document (or drop or paste it here), a location, a contact card, reply buttons or a list</source>
        <translation>Envie uma foto, vídeo, áudio ou documento (ou arraste ou cole aqui), uma localização, um cartão de contato, botões de resposta ou uma lista</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Cancelar a resposta</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Abra uma conversa primeiro.</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>“%1” não foi enviado: %2</translation>
    </message>
    <message>
        <source>The file could not be queued for sending.</source>
        <translation>Não foi possível colocar o arquivo na fila de envio.</translation>
    </message>
    <message>
        <source>Replying to your message</source>
        <translation>Respondendo à sua mensagem</translation>
    </message>
    <message>
        <source>Replying to the customer</source>
        <translation>Respondendo ao cliente</translation>
    </message>
    <message>
        <source>Photo, video, audio or document…</source>
        <translation>Foto, vídeo, áudio ou documento…</translation>
    </message>
    <message>
        <source>Location…</source>
        <translation>Localização…</translation>
    </message>
    <message>
        <source>Contact card…</source>
        <translation>Cartão de contato…</translation>
    </message>
    <message>
        <source>Reply buttons…</source>
        <translation>Botões de resposta…</translation>
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
        <translation>Reagir</translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation>Remover minha reação</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>The file could not be prepared for opening.</source>
        <translation>Não foi possível preparar o arquivo para abri-lo.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>Não foi possível salvar o arquivo em %1.</translation>
    </message>
</context>
<context>
    <name>recado::ui::MessageCards</name>
    <message>
        <source>From an ad</source>
        <translation>A partir de um anúncio</translation>
    </message>
    <message>
        <source>From an ad: %1</source>
        <translation>A partir de um anúncio: %1</translation>
    </message>
    <message>
        <source>Open the ad</source>
        <translation>Abrir o anúncio</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Carregando foto…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
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
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Still fetching from WhatsApp (last try: %1)</source>
        <translation>Ainda baixando do WhatsApp (última tentativa: %1)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Open in map</source>
        <translation>Abrir no mapa</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>↩ Chose from the list</source>
        <translation>↩ Escolheu da lista</translation>
    </message>
    <message>
        <source>↩ Tapped a button</source>
        <translation>↩ Tocou em um botão</translation>
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
        <translation>O WhatsApp não conseguiu mostrar esta mensagem aqui</translation>
    </message>
    <message>
        <source>Meta says: %1</source>
        <translation>A Meta diz: %1</translation>
    </message>
    <message>
        <source>Ask the customer to send it another way, or open WhatsApp on the phone.</source>
        <translation>Peça ao cliente que envie de outra forma, ou abra o WhatsApp no celular.</translation>
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
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1: não foi possível baixar: %2</translation>
    </message>
    <message numerus="yes">
        <source>Order · %n item(s)</source>
        <translation>
            <numerusform>Pedido · %n item</numerusform>
            <numerusform>Pedido · %n itens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recado::sync::Outbox</name>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Não foi possível ler o arquivo %1.</translation>
    </message>
    <message>
        <source>The attached file is no longer available; attach it again.</source>
        <translation>O arquivo anexado não está mais disponível; anexe-o novamente.</translation>
    </message>
</context>
<context>
    <name>recado::ui::OutgoingContent</name>
    <message>
        <source>WhatsApp sends %1 without a caption; send the text as a message of its own.</source>
        <translation>O WhatsApp envia %1 sem legenda; envie o texto como uma mensagem separada.</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>áudio</translation>
    </message>
    <message>
        <source>stickers</source>
        <translation>figurinhas</translation>
    </message>
    <message>
        <source>The caption has %1 characters; WhatsApp allows 1024.</source>
        <translation>A legenda tem %1 caracteres; o WhatsApp permite 1024.</translation>
    </message>
    <message>
        <source>The latitude must be between -90 and 90.</source>
        <translation>A latitude deve estar entre -90 e 90.</translation>
    </message>
    <message>
        <source>The longitude must be between -180 and 180.</source>
        <translation>A longitude deve estar entre -180 e 180.</translation>
    </message>
    <message>
        <source>A contact card needs a name.</source>
        <translation>Um cartão de contato precisa de um nome.</translation>
    </message>
    <message>
        <source>Add at least one phone number to the contact card.</source>
        <translation>Adicione pelo menos um telefone ao cartão de contato.</translation>
    </message>
    <message>
        <source>Write the message the buttons answer.</source>
        <translation>Escreva a mensagem que os botões respondem.</translation>
    </message>
    <message>
        <source>The text has %1 characters; WhatsApp allows 1024 with buttons.</source>
        <translation>O texto tem %1 caracteres; o WhatsApp permite 1024 com botões.</translation>
    </message>
    <message>
        <source>WhatsApp allows one to three reply buttons.</source>
        <translation>O WhatsApp permite de um a três botões de resposta.</translation>
    </message>
    <message>
        <source>Every button needs a title.</source>
        <translation>Cada botão precisa de um título.</translation>
    </message>
    <message>
        <source>The button “%1” is longer than WhatsApp's 20 characters.</source>
        <translation>O botão “%1” passa dos 20 caracteres que o WhatsApp permite.</translation>
    </message>
    <message>
        <source>Two buttons are called “%1”; each needs its own title.</source>
        <translation>Dois botões se chamam “%1”; cada um precisa de um título próprio.</translation>
    </message>
    <message>
        <source>Write the message the list belongs to.</source>
        <translation>Escreva a mensagem à qual a lista pertence.</translation>
    </message>
    <message>
        <source>The text has %1 characters; WhatsApp allows 4096 with a list.</source>
        <translation>O texto tem %1 caracteres; o WhatsApp permite 4096 com uma lista.</translation>
    </message>
    <message>
        <source>The list's button needs a label of up to 20 characters.</source>
        <translation>O botão da lista precisa de um rótulo de até 20 caracteres.</translation>
    </message>
    <message>
        <source>A list has one to ten options.</source>
        <translation>Uma lista tem de uma a dez opções.</translation>
    </message>
    <message>
        <source>Every option needs a title.</source>
        <translation>Cada opção precisa de um título.</translation>
    </message>
    <message>
        <source>The option “%1” is longer than WhatsApp's 24 characters.</source>
        <translation>A opção “%1” passa dos 24 caracteres que o WhatsApp permite.</translation>
    </message>
    <message>
        <source>The description of “%1” is longer than WhatsApp's 72 characters.</source>
        <translation>A descrição de “%1” passa dos 72 caracteres que o WhatsApp permite.</translation>
    </message>
    <message>
        <source>Two options are called “%1”.</source>
        <translation>Duas opções se chamam “%1”.</translation>
    </message>
</context>
<context>
    <name>recado::sync::DraftApi</name>
    <message>
        <source>Someone already decided on this draft.</source>
        <translation>Alguém já decidiu sobre este rascunho.</translation>
    </message>
    <message>
        <source>Say in a few words why the draft is rejected.</source>
        <translation>Explique em poucas palavras por que o rascunho foi rejeitado.</translation>
    </message>
    <message>
        <source>The note is too long (at most 1,000 characters).</source>
        <translation>A nota é longa demais (no máximo 1.000 caracteres).</translation>
    </message>
    <message>
        <source>Choose a reason for rejecting the draft.</source>
        <translation>Escolha um motivo para rejeitar o rascunho.</translation>
    </message>
    <message>
        <source>Only replies the AI sent by itself can be marked as wrong.</source>
        <translation>Só as respostas que a IA enviou sozinha podem ser marcadas como erradas.</translation>
    </message>
    <message>
        <source>This reply was already used for another message. Try again.</source>
        <translation>Esta resposta já foi usada para outra mensagem. Tente de novo.</translation>
    </message>
    <message>
        <source>This conversation is closed. Reopen it to reply.</source>
        <translation>Esta conversa está encerrada. Reabra-a para responder.</translation>
    </message>
    <message>
        <source>The date range is not valid (at most 366 days, start before end).</source>
        <translation>O período não é válido (no máximo 366 dias, o início antes do fim).</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftDetailView</name>
    <message>
        <source>AI draft</source>
        <translation>Rascunho da IA</translation>
    </message>
    <message>
        <source>Sent to the customer</source>
        <translation>Enviado ao cliente</translation>
    </message>
    <message>
        <source>Changes (deleted struck through, added underlined)</source>
        <translation>Alterações (o que saiu, riscado; o que entrou, sublinhado)</translation>
    </message>
    <message>
        <source>Mark as wrong…</source>
        <translation>Marcar como errada…</translation>
    </message>
    <message>
        <source>Select a draft to see it here.</source>
        <translation>Selecione um rascunho para vê-lo aqui.</translation>
    </message>
    <message>
        <source>Flag this automatic reply as wrong; it is logged and counted.</source>
        <translation>Sinalize esta resposta automática como errada; isso fica registrado e entra nos números.</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Baseado em</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversa %1</translation>
    </message>
    <message>
        <source>Drafted %1 · intent %2 · confidence %3 · %4</source>
        <translation>Redigido em %1 · intenção %2 · confiança %3 · %4</translation>
    </message>
    <message>
        <source>model drafter</source>
        <translation>redigido pelo modelo</translation>
    </message>
    <message>
        <source>built-in drafter</source>
        <translation>redator integrado</translation>
    </message>
    <message>
        <source>⚠ Escalated: %1</source>
        <translation>⚠ Escalado: %1</translation>
    </message>
    <message>
        <source>Waiting for an agent.</source>
        <translation>Aguardando um atendente.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3.</source>
        <translation>%1 por %2 em %3.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation>Nota: “%1”</translation>
    </message>
    <message>
        <source>Characters changed: %1.</source>
        <translation>Caracteres alterados: %1.</translation>
    </message>
    <message>
        <source>Marked as wrong by %1 on %2: “%3”</source>
        <translation>Marcada como errada por %1 em %2: “%3”</translation>
    </message>
    <message>
        <source>Sent to the customer (exactly as drafted)</source>
        <translation>Enviado ao cliente (exatamente como redigido)</translation>
    </message>
    <message>
        <source>Marked as wrong</source>
        <translation>Marcada como errada</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>%1: drafted by the AI</source>
        <translation>%1: redigido pela IA</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Mark the automatic reply as wrong</source>
        <translation>Marcar a resposta automática como errada</translation>
    </message>
    <message>
        <source>What was wrong with this reply? (logged and counted in the figures)</source>
        <translation>O que estava errado nesta resposta? (fica registrado e entra nos números)</translation>
    </message>
    <message>
        <source>Mark as wrong</source>
        <translation>Marcar como errada</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftFiguresTab</name>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por dia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per intent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por intenção&lt;/b&gt;</translation>
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
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Drafts created from %1 to %2 (%3).</source>
        <translation>Rascunhos criados de %1 a %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; drafts: &lt;b&gt;%2&lt;/b&gt; approved as is, &lt;b&gt;%3&lt;/b&gt; edited%4, &lt;b&gt;%5&lt;/b&gt; rejected, &lt;b&gt;%6&lt;/b&gt; auto-sent (&lt;b&gt;%7&lt;/b&gt; marked wrong), &lt;b&gt;%8&lt;/b&gt; escalated, %9 pending, %10 superseded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; rascunhos: &lt;b&gt;%2&lt;/b&gt; aprovados sem alterações, &lt;b&gt;%3&lt;/b&gt; editados%4, &lt;b&gt;%5&lt;/b&gt; rejeitados, &lt;b&gt;%6&lt;/b&gt; enviados automaticamente (&lt;b&gt;%7&lt;/b&gt; marcados como errados), &lt;b&gt;%8&lt;/b&gt; escalados, %9 pendentes, %10 substituídos.</translation>
    </message>
    <message>
        <source> (mean edit distance %1 characters)</source>
        <translation> (distância de edição média: %1 caracteres)</translation>
    </message>
    <message>
        <source>Approved without change: %1 of reviewed drafts.</source>
        <translation>Aprovados sem alterações: %1 dos rascunhos revisados.</translation>
    </message>
    <message>
        <source>Reject reasons: %1.</source>
        <translation>Motivos de rejeição: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI containment:&lt;/b&gt; no conversation with a draft was resolved in this period.</source>
        <translation>&lt;b&gt;Contenção da IA:&lt;/b&gt; nenhuma conversa com rascunho foi resolvida neste período.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI containment: %1&lt;/b&gt; — %2 of %3 resolved conversations needed no person (%4 of them with an AI reply).</source>
        <translation>&lt;b&gt;Contenção da IA: %1&lt;/b&gt; — %2 de %3 conversas resolvidas não precisaram de uma pessoa (%4 delas com uma resposta da IA).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to first human response&lt;/b&gt; on escalated conversations: none answered yet (waiting: %1).</source>
        <translation>&lt;b&gt;Tempo até a primeira resposta humana&lt;/b&gt; em conversas escaladas: nenhuma respondida ainda (aguardando: %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to first human response&lt;/b&gt; on escalated conversations: median &lt;b&gt;%1&lt;/b&gt;, 90th percentile %2 (%3 answered, %4 waiting).</source>
        <translation>&lt;b&gt;Tempo até a primeira resposta humana&lt;/b&gt; em conversas escaladas: mediana &lt;b&gt;%1&lt;/b&gt;, percentil 90 %2 (%3 respondidas, %4 aguardando).</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intenção</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovados</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editados</translation>
    </message>
    <message>
        <source>Mean edit distance</source>
        <translation>Distância de edição média</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitados</translation>
    </message>
    <message>
        <source>Auto-sent</source>
        <translation>Enviados automaticamente</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Marked wrong</source>
        <translation>Marcados como errados</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftLabels</name>
    <message>
        <source>Confirm appointment</source>
        <translation>Confirmar visita</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reagendar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Horário de chegada</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Status da solicitação</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nova solicitação</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <source>Shared a photo or file</source>
        <translation>Compartilhou uma foto ou arquivo</translation>
    </message>
    <message>
        <source>Billing question</source>
        <translation>Dúvida sobre cobrança</translation>
    </message>
    <message>
        <source>Billing dispute</source>
        <translation>Contestação de cobrança</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <source>Asks for a person</source>
        <translation>Pede para falar com uma pessoa</translation>
    </message>
    <message>
        <source>Personal data request</source>
        <translation>Pedido sobre dados pessoais</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Descadastro</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Agradecimento</translation>
    </message>
    <message>
        <source>General question</source>
        <translation>Pergunta geral</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Approved as is</source>
        <translation>Aprovado sem alterações</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Auto-sent</source>
        <translation>Enviado automaticamente</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Substituído</translation>
    </message>
    <message>
        <source>Misunderstood the customer</source>
        <translation>Não entendeu o cliente</translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation>Informações erradas</translation>
    </message>
    <message>
        <source>Wrong tone</source>
        <translation>Tom inadequado</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Precisa de uma pessoa</translation>
    </message>
    <message>
        <source>Against policy</source>
        <translation>Contra a política</translation>
    </message>
    <message>
        <source>Threatens a formal complaint or legal action</source>
        <translation>Ameaça com reclamação formal ou ação judicial</translation>
    </message>
    <message>
        <source>Disputes a charge</source>
        <translation>Contesta uma cobrança</translation>
    </message>
    <message>
        <source>Asks for a refund</source>
        <translation>Pede reembolso</translation>
    </message>
    <message>
        <source>Upset customer</source>
        <translation>Cliente irritado</translation>
    </message>
    <message>
        <source>Asked the same thing before</source>
        <translation>Já tinha pedido a mesma coisa</translation>
    </message>
    <message>
        <source>Flagged by the AI model</source>
        <translation>Sinalizado pelo modelo de IA</translation>
    </message>
    <message>
        <source>No source answers this</source>
        <translation>Nenhuma fonte responde a isto</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confiança baixa</translation>
    </message>
    <message>
        <source>Unclear what the customer wants</source>
        <translation>Não está claro o que o cliente quer</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: WhatsApp only allows a template message now, so this draft cannot be sent.</source>
        <translation>A janela de 24 horas está fechada: o WhatsApp agora só permite uma mensagem de modelo, então este rascunho não pode ser enviado.</translation>
    </message>
    <message>
        <source>The conversation is closed: reopen it before sending this draft.</source>
        <translation>A conversa está encerrada: reabra-a antes de enviar este rascunho.</translation>
    </message>
    <message>
        <source>The draft is empty: there is nothing to send.</source>
        <translation>O rascunho está vazio: não há nada para enviar.</translation>
    </message>
    <message>
        <source>The relay would refuse to send this draft (%1).</source>
        <translation>O relay recusaria enviar este rascunho (%1).</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Faixa de horário</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conhecimento</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Solicitação de serviço</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>Cadastro do cliente</translation>
    </message>
    <message>
        <source>Earlier message</source>
        <translation>Mensagem anterior</translation>
    </message>
    <message>
        <source>Service request %1</source>
        <translation>Solicitação de serviço %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovou</translation>
    </message>
    <message>
        <source>edited and sent</source>
        <translation>editou e enviou</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitou</translation>
    </message>
    <message>
        <source>sent automatically</source>
        <translation>enviou automaticamente</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>substituiu</translation>
    </message>
    <message>
        <source>marked as wrong</source>
        <translation>marcou como errada</translation>
    </message>
    <message>
        <source>the AI (auto-send)</source>
        <translation>a IA (envio automático)</translation>
    </message>
    <message>
        <source>Recado (the customer wrote again)</source>
        <translation>Recado (o cliente escreveu de novo)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftQueueTab</name>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>All intents</source>
        <translation>Todas as intenções</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Marked wrong</source>
        <translation>Marcados como errados</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>No drafts match these filters.</source>
        <translation>Nenhum rascunho corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>Drafts shown: %L1 (scroll for more).</source>
        <translation>Rascunhos exibidos: %L1 (role para ver mais).</translation>
    </message>
    <message>
        <source>Drafts: %L1.</source>
        <translation>Rascunhos: %L1.</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftReviewController</name>
    <message>
        <source>AI drafts review…</source>
        <translation>Revisão de rascunhos da IA…</translation>
    </message>
    <message>
        <source>Review AI drafts and auto-sent replies, and see their figures (supervisors)</source>
        <translation>Revise os rascunhos da IA e as respostas automáticas e veja os números (supervisores)</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftReviewPane</name>
    <message>
        <source>Reject: already answered</source>
        <translation>Rejeitar: já respondido</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Baseado em</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Parar de editar</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; send</source>
        <translation>Aprovar e enviar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeitar…</translation>
    </message>
    <message>
        <source>Someone already wrote to the customer after this draft. If it is no longer needed, reject it so it does not linger.</source>
        <translation>Alguém já escreveu ao cliente depois deste rascunho. Se não for mais necessário, rejeite-o para que não fique pendente.</translation>
    </message>
    <message>
        <source>Reject the draft with the reason “Needs a person”.</source>
        <translation>Rejeita o rascunho com o motivo “Precisa de uma pessoa”.</translation>
    </message>
    <message>
        <source>Editing in the composer below: what you send there is recorded as your edit of this draft.</source>
        <translation>Editando no campo abaixo: o que você enviar ali fica registrado como sua edição deste rascunho.</translation>
    </message>
    <message>
        <source>Send the draft to the customer exactly as written.</source>
        <translation>Envia o rascunho ao cliente exatamente como está escrito.</translation>
    </message>
    <message>
        <source>Change the draft in the composer, then send it.</source>
        <translation>Altere o rascunho no campo de resposta e depois envie.</translation>
    </message>
    <message>
        <source>Do not send this draft, and say why.</source>
        <translation>Não enviar este rascunho, e dizer por quê.</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confiança:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Rejeitando…</translation>
    </message>
    <message>
        <source>Draft rejected: %1</source>
        <translation>Rascunho rejeitado: %1</translation>
    </message>
    <message>
        <source>Your edited reply was sent.</source>
        <translation>Sua resposta editada foi enviada.</translation>
    </message>
    <message>
        <source>The draft was sent.</source>
        <translation>O rascunho foi enviado.</translation>
    </message>
    <message>
        <source>The customer wrote again; the AI draft was replaced.</source>
        <translation>O cliente escreveu de novo; o rascunho da IA foi substituído.</translation>
    </message>
    <message>
        <source>%1 already decided on the AI draft (%2).</source>
        <translation>%1 já decidiu sobre o rascunho da IA (%2).</translation>
    </message>
    <message>
        <source>The draft you were editing is no longer pending; your text stays in the composer as an ordinary reply.</source>
        <translation>O rascunho que você estava editando não está mais pendente; seu texto fica no campo de resposta como uma resposta comum.</translation>
    </message>
    <message>
        <source>AI draft (model)</source>
        <translation>Rascunho da IA (modelo)</translation>
    </message>
    <message>
        <source>AI draft</source>
        <translation>Rascunho da IA</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Needs a person.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;⚠ Precisa de uma pessoa.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The AI flagged this conversation.</source>
        <translation>A IA sinalizou esta conversa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be sent.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Não pode ser enviado.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Intent: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Intenção: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The AI is fairly sure what the customer wants.</source>
        <translation>A IA tem bastante certeza do que o cliente quer.</translation>
    </message>
    <message>
        <source>The AI is not sure; read the message again.</source>
        <translation>A IA não tem certeza; leia a mensagem de novo.</translation>
    </message>
    <message>
        <source>The AI is guessing; check carefully.</source>
        <translation>A IA está chutando; confira com cuidado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognised:&lt;/b&gt; nothing in particular</source>
        <translation>&lt;b&gt;Reconhecido:&lt;/b&gt; nada em particular</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognised:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Reconhecido:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Based on: no sources (nothing to check it against)</source>
        <translation>Baseado em: nenhuma fonte (nada com que conferir)</translation>
    </message>
    <message>
        <source>Based on (click to read):</source>
        <translation>Baseado em (clique para ler):</translation>
    </message>
    <message>
        <source>Sending your edited reply…</source>
        <translation>Enviando sua resposta editada…</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftSourcesView</name>
    <message>
        <source>Click a source to read it.</source>
        <translation>Clique em uma fonte para lê-la.</translation>
    </message>
</context>
<context>
    <name>recado::ui::DraftTableModel</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversa %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message>
        <source>marked wrong</source>
        <translation>marcado como errado</translation>
    </message>
    <message>
        <source>How sure the AI was of the customer's intent</source>
        <translation>Quão segura a IA estava da intenção do cliente</translation>
    </message>
    <message>
        <source>Edit distance: characters the agent changed before sending</source>
        <translation>Distância de edição: caracteres que o atendente alterou antes de enviar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intenção</translation>
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
        <translation>Edições</translation>
    </message>
</context>
<context>
    <name>recado::ui::RejectDraftDialog</name>
    <message>
        <source>Reject the AI draft</source>
        <translation>Rejeitar o rascunho da IA</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Escolha um motivo…</translation>
    </message>
    <message>
        <source>What was wrong? (optional; required for “Other”)</source>
        <translation>O que estava errado? (opcional; obrigatório para “Outro”)</translation>
    </message>
    <message>
        <source>Reject draft</source>
        <translation>Rejeitar rascunho</translation>
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
        <translation>Nada é enviado ao cliente. Seu motivo ajuda a melhorar os rascunhos.</translation>
    </message>
    <message>
        <source>Choose why the draft is rejected.</source>
        <translation>Escolha por que o rascunho foi rejeitado.</translation>
    </message>
    <message>
        <source>Say in a few words what was wrong.</source>
        <translation>Explique em poucas palavras o que estava errado.</translation>
    </message>
    <message>
        <source>The note is too long (%1 of at most %2 characters).</source>
        <translation>A nota é longa demais (%1 de no máximo %2 caracteres).</translation>
    </message>
</context>
<context>
    <name>recado::ui::SourceReaderDialog</name>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What the AI read</source>
        <translation>O que a IA leu</translation>
    </message>
    <message>
        <source>Approved article</source>
        <translation>Artigo aprovado</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sem texto)</translation>
    </message>
</context>
<context>
    <name>recado::ui::SupervisorWindow</name>
    <message>
        <source>AI drafts review — Recado</source>
        <translation>Revisão de rascunhos da IA — Recado</translation>
    </message>
    <message>
        <source>Drafts and auto-sent replies</source>
        <translation>Rascunhos e respostas automáticas</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Only supervisors and admins can review AI drafts and see their figures. Ask an admin if you need access.

(%1)</source>
        <translation>Somente supervisores e administradores podem revisar os rascunhos da IA e ver os números. Peça acesso a um administrador se precisar.

(%1)</translation>
    </message>
</context>
</TS>
