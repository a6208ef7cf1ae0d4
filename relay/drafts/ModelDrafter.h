// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/BuiltinDrafter.h"
#include "relay/drafts/Drafter.h"
#include "relay/drafts/KnowledgeBase.h"
#include "relay/drafts/ModelConfig.h"

#include <QJsonObject>

#include <memory>

class QNetworkAccessManager;

namespace recado::relay::drafts {

//! Drafts with a language model behind an OpenAI-compatible chat-completions endpoint. It sends
//! the conversation, the retrieved sources (knowledge-base articles, the linked request, the
//! customer record) and strict instructions asking for one JSON object; it then validates the
//! answer (JSON shape, intent in the list, cited sources exist, every fact grounded in the
//! sources). On any failure — timeout, HTTP error, malformed or ungrounded answer — it returns
//! the builtin draft instead, with `fallbackReason` saying why. The builtin escalation rules
//! always apply on top of the model's answer: the model can escalate, never un-escalate.
class ModelDrafter : public Drafter
{
public:
    ModelDrafter(std::shared_ptr<const KnowledgeBase> kb, ModelConfig config,
                 QObject *parent = nullptr);
    ~ModelDrafter() override;

    void draft(const DraftContext &context, DraftCallback done) override;
    QString name() const override { return QStringLiteral("model"); }
    const ModelConfig &config() const { return m_config; }

    //! The sources offered to the model for `context` (what its answer may cite).
    QList<DraftSource> sourcesFor(const DraftContext &context, const DraftResult &baseline) const;
    //! The chat-completions request body.
    QJsonObject requestBody(const DraftContext &context, const DraftResult &baseline,
                            const QList<DraftSource> &sources) const;
    //! The model's JSON object from a chat-completions response body, or nullopt with `error`.
    static std::optional<QJsonObject> extractAnswer(const QByteArray &responseBody, QString *error);
    //! Checks the answer and merges it with the builtin draft; nullopt (with `error`, e.g.
    //! "model_ungrounded: name Pedro") when the builtin draft must be used instead.
    std::optional<DraftResult> acceptAnswer(const QJsonObject &answer, const DraftContext &context,
                                            const DraftResult &baseline,
                                            const QList<DraftSource> &sources,
                                            QString *error) const;

private:
    ModelConfig m_config;
    BuiltinDrafter m_builtin;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace recado::relay::drafts
