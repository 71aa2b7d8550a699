#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ClipDesk::Storage {

// Values as they go into and come out of columns: JSON lists and objects kept in TEXT columns,
// and strings for NOT NULL TEXT columns (a null QString would be bound as SQL NULL).
class ColumnValues final
{
public:
    static QString fromList(const QStringList &list);
    static QStringList toList(const QVariant &text);
    static QString fromObject(const QJsonObject &object);
    static QJsonObject toObject(const QVariant &text);
    // Never null: an empty string for a null QString.
    static QString text(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }
    // SQL NULL for an empty string, else the string.
    static QVariant nullIfEmpty(const QString &text);
};

} // namespace ClipDesk::Storage
