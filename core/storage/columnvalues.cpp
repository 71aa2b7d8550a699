#include "columnvalues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ClipDesk::Storage {

QString ColumnValues::fromList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList ColumnValues::toList(const QVariant &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toString().toUtf8()).array();
    list.reserve(array.size());
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

QString ColumnValues::fromObject(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject ColumnValues::toObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QVariant ColumnValues::nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace ClipDesk::Storage
