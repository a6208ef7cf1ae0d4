// SPDX-License-Identifier: GPL-3.0-or-later
// recado: the desktop client. Wiring only: application, translations, the system keychain and
// the ClientController that runs everything else.
#include "ui/AppIcon.h"
#include "ui/ClientController.h"
#include "ui/KeychainTokenStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Recado"));
    QApplication::setApplicationName(QStringLiteral("recado"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recado"));
    QApplication::setApplicationVersion(QStringLiteral(RECADO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("recado"));
    QApplication::setWindowIcon(recado::ui::AppIcon::icon());

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Recado: WhatsApp inbox for service teams"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Use this language instead of the system's (es, pt_BR, en)."),
        QStringLiteral("code"));
    cli.addOption(language);
    cli.process(app);

    const QLocale locale = cli.isSet(language) ? QLocale(cli.value(language)) : QLocale::system();
    QLocale::setDefault(locale);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("recado"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    recado::ui::KeychainTokenStore keychain;
    recado::ui::ClientController controller(&keychain, {});
    controller.start();
    return QApplication::exec();
}
