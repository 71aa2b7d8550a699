// The preferences dialog: theme and language switched at run time, the server address, and
// the current account's cache (size measured off the GUI thread, Clear Cache… with
// confirmation). Offscreen.
#include "ui/mainwindow.h"
#include "ui/settings/cachesection.h"
#include "ui/settings/languageswitcher.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/themeswitcher.h"
#include "net/accountpaths.h"
#include "net/sessioncontroller.h"
#include "net/sessionstore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Ui;
using namespace std::chrono_literals;

namespace {

template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLIPDESK_TEST_OUTPUT", QDir::tempPath()) + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QTest::qWait(100); // let pending layout requests run
    const QString path = dir + u'/' + name;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setFocus();
    // Keyboard, as a user would: Home, then Down until the entry.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

QPushButton *button(const SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}

// Answers the next message box with `answer` once it shows.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton answer, QString *text = nullptr)
{
    QTimer::singleShot(0, context, [answer, text] {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
        if (text)
            *text = box->text();
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
    });
}

void writeFile(const QString &path, qsizetype bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(bytes, 'c')), bytes);
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ClipDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
        QSettings().clear();
        m_theme = std::make_unique<ThemeSwitcher>();
        m_platformPalette = QApplication::palette();
    }

    void cleanup()
    {
        m_theme->apply(ThemeSwitcher::Theme::System);
        m_language.apply(QStringLiteral("en"));
    }

    void themeSwitchChangesThePalette()
    {
        SettingsDialog dialog(*m_theme, m_language);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());

        choose(child<QComboBox>(&dialog, "themeCombo"), QStringLiteral("dark"));
        QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformPalette.color(QPalette::Window)); // not yet
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QTRY_VERIFY(dialog.palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(ThemeSwitcher::saved(), ThemeSwitcher::Theme::Dark);
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
        saveScreenshot(dialog, QStringLiteral("settings-dark.png"));

        choose(child<QComboBox>(&dialog, "themeCombo"), QStringLiteral("light"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 60);

        choose(child<QComboBox>(&dialog, "themeCombo"), QStringLiteral("system"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(QApplication::palette(), m_platformPalette);
        QCOMPARE(ThemeSwitcher::saved(), ThemeSwitcher::Theme::System);
    }

    void cancelLeavesWhatWasNotApplied()
    {
        SettingsDialog dialog(*m_theme, m_language);
        dialog.show();
        choose(child<QComboBox>(&dialog, "themeCombo"), QStringLiteral("dark"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(QApplication::palette(), m_platformPalette);
        QCOMPARE(m_theme->current(), ThemeSwitcher::Theme::System);
    }

    void languageSwitchRetranslatesAtOnce()
    {
        SettingsDialog dialog(*m_theme, m_language);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *themeLabel = child<QLabel>(&dialog, "themeLabel");
        QCOMPARE(themeLabel->text(), QStringLiteral("&Theme"));
        QCOMPARE(child<QGroupBox>(&dialog, "appearanceGroup")->title(), QStringLiteral("Appearance"));

        choose(child<QComboBox>(&dialog, "languageCombo"), QStringLiteral("de"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_COMPARE(themeLabel->text(), QStringLiteral("&Farbschema"));
        QVERIFY(themeLabel->isVisible());
        QCOMPARE(child<QGroupBox>(&dialog, "appearanceGroup")->title(), QStringLiteral("Darstellung"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QCOMPARE(child<QComboBox>(&dialog, "themeCombo")->itemText(2), QStringLiteral("Dunkel"));
        QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(LanguageSwitcher::saved(), QStringLiteral("de"));
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
        saveScreenshot(dialog, QStringLiteral("settings-de.png"));

        choose(child<QComboBox>(&dialog, "languageCombo"), QStringLiteral("en"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_COMPARE(themeLabel->text(), QStringLiteral("&Theme"));
    }

    void mainWindowFollowsTheLanguageAndOpensWithCtrlComma()
    {
        QTemporaryDir data;
        Net::SessionStore store({data.path(), false, QStringLiteral("ClipDeskTests"), 10s});
        Net::SessionController sessions(store);
        MainWindow window({sessions, *m_theme, m_language});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QTRY_VERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        SettingsDialog &dialog = *window.settingsDialog();
        choose(child<QComboBox>(&dialog, "languageCombo"), QStringLiteral("de"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&window, "headingLabel")->text(), QStringLiteral("Abgemeldet"));
        QCOMPARE(child<QAction>(&window, "signInAction")->text(), QStringLiteral("&Anmelden …"));
        QCOMPARE(child<QPushButton>(&window, "signInButton")->text(), QStringLiteral("Anmelden …"));
    }

    void serverAddressIsCheckedAndApplied()
    {
        SettingsDialog dialog(*m_theme, m_language);
        QSignalSpy changed(&dialog, &SettingsDialog::serverAddressChanged);
        dialog.setServer(QUrl(QStringLiteral("http://127.0.0.1:8470")), true);
        dialog.show();
        auto *field = child<QLineEdit>(&dialog, "settingsServerField");
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("clipdesk.example.org"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "settingsServerError")->isVisible());
        QVERIFY(changed.isEmpty());
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("https://clipdesk.example.org"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toUrl(), QUrl(QStringLiteral("https://clipdesk.example.org")));

        SettingsDialog locked(*m_theme, m_language);
        locked.setServer(QUrl(QStringLiteral("http://127.0.0.1:1234")), false, QStringLiteral("Sign out first."));
        locked.show();
        QVERIFY(child<QLineEdit>(&locked, "settingsServerField")->isReadOnly());
        QCOMPARE(child<QLabel>(&locked, "settingsServerNote")->text(), QStringLiteral("Sign out first."));
    }

    void cacheSizeIsShownAndClearCacheRemovesTheFiles()
    {
        QTemporaryDir data;
        const Net::AccountPaths paths(data.path());
        const Net::AccountKey account{QStringLiteral("clipdesk.example.org-443"), QStringLiteral("3f1c8a52-0000-4000-8000-00000000beef")};
        QVERIFY(paths.ensureAccountDirectory(account));
        const QString cache = paths.cacheFile(account);
        writeFile(cache, 300 * 1024);
        writeFile(cache + QStringLiteral("-wal"), 20 * 1024);
        const qint64 total = 320 * 1024;

        SettingsDialog dialog(*m_theme, m_language);
        dialog.setServer(QUrl(QStringLiteral("https://clipdesk.example.org")), false, QStringLiteral("Sign out to connect to another server."));
        CacheSection *section = dialog.cacheSection();
        QSignalSpy measured(section, &CacheSection::sizeMeasured);
        dialog.setCacheFile(cache);
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLineEdit>(&dialog, "cacheLocationField")->text(), QDir::toNativeSeparators(cache));
        QTRY_COMPARE_WITH_TIMEOUT(measured.size(), 1, 10'000);
        QCOMPARE(measured.first().first().toLongLong(), total);
        QCOMPARE(child<QLabel>(&dialog, "cacheSizeLabel")->text(), QLocale().formattedDataSize(total));
        QVERIFY(child<QPushButton>(&dialog, "openCacheFolderButton")->isEnabled());
        saveScreenshot(dialog, QStringLiteral("settings.png"));

        // Cancelling the confirmation keeps everything.
        answerNextMessageBox(&dialog, QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(&dialog, "clearCacheButton"), Qt::LeftButton);
        QVERIFY(QFileInfo::exists(cache));

        QSignalSpy aboutToClear(section, &CacheSection::aboutToClearCache);
        QSignalSpy cleared(section, &CacheSection::cacheCleared);
        QString question;
        answerNextMessageBox(&dialog, QMessageBox::Yes, &question);
        QTest::mouseClick(child<QPushButton>(&dialog, "clearCacheButton"), Qt::LeftButton);
        QVERIFY(question.startsWith(QStringLiteral("Delete the local cache of this account?")));
        QCOMPARE(aboutToClear.size(), 1);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!QFileInfo::exists(cache));
        QVERIFY(!QFileInfo::exists(cache + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(paths.accountDirectory(account)).isDir()); // only the cache goes
        QTRY_COMPARE(child<QLabel>(&dialog, "cacheSizeLabel")->text(), QStringLiteral("Empty (nothing synced yet)"));
        QVERIFY(!child<QPushButton>(&dialog, "clearCacheButton")->isEnabled());

        dialog.setCacheFile({});
        QVERIFY(child<QLineEdit>(&dialog, "cacheLocationField")->text().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, "openCacheFolderButton")->isEnabled());
    }

private:
    QTemporaryDir m_config;
    std::unique_ptr<ThemeSwitcher> m_theme;
    LanguageSwitcher m_language;
    QPalette m_platformPalette;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
