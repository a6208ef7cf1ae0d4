// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/templates/TemplateStore.h"

#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/templates/TemplateCatalog.h"
#include "core/whatsapp/templates/TemplateLanguages.h"
#include "core/whatsapp/templates/TemplateValidator.h"
#include "relay/store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace recado::relay {

using whatsapp::Template;
using whatsapp::TemplateStatus;

namespace {

const QString kColumns =
    QStringLiteral("SELECT id, definition, status_detail, origin, submitted_by, synced_at, "
                   "status_changed_at, updated_at, "
                   "meta_id, category, status, rejected_reason, quality FROM templates ");

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

TemplateRow readRow(Statement &q)
{
    TemplateRow r;
    r.id = q.value(0).toLongLong();
    r.tmpl = Template::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    r.statusDetail = q.value(2).toString();
    r.origin = q.value(3).toString();
    r.submittedBy = q.value(4).toString();
    r.syncedAt = fromMs(q.value(5));
    r.statusChangedAt = fromMs(q.value(6));
    r.updatedAt = fromMs(q.value(7));
    // The columns hold the state; the definition holds the content.
    r.tmpl.id = q.value(8).toString();
    r.tmpl.category = whatsapp::templateCategoryFromString(q.value(9).toString());
    r.tmpl.status = whatsapp::templateStatusFromString(q.value(10).toString());
    r.tmpl.rejectedReason = q.value(11).toString();
    r.tmpl.quality = q.value(12).toString();
    r.tmpl = TemplateStore::withShippedMeta(r.tmpl);
    return r;
}

//! The definition column: content only (the state lives in columns), without our metadata
//! (it is merged from the shipped catalogue on read, so a catalogue update reaches old rows).
QString definitionJson(Template t)
{
    t.parameters.clear();
    QJsonObject o = t.toMetaJson(false);
    for (const char *stateKey : {"id", "status", "rejected_reason", "quality_score"})
        o.remove(QLatin1String(stateKey));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool sameContent(const Template &a, const Template &b)
{
    return definitionJson(a) == definitionJson(b);
}

//! What to show next to a status when nothing more specific (a webhook's words) is known.
QString defaultDetail(const Template &t)
{
    return whatsapp::TemplateValidator::statusExplanation(t);
}

QString rejectedReasonFor(const Template &t)
{
    return t.status == TemplateStatus::Rejected ? t.rejectedReason : QString();
}

} // namespace

QJsonObject TemplateRow::toJson() const
{
    QJsonObject o = tmpl.toMetaJson(true);
    o.insert(QStringLiteral("status_detail"), statusDetail);
    o.insert(QStringLiteral("sendable"), tmpl.status == TemplateStatus::Approved);
    o.insert(QStringLiteral("origin"), origin);
    if (!submittedBy.isEmpty())
        o.insert(QStringLiteral("submitted_by"), submittedBy);
    o.insert(QStringLiteral("synced_at"),
             syncedAt.isValid() ? QJsonValue(protocol::toIsoTime(syncedAt)) : QJsonValue());
    o.insert(QStringLiteral("status_changed_at"), protocol::toIsoTime(statusChangedAt));
    o.insert(QStringLiteral("updated_at"), protocol::toIsoTime(updatedAt));
    return o;
}

Template TemplateStore::withShippedMeta(Template t)
{
    static const whatsapp::TemplateCatalog shipped = whatsapp::TemplateCatalog::loadShipped();
    if (!t.parameters.isEmpty())
        return t;
    const auto local = shipped.find(t.name, t.language);
    // Labels and sources only fit the text they were written for; a template edited at Meta
    // since gets none rather than wrong ones.
    if (local && local->body.text == t.body.text && local->header.text == t.header.text &&
        local->buttons.size() == t.buttons.size())
        t.parameters = local->parameters;
    return t;
}

std::optional<TemplateRow> TemplateStore::rowWhere(const QString &where, const QVariantList &binds)
{
    const QList<TemplateRow> rows = rowsWhere(where, binds);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<TemplateRow> TemplateStore::rowsWhere(const QString &where, const QVariantList &binds)
{
    Statement &q = m_db.prepared(kColumns + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<TemplateRow> out;
    if (!execOrError(q))
        return out;
    while (q.next())
        out.append(readRow(q));
    q.finish();
    return out;
}

QList<TemplateRow> TemplateStore::list(const TemplateFilter &f)
{
    QString where = QStringLiteral("WHERE 1 = 1 ");
    QVariantList binds;
    if (!f.status.isEmpty()) {
        where += QStringLiteral("AND status = ? ");
        binds << f.status.toUpper();
    }
    if (!f.language.isEmpty()) {
        where += QStringLiteral("AND language = ? ");
        binds << f.language;
    }
    if (!f.name.isEmpty()) {
        where += QStringLiteral("AND name = ? ");
        binds << f.name;
    }
    if (!f.category.isEmpty()) {
        where += QStringLiteral("AND category = ? ");
        binds << f.category.toUpper();
    }
    return rowsWhere(where + QStringLiteral("ORDER BY name, language"), binds);
}

std::optional<TemplateRow> TemplateStore::find(const QString &name, const QString &language)
{
    return rowWhere(QStringLiteral("WHERE name = ? AND language = ?"), {name, language});
}

std::optional<TemplateRow> TemplateStore::findBest(const QString &name, const QString &language)
{
    if (auto exact = find(name, language))
        return exact;
    const QString base = whatsapp::baseLanguage(language);
    std::optional<TemplateRow> best;
    for (const TemplateRow &r :
         rowsWhere(QStringLiteral("WHERE name = ? ORDER BY language"), {name})) {
        if (whatsapp::baseLanguage(r.tmpl.language) != base)
            continue;
        // Prefer a translation that can be sent.
        if (!best || (best->tmpl.status != TemplateStatus::Approved &&
                      r.tmpl.status == TemplateStatus::Approved))
            best = r;
    }
    return best;
}

std::optional<TemplateRow> TemplateStore::findByMetaId(const QString &metaId)
{
    if (metaId.isEmpty())
        return std::nullopt;
    return rowWhere(QStringLiteral("WHERE meta_id = ?"), {metaId});
}

bool TemplateStore::update(qint64 id, const Template &t, const QString &statusDetail,
                           bool statusChanged, qint64 now)
{
    Statement &q =
        m_db.prepared(QStringLiteral("UPDATE templates SET meta_id = ?, category = ?, status = ?, "
                                     "rejected_reason = ?, quality = ?, "
                                     "status_detail = ?, definition = ?, status_changed_at = CASE "
                                     "WHEN ? = 1 THEN ? ELSE status_changed_at END, "
                                     "updated_at = ? WHERE id = ?"));
    q.addBindValue(notNull(t.id));
    q.addBindValue(notNull(whatsapp::toString(t.category)));
    q.addBindValue(notNull(whatsapp::toString(t.status)));
    q.addBindValue(notNull(rejectedReasonFor(t)));
    q.addBindValue(notNull(t.quality));
    q.addBindValue(notNull(statusDetail));
    q.addBindValue(definitionJson(t));
    q.addBindValue(statusChanged ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    return execOrError(q);
}

bool TemplateStore::upsertSynced(const Template &t, qint64 now, qint64 syncStartedAt, bool *changed)
{
    *changed = false;
    const auto existing = find(t.name, t.language);
    if (!existing) {
        Statement &ins = m_db.prepared(QStringLiteral(
            "INSERT INTO templates (name, language, meta_id, category, status, rejected_reason, "
            "quality, "
            "status_detail, definition, origin, synced_at, status_changed_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'meta', ?, ?, ?)"));
        ins.addBindValue(t.name);
        ins.addBindValue(t.language);
        ins.addBindValue(notNull(t.id));
        ins.addBindValue(notNull(whatsapp::toString(t.category)));
        ins.addBindValue(notNull(whatsapp::toString(t.status)));
        ins.addBindValue(notNull(rejectedReasonFor(t)));
        ins.addBindValue(notNull(t.quality));
        ins.addBindValue(notNull(defaultDetail(t)));
        ins.addBindValue(definitionJson(t));
        ins.addBindValue(now);
        ins.addBindValue(now);
        ins.addBindValue(now);
        *changed = true;
        return execOrError(ins);
    }
    Template merged = t;
    QString detail = existing->statusDetail;
    bool statusChanged = existing->tmpl.status != t.status ||
                         rejectedReasonFor(existing->tmpl) != rejectedReasonFor(t);
    if (statusChanged && existing->statusChangedAt.toMSecsSinceEpoch() > syncStartedAt) {
        // A webhook changed the status while this listing was on its way: it is newer.
        merged.status = existing->tmpl.status;
        merged.rejectedReason = existing->tmpl.rejectedReason;
        statusChanged = false;
    } else if (statusChanged) {
        detail = defaultDetail(merged);
    }
    *changed = statusChanged || existing->tmpl.id != merged.id ||
               existing->tmpl.category != merged.category ||
               existing->tmpl.quality != merged.quality || !sameContent(existing->tmpl, merged);
    if (!update(existing->id, merged, detail, statusChanged, now))
        return false;
    Statement &q = m_db.prepared(QStringLiteral("UPDATE templates SET synced_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(existing->id);
    return execOrError(q);
}

bool TemplateStore::upsertSubmitted(const Template &t, const QString &submittedBy, qint64 now)
{
    bool changed = false;
    if (!upsertSynced(t, now, now, &changed))
        return false;
    Statement &q =
        m_db.prepared(QStringLiteral("UPDATE templates SET origin = 'submitted', submitted_by = ?, "
                                     "status_changed_at = ? WHERE name = ? AND language = ?"));
    q.addBindValue(notNull(submittedBy));
    q.addBindValue(now);
    q.addBindValue(t.name);
    q.addBindValue(t.language);
    return execOrError(q);
}

std::optional<TemplateRow> TemplateStore::applyStatusUpdate(const whatsapp::TemplateStatusUpdate &u,
                                                            qint64 now)
{
    auto row = findByMetaId(u.templateId);
    if (!row && !u.language.isEmpty())
        row = find(u.name, u.language);
    if (!row)
        return std::nullopt;
    Template t = row->tmpl;
    const bool knownStatus = u.status != TemplateStatus::Unknown;
    if (knownStatus) {
        t.status = u.status;
        t.rejectedReason = u.status == TemplateStatus::Rejected
                               ? (u.reason.isEmpty() ? QStringLiteral("NONE") : u.reason)
                               : QString();
    }
    if (u.category != whatsapp::TemplateCategory::Unknown)
        t.category = u.category;
    if (!u.templateId.isEmpty())
        t.id = u.templateId;
    // Meta's own words (reason, recommendation, disable date) beat our generic sentence; a plain
    // approval needs no explanation.
    const bool plainApproval = t.status == TemplateStatus::Approved &&
                               u.event != QLatin1String("FLAGGED") &&
                               u.event != QLatin1String("LOCKED");
    const QString detail = plainApproval ? QString() : u.describe();
    if (!update(row->id, t, detail, knownStatus, now))
        return std::nullopt;
    return find(t.name, t.language);
}

std::optional<TemplateRow> TemplateStore::applyQuality(const QString &metaId, const QString &name,
                                                       const QString &language,
                                                       const QString &score, qint64 now)
{
    auto row = findByMetaId(metaId);
    if (!row && !language.isEmpty())
        row = find(name, language);
    if (!row || score.isEmpty())
        return std::nullopt;
    Template t = row->tmpl;
    t.quality = score.toUpper();
    if (!update(row->id, t, row->statusDetail, false, now))
        return std::nullopt;
    return find(t.name, t.language);
}

std::optional<TemplateRow> TemplateStore::applyCategory(const QString &metaId, const QString &name,
                                                        const QString &language,
                                                        const QString &category, qint64 now)
{
    auto row = findByMetaId(metaId);
    if (!row && !language.isEmpty())
        row = find(name, language);
    const auto newCategory = whatsapp::templateCategoryFromString(category);
    if (!row || newCategory == whatsapp::TemplateCategory::Unknown)
        return std::nullopt;
    Template t = row->tmpl;
    t.category = newCategory;
    if (!update(row->id, t, row->statusDetail, false, now))
        return std::nullopt;
    return find(t.name, t.language);
}

QList<TemplateRow> TemplateStore::markMissing(const QSet<QString> &listedKeys, qint64 now,
                                              qint64 syncStartedAt)
{
    QList<TemplateRow> changed;
    for (TemplateRow r : rowsWhere(QStringLiteral("WHERE status <> 'DELETED'"), {})) {
        // Submitted after the listing started: Meta may not list it yet.
        if (listedKeys.contains(r.tmpl.key()) ||
            r.statusChangedAt.toMSecsSinceEpoch() > syncStartedAt)
            continue;
        r.tmpl.status = TemplateStatus::Deleted;
        const QString detail =
            QCoreApplication::translate("TemplateStore",
                                        "Meta no longer lists the template \"%1\" (%2); it "
                                        "was deleted in WhatsApp Manager.")
                .arg(r.tmpl.name, r.tmpl.language);
        if (!update(r.id, r.tmpl, detail, true, now))
            return changed;
        if (auto updated = find(r.tmpl.name, r.tmpl.language))
            changed.append(*updated);
    }
    return changed;
}

} // namespace recado::relay
