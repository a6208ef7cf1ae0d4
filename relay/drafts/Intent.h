// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace recado::relay::drafts {

//! What a customer wants with one inbound message. The wire names (intentName) are stable: they
//! are stored with drafts, sent to clients and asked from the model.
enum class Intent {
    ConfirmAppointment,
    Reschedule,
    Cancel,
    Eta,
    RequestStatus,
    NewRequest,
    Invoice,
    MediaShare,
    BillingQuestion,
    BillingDispute,
    Complaint,
    Human,
    DataRequest,
    OptOut,
    Greeting,
    Thanks,
    Faq,
    Other,
};

inline constexpr int kIntentCount = int(Intent::Other) + 1;

QString intentName(Intent intent);
std::optional<Intent> intentFromName(const QString &name);
QList<Intent> allIntents();
QStringList intentNames();

//! Intents a human must always handle (complaints, disputed money, explicit handoff requests,
//! personal-data rights, and messages the drafter did not understand).
bool intentRequiresHuman(Intent intent);

} // namespace recado::relay::drafts
