// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace recado::ui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QAction *a : actions) {
        if (a->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(a->text().remove(QLatin1Char('&'))));
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(" or "))));
    }
    // Keys handled by widgets rather than actions.
    const QList<QPair<QString, QString>> fixed = {
        {tr("Send the message"), tr("Enter")},
        {tr("New line in the message"), tr("Shift+Enter")},
    };
    for (const auto &[what, keys] : fixed) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(what));
        m_table->setItem(row, 1, new QTableWidgetItem(keys));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *col = new QVBoxLayout(this);
    col->addWidget(m_table);
    col->addWidget(buttons);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->resizeRowsToContents();
    int h = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        h += m_table->rowHeight(r);
    m_table->setMinimumHeight(qMin(h + 2, 600));
    resize(480, qMin(h + 70, 700));
}

} // namespace recado::ui
