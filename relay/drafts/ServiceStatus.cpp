// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/ServiceStatus.h"

#include "relay/drafts/TextNormalizer.h"

#include <QRegularExpression>

namespace recado::relay::drafts {

namespace {

struct StatusInfo
{
    const char *canonical;
    const char *aliases; // stored values that mean the same, space separated
    const char *es;
    const char *pt;
    const char *en;
    const char *phrases; // folded phrases that claim this status in a text, '|' separated
};

// clang-format off
const StatusInfo kStatuses[] = {
    {"open", "new open nuevo nueva aberto", "abierta", "aberta", "open",
     "abierta|abierto|aberta|aberto|status open|status: open"},
    {"scheduled", "scheduled confirmed booked agendado programado", "programada", "agendada", "scheduled",
     "programada|programado|agendada|agendado|scheduled"},
    {"assigned", "assigned dispatched asignado", "asignada a un técnico", "atribuída a um técnico", "assigned to a technician",
     "asignada|asignado|atribuida|atribuido|assigned"},
    {"en_route", "en_route on_the_way enroute on_route traveling", "en camino", "a caminho", "on the way",
     "en camino|a caminho|on the way|on his way|on her way|on their way|en route|en ruta"},
    {"in_progress", "in_progress on_site onsite working started en_proceso", "en proceso", "em andamento", "in progress",
     "en proceso|en curso|em andamento|in progress|on site|en sitio"},
    {"waiting_parts", "waiting_parts pending_parts awaiting_parts parts", "en espera de refacciones", "aguardando peças", "waiting for parts",
     "espera de refacciones|esperando refacciones|espera de la pieza|esperando la pieza|aguardando pecas|aguardando peca|waiting for parts|waiting parts|pending parts"},
    {"on_hold", "on_hold paused hold", "en pausa", "em espera", "on hold",
     "en pausa|em espera|on hold|pausada|pausado"},
    {"completed", "completed done closed resolved finished complete", "completada", "concluída", "completed",
     "completada|completado|terminada|terminado|finalizada|finalizado|concluida|concluido|completed|finished|resuelta|resuelto|resolvida|resolvido|resolved"},
    {"cancelled", "cancelled canceled cancelado cancelada", "cancelada", "cancelada", "cancelled",
     "cancelada|cancelado|cancelled|canceled"},
    {"pending", "pending pendiente pendente", "pendiente", "pendente", "pending",
     "pendiente|pendente|pending"},
};
// clang-format on

QString key(const QString &s)
{
    return TextNormalizer::fold(s)
        .trimmed()
        .replace(QLatin1Char(' '), QLatin1Char('_'))
        .replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace

QString ServiceStatus::canonical(const QString &status)
{
    const QString k = key(status);
    for (const StatusInfo &s : kStatuses) {
        if (k == QLatin1String(s.canonical))
            return k;
        const QStringList aliases = QString::fromLatin1(s.aliases).split(QLatin1Char(' '));
        if (aliases.contains(k))
            return QString::fromLatin1(s.canonical);
    }
    return k;
}

QString ServiceStatus::localized(const QString &status, const QString &lang)
{
    const QString c = canonical(status);
    for (const StatusInfo &s : kStatuses) {
        if (c == QLatin1String(s.canonical)) {
            const char *text =
                lang == QLatin1String("pt") ? s.pt : (lang == QLatin1String("en") ? s.en : s.es);
            return QString::fromUtf8(text);
        }
    }
    return status.trimmed();
}

QList<QPair<QString, QString>> ServiceStatus::mentioned(const QString &text)
{
    // One compiled pattern per status, built once.
    static const QList<QPair<QString, QRegularExpression>> patterns = [] {
        QList<QPair<QString, QRegularExpression>> list;
        for (const StatusInfo &s : kStatuses) {
            QStringList alts = QString::fromLatin1(s.phrases).split(QLatin1Char('|'));
            // "open" alone is too common a word ("we open at 8") to count as a status claim.
            if (qstrcmp(s.canonical, "open") != 0)
                alts.append(
                    QString::fromLatin1(s.canonical).replace(QLatin1Char('_'), QLatin1Char(' ')));
            for (QString &a : alts)
                a = QRegularExpression::escape(a);
            list.append({QString::fromLatin1(s.canonical),
                         QRegularExpression(QStringLiteral("\\b(?:") + alts.join(QLatin1Char('|')) +
                                            QStringLiteral(")\\b"))});
        }
        return list;
    }();
    // Stored values like "en_route" count as mentions too (sources carry the raw status).
    QString folded = TextNormalizer::fold(text);
    folded.replace(QLatin1Char('_'), QLatin1Char(' '));
    QList<QPair<QString, QString>> out;
    for (const auto &p : patterns) {
        const QRegularExpressionMatch m = p.second.match(folded);
        if (m.hasMatch())
            out.append({p.first, m.captured(0)});
    }
    return out;
}

QStringList ServiceStatus::knownStatuses()
{
    QStringList out;
    for (const StatusInfo &s : kStatuses)
        out.append(QString::fromLatin1(s.canonical));
    return out;
}

} // namespace recado::relay::drafts
