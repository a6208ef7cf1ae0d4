// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace recado::relay::drafts {

//! One approved answer (hours, coverage, prices, policies ...). Drafts may only state what the
//! articles they cite say.
struct KbArticle
{
    QString id;
    QString lang; //!< es, pt, en
    QString title;
    QString body;
    QStringList tags; //!< search synonyms; intent names (faq, invoice ...) steer retrieval
};

//! The knowledge base: approved articles loaded from JSON files (resources/kb/*.json, or the
//! `:/kb` resource compiled into recado_relay), searched through an in-memory SQLite FTS5 table
//! (tokenize 'unicode61 remove_diacritics 2', so "garantía" finds "garantia"). Where the SQLite
//! build has no FTS5 it falls back to LIKE matching over folded text.
//!
//! Not thread-safe: it owns a QSqlDatabase connection (with a unique name), which Qt requires
//! to be used from the thread that created it.
class KnowledgeBase
{
public:
    struct Hit
    {
        KbArticle article;
        double score = 0.0; //!< higher is better; comparable within one search only
    };
    struct Options
    {
        bool forceLikeSearch = false; //!< test the degraded path on a build that has FTS5
    };

    KnowledgeBase();
    explicit KnowledgeBase(Options options);
    ~KnowledgeBase();
    KnowledgeBase(const KnowledgeBase &) = delete;
    KnowledgeBase &operator=(const KnowledgeBase &) = delete;

    //! Loads every *.json in `dir` (a file path or a resource path like ":/kb").
    bool loadDirectory(const QString &dir, QString *error = nullptr);
    //! Loads the sample knowledge base compiled into recado_relay (`:/kb/*.json`).
    bool loadBuiltin(QString *error = nullptr);
    bool loadFile(const QString &path, QString *error = nullptr);
    //! A JSON array of articles, or {"articles": [...]}.
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    bool addArticle(const KbArticle &article, QString *error = nullptr);

    //! Best articles for `query` in `lang` (all languages if empty). `tagHints` (e.g. the
    //! intent name) add weight to articles tagged with them.
    QList<Hit> search(const QString &query, const QString &lang, int limit = 3,
                      const QStringList &tagHints = {}) const;
    std::optional<KbArticle> article(const QString &id) const;
    QList<KbArticle> articles() const;
    int size() const { return int(m_articles.size()); }
    bool usesFts5() const { return m_fts5; }
    bool isOpen() const { return m_open; }

    //! Where the sample articles live in the source tree, relative to its root.
    static QString sourceTreeDir() { return QStringLiteral("resources/kb"); }

private:
    QStringList queryTerms(const QString &query) const;
    QList<Hit> searchFts(const QStringList &terms, const QString &lang, int limit,
                         const QStringList &tags) const;
    QList<Hit> searchLike(const QStringList &terms, const QString &lang, int limit,
                          const QStringList &tags) const;

    QString m_connection;
    bool m_open = false;
    bool m_fts5 = false;
    QHash<QString, KbArticle> m_articles;
    mutable std::unique_ptr<QSqlQuery> m_ftsQuery;
};

} // namespace recado::relay::drafts
