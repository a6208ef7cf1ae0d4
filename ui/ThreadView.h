// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace recado::ui {

class ThreadModel;
class MessageDelegate;

//! The message list. Loads older history when the user scrolls near the top (keeping the
//! messages on screen where they were), stays pinned to the newest message while the user is
//! at the bottom, and fills a short screen with older pages by itself.
class ThreadView : public QListView
{
    Q_OBJECT
public:
    explicit ThreadView(QWidget *parent = nullptr);

    void setThreadModel(ThreadModel *model);
    ThreadModel *threadModel() const { return m_model; }
    MessageDelegate *messageDelegate() const { return m_delegate; }
    bool isAtBottom() const { return m_atBottom; }
    void scrollToNewest();

protected:
    void resizeEvent(QResizeEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    void maybeFetchOlder();
    void onRangeChanged(int min, int max);

    ThreadModel *m_model = nullptr;
    MessageDelegate *m_delegate;
    bool m_atBottom = true;
    bool m_settling = false; //!< just reset: show the newest messages before loading older ones
    int m_restoreFromBottom = -1; //!< distance to keep from the bottom after a prepend
};

} // namespace recado::ui
