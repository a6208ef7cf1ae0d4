// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace recado::relay::drafts {

//! Where ModelDrafter finds an OpenAI-compatible chat-completions endpoint (OpenAI, Azure
//! OpenAI, vLLM, llama.cpp server, Ollama's /v1 ...). The API key is a secret: it is sent in the
//! Authorization header and nowhere else (never logged, never in toJson()).
struct ModelConfig
{
    QUrl baseUrl;  //!< e.g. https://api.openai.com/v1 ; "/chat/completions" is appended
    QString model; //!< e.g. gpt-4o-mini
    QString apiKey;
    int timeoutMs = 8000;
    double temperature = 0.0;
    bool jsonMode = true;    //!< ask for response_format json_object (some servers reject it)
    int historyMessages = 8; //!< conversation messages sent along with the new one

    bool isValid() const
    {
        return baseUrl.isValid() && !baseUrl.scheme().isEmpty() && !model.isEmpty();
    }
    QUrl endpoint() const;
    //! Everything but the key ("api_key_set": true/false instead).
    QJsonObject toJson() const;
    //! {"base_url","model","api_key","timeout_ms","temperature","json_mode","history_messages"}
    static ModelConfig fromJson(const QJsonObject &o);
};

} // namespace recado::relay::drafts
