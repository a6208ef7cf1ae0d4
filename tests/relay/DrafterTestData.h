// SPDX-License-Identifier: GPL-3.0-or-later
// Shared fixtures of the tst_drafter_* suites: the labelled message set and a linked request.
#pragma once

#include "core/domain/ServiceRequest.h"
#include "relay/drafts/DraftContext.h"
#include "relay/drafts/KnowledgeBase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace recado::test {

struct LabelledMessage
{
    QString text;
    QString lang;
    QString intent;
    bool escalate = false;
    QString kind = QStringLiteral("text");
    QStringList history;
    int line = 0;
};

inline QList<LabelledMessage>
loadLabelled(const QString &name = QStringLiteral("drafter_labelled.jsonl"))
{
    QList<LabelledMessage> out;
    QFile f(QStringLiteral(RECADO_SOURCE_DIR "/tests/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.isEmpty())
            continue;
        LabelledMessage m;
        m.text = o.value(QStringLiteral("text")).toString();
        m.lang = o.value(QStringLiteral("lang")).toString();
        m.intent = o.value(QStringLiteral("intent")).toString();
        m.escalate = o.value(QStringLiteral("escalate")).toBool();
        m.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("text"));
        const QJsonArray h = o.value(QStringLiteral("history")).toArray();
        for (const QJsonValue &v : h)
            m.history.append(v.toString());
        m.line = line;
        out.append(m);
    }
    return out;
}

//! Monday 11 May 2026, 10:00: "mañana" is Tuesday the 12th.
inline QDateTime referenceNow()
{
    return QDateTime(QDate(2026, 5, 11), QTime(10, 0));
}

inline domain::ServiceRequest sampleRequest()
{
    domain::ServiceRequest r;
    r.id = QStringLiteral("SR-1042");
    r.serviceType = QStringLiteral("Reparación de lavadora");
    r.customerName = QStringLiteral("Ana López");
    r.contactPhone = QStringLiteral("+5215512345678");
    r.address = QStringLiteral("Calle Morelos 45, col. Centro");
    r.requestedDate = QDate(2026, 5, 12);
    r.status = QStringLiteral("scheduled");
    r.technician = QStringLiteral("Juan Pérez");
    return r;
}

inline relay::drafts::CustomerRecord sampleCustomer()
{
    return {QStringLiteral("Ana López"), QStringLiteral("+5215512345678")};
}

inline relay::drafts::DraftContext contextFor(const LabelledMessage &m, bool linked = true)
{
    relay::drafts::DraftContext ctx;
    ctx.text = m.text;
    ctx.kind = m.kind;
    ctx.now = referenceNow();
    if (linked) {
        ctx.serviceRequest = sampleRequest();
        ctx.customer = sampleCustomer();
    }
    for (const QString &h : m.history) {
        domain::Message msg;
        msg.direction = domain::Direction::Inbound;
        msg.text = h;
        msg.timestamp = referenceNow().addSecs(-1800);
        ctx.history.append(msg);
    }
    return ctx;
}

//! The sample knowledge base, read from the source tree.
inline std::shared_ptr<relay::drafts::KnowledgeBase>
sourceTreeKb(relay::drafts::KnowledgeBase::Options o = {})
{
    auto kb = std::make_shared<relay::drafts::KnowledgeBase>(o);
    kb->loadDirectory(QStringLiteral(RECADO_SOURCE_DIR "/resources/kb"));
    return kb;
}

} // namespace recado::test
