// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/MessageTemplate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace recado::metasim {

//! Everything that differs between one simulated WhatsApp Business account and another. The
//! defaults make a working account, so `MetaSimulator sim;` is enough for a test.
struct Config
{
    // Identity and secrets (the CLI reads the relay's META_* environment variables).
    QByteArray appSecret = "metasim-app-secret"; //!< signs X-Hub-Signature-256
    QString verifyToken = QStringLiteral("metasim-verify-token");
    QString accessToken = QStringLiteral("metasim-access-token"); //!< Bearer token Graph accepts
    QString phoneNumberId = QStringLiteral("106540352242922");
    QString displayPhoneNumber = QStringLiteral("15550783881");
    QString wabaId = QStringLiteral("102290129340398");
    QString apiVersion =
        QStringLiteral("v21.0"); //!< used in `paging.next` links; any vNN.N is served

    //! Where signed webhooks go (the relay's /webhook). Empty: webhooks are recorded, not posted.
    QUrl webhookUrl;
    //! Base put in media URLs and paging links; empty: the address the simulator listens on.
    QUrl publicBaseUrl;

    // Timing.
    int statusDelayMs = 300;         //!< accepted -> sent -> delivered -> read spread over this
    int templateReviewDelayMs = 500; //!< PENDING -> APPROVED after this
    int webhookMaxAttempts = 8;      //!< Meta retries non-200 answers; bounded here
    int webhookRetryBaseMs = 250;    //!< first retry delay, doubled each attempt
    int webhookRetryMaxMs = 30000;   //!< cap of one retry delay
    int webhookTimeoutMs = 10000;    //!< a webhook POST that takes longer counts as failed
    int mediaUrlLifetimeSecs = 300;  //!< `/_media/<token>` links expire like Meta's (5 min)
    //! 0: one webhook per status. Otherwise statuses produced within this window share one
    //! webhook (`value.statuses` with several items), as Meta does under load.
    int statusBatchWindowMs = 0;

    bool seedTemplates = true; //!< start with the field-service catalogue
    QList<MessageTemplate> extraTemplates;
    bool logBodies = false; //!< log message bodies (off: only kinds and ids)
};

} // namespace recado::metasim
