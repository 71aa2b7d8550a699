#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ClipDesk::Domain {

// The version at which each field of a row last changed, and who changed it, for per-field
// conflict detection: a change based on version B conflicts only on fields that somebody
// else changed after B. A writer's own later edits (made offline, on top of its earlier
// unsynced edits) never conflict with themselves. Fields that were never recorded count as set
// when the row was created (version 1).
class FieldVersions final
{
public:
    static constexpr qint64 CreationVersion = 1;

    FieldVersions() = default;
    explicit FieldVersions(const QJsonObject &json);
    // Reads the stored JSON text; malformed text counts as empty.
    static FieldVersions fromText(const QString &text);

    qint64 versionOf(const QString &field) const;
    QString writerOf(const QString &field) const; // empty when unknown
    // `writer` identifies the author (user and device); empty for changes without one.
    void stamp(const QStringList &fields, qint64 version, const QString &writer = {});
    // The fields among `changed` that someone other than `writer` changed after `baseVersion`.
    QStringList conflicting(const QStringList &changed, qint64 baseVersion, const QString &writer = {}) const;

    QJsonObject toJson() const { return m_versions; }
    QString toText() const;

    // The keys of `candidates` whose values differ between the two rows.
    static QStringList changedFields(const QJsonObject &before, const QJsonObject &after, const QStringList &candidates);

private:
    QJsonObject m_versions;
};

} // namespace ClipDesk::Domain
