// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/CustomerDirectory.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace recado::metasim {

//! What field-service customers write, in Spanish, Brazilian Portuguese and English. Each
//! customer lives one of five stories (a broken appliance, a visit to confirm or move, a bill,
//! a meter reading, spare parts ordered after an ad), one beat per message, and reacts to what
//! the business sends. Between them they send every kind of message the Cloud API carries.
class StoryBook
{
public:
    static constexpr int kScenarios = 5;
    static constexpr int kBeats = 5;

    //! The next message of the customer's story (an InboundFactory description); advances
    //! `p.step`, moving on to another story after the last beat.
    static QJsonObject nextBeat(CustomerProfile &p, QRandomGenerator &rng);

    //! How the customer answers a message the business sent them (`sent` is the Graph request
    //! body, `wamid` its id; `quickReplies` are the labels of a template's quick-reply
    //! buttons). Empty when they just read it.
    static QJsonObject respond(const CustomerProfile &p, const QJsonObject &sent,
                               const QString &wamid, const QStringList &quickReplies,
                               QRandomGenerator &rng);

    //! A phrase in the customer's language (es, pt_BR, en; other languages get English).
    static QString say(const QString &language, const char *es, const char *pt, const char *en);
};

} // namespace recado::metasim
