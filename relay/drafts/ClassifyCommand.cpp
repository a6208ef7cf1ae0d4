// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/ClassifyCommand.h"

#include "relay/drafts/BuiltinDrafter.h"
#include "relay/drafts/KnowledgeBase.h"
#include "relay/drafts/ModelDrafter.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace recado::relay::drafts {

namespace {

QJsonObject verdict(const DraftResult &r, bool withText)
{
    QJsonObject o = r.toJson();
    if (!withText) {
        QJsonArray sources;
        for (const DraftSource &s : r.sources)
            sources.append(QJsonObject{{QStringLiteral("kind"), s.kind},
                                       {QStringLiteral("id"), s.id},
                                       {QStringLiteral("title"), s.title}});
        o.insert(QStringLiteral("sources"), sources);
    }
    return o;
}

} // namespace

int runClassify(QTextStream &in, QTextStream &out, const ClassifyOptions &options)
{
    auto kb = std::make_shared<KnowledgeBase>();
    QString error;
    const bool loaded = options.kbDir.isEmpty() ? kb->loadBuiltin(&error)
                                                : kb->loadDirectory(options.kbDir, &error);
    if (!loaded) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("error"), QStringLiteral("knowledge_base")},
                               {QStringLiteral("message"), error}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        out.flush();
        return 2;
    }
    BuiltinDrafter builtin(kb);
    std::unique_ptr<ModelDrafter> model;
    if (options.model)
        model = std::make_unique<ModelDrafter>(kb, *options.model);

    int lineNo = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &pe);
        const QJsonObject o = doc.object();
        if (pe.error != QJsonParseError::NoError || !doc.isObject() ||
            !o.value(QStringLiteral("text")).isString()) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                              pe.error != QJsonParseError::NoError
                                                  ? pe.errorString()
                                                  : QStringLiteral("expected {\"text\": ...}")},
                                             {QStringLiteral("line"), lineNo}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
            continue;
        }
        DraftContext ctx;
        ctx.text = o.value(QStringLiteral("text")).toString();
        ctx.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("text"));
        ctx.langHint = o.value(QStringLiteral("lang")).toString();
        ctx.now = options.now;
        ctx.serviceRequest = options.serviceRequest;
        ctx.customer = options.customer;
        const QJsonArray history = o.value(QStringLiteral("history")).toArray();
        for (const QJsonValue &h : history) {
            domain::Message m;
            m.direction = domain::Direction::Inbound;
            m.text = h.toString();
            ctx.history.append(m);
        }
        DraftResult result;
        if (model) {
            QEventLoop loop;
            model->draft(ctx, [&](const DraftResult &r) {
                result = r;
                loop.quit();
            });
            loop.exec();
        } else {
            result = builtin.compose(ctx);
        }
        out << QJsonDocument(verdict(result, options.includeSourceText))
                   .toJson(QJsonDocument::Compact)
            << '\n';
    }
    out.flush();
    return 0;
}

} // namespace recado::relay::drafts
