// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServer>

namespace recado::loadgen {

//! The smallest useful webhook endpoint on QHttpServer: checks X-Hub-Signature-256, parses the
//! JSON and answers 200. Its throughput is the ceiling of what our HTTP layer allows; the relay
//! is measured against it (docs/load.md).
class CeilingServer
{
public:
    explicit CeilingServer(QByteArray appSecret);
    quint16 listen(const QHostAddress &host, quint16 port);

private:
    QByteArray m_secret;
    QHttpServer m_server;
};

} // namespace recado::loadgen
