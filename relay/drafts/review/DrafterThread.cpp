// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/DrafterThread.h"

#include "relay/drafts/BuiltinDrafter.h"
#include "relay/drafts/KnowledgeBase.h"
#include "relay/drafts/ModelDrafter.h"

#include <QPointer>

#include <memory>

namespace recado::relay::review {

namespace {

//! The drafters share the knowledge base through a shared_ptr; this one never deletes it (the
//! thread owns it and deletes it last, on the thread that opened it).
std::shared_ptr<const drafts::KnowledgeBase> borrowed(const drafts::KnowledgeBase *kb)
{
    return std::shared_ptr<const drafts::KnowledgeBase>(kb, [](const drafts::KnowledgeBase *) {});
}

} // namespace

DrafterThread::DrafterThread(QObject *parent)
    : QObject(parent)
{}

DrafterThread::~DrafterThread()
{
    m_thread.stop([this] {
        delete m_drafter;
        delete m_kb;
        m_drafter = nullptr;
        m_kb = nullptr;
    });
}

bool DrafterThread::start(const QString &kbDir, const std::optional<drafts::ModelConfig> &model,
                          QString *error)
{
    m_kbDir = kbDir;
    m_thread.start();
    bool loaded = false;
    QString kbError;
    m_thread.runThere([&] {
        m_kb = new drafts::KnowledgeBase;
        loaded =
            kbDir.isEmpty() ? m_kb->loadBuiltin(&kbError) : m_kb->loadDirectory(kbDir, &kbError);
    });
    if (!loaded) {
        *error = kbError;
        return false;
    }
    setModel(model);
    return true;
}

void DrafterThread::setModel(const std::optional<drafts::ModelConfig> &model)
{
    ++m_generation;
    m_thread.runThere([&] {
        delete m_drafter;
        if (model)
            m_drafter = new drafts::ModelDrafter(borrowed(m_kb), *model);
        else
            m_drafter = new drafts::BuiltinDrafter(borrowed(m_kb));
        m_name = m_drafter->name();
    });
}

void DrafterThread::draft(const drafts::DraftContext &context,
                          std::function<void(const drafts::DraftResult &)> done)
{
    const QPointer<DrafterThread> self(this);
    const quint64 generation = m_generation;
    m_thread.post([this, self, generation, context, done = std::move(done)]() mutable {
        // On the drafter thread: m_drafter is only replaced there (runThere), so it is safe.
        if (!m_drafter)
            return;
        m_drafter->draft(context, [self, generation, done](const drafts::DraftResult &r) {
            if (!self)
                return;
            // Back to the relay's thread with the answer.
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, done, r] {
                    if (self && self->m_generation == generation)
                        done(r);
                },
                Qt::QueuedConnection);
        });
    });
}

} // namespace recado::relay::review
