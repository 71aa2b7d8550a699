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

// Each entry is a version number, or {"v": version, "by": writer} when the writer is known.
qint64 FieldVersions::versionOf(const QString &field) const
{
    const QJsonValue value = m_versions.value(field);
    const QJsonValue version = value.isObject() ? value.toObject().value(QStringLiteral("v")) : value;
    return version.isDouble() ? qint64(version.toDouble()) : CreationVersion;
}

QString FieldVersions::writerOf(const QString &field) const
{
    return m_versions.value(field).toObject().value(QStringLiteral("by")).toString();
}

void FieldVersions::stamp(const QStringList &fields, qint64 version, const QString &writer)
{
    for (const QString &field : fields) {
        if (writer.isEmpty())
            m_versions.insert(field, version);
        else
            m_versions.insert(field, QJsonObject{{QStringLiteral("v"), version}, {QStringLiteral("by"), writer}});
    }
}

QStringList FieldVersions::conflicting(const QStringList &changed, qint64 baseVersion, const QString &writer) const
{
    QStringList conflicts;
    for (const QString &field : changed) {
        const bool changedLater = versionOf(field) > baseVersion;
        const bool byThisWriter = !writer.isEmpty() && writerOf(field) == writer;
        if (changedLater && !byThisWriter)
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
