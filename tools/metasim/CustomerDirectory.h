// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace recado::metasim {

//! One simulated customer of a field-service business.
struct CustomerProfile
{
    QString waId;     //!< WhatsApp id as Meta writes it (country code, no plus)
    QString name;     //!< profile name
    QString country;  //!< MX, BR, CO, AR, US
    QString language; //!< es, pt_BR, en
    double latitude = 0;
    double longitude = 0;
    QString address;
    int scenario = 0; //!< which story they are living (StoryBook)
    int step = 0;     //!< next beat of that story
};

//! Makes believable customers: names and mobile numbers from Mexico, Brazil, Colombia,
//! Argentina and the United States, each with a language and a home address.
class CustomerDirectory
{
public:
    //! `count` distinct customers drawn with `rng`.
    static QList<CustomerProfile> generate(int count, QRandomGenerator &rng);
    //! A mobile number in WhatsApp-id form for a country code (MX, BR, CO, AR, US).
    static QString mobileNumber(const QString &country, QRandomGenerator &rng);
};

} // namespace recado::metasim
