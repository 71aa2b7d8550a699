#pragma once

#include "storage/database.h"

#include <QStringList>
#include <QVariantList>

#include <initializer_list>

// Schema introspection and per-version sample rows for the migration tests, on both backends.
namespace ClipDesk::Testing {

QStringList latin1List(std::initializer_list<const char *> items);
// Every row of a query as "a|b|c" strings.
QStringList rows(Storage::Database &db, const QString &sql, const QVariantList &args = {});
int scalar(Storage::Database &db, const QString &sql, const QVariantList &args = {});
QStringList tableNames(Storage::Database &db);
QStringList columnNames(Storage::Database &db, const QString &table);
// Tables, columns, indexes and constraints, normalized so two databases can be compared.
QStringList describeSchema(Storage::Database &db);
// Sample rows valid at `version` (which is at least 1).
Status insertSampleData(Storage::Database &db, int version);

} // namespace ClipDesk::Testing
