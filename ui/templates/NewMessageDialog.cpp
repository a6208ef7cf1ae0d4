// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/NewMessageDialog.h"

#include "core/whatsapp/PhoneNumber.h"
#include "ui/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recado::ui {

namespace {
struct Region
{
    const char *code;
    const char *name;
};
// The markets the product is sold in first; any number with its own +code works regardless.
constexpr Region kRegions[] = {
    {"MX", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "Mexico (+52)")},
    {"BR", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "Brazil (+55)")},
    {"CO", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "Colombia (+57)")},
    {"AR", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "Argentina (+54)")},
    {"CL", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "Chile (+56)")},
    {"PE", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "Peru (+51)")},
    {"GT", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "Guatemala (+502)")},
    {"ES", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "Spain (+34)")},
    {"PT", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "Portugal (+351)")},
    {"US", QT_TRANSLATE_NOOP("recado::ui::NewMessageDialog", "United States (+1)")},
};
} // namespace

NewMessageDialog::NewMessageDialog(const QString &defaultRegion, QWidget *parent)
    : QDialog(parent)
    , m_region(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("newMessageDialog"));
    setWindowTitle(tr("New message"));
    m_region->setObjectName(QStringLiteral("newMessageRegion"));
    for (const Region &r : kRegions)
        m_region->addItem(tr(r.name), QString::fromLatin1(r.code));
    const int i = m_region->findData(defaultRegion.toUpper());
    m_region->setCurrentIndex(i >= 0 ? i : 0);
    m_number->setObjectName(QStringLiteral("newMessageNumber"));
    m_number->setPlaceholderText(tr("e.g. 55 1234 5678 or +52 55 1234 5678"));
    m_number->setClearButtonEnabled(true);
    m_verdict->setObjectName(QStringLiteral("newMessageVerdict"));
    m_verdict->setWordWrap(true);

    auto *intro = new QLabel(tr("WhatsApp lets a business start a conversation only with an "
                                "approved template. Enter the customer's number, then choose "
                                "the template."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Country or region:"), m_region);
    form->addRow(tr("Phone number:"), m_number);
    form->addRow(QString(), m_verdict);

    auto *buttons = new QDialogButtonBox(this);
    m_next = buttons->addButton(tr("Choose template…"), QDialogButtonBox::AcceptRole);
    m_next->setObjectName(QStringLiteral("newMessageNext"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_e164.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *col = new QVBoxLayout(this);
    col->addWidget(intro);
    col->addLayout(form);
    col->addWidget(buttons);

    connect(m_number, &QLineEdit::textChanged, this, &NewMessageDialog::check);
    connect(m_region, &QComboBox::currentIndexChanged, this, &NewMessageDialog::check);
    check();
    resize(440, sizeHint().height());
}

QString NewMessageDialog::region() const
{
    return m_region->currentData().toString();
}

void NewMessageDialog::check()
{
    const QString typed = m_number->text().trimmed();
    m_e164 = typed.isEmpty() ? QString() : whatsapp::toE164(typed, region());
    QPalette p = m_verdict->palette();
    if (typed.isEmpty()) {
        m_verdict->clear();
    } else if (m_e164.isEmpty()) {
        m_verdict->setText(tr("This is not a valid phone number for %1. Check the digits, or "
                              "start with + and the country code.")
                               .arg(m_region->currentText()));
        p.setColor(QPalette::WindowText, Palette::error(p));
    } else {
        m_verdict->setText(tr("Will be sent to %1").arg(m_e164));
        p.setColor(QPalette::WindowText, Palette::secondaryText(p));
    }
    m_verdict->setPalette(p);
    m_next->setEnabled(!m_e164.isEmpty());
}

QString NewMessageDialog::languageFor(const QString &e164)
{
    if (e164.startsWith(QLatin1String("+55")) || e164.startsWith(QLatin1String("+351")))
        return QStringLiteral("pt_BR");
    if (e164.startsWith(QLatin1String("+1")) || e164.startsWith(QLatin1String("+44")))
        return QStringLiteral("en");
    // Spanish-speaking markets by their codes: +34, +5x, +50x (Central America).
    static const char *const spanish[] = {"+34", "+52", "+53",  "+54",  "+56",  "+57", "+58",
                                          "+51", "+50", "+591", "+593", "+595", "+598"};
    for (const char *prefix : spanish) {
        if (e164.startsWith(QLatin1String(prefix)))
            return QStringLiteral("es");
    }
    return {};
}

} // namespace recado::ui
