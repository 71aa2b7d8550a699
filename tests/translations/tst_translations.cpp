// The German translation is complete and consistent. lupdate extracts the current strings into a
// scratch copy of the .ts files (so a string added without refreshing the .ts fails too); every
// one must have a finished German translation with the source's placeholders and '&' accelerator;
// the compiled clipdesk_de.qm in the resources must return each of them; and the English plurals
// (%n) must have their singular and plural forms.
#include "tsfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace ClipDesk::Tests;

namespace {

// Lists at most a screenful of offenders, then how many more there are.
QByteArray report(const QString &what, const QStringList &offenders)
{
    QStringList shown = offenders.mid(0, 40);
    if (offenders.size() > shown.size())
        shown.append(QStringLiteral("… and %1 more").arg(offenders.size() - shown.size()));
    return (QStringLiteral("%1 (%2):\n  ").arg(what, QString::number(offenders.size())) + shown.join(QStringLiteral("\n  "))).toUtf8();
}

QString sourceTs(const QString &language)
{
    return qEnvironmentVariable("CLIPDESK_SOURCE_DIR") + QStringLiteral("/translations/clipdesk_%1.ts").arg(language);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("CLIPDESK_SOURCE_DIR"), "CLIPDESK_SOURCE_DIR is not set");
        QVERIFY(m_scratch.isValid());
        QStringList arguments{u'@' + QStringLiteral(CLIPDESK_LUPDATE_LIST), QStringLiteral("-ts")};
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("en")}) {
            const QString copy = m_scratch.filePath(QStringLiteral("clipdesk_%1.ts").arg(language));
            QVERIFY(QFile::copy(sourceTs(language), copy));
            QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
            arguments.append(copy);
        }
        arguments.append(QStringLiteral(CLIPDESK_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CLIPDESK_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(90'000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        m_current = readTsFile(m_scratch.filePath(QStringLiteral("clipdesk_de.ts")), &error);
        QVERIFY2(!m_current.isEmpty(), qPrintable(error));
        m_committed = readTsFile(sourceTs(QStringLiteral("de")), &error);
        QVERIFY2(!m_committed.isEmpty(), qPrintable(error));
        m_english = readTsFile(m_scratch.filePath(QStringLiteral("clipdesk_en.ts")), &error);
        QVERIFY2(!m_english.isEmpty(), qPrintable(error));
    }

    void everyStringHasAGermanTranslation()
    {
        QStringList untranslated;
        for (const TsMessage &message : std::as_const(m_current)) {
            const bool empty = message.translations.isEmpty()
                               || std::any_of(message.translations.cbegin(), message.translations.cend(),
                                              [](const QString &text) { return text.isEmpty(); });
            if (!message.finished || empty)
                untranslated.append(message.label());
        }
        QVERIFY2(untranslated.isEmpty(),
                 report(QStringLiteral("Untranslated German strings; run the clipdesk_translations_lupdate target "
                                       "and translate translations/clipdesk_de.ts"),
                        untranslated)
                     .constData());
    }

    void germanPluralsHaveBothForms()
    {
        QStringList incomplete;
        for (const TsMessage &message : std::as_const(m_current)) {
            if (message.numerus && message.translations.size() != 2)
                incomplete.append(message.label());
        }
        QVERIFY2(incomplete.isEmpty(), report(QStringLiteral("German plurals without singular and plural form"), incomplete).constData());
    }

    void placeholdersAndAcceleratorsMatchTheSource()
    {
        QStringList mismatched;
        for (const TsMessage &message : std::as_const(m_current)) {
            for (const QString &translation : message.translations) {
                if (translation.isEmpty())
                    continue; // reported as untranslated
                if (placeholders(translation) != placeholders(message.source))
                    mismatched.append(message.label() + QStringLiteral(" → placeholders ") + placeholders(translation).join(u' '));
                if ((acceleratorCount(translation) > 0) != (acceleratorCount(message.source) > 0)
                    || acceleratorCount(translation) > 1)
                    mismatched.append(message.label() + QStringLiteral(" → accelerator in ") + translation);
            }
        }
        QVERIFY2(mismatched.isEmpty(), report(QStringLiteral("Translations that lose or add a %1/%n or '&'"), mismatched).constData());
    }

    void compiledCatalogHasEveryTranslation()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/translations/clipdesk_de.qm")));
        QStringList lacking;
        for (const TsMessage &message : std::as_const(m_committed)) {
            if (!message.finished || message.translations.isEmpty())
                continue; // reported by everyStringHasAGermanTranslation
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.isEmpty() ? QByteArray() : message.comment.toUtf8();
            const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
            // German: form 0 for one, form 1 for everything else.
            const QList<int> counts = message.numerus ? QList<int>{1, 2} : QList<int>{-1};
            for (qsizetype i = 0; i < counts.size() && i < message.translations.size(); ++i) {
                const QString compiled = translator.translate(context.constData(), source.constData(), disambiguation, counts[i]);
                if (compiled != message.translations[i])
                    lacking.append(message.label() + QStringLiteral(" → \"%1\"").arg(compiled));
            }
        }
        QVERIFY2(lacking.isEmpty(), report(QStringLiteral("clipdesk_de.qm differs from clipdesk_de.ts; rebuild"), lacking).constData());
    }

    void englishPluralsHaveBothForms()
    {
        QStringList incomplete;
        for (const TsMessage &message : std::as_const(m_english)) {
            if (message.numerus
                && (!message.finished || message.translations.size() != 2 || message.translations.contains(QString())))
                incomplete.append(message.label());
        }
        QVERIFY2(incomplete.isEmpty(),
                 report(QStringLiteral("English %n strings without singular and plural form in clipdesk_en.ts"), incomplete).constData());
    }

private:
    QTemporaryDir m_scratch;
    QList<TsMessage> m_current;   // the sources' strings, merged into a scratch copy of clipdesk_de.ts
    QList<TsMessage> m_committed; // translations/clipdesk_de.ts as it is, which the .qm is built from
    QList<TsMessage> m_english;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
