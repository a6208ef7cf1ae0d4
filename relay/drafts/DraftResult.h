// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/Intent.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace recado::relay::drafts {

//! A piece of structured data found in a customer message.
struct Entity
{
    QString type;  //!< request_id, date, time, time_window, address, amount
    QString text;  //!< as written by the customer
    QString value; //!< normalised: SR-1042, 2026-05-12, 14:00-16:00, morning, 1200.00 MXN ...
    int start = -1;
    int length = 0;
};

//! One approved source a draft is grounded in.
struct DraftSource
{
    QString kind; //!< kb, service_request, customer, message
    QString id;   //!< article id, request id, "customer", "message"
    QString title;
    QString text; //!< the facts, as given to the grounding check and to a model
};

//! A drafted reply, waiting for a human (or the auto-send policy).
struct DraftResult
{
    Intent intent = Intent::Other;
    double confidence = 0.0; //!< in [0,1]
    QString lang;            //!< es, pt or en
    QString reply;
    QList<DraftSource> sources;
    QList<Entity> entities;
    bool escalate = false;
    QStringList escalationReasons; //!< most important first
    bool grounded = false;         //!< every fact of the reply was found in `sources`
    QString drafter = QStringLiteral("builtin");
    QString fallbackReason; //!< why a model answer was not used (model_timeout, ...)

    QString escalationReason() const { return escalationReasons.value(0); }
    //! Flags the draft for a human with `reason` (kept once). Escalation is never undone.
    void addEscalation(const QString &reason);
    QList<Entity> entitiesOfType(const QString &type) const;

    QJsonObject toJson() const;
    static DraftResult fromJson(const QJsonObject &o);
};

} // namespace recado::relay::drafts
