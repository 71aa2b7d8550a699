#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ClipDesk::Testing {

// What one user has pulled so far, as a sync client would keep it: "entity/id" → latest row,
// tombstones applied, and the cursor to continue from. apply() also checks the page against
// PROTOCOL.md (seqs strictly increasing, cursor never moving backwards) and records every
// violation in problems().
class PulledState final
{
public:
    static QString key(const QString &entity, const QString &id);

    // Applies one pull page ({"changes":[...],"cursor":N,"has_more":b}). False if the page is
    // malformed (the reason is added to problems()).
    bool apply(const QJsonObject &page, bool *hasMore = nullptr);

    const QMap<QString, QJsonObject> &rows() const { return m_rows; }
    bool contains(const QString &entity, const QString &id) const { return m_rows.contains(key(entity, id)); }
    QJsonObject row(const QString &entity, const QString &id) const { return m_rows.value(key(entity, id)); }
    // The rows of one entity, by id.
    QMap<QString, QJsonObject> entityRows(const QString &entity) const;

    qint64 cursor() const { return m_cursor; }
    void setCursor(qint64 cursor) { m_cursor = cursor; }
    const QList<qint64> &seqs() const { return m_seqs; } // every seq seen, in arrival order
    int pageCount() const { return m_pages; }
    const QStringList &problems() const { return m_problems; }
    void addProblem(const QString &problem) { m_problems.append(problem); }

private:
    QMap<QString, QJsonObject> m_rows;
    qint64 m_cursor = 0;
    QList<qint64> m_seqs;
    int m_pages = 0;
    QStringList m_problems;
};

} // namespace ClipDesk::Testing
