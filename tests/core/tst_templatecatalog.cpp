// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped template catalogue: it loads from the Qt resource compiled into recado_core, every
// template passes the validator, and the seed's templates have exactly the seed's parameters.
#include "core/whatsapp/templates/ParameterSources.h"
#include "core/whatsapp/templates/TemplateCatalog.h"
#include "core/whatsapp/templates/TemplateRenderer.h"
#include "core/whatsapp/templates/TemplateValidator.h"

#include <QDir>
#include <QTest>

using namespace recado::whatsapp;

class TestTemplateCatalog : public QObject
{
    Q_OBJECT

    static QString describe(const ValidationIssues &issues)
    {
        QStringList lines;
        for (const ValidationIssue &i : issues)
            lines.append(i.rule + QStringLiteral(": ") + i.message);
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void loadsFromResource()
    {
        const TemplateCatalog catalog = TemplateCatalog::loadShipped();
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        // 5 seed templates (es) + 3 field-service templates x 3 languages.
        QCOMPARE(catalog.templates().size(), 14);
        // The resource holds the same files as the source tree.
        const QDir source(QStringLiteral(RECADO_SOURCE_DIR "/resources/templates"));
        QCOMPARE(catalog.templates().size(),
                 source.entryList({QStringLiteral("*.json")}, QDir::Files).size());
    }

    void everyShippedTemplatePassesTheValidator()
    {
        const TemplateCatalog catalog = TemplateCatalog::loadShipped();
        for (Template t : catalog.templates()) {
            const ValidationIssues submission = TemplateValidator::validateForSubmission(t);
            // Not even warnings: shipped templates should sail through Meta's review.
            QVERIFY2(submission.isEmpty(),
                     qPrintable(t.key() + QLatin1Char('\n') + describe(submission)));
            QCOMPARE(toString(t.category), QStringLiteral("UTILITY"));

            // Sending with the samples must pass once Meta approved the template.
            t.status = TemplateStatus::Approved;
            TemplateArguments args;
            args.body = t.body.examples;
            args.header = t.header.textExamples;
            const ValidationIssues send = TemplateValidator::validateForSend(t, args);
            QVERIFY2(send.isEmpty(), qPrintable(t.key() + QLatin1Char('\n') + describe(send)));

            // Every variable has metadata with a label and a known source.
            const QStringList keys = t.bodyVariableKeys();
            for (int n = 1; n <= keys.size(); ++n) {
                const ParameterMeta *meta = t.parameter(TemplatePart::Body, n);
                QVERIFY2(meta, qPrintable(t.key() + QStringLiteral(" {{%1}}").arg(n)));
                QVERIFY(!meta->label.isEmpty());
                QVERIFY2(ParameterSources::keys().contains(meta->source), qPrintable(meta->source));
            }
        }
    }

    void seedTemplatesHaveTheSeedsParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("nueva_solicitud_de_servicio")
            << QStringLiteral("nueva_solicitud_de_servicio")
            << QStringList{
                   QStringLiteral("Request ID"),    QStringLiteral("Service type"),
                   QStringLiteral("Customer name"), QStringLiteral("Contact phone"),
                   QStringLiteral("Address"),       QStringLiteral("Requested delivery date")};
        QTest::newRow("solicitud_recibida_cliente")
            << QStringLiteral("solicitud_recibida_cliente")
            << QStringList{QStringLiteral("Customer name"), QStringLiteral("Request ID"),
                           QStringLiteral("Service type"), QStringLiteral("Requested date"),
                           QStringLiteral("Contact email")};
        QTest::newRow("ptar_formulario_enviado")
            << QStringLiteral("ptar_formulario_enviado")
            << QStringList{QStringLiteral("Customer name"), QStringLiteral("Form URL"),
                           QStringLiteral("Vendor name"), QStringLiteral("Vendor phone")};
        QTest::newRow("solicitud_aprobada_operaciones")
            << QStringLiteral("solicitud_aprobada_operaciones")
            << QStringList{QStringLiteral("Vendor name"), QStringLiteral("Request ID"),
                           QStringLiteral("Approved delivery date")};
        QTest::newRow("reasignacion_removida")
            << QStringLiteral("reasignacion_removida")
            << QStringList{QStringLiteral("Vendor first name"), QStringLiteral("Request ID"),
                           QStringLiteral("Service type")};
    }

    void seedTemplatesHaveTheSeedsParameters()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, labels);
        const TemplateCatalog catalog = TemplateCatalog::loadShipped();
        const auto t = catalog.find(name, QStringLiteral("es"));
        QVERIFY(t.has_value());
        QCOMPARE(t->bodyVariableKeys().size(), labels.size());
        QCOMPARE(t->body.examples.size(), labels.size());
        for (int n = 1; n <= labels.size(); ++n)
            QCOMPARE(t->parameter(TemplatePart::Body, n)->label, labels.at(n - 1));
    }

    void fieldServiceTemplatesExistInThreeLanguages()
    {
        const TemplateCatalog catalog = TemplateCatalog::loadShipped();
        const QStringList expected{QStringLiteral("en"), QStringLiteral("es"),
                                   QStringLiteral("pt_BR")};
        for (const char *name :
             {"appointment_confirmation", "technician_on_the_way", "reschedule_offer"}) {
            QCOMPARE(catalog.languages(QString::fromLatin1(name)), expected);
        }
        const auto confirm =
            catalog.find(QStringLiteral("appointment_confirmation"), QStringLiteral("es"));
        QVERIFY(confirm);
        QCOMPARE(confirm->buttons.size(), 2);
        QCOMPARE(toString(confirm->buttons.at(0).type), QStringLiteral("QUICK_REPLY"));
        QCOMPARE(confirm->buttons.at(0).text, QStringLiteral("Confirmar"));
        QCOMPARE(confirm->buttons.at(1).text, QStringLiteral("Reprogramar"));
        const auto late = catalog.find(QStringLiteral("reschedule_offer"), QStringLiteral("en"));
        QVERIFY(late);
        QCOMPARE(late->buttons.size(), 3);
        // The quick-reply payloads are the same in every language.
        for (const QString &lang : expected) {
            const auto t = catalog.find(QStringLiteral("reschedule_offer"), lang);
            QCOMPARE(t->parameter(TemplatePart::Buttons, 2)->source,
                     QStringLiteral("payload:reschedule_tomorrow"));
        }
    }

    void findBestFallsBackToTheBaseLanguage()
    {
        const TemplateCatalog catalog = TemplateCatalog::loadShipped();
        QCOMPARE(catalog.findBest(QStringLiteral("technician_on_the_way"), QStringLiteral("es_MX"))
                     ->language,
                 QStringLiteral("es"));
        QCOMPARE(catalog.findBest(QStringLiteral("technician_on_the_way"), QStringLiteral("pt_PT"))
                     ->language,
                 QStringLiteral("pt_BR"));
        QCOMPARE(catalog.findBest(QStringLiteral("technician_on_the_way"), QStringLiteral("en_US"))
                     ->language,
                 QStringLiteral("en"));
        QVERIFY(!catalog.findBest(QStringLiteral("technician_on_the_way"), QStringLiteral("fr")));
        QVERIFY(!catalog.find(QStringLiteral("reasignacion_removida"), QStringLiteral("en")));
    }

    void loadDirectoryReportsBrokenFiles()
    {
        const QString dir =
            QDir::tempPath() +
            QStringLiteral("/recado-tpl-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(dir);
        QFile bad(dir + QStringLiteral("/bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QFile good(dir + QStringLiteral("/good.json"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(R"({"name":"x","language":"en","category":"UTILITY",
                      "components":[{"type":"BODY","text":"Hello there."}]})");
        good.close();
        const TemplateCatalog catalog = TemplateCatalog::loadDirectory(dir);
        QCOMPARE(catalog.templates().size(), 1);
        QCOMPARE(catalog.errors().size(), 1);
        QVERIFY(catalog.errors().first().startsWith(QStringLiteral("bad.json")));
        QDir(dir).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestTemplateCatalog)
#include "tst_templatecatalog.moc"
