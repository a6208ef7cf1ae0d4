// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/Config.h"
#include "tools/metasim/TrafficGenerator.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStringList>

class QCoreApplication;

namespace recado::metasim {

//! recado-metasim's command line: flags over the relay's META_* environment variables over
//! built-in defaults.
class SimCli
{
public:
    struct Options
    {
        Config config;
        QHostAddress host = QHostAddress::LocalHost;
        quint16 port = 8081;
        TrafficGenerator::Options traffic;
        bool verifyWebhook = true; //!< do Meta's GET hub.challenge handshake at start-up
        bool help = false;
    };

    //! Parses `args` (argv, program name first). Returns false with `error` on bad input.
    static bool parse(const QStringList &args, const QProcessEnvironment &env, Options *out,
                      QString *error);
    static QString helpText();
    //! Runs the simulator until interrupted (or until --count messages were played and their
    //! webhooks settled). Returns the process exit code.
    static int run(QCoreApplication &app);
};

} // namespace recado::metasim
