// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/OutboxEntry.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace recado::sync {

//! The `outbox` table of LocalCache: messages typed here that the relay has not accepted yet.
//! A row is removed only once the relay answered with the stored message.
class OutboxTable
{
public:
    explicit OutboxTable(QSqlDatabase db);

    bool add(const OutboxEntry &e);
    std::optional<OutboxEntry> get(const QString &clientId) const;
    //! Entries still to send, oldest first.
    QList<OutboxEntry> pending() const;
    int count() const;
    bool recordAttempt(const QString &clientId);
    bool markFailed(const QString &clientId, const QString &error);
    bool markPending(const QString &clientId);
    bool remove(const QString &clientId);
    //! Replaces an entry's content (the attachment was uploaded: its upload id is now in it).
    bool setContent(const QString &clientId, const QJsonObject &content);

    QString lastError() const { return m_error; }

private:
    bool fail(const QSqlQuery &q);
    bool exec(const QString &sql, const QVariantList &binds);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace recado::sync
