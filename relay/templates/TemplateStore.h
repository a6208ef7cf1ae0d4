// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/Template.h"
#include "core/whatsapp/templates/TemplateStatusUpdate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace recado::relay {

class Database;

//! One row of the template library: a template translation as Meta knows it, plus why it has
//! its status and where it came from.
struct TemplateRow
{
    qint64 id = 0;
    whatsapp::Template tmpl;
    //! A sentence explaining a status an agent cannot use (rejected with Meta's reason, paused,
    //! disabled...) or a warning on an approved one (flagged for low quality). Empty otherwise.
    QString statusDetail;
    QString origin; //!< "meta" (found by a sync) or "submitted" (created through the relay)
    QString submittedBy;
    QDateTime syncedAt;
    QDateTime statusChangedAt;
    QDateTime updatedAt;

    //! `Template::toMetaJson(true)` plus `status_detail`, `sendable`, `origin`,
    //! `submitted_by`, `synced_at`, `status_changed_at`, `updated_at`.
    QJsonObject toJson() const;
};

struct TemplateFilter
{
    QString status;   //!< Meta's status, any case ("approved", "REJECTED"); empty = all
    QString language; //!< exact code ("es", "pt_BR"); empty = all
    QString name;
    QString category;
};

//! The template library over the `templates` table. Writes run inside the caller's
//! transaction. Templates read back carry our parameter metadata (labels and sources) when a
//! shipped definition with the same name, language and body exists.
class TemplateStore
{
public:
    explicit TemplateStore(Database &db)
        : m_db(db)
    {}

    QList<TemplateRow> list(const TemplateFilter &filter);
    std::optional<TemplateRow> find(const QString &name, const QString &language);
    //! `language` exactly, else the one translation with the same base language ("es_MX" ->
    //! "es"), else nullopt.
    std::optional<TemplateRow> findBest(const QString &name, const QString &language);
    std::optional<TemplateRow> findByMetaId(const QString &metaId);

    //! Stores a template as a sync listed it. `changed` is set when anything a client shows
    //! differs (new row, status, category, quality, content). A status change written after
    //! `syncStartedAt` (by a webhook) is newer than the listing and is kept.
    bool upsertSynced(const whatsapp::Template &t, qint64 now, qint64 syncStartedAt, bool *changed);
    //! Stores a template we just submitted to Meta (status as Meta answered, usually PENDING).
    bool upsertSubmitted(const whatsapp::Template &t, const QString &submittedBy, qint64 now);
    //! Applies a `message_template_status_update`. Returns the updated row, or nullopt when
    //! the library does not have that template (a sync should fetch it).
    std::optional<TemplateRow> applyStatusUpdate(const whatsapp::TemplateStatusUpdate &u,
                                                 qint64 now);
    //! `message_template_quality_update` / `template_category_update`.
    std::optional<TemplateRow> applyQuality(const QString &metaId, const QString &name,
                                            const QString &language, const QString &score,
                                            qint64 now);
    std::optional<TemplateRow> applyCategory(const QString &metaId, const QString &name,
                                             const QString &language, const QString &category,
                                             qint64 now);
    //! After a complete sync: templates Meta no longer lists are marked DELETED (kept so old
    //! messages still name them). Returns the rows that changed.
    QList<TemplateRow> markMissing(const QSet<QString> &listedKeys, qint64 now,
                                   qint64 syncStartedAt);

    //! Adds our parameter metadata from the shipped catalogue when the definitions match.
    static whatsapp::Template withShippedMeta(whatsapp::Template t);

private:
    std::optional<TemplateRow> rowWhere(const QString &where, const QVariantList &binds);
    QList<TemplateRow> rowsWhere(const QString &where, const QVariantList &binds);
    bool update(qint64 id, const whatsapp::Template &t, const QString &statusDetail,
                bool statusChanged, qint64 now);
    Database &m_db;
};

} // namespace recado::relay
