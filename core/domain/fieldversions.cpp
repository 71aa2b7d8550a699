#include "fieldversions.h"

#include <QJsonDocument>

namespace ClipDesk::Domain {

FieldVersions::FieldVersions(const QJsonObject &json)
    : m_versions(json)
{
}

FieldVersions FieldVersions::fromText(const QString &text)
{
    return FieldVersions(QJsonDocument::fromJson(text.toUtf8()).object());
}

qint64 FieldVersions::versionOf(const QString &field) const
{
    const QJsonValue value = m_versions.value(field);
    return value.isDouble() ? qint64(value.toDouble()) : CreationVersion;
}

void FieldVersions::stamp(const QStringList &fields, qint64 version)
{
    for (const QString &field : fields)
        m_versions.insert(field, version);
}

QStringList FieldVersions::conflicting(const QStringList &changed, qint64 baseVersion) const
{
    QStringList conflicts;
    for (const QString &field : changed) {
        if (versionOf(field) > baseVersion)
            conflicts.append(field);
    }
    return conflicts;
}

QString FieldVersions::toText() const
{
    return QString::fromUtf8(QJsonDocument(m_versions).toJson(QJsonDocument::Compact));
}

QStringList FieldVersions::changedFields(const QJsonObject &before, const QJsonObject &after, const QStringList &candidates)
{
    QStringList changed;
    for (const QString &key : candidates) {
        if (before.value(key) != after.value(key))
            changed.append(key);
    }
    return changed;
}

} // namespace ClipDesk::Domain
