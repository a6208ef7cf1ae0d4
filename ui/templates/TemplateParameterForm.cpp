// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplateParameterForm.h"

#include "core/whatsapp/templates/ParameterSources.h"
#include "ui/Palette.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace recado::ui {

using whatsapp::HeaderFormat;
using whatsapp::ParameterSources;
using whatsapp::TemplatePart;

TemplateParameterForm::TemplateParameterForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout)
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("templateParameterForm"));
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_empty->setWordWrap(true);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->addWidget(m_empty);
    col->addLayout(m_layout);
    clear();
}

void TemplateParameterForm::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    m_fixedButtons.clear();
    m_filename = nullptr;
    m_longitude = m_placeName = m_placeAddress = nullptr;
    m_template = {};
    m_empty->setText(tr("Choose a template on the left."));
    m_empty->show();
}

void TemplateParameterForm::addField(TemplatePart part, int index, const QString &label,
                                     const QString &hint, const QString &value,
                                     const QString &example)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("param_%1_%2").arg(whatsapp::toString(part)).arg(index));
    edit->setText(value);
    edit->setClearButtonEnabled(true);
    if (!example.isEmpty())
        edit->setPlaceholderText(tr("e.g. %1").arg(example));
    edit->setToolTip(hint);
    auto *problem = new QLabel(this);
    problem->setObjectName(edit->objectName() + QStringLiteral("_problem"));
    problem->setWordWrap(true);
    QPalette p = problem->palette();
    p.setColor(QPalette::WindowText, Palette::error(p));
    problem->setPalette(p);
    problem->hide();
    auto *box = new QWidget(this);
    auto *col = new QVBoxLayout(box);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(2);
    col->addWidget(edit);
    col->addWidget(problem);
    auto *name = new QLabel(label, this);
    name->setToolTip(hint);
    name->setBuddy(edit);
    m_layout->addRow(name, box);
    m_fields.append({part, index, edit, problem});
    connect(edit, &QLineEdit::textChanged, this, &TemplateParameterForm::changed);
}

void TemplateParameterForm::setTemplate(const whatsapp::Template &t,
                                        const whatsapp::TemplateArguments &initial)
{
    clear();
    m_template = t;
    const auto label = [&t](TemplatePart part, int n) {
        const QString meaning = ParameterSources::parameterLabel(t, part, n);
        const QString code = part == TemplatePart::Buttons ? tr("button %1").arg(n + 1)
                                                           : QStringLiteral("{{%1}}").arg(n);
        return meaning == code ? meaning : tr("%1 (%2)").arg(meaning, code);
    };

    const QStringList headerKeys = t.headerVariableKeys();
    for (int i = 0; i < headerKeys.size(); ++i) {
        const int n = headerKeys.at(i).toInt() > 0 ? headerKeys.at(i).toInt() : i + 1;
        addField(TemplatePart::Header, n, tr("Header: %1").arg(label(TemplatePart::Header, n)),
                 t.header.text, initial.header.value(i), t.header.textExamples.value(i));
    }
    if (whatsapp::isMediaHeader(t.header.format)) {
        const QString kind = t.header.format == HeaderFormat::Image   ? tr("Image")
                             : t.header.format == HeaderFormat::Video ? tr("Video")
                                                                      : tr("Document");
        addField(TemplatePart::Header, 0, tr("%1 link (https)").arg(kind),
                 tr("The header of this template is a file: give its public https address; "
                    "WhatsApp fetches it when the message is sent."),
                 initial.media.link, QStringLiteral("https://example.com/file"));
        if (t.header.format == HeaderFormat::Document) {
            m_filename = new QLineEdit(initial.media.filename, this);
            m_filename->setObjectName(QStringLiteral("param_header_filename"));
            m_filename->setPlaceholderText(tr("e.g. invoice.pdf"));
            m_layout->addRow(tr("File name the customer sees"), m_filename);
            connect(m_filename, &QLineEdit::textChanged, this, &TemplateParameterForm::changed);
        }
    }
    if (t.header.format == HeaderFormat::Location) {
        const bool has = initial.location.valid;
        addField(TemplatePart::Header, 0, tr("Latitude"),
                 tr("The header of this template is a map location."),
                 has ? QString::number(initial.location.latitude, 'f', 6) : QString(),
                 QStringLiteral("19.432600"));
        const auto extra = [this](const QString &caption, const char *name, const QString &value,
                                  const QString &example) {
            auto *edit = new QLineEdit(value, this);
            edit->setObjectName(QLatin1String(name));
            edit->setPlaceholderText(tr("e.g. %1").arg(example));
            m_layout->addRow(caption, edit);
            connect(edit, &QLineEdit::textChanged, this, &TemplateParameterForm::changed);
            return edit;
        };
        m_longitude = extra(tr("Longitude"), "param_header_longitude",
                            has ? QString::number(initial.location.longitude, 'f', 6) : QString(),
                            QStringLiteral("-99.133200"));
        m_placeName = extra(tr("Place name (optional)"), "param_header_place",
                            initial.location.name, tr("Service centre"));
        m_placeAddress = extra(tr("Address (optional)"), "param_header_address",
                               initial.location.address, QStringLiteral("Av. Reforma 222, CDMX"));
    }
    const QStringList bodyKeys = t.bodyVariableKeys();
    for (int i = 0; i < bodyKeys.size(); ++i) {
        const int n = bodyKeys.at(i).toInt() > 0 ? bodyKeys.at(i).toInt() : i + 1;
        addField(TemplatePart::Body, n, label(TemplatePart::Body, n), t.body.text,
                 initial.body.value(i), t.body.examples.value(i));
    }
    for (int b = 0; b < t.buttons.size(); ++b) {
        if (!t.buttonNeedsParameter(b)) {
            if (initial.buttons.contains(b))
                m_fixedButtons.insert(b, initial.buttons.value(b));
            continue;
        }
        const whatsapp::TemplateButton &button = t.buttons.at(b);
        addField(TemplatePart::Buttons, b,
                 tr("Button “%1”: %2").arg(button.text, label(TemplatePart::Buttons, b)),
                 button.url.isEmpty() ? button.text : button.url, initial.buttons.value(b),
                 button.example);
    }
    m_empty->setText(m_fields.isEmpty() ? tr("This template needs no values.") : QString());
    m_empty->setVisible(m_fields.isEmpty());
}

whatsapp::TemplateArguments TemplateParameterForm::arguments() const
{
    whatsapp::TemplateArguments args;
    args.buttons = m_fixedButtons;
    for (const Field &f : m_fields) {
        const QString v = f.edit->text();
        switch (f.part) {
        case TemplatePart::Header:
            if (f.index != 0) {
                args.header.append(v);
            } else if (m_longitude) {
                bool latOk = false, lonOk = false;
                const double lat = QLocale::c().toDouble(v.trimmed(), &latOk);
                const double lon = QLocale::c().toDouble(m_longitude->text().trimmed(), &lonOk);
                args.location.valid = latOk && lonOk && qAbs(lat) <= 90 && qAbs(lon) <= 180;
                args.location.latitude = lat;
                args.location.longitude = lon;
                args.location.name = m_placeName->text().trimmed();
                args.location.address = m_placeAddress->text().trimmed();
            } else {
                args.media.link = v.trimmed();
            }
            break;
        case TemplatePart::Body:
            args.body.append(v);
            break;
        case TemplatePart::Buttons:
            if (!v.isEmpty())
                args.buttons.insert(f.index, v);
            break;
        default:
            break;
        }
    }
    if (m_filename)
        args.media.filename = m_filename->text().trimmed();
    return args;
}

QJsonObject TemplateParameterForm::parametersJson() const
{
    const whatsapp::TemplateArguments args = arguments();
    QJsonObject o;
    if (whatsapp::isMediaHeader(m_template.header.format)) {
        QJsonObject media{{QStringLiteral("link"), args.media.link}};
        if (!args.media.filename.isEmpty())
            media.insert(QStringLiteral("filename"), args.media.filename);
        o.insert(QStringLiteral("header"), media);
    } else if (m_template.header.format == HeaderFormat::Location) {
        if (args.location.valid) {
            QJsonObject place{{QStringLiteral("latitude"), args.location.latitude},
                              {QStringLiteral("longitude"), args.location.longitude}};
            if (!args.location.name.isEmpty())
                place.insert(QStringLiteral("name"), args.location.name);
            if (!args.location.address.isEmpty())
                place.insert(QStringLiteral("address"), args.location.address);
            o.insert(QStringLiteral("header"), place);
        }
    } else if (!args.header.isEmpty()) {
        o.insert(QStringLiteral("header"), args.header.first());
    }
    if (!args.body.isEmpty())
        o.insert(QStringLiteral("body"), QJsonArray::fromStringList(args.body));
    if (!args.buttons.isEmpty()) {
        QJsonArray buttons;
        for (auto it = args.buttons.cbegin(); it != args.buttons.cend(); ++it)
            buttons.append(QJsonObject{{QStringLiteral("index"), it.key()},
                                       {QStringLiteral("value"), it.value()}});
        o.insert(QStringLiteral("buttons"), buttons);
    }
    return o;
}

QLineEdit *TemplateParameterForm::field(TemplatePart part, int index) const
{
    for (const Field &f : m_fields) {
        if (f.part == part && f.index == index)
            return f.edit;
    }
    return nullptr;
}

QList<sync::TemplateIssue>
TemplateParameterForm::showIssues(const QList<sync::TemplateIssue> &issues)
{
    QHash<QLineEdit *, QStringList> byField;
    QList<sync::TemplateIssue> rest;
    for (const sync::TemplateIssue &i : issues) {
        QLineEdit *edit = nullptr;
        if (i.part == TemplatePart::Header)
            edit = field(TemplatePart::Header, i.index > 0 ? i.index : 0);
        else if (i.part == TemplatePart::Body || i.part == TemplatePart::Buttons)
            edit = field(i.part, i.index);
        if (edit)
            byField[edit].append(i.message);
        else
            rest.append(i);
    }
    for (const Field &f : m_fields) {
        const QStringList messages = byField.value(f.edit);
        f.problem->setText(messages.join(QLatin1Char('\n')));
        f.problem->setVisible(!messages.isEmpty());
        f.edit->setProperty("invalid", !messages.isEmpty());
    }
    return rest;
}

} // namespace recado::ui
