// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/threading/WorkerThread.h"
#include "relay/drafts/DraftContext.h"
#include "relay/drafts/DraftResult.h"
#include "relay/drafts/ModelConfig.h"

#include <QObject>

#include <functional>
#include <optional>

namespace recado::relay::drafts {
class Drafter;
class KnowledgeBase;
} // namespace recado::relay::drafts

namespace recado::relay::review {

//! Runs the drafter (builtin, or model with builtin fallback) on a thread of its own, so that
//! classifying and composing drafts never delays the relay's thread: webhook acknowledgements
//! and the event stream keep their latency under a burst of customer messages. The drafter
//! and its knowledge base (a SQLite FTS5 connection, usable only by the thread that opened it)
//! are created on that thread.
class DrafterThread : public QObject
{
    Q_OBJECT
public:
    explicit DrafterThread(QObject *parent = nullptr);
    ~DrafterThread() override;

    //! Starts the thread, loads the knowledge base (`kbDir`, or the compiled-in sample when
    //! empty) and creates the drafter. False with a readable error.
    bool start(const QString &kbDir, const std::optional<drafts::ModelConfig> &model,
               QString *error);
    //! Replaces the drafter (nullopt: builtin). Drafts in flight in the old one are dropped.
    void setModel(const std::optional<drafts::ModelConfig> &model);
    QString drafterName() const { return m_name; }

    //! Drafts `context` on the drafter thread; `done` runs later on this object's thread (not
    //! at all if this object is destroyed first).
    void draft(const drafts::DraftContext &context,
               std::function<void(const drafts::DraftResult &)> done);

private:
    threading::WorkerThread m_thread{QStringLiteral("recado-drafter")};
    drafts::KnowledgeBase *m_kb = nullptr;
    drafts::Drafter *m_drafter = nullptr;
    QString m_kbDir;
    QString m_name;
    quint64 m_generation = 0; //!< bumped by setModel(): answers of an older drafter are dropped
};

} // namespace recado::relay::review
