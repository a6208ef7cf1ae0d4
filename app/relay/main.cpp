// SPDX-License-Identifier: GPL-3.0-or-later
// recado-relay: argument parsing and wiring only; the relay lives in relay/.
#include "core/threading/ServerEventLoop.h"
#include "relay/Relay.h"
#include "relay/RelayCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    recado::threading::preferQtEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recado-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECADO_VERSION));
    return recado::relay::runCli(app);
}
