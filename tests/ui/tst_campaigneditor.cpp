// The campaign editor: live domain validation, Markdown preview, minimal updates, status actions.
#include "ui/brand/campaigneditordialog.h"
#include "ui/brand/campaignform.h"
#include "ui/signin/messagebanner.h"

#include "brandworld.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

using ClipDesk::Testing::BrandWorld;
using ClipDesk::Ui::CampaignEditorDialog;
using ClipDesk::Ui::MessageBanner;

namespace {

template<typename T>
T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestCampaignEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_active = m_world.createCampaign(QStringLiteral("Speedrun season"), 250'000, true);
        QVERIFY(!m_active.isEmpty());
        QCOMPARE(m_world.push(m_world.brand, QStringLiteral("campaign.update"),
                              {{QStringLiteral("id"), m_active},
                               {QStringLiteral("changes"),
                                QJsonObject{{QStringLiteral("brief"), QStringLiteral("# Speedrun season\n\nCut the **best** runs.\n\n- 30–60 s\n- Subtitles")},
                                            {QStringLiteral("goals"), QStringLiteral("Grow the channel before the finals.")},
                                            {QStringLiteral("required_hashtags"), QJsonArray{QStringLiteral("#speedrun")}},
                                            {QStringLiteral("disclosure_text"), QStringLiteral("#ad")},
                                            {QStringLiteral("source_asset_links"), QJsonArray{QStringLiteral("https://example.com/vod/1")}}}}},
                              2)
                     .value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        m_draft = m_world.createCampaign(QStringLiteral("Autumn drop"), 90'000, false);
        QVERIFY(!m_draft.isEmpty());
        QVERIFY(m_world.pull());
    }

    void previewRendersMarkdown()
    {
        CampaignEditorDialog editor(m_world.context, {});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *brief = child<QPlainTextEdit>(&editor, "briefEdit");
        brief->setFocus();
        QTest::keyClicks(brief, QStringLiteral("# Big heading"));
        QTest::keyClick(brief, Qt::Key_Return);
        QTest::keyClick(brief, Qt::Key_Return);
        QTest::keyClicks(brief, QStringLiteral("Some *body* text"));
        const QTextDocument *preview = editor.form()->briefPreview()->document();
        QTextBlock first = preview->firstBlock();
        QCOMPARE(first.text(), QStringLiteral("Big heading"));
        QCOMPARE(first.blockFormat().headingLevel(), 1);
        QCOMPARE(first.next().text(), QStringLiteral("Some body text"));
        QVERIFY(!preview->toPlainText().contains(u'#'));
    }

    void editingSendsOnlyTheChangedFields()
    {
        CampaignEditorDialog editor(m_world.context, m_active);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(child<QLineEdit>(&editor, "nameEdit")->text(), QStringLiteral("Speedrun season"));
        QCOMPARE(child<QLineEdit>(&editor, "budgetEdit")->text(), QStringLiteral("2500.00"));
        QVERIFY(editor.banner()->message().isEmpty());
        QCOMPARE(editor.form()->briefPreview()->document()->firstBlock().text(), QStringLiteral("Speedrun season"));
        QVERIFY(ClipDesk::Testing::saveScreenshot(editor, QStringLiteral("campaign-editor.png")));

        auto *name = child<QLineEdit>(&editor, "nameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Speedrun finals"));
        auto *perClip = child<QLineEdit>(&editor, "perClipEdit");
        perClip->selectAll();
        QTest::keyClicks(perClip, QStringLiteral("0.29"));
        const auto changes = editor.changes();
        QVERIFY(changes);
        QCOMPARE(changes->keys(), (QStringList{QStringLiteral("name"), QStringLiteral("per_clip_minor")}));
        QCOMPARE(changes->value(QStringLiteral("per_clip_minor")).toInteger(), 29);

        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        const auto pending = m_world.outbox->pending();
        QVERIFY(pending && pending->size() == 1);
        const auto &mutation = pending->constFirst().mutation;
        QCOMPARE(mutation.name, QStringLiteral("campaign.update"));
        QCOMPARE(mutation.baseVersion, 3);
        QCOMPARE(mutation.args.value(QStringLiteral("changes")).toObject().keys(),
                 (QStringList{QStringLiteral("name"), QStringLiteral("per_clip_minor")}));
        QCOMPARE(m_world.pushOutbox(), QStringList{QStringLiteral("ok")});
        const auto row = m_world.cache->row(QStringLiteral("campaign"), m_active);
        QCOMPARE((*row)->value(QStringLiteral("name")).toString(), QStringLiteral("Speedrun finals"));
        QCOMPARE((*row)->value(QStringLiteral("per_clip_minor")).toInteger(), 29);
    }

    void activeCampaignKeepsTheActivationRules()
    {
        CampaignEditorDialog editor(m_world.context, m_active);
        editor.resize(1120, 740);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *budget = child<QLineEdit>(&editor, "budgetEdit");
        budget->clear();
        QCOMPARE(editor.banner()->message(), QStringLiteral("A campaign cannot go active with a budget of zero."));
        QCOMPARE(editor.banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(editor.form()->invalidField(), QStringLiteral("budget"));
        QTest::mouseClick(child<QCheckBox>(&editor, "platform_tiktok"), Qt::LeftButton);
        QVERIFY(ClipDesk::Testing::saveScreenshot(editor, QStringLiteral("campaign-editor-invalid.png")));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(m_world.pendingCount(), 0);
        QTest::keyClicks(budget, QStringLiteral("100"));
        QVERIFY(editor.banner()->message().isEmpty());
        QVERIFY(editor.form()->invalidField().isEmpty());
    }

    void activatesFromTheEditorOnlyWhenReady()
    {
        CampaignEditorDialog editor(m_world.context, m_draft);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *activate = child<QPushButton>(&editor, "statusButton_active");
        QVERIFY(activate->isVisible());
        QVERIFY(!child<QPushButton>(&editor, "statusButton_paused")->isVisible());

        // Without a platform the activation rules refuse, and nothing is queued.
        for (const char *platform : {"platform_tiktok", "platform_youtube_shorts"})
            QTest::mouseClick(child<QCheckBox>(&editor, platform), Qt::LeftButton);
        QTest::mouseClick(activate, Qt::LeftButton);
        QCOMPARE(editor.banner()->message(), QStringLiteral("Choose at least one platform before going active."));
        QCOMPARE(editor.form()->invalidField(), QStringLiteral("platforms"));
        QCOMPARE(m_world.pendingCount(), 0);
        QVERIFY(editor.isVisible());

        QTest::mouseClick(child<QCheckBox>(&editor, "platform_instagram_reels"), Qt::LeftButton);
        QTest::mouseClick(activate, Qt::LeftButton);
        QVERIFY(!editor.isVisible());
        const auto pending = m_world.outbox->pending();
        QVERIFY(pending && pending->size() == 2);
        QCOMPARE(pending->at(0).mutation.name, QStringLiteral("campaign.update"));
        QCOMPARE(pending->at(1).mutation.name, QStringLiteral("campaign.set_status"));
        QCOMPARE(m_world.pushOutbox(), (QStringList{QStringLiteral("ok"), QStringLiteral("ok")}));
        const auto row = m_world.cache->row(QStringLiteral("campaign"), m_draft);
        QCOMPARE((*row)->value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE((*row)->value(QStringLiteral("platforms")).toArray(), QJsonArray{QStringLiteral("instagram_reels")});
    }

private:
    BrandWorld m_world;
    QString m_active;
    QString m_draft;
};

QTEST_MAIN(TestCampaignEditor)
#include "tst_campaigneditor.moc"
