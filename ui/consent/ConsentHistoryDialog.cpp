// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consent/ConsentHistoryDialog.h"

#include "ui/Palette.h"
#include "ui/consent/ConsentText.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>

namespace recado::ui {

ConsentHistoryDialog::ConsentHistoryDialog(sync::RelayApi *api, qint64 conversationId,
                                           const QString &customer, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_conversationId(conversationId)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("consentHistory"));
    setWindowTitle(tr("Consent history — %1").arg(customer));
    m_summary->setObjectName(QStringLiteral("consentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A ledger holds a handful of records per customer: a table widget is fine here.
    m_table->setObjectName(QStringLiteral("consentTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Change"), tr("How"), tr("Agent"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("consentNote"));
    m_note->setPlaceholderText(tr("Note for the record (optional), e.g. “asked by phone”"));
    m_note->setMaxLength(500);
    m_optIn = new QPushButton(tr("Record verbal opt-in"), this);
    m_optIn->setObjectName(QStringLiteral("recordOptIn"));
    m_optIn->setToolTip(tr("The customer agreed, e.g. on the phone, to receive WhatsApp "
                           "messages from us."));
    m_optOut = new QPushButton(tr("Record opt-out"), this);
    m_optOut->setObjectName(QStringLiteral("recordOptOut"));
    m_optOut->setToolTip(tr("The customer asked us to stop. No template can be sent until they "
                            "write again or opt in. They are told while the 24-hour window is "
                            "open."));
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("consentExport"));
    m_message->setObjectName(QStringLiteral("consentMessage"));
    m_message->setWordWrap(true);
    for (QPushButton *b : {m_optIn, m_optOut, m_export})
        b->setAutoDefault(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_optIn);
    actions->addWidget(m_optOut);
    actions->addStretch();
    actions->addWidget(m_export);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *col = new QVBoxLayout(this);
    col->addWidget(m_summary);
    col->addWidget(m_table, 1);
    col->addWidget(m_note);
    col->addLayout(actions);
    col->addWidget(m_message);
    col->addWidget(close);

    connect(m_optIn, &QPushButton::clicked, this, [this] { record(QStringLiteral("opt_in")); });
    connect(m_optOut, &QPushButton::clicked, this, [this] { record(QStringLiteral("opt_out")); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/consent-%1.csv")
                .arg(m_info.contactPhone.isEmpty() ? QString::number(m_info.contactId)
                                                   : m_info.contactPhone);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export consent history"),
                                                          suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    resize(760, 420);
    reload();
}

void ConsentHistoryDialog::setMessage(const QString &text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? Palette::error(p) : Palette::secondaryText(p));
    m_message->setPalette(p);
    m_message->setText(text);
}

void ConsentHistoryDialog::reload()
{
    m_summary->setText(tr("Loading…"));
    m_api.ledger(m_conversationId, this,
                 [this](const sync::ApiResult &r, const sync::ConsentInfo &info) {
                     if (!r.ok()) {
                         m_summary->setText(
                             tr("The consent history could not be loaded: %1").arg(r.errorMessage));
                         return;
                     }
                     showInfo(info);
                     Q_EMIT loaded();
                 });
}

void ConsentHistoryDialog::showInfo(const sync::ConsentInfo &info)
{
    m_info = info;
    QString summary = QStringLiteral("<b>%1</b>").arg(ConsentText::state(info).toHtmlEscaped());
    if (!info.templates.reason.isEmpty())
        summary +=
            QStringLiteral("<br>") + (info.templates.allowed ? tr("Templates: allowed. %1")
                                                             : tr("Templates: not allowed. %1"))
                                         .arg(info.templates.reason.toHtmlEscaped());
    m_summary->setText(summary);
    m_table->setRowCount(int(info.history.size()));
    for (int row = 0; row < info.history.size(); ++row) {
        const sync::ConsentEntry &e = info.history.at(row);
        // How it was given in the UI language; the relay's own description as the tooltip.
        QString how = ConsentText::source(e.source);
        if (!e.keyword.isEmpty())
            how += QStringLiteral(" (“%1”)").arg(e.keyword);
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                ConsentText::action(e.action), how,
                                e.agent.isEmpty() ? tr("—") : e.agent, e.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 2 && !e.described.isEmpty() ? e.described : cells.at(c));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_optOut->setEnabled(info.state != QLatin1String("opted_out"));
    m_export->setEnabled(info.contactId != 0);
}

void ConsentHistoryDialog::record(const QString &action)
{
    const bool optIn = action == QLatin1String("opt_in");
    m_optIn->setEnabled(false);
    m_optOut->setEnabled(false);
    setMessage(tr("Recording…"), false);
    m_api.record(
        m_conversationId, action,
        optIn ? QStringLiteral("agent_verbal") : QStringLiteral("agent_action"), m_note->text(),
        this, [this, optIn](const sync::ApiResult &r, const sync::ConsentInfo &) {
            m_optIn->setEnabled(true);
            if (!r.ok()) {
                m_optOut->setEnabled(true);
                setMessage(tr("Not recorded: %1").arg(r.errorMessage), true);
                return;
            }
            const QString confirmation = r.body.value(QStringLiteral("confirmation")).toString();
            setMessage(optIn ? tr("Opt-in recorded.")
                       : confirmation == QLatin1String("queued")
                           ? tr("Opt-out recorded; the customer is being told.")
                       : confirmation == QLatin1String("window_closed")
                           ? tr("Opt-out recorded. The customer was not told: their "
                                "24-hour window is closed.")
                           : tr("Opt-out recorded."),
                       false);
            m_note->clear();
            reload();
            Q_EMIT consentChanged();
        });
}

void ConsentHistoryDialog::exportTo(const QString &path)
{
    setMessage(tr("Exporting…"), false);
    m_api.csv(
        m_info.contactId, this, [this, path](const sync::ApiResult &r, const QByteArray &csv) {
            if (!r.ok()) {
                const QString why = tr("The export failed: %1").arg(r.errorMessage);
                setMessage(why, true);
                Q_EMIT exported(false, why);
                return;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() ||
                !file.commit()) {
                const QString why = tr("%1 could not be written: %2").arg(path, file.errorString());
                setMessage(why, true);
                Q_EMIT exported(false, why);
                return;
            }
            const QString done =
                tr("Exported %L1 records to %2").arg(m_info.history.size()).arg(path);
            setMessage(done, false);
            Q_EMIT exported(true, done);
        });
}

} // namespace recado::ui
