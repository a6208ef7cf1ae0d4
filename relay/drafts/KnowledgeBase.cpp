// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/KnowledgeBase.h"

#include "relay/drafts/TextNormalizer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

// The sample articles are compiled into recado_relay (see relay/CMakeLists.txt). A static
// library's resources must be initialised explicitly, outside any namespace.
static void initKbResource()
{
    Q_INIT_RESOURCE(recado_kb);
}

namespace recado::relay::drafts {

Q_LOGGING_CATEGORY(lcKb, "recado.relay.drafts.kb")

namespace {

QAtomicInteger<quint64> g_connectionCounter;

const QSet<QString> &stopwords()
{
    static const QSet<QString> s = [] {
        QSet<QString> set;
        const QStringList words =
            QStringLiteral(
                "hola buenas buenos buen dia dias tardes gracias favor por que de la el los las un "
                "una unos y o a en con "
                "para mi me se lo le les es su sus al del tienen tiene tengo hay puedo pueden "
                "puede quiero necesito "
                "usted ustedes este esta esto eso ese como cuando donde cual cuales cuanto cuanta "
                "si no ya muy mas "
                "the a an is are was do does did you your i my me we our to of in on for and or "
                "what how when where "
                "which can could would will be have has there this that it please hi hello thanks "
                "oi ola bom boa voce voces o os as do da dos das um uma e em no na nos nas pra pro "
                "meu minha tem "
                "qual quais quanto quando onde isso esse essa vai vou ser sao estou obrigado "
                "obrigada sim nao")
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            set.insert(w);
        return set;
    }();
    return s;
}

// A crude stem: long words keep at most six letters and lose their last two, so "horarios",
// "horario" and "horário" share "horar*", "garantía", "garantias" share "garant*" and
// "uniformados" finds "uniforme".
QString stem(const QString &w)
{
    if (w.size() >= 6)
        return w.left(std::max<qsizetype>(4, std::min<qsizetype>(w.size() - 2, 6)));
    return w;
}

} // namespace

KnowledgeBase::KnowledgeBase()
    : KnowledgeBase(Options{})
{}

KnowledgeBase::KnowledgeBase(Options options)
{
    initKbResource();
    m_connection =
        QStringLiteral("recado_kb_%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        m_open = db.open();
        if (!m_open) {
            qCWarning(lcKb) << "knowledge base: cannot open in-memory SQLite:"
                            << db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        bool fts = !options.forceLikeSearch &&
                   q.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")) &&
                   q.next() && q.value(0).toInt() == 1;
        if (fts) {
            fts = q.exec(QStringLiteral(
                "CREATE VIRTUAL TABLE kb USING fts5(id UNINDEXED, lang UNINDEXED, title, body, "
                "tags, tokenize = 'unicode61 remove_diacritics 2')"));
        }
        if (!fts) {
            if (!options.forceLikeSearch)
                qCInfo(lcKb) << "knowledge base: SQLite without FTS5, using LIKE search";
            q.exec(QStringLiteral(
                "CREATE TABLE kb_plain (id TEXT PRIMARY KEY, lang TEXT, title TEXT, body TEXT, "
                "tags TEXT)"));
        }
        m_fts5 = fts;
    }
}

KnowledgeBase::~KnowledgeBase()
{
    m_ftsQuery.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool KnowledgeBase::loadBuiltin(QString *error)
{
    return loadDirectory(QStringLiteral(":/kb"), error);
}

bool KnowledgeBase::loadDirectory(const QString &dir, QString *error)
{
    const QDir d(dir);
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        if (error)
            *error = QStringLiteral("no knowledge-base files (*.json) in %1").arg(dir);
        return false;
    }
    for (const QString &f : files) {
        if (!loadFile(d.filePath(f), error))
            return false;
    }
    return true;
}

bool KnowledgeBase::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    QString why;
    if (!loadJson(f.readAll(), &why)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

bool KnowledgeBase::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = pe.errorString();
        return false;
    }
    const QJsonArray list =
        doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("articles")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        KbArticle a;
        a.id = o.value(QStringLiteral("id")).toString();
        a.lang = o.value(QStringLiteral("lang")).toString();
        a.title = o.value(QStringLiteral("title")).toString();
        a.body = o.value(QStringLiteral("body")).toString();
        const QJsonArray tags = o.value(QStringLiteral("tags")).toArray();
        for (const QJsonValue &t : tags)
            a.tags.append(t.toString());
        if (!addArticle(a, error))
            return false;
    }
    return true;
}

bool KnowledgeBase::addArticle(const KbArticle &a, QString *error)
{
    if (a.id.isEmpty() || a.body.isEmpty() || a.lang.isEmpty()) {
        if (error)
            *error = QStringLiteral("article without id, lang or body");
        return false;
    }
    if (m_articles.contains(a.id)) {
        if (error)
            *error = QStringLiteral("duplicate article id %1").arg(a.id);
        return false;
    }
    if (!m_open) {
        if (error)
            *error = QStringLiteral("knowledge base is not open");
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // The LIKE table stores folded text, so the search is accent-insensitive there too.
    const bool fold = !m_fts5;
    q.prepare(
        m_fts5
            ? QStringLiteral("INSERT INTO kb (id, lang, title, body, tags) VALUES (?, ?, ?, ?, ?)")
            : QStringLiteral(
                  "INSERT INTO kb_plain (id, lang, title, body, tags) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(a.id);
    q.addBindValue(a.lang);
    q.addBindValue(fold ? TextNormalizer::fold(a.title) : a.title);
    q.addBindValue(fold ? TextNormalizer::fold(a.body) : a.body);
    const QString tags = a.tags.join(QLatin1Char(' '));
    q.addBindValue(fold ? TextNormalizer::fold(tags) : tags);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_articles.insert(a.id, a);
    return true;
}

QStringList KnowledgeBase::queryTerms(const QString &query) const
{
    QStringList terms;
    const QList<Token> tokens = TextNormalizer::tokenize(query);
    for (const Token &t : tokens) {
        if (t.numeric || t.text.size() < 3 || stopwords().contains(t.text))
            continue;
        const QString s = stem(t.text);
        if (!terms.contains(s))
            terms.append(s);
    }
    return terms;
}

QList<KnowledgeBase::Hit> KnowledgeBase::search(const QString &query, const QString &lang,
                                                int limit, const QStringList &tagHints) const
{
    if (!m_open || limit <= 0)
        return {};
    const QStringList terms = queryTerms(query);
    QStringList tags;
    for (const QString &t : tagHints) {
        const QString f = TextNormalizer::fold(t);
        if (!f.isEmpty())
            tags.append(f);
    }
    if (terms.isEmpty() && tags.isEmpty())
        return {};
    return m_fts5 ? searchFts(terms, lang, limit, tags) : searchLike(terms, lang, limit, tags);
}

QList<KnowledgeBase::Hit> KnowledgeBase::searchFts(const QStringList &terms, const QString &lang,
                                                   int limit, const QStringList &tags) const
{
    // Terms are letters and digits only (tokenizer output), so quoting them is enough.
    QStringList parts;
    for (const QString &t : terms)
        parts.append(QLatin1Char('"') + t + QStringLiteral("\"*"));
    for (const QString &t : tags)
        parts.append(QStringLiteral("tags : \"") + QString(t).remove(QLatin1Char('"')) +
                     QLatin1Char('"'));
    // Prepared once: searches run for every inbound message.
    if (!m_ftsQuery) {
        m_ftsQuery = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        m_ftsQuery->prepare(QStringLiteral(
            "SELECT id, bm25(kb, 0.0, 0.0, 4.0, 1.0, 2.5) AS score FROM kb WHERE kb MATCH ? "
            "AND (? = '' OR lang = ?) ORDER BY score LIMIT ?"));
    }
    QSqlQuery &q = *m_ftsQuery;
    q.bindValue(0, parts.join(QStringLiteral(" OR ")));
    q.bindValue(1, lang);
    q.bindValue(2, lang);
    q.bindValue(3, limit);
    QList<Hit> hits;
    if (!q.exec()) {
        qCWarning(lcKb) << "knowledge base search failed:" << q.lastError().text();
        return hits;
    }
    while (q.next()) {
        const auto it = m_articles.constFind(q.value(0).toString());
        if (it != m_articles.cend())
            hits.append({*it, -q.value(1).toDouble()});
    }
    q.finish();
    return hits;
}

QList<KnowledgeBase::Hit> KnowledgeBase::searchLike(const QStringList &terms, const QString &lang,
                                                    int limit, const QStringList &tags) const
{
    // score = sum over terms of 4*(title matches) + 1*(body matches) + 2.5*(tags match)
    QStringList score;
    QVariantList binds;
    for (const QString &t : terms) {
        score.append(
            QStringLiteral("4.0 * (title LIKE ?) + 1.0 * (body LIKE ?) + 2.5 * (tags LIKE ?)"));
        const QString like = QLatin1Char('%') + t + QLatin1Char('%');
        binds << like << like << like;
    }
    for (const QString &t : tags) {
        score.append(QStringLiteral("2.5 * (tags LIKE ?)"));
        binds << (QLatin1Char('%') + t + QLatin1Char('%'));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
                  "SELECT id, (%1) AS score FROM kb_plain WHERE (? = '' OR lang = ?) AND score > 0 "
                  "ORDER BY score DESC, id LIMIT ?")
                  .arg(score.join(QStringLiteral(" + "))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(lang);
    q.addBindValue(lang);
    q.addBindValue(limit);
    QList<Hit> hits;
    if (!q.exec()) {
        qCWarning(lcKb) << "knowledge base search failed:" << q.lastError().text();
        return hits;
    }
    while (q.next()) {
        const auto it = m_articles.constFind(q.value(0).toString());
        if (it != m_articles.cend())
            hits.append({*it, q.value(1).toDouble()});
    }
    return hits;
}

std::optional<KbArticle> KnowledgeBase::article(const QString &id) const
{
    const auto it = m_articles.constFind(id);
    if (it == m_articles.cend())
        return std::nullopt;
    return *it;
}

QList<KbArticle> KnowledgeBase::articles() const
{
    QList<KbArticle> all = m_articles.values();
    std::sort(all.begin(), all.end(),
              [](const KbArticle &a, const KbArticle &b) { return a.id < b.id; });
    return all;
}

} // namespace recado::relay::drafts
