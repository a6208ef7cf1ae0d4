// SPDX-License-Identifier: GPL-3.0-or-later
// recado-metasim: a stand-in for Meta's WhatsApp Cloud API; the simulator lives in tools/metasim/.
#include "core/threading/ServerEventLoop.h"
#include "tools/metasim/SimCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    recado::threading::preferQtEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recado-metasim"));
    return recado::metasim::SimCli::run(app);
}
