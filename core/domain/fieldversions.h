#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ClipDesk::Domain {

// The version at which each field of a row last changed, for per-field conflict detection:
// a change based on version B conflicts only on fields that changed after B. Fields that were
// never recorded count as set when the row was created (version 1).
class FieldVersions final
{
public:
    static constexpr qint64 CreationVersion = 1;

    FieldVersions() = default;
    explicit FieldVersions(const QJsonObject &json);
    // Reads the stored JSON text; malformed text counts as empty.
    static FieldVersions fromText(const QString &text);

    qint64 versionOf(const QString &field) const;
    void stamp(const QStringList &fields, qint64 version);
    // The fields among `changed` that changed after `baseVersion`.
    QStringList conflicting(const QStringList &changed, qint64 baseVersion) const;

    QJsonObject toJson() const { return m_versions; }
    QString toText() const;

    // The keys of `candidates` whose values differ between the two rows.
    static QStringList changedFields(const QJsonObject &before, const QJsonObject &after, const QStringList &candidates);

private:
    QJsonObject m_versions;
};

} // namespace ClipDesk::Domain
