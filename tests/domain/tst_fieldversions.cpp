#include "domain/campaign.h"
#include "domain/fieldversions.h"

#include <QTest>

using namespace ClipDesk::Domain;

class tst_FieldVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unrecordedFieldsDateFromCreation();
    void onlyFieldsChangedAfterTheBaseConflict();
    void textRoundTripAndMalformedText();
    void aWritersOwnLaterEditsDoNotConflict();
    void changedFieldsCompareValues();
};

void tst_FieldVersions::unrecordedFieldsDateFromCreation()
{
    const FieldVersions versions;
    QCOMPARE(versions.versionOf(QStringLiteral("name")), FieldVersions::CreationVersion);
    QVERIFY(versions.conflicting({QStringLiteral("name")}, 1).isEmpty());
    // A client that never saw the row (base 0) conflicts on everything.
    QCOMPARE(versions.conflicting({QStringLiteral("name")}, 0), QStringList(QStringLiteral("name")));
}

void tst_FieldVersions::onlyFieldsChangedAfterTheBaseConflict()
{
    FieldVersions versions;
    versions.stamp({QStringLiteral("name")}, 3);
    versions.stamp({QStringLiteral("goals"), QStringLiteral("brief")}, 5);
    QCOMPARE(versions.versionOf(QStringLiteral("goals")), 5);
    const QStringList edit{QStringLiteral("name"), QStringLiteral("goals"), QStringLiteral("budget")};
    QCOMPARE(versions.conflicting(edit, 2), QStringList({QStringLiteral("name"), QStringLiteral("goals")}));
    QCOMPARE(versions.conflicting(edit, 3), QStringList(QStringLiteral("goals")));
    QVERIFY(versions.conflicting(edit, 5).isEmpty());
    versions.stamp({QStringLiteral("name")}, 6);
    QCOMPARE(versions.conflicting(edit, 5), QStringList(QStringLiteral("name")));
}

void tst_FieldVersions::aWritersOwnLaterEditsDoNotConflict()
{
    const QString deviceA = QStringLiteral("u1/a");
    const QString deviceB = QStringLiteral("u1/b");
    FieldVersions versions;
    versions.stamp({QStringLiteral("status")}, 6, deviceA);
    QCOMPARE(versions.versionOf(QStringLiteral("status")), 6);
    QCOMPARE(versions.writerOf(QStringLiteral("status")), deviceA);
    // Device A's second offline edit, still based on 5, builds on its own first edit.
    QVERIFY(versions.conflicting({QStringLiteral("status")}, 5, deviceA).isEmpty());
    // Anyone else based on 5 did not see that edit.
    QCOMPARE(versions.conflicting({QStringLiteral("status")}, 5, deviceB), QStringList(QStringLiteral("status")));
    QCOMPARE(versions.conflicting({QStringLiteral("status")}, 5), QStringList(QStringLiteral("status")));
    // The writer survives the stored text; older plain-number entries still read.
    const FieldVersions reread = FieldVersions::fromText(versions.toText());
    QCOMPARE(reread.writerOf(QStringLiteral("status")), deviceA);
    QCOMPARE(FieldVersions::fromText(QStringLiteral(R"({"name": 4})")).versionOf(QStringLiteral("name")), 4);
}

void tst_FieldVersions::textRoundTripAndMalformedText()
{
    FieldVersions versions;
    versions.stamp({QStringLiteral("status")}, 7);
    const FieldVersions back = FieldVersions::fromText(versions.toText());
    QCOMPARE(back.versionOf(QStringLiteral("status")), 7);
    QCOMPARE(back.toJson(), versions.toJson());
    QCOMPARE(FieldVersions::fromText(QStringLiteral("not json")).versionOf(QStringLiteral("status")), FieldVersions::CreationVersion);
    QCOMPARE(FieldVersions::fromText(QStringLiteral("{\"status\":\"x\"}")).versionOf(QStringLiteral("status")),
             FieldVersions::CreationVersion);
}

void tst_FieldVersions::changedFieldsCompareValues()
{
    Campaign before;
    before.name = QStringLiteral("A");
    Campaign after = before;
    after.name = QStringLiteral("B");
    after.budget.minor = 100;
    const QStringList asked{QStringLiteral("name"), QStringLiteral("goals"), QStringLiteral("budget")};
    QCOMPARE(FieldVersions::changedFields(campaignToJson(before), campaignToJson(after), asked),
             QStringList({QStringLiteral("name"), QStringLiteral("budget")}));
    QVERIFY(FieldVersions::changedFields(campaignToJson(before), campaignToJson(before), asked).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FieldVersions)
#include "tst_fieldversions.moc"
