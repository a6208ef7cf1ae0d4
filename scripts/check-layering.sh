#!/usr/bin/env bash
# Dependencies point one way: app -> ui -> core, app -> relay -> core.
# core never includes Widgets/Gui or relay code; ui never opens sockets or SQL; relay never Widgets.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
check() { # folder, forbidden regex, why
  if git grep -nE "$2" -- "$1" >/tmp/recado-layering.log 2>/dev/null; then
    echo "check-layering: $1 must not $3:" >&2; cat /tmp/recado-layering.log >&2; fail=1
  fi
}
check core '#include <(QtWidgets|QtGui|QWidget|QApplication|QMessageBox|QPixmap|QImage|QColor|QFont)|#include "(relay|ui|app)/' 'include Widgets, Gui, relay, ui or app code'
check ui '#include <(QTcpSocket|QWebSocket|QNetworkAccessManager|QSqlDatabase|QSqlQuery)>|#include "relay/' 'open sockets, databases or include relay code'
check relay '#include <(QtWidgets|QWidget|QApplication)|#include "(ui|app)/' 'include Widgets, ui or app code'
exit $fail
