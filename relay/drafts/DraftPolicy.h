// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftResult.h"
#include "relay/drafts/Intent.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace recado::relay::drafts {

//! What the relay does with drafts: nothing (off), drafts for a human to approve (draft_only,
//! the default), or auto-send for chosen low-risk intents (auto_send). Escalated drafts,
//! ungrounded ones and high-risk intents are never auto-sent, whatever the configuration says.
class DraftPolicy
{
public:
    enum class Mode { Off, DraftOnly, AutoSend };

    Mode mode = Mode::DraftOnly;
    //! Intents that may go out without a human in auto_send mode.
    QSet<Intent> autoSendIntents = defaultAutoSendIntents();
    double minConfidence = 0.75;

    bool draftsEnabled() const { return mode != Mode::Off; }
    //! True only when the draft may be sent without a human; see the class comment.
    bool mayAutoSend(const DraftResult &draft) const;
    //! Why mayAutoSend() is false ("escalated", "mode", "intent", "confidence", ...), or empty.
    QString autoSendBlocker(const DraftResult &draft) const;

    static QSet<Intent> defaultAutoSendIntents();
    //! Intents that can never be auto-sent (complaints, money, people, personal data ...).
    static bool neverAutoSend(Intent intent);
    //! Intents whose answer is a fact and must cite a knowledge-base article or the request.
    static bool needsCitedSource(Intent intent);

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
    QJsonObject toJson() const;
    //! Unknown keys are ignored; a bad mode or intent name leaves the default and sets `error`.
    static DraftPolicy fromJson(const QJsonObject &o, QString *error = nullptr);
};

} // namespace recado::relay::drafts
