#include "pulledstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ClipDesk::Testing {

QString PulledState::key(const QString &entity, const QString &id)
{
    return entity + u'/' + id;
}

QMap<QString, QJsonObject> PulledState::entityRows(const QString &entity) const
{
    QMap<QString, QJsonObject> result;
    const QString prefix = entity + u'/';
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key().startsWith(prefix))
            result.insert(it.key().mid(prefix.size()), it.value());
    }
    return result;
}

bool PulledState::apply(const QJsonObject &page, bool *hasMore)
{
    if (!page.value(QStringLiteral("changes")).isArray() || !page.value(QStringLiteral("cursor")).isDouble()
        || !page.value(QStringLiteral("has_more")).isBool()) {
        m_problems.append(QStringLiteral("malformed pull page: ") + QString::fromUtf8(QJsonDocument(page).toJson(QJsonDocument::Compact)));
        return false;
    }
    ++m_pages;
    qint64 previous = m_seqs.isEmpty() ? m_cursor : qMax(m_cursor, m_seqs.constLast());
    const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const qint64 seq = change.value(QStringLiteral("seq")).toInteger(-1);
        const QString entity = change.value(QStringLiteral("entity")).toString();
        const QString id = change.value(QStringLiteral("id")).toString();
        const QString op = change.value(QStringLiteral("op")).toString();
        if (seq <= previous)
            m_problems.append(QStringLiteral("seq %1 does not follow %2 (%3/%4)").arg(seq).arg(previous).arg(entity, id));
        previous = qMax(previous, seq);
        m_seqs.append(seq);
        if (entity.isEmpty() || id.isEmpty()) {
            m_problems.append(QStringLiteral("change %1 has no entity or id").arg(seq));
            continue;
        }
        if (op == u"upsert") {
            const QJsonObject row = change.value(QStringLiteral("row")).toObject();
            if (row.value(QStringLiteral("id")).toString() != id && entity != u"profile")
                m_problems.append(QStringLiteral("row id of %1/%2 differs: %3").arg(entity, id, row.value(QStringLiteral("id")).toString()));
            m_rows.insert(key(entity, id), row);
        } else if (op == u"delete") {
            m_rows.remove(key(entity, id));
        } else {
            m_problems.append(QStringLiteral("change %1 has unknown op \"%2\"").arg(seq).arg(op));
        }
    }
    const qint64 cursor = page.value(QStringLiteral("cursor")).toInteger();
    if (cursor < m_cursor)
        m_problems.append(QStringLiteral("cursor went backwards: %1 → %2").arg(m_cursor).arg(cursor));
    if (!changes.isEmpty() && cursor < previous)
        m_problems.append(QStringLiteral("cursor %1 is below the last seq %2 of its page").arg(cursor).arg(previous));
    m_cursor = qMax(m_cursor, cursor);
    if (hasMore)
        *hasMore = page.value(QStringLiteral("has_more")).toBool();
    return true;
}

} // namespace ClipDesk::Testing
