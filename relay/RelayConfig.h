// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftPolicy.h"
#include "relay/drafts/ModelConfig.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace recado::relay {

//! Everything the relay needs to run, read from the environment (and optionally a KEY=VALUE
//! file named by RECADO_CONFIG; the environment wins).
struct RelayConfig
{
    QHostAddress listenHost = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString dataDir;
    QString databaseUrl;
    QByteArray appSecret;
    QByteArray verifyToken;
    QByteArray accessToken;
    QString phoneNumberId;
    QString wabaId;
    QUrl graphUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    QString graphVersion = QStringLiteral("v21.0");
    QString instanceId; //!< names this process in outbox claims; random by default

    qint64 maxBodyBytes = 3 * 1024 * 1024; //!< Meta's webhook payloads stay under 3 MB
    qint64 tokenLifetimeMs = 30LL * 24 * 3600 * 1000;
    qint64 eventRetention = 1000000; //!< events kept for catch-up; older clients resync
    int outboxMaxAttempts = 12;
    qint64 outboxBackoffBaseMs = 2000; //!< first retry delay; doubles up to 5 minutes
    qint64 outboxLeaseMs = 120000;     //!< a claim outlives Graph's 30 s timeout comfortably
    qint64 authRetryMs = 30000;        //!< how often a refused token is tried again
    //! Template library sync from Meta: at start, then every this many ms (0: only at start and
    //! on demand).
    qint64 templateSyncIntervalMs = 30LL * 60 * 1000;

    //! AI drafts (relay/drafts): what happens on each inbound customer message. Default: the
    //! builtin drafter, drafts wait for a human.
    drafts::DraftPolicy draftPolicy;
    //! An OpenAI-compatible endpoint for model-written drafts (falls back to builtin).
    std::optional<drafts::ModelConfig> draftModel;
    //! Knowledge-base folder (*.json); empty = the sample compiled into the relay.
    QString knowledgeBaseDir;
    //! Customer messages waiting for a draft at most; beyond, new ones are left undrafted
    //! (ingest can outrun the drafter, and each waiting message holds its context).
    int draftBacklog = 1000;

    //! Returns nullopt and one message per bad or missing setting, each naming the variable.
    static std::optional<RelayConfig> fromEnvironment(const QProcessEnvironment &env,
                                                      QStringList *errors);
    //! Reads only the RECADO_AI_* and RECADO_KB_DIR settings into `config` (used by
    //! fromEnvironment and by `recado-relay classify`, which needs no Meta settings).
    static void readAiSettings(const QProcessEnvironment &env, RelayConfig *config,
                               QStringList *errors);
    //! The variables and their meaning, for --help.
    static QString helpText();
};

} // namespace recado::relay
