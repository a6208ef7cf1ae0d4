// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace recado::threading {

//! For the programs that serve many sockets (the relay, the simulator, the load generator): call
//! before the QCoreApplication is made. Qt then uses its own poll()-based event dispatcher
//! instead of GLib's, which registers and unregisters every socket notifier in a GLib source
//! list; under load that bookkeeping was a sixth of the relay's HTTP thread (docs/load.md).
//! An operator's own QT_NO_GLIB setting wins.
inline void preferQtEventDispatcher()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
}

} // namespace recado::threading
