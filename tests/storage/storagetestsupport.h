#pragma once

// Small helpers shared by the storage tests.
#include "domain/error.h"

#include <QString>
#include <QtTest>

#include <expected>

namespace ClipDesk::Testing {

template<typename T>
QString errorText(const std::expected<T, Error> &result)
{
    return result ? QString() : result.error().code + QStringLiteral(": ") + result.error().message;
}

// Data-driven over both backends: a "backend" column with "sqlite" and "postgresql".
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

} // namespace ClipDesk::Testing

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &verifyOkResult = (expr);                                                                           \
        QVERIFY2(verifyOkResult.has_value(), qPrintable(ClipDesk::Testing::errorText(verifyOkResult)));               \
    } while (false)
