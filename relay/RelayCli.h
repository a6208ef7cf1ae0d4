// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace recado::relay {

//! `recado-relay serve | user add NAME --role R --password-stdin | classify | --help`.
//! Returns the process exit code (runs the event loop for `serve`).
int runCli(QCoreApplication &app);

} // namespace recado::relay
