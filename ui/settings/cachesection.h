#pragma once

#include <QFutureWatcher>
#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ClipDesk::Ui {

// The "Local cache" part of the settings: where the current account's cache file is, how big
// it is (measured off the GUI thread), a way to open its folder, and Clear Cache… (with
// confirmation), after which the account re-syncs from the server.
class CacheSection final : public QGroupBox
{
    Q_OBJECT

public:
    explicit CacheSection(QWidget *parent = nullptr);
    ~CacheSection() override;
    Q_DISABLE_COPY_MOVE(CacheSection)

    // Empty while nobody is signed in.
    void setCacheFile(const QString &cacheFile);
    QString cacheFile() const { return m_cacheFile; }
    // Measures again; sizeMeasured() follows.
    void refreshSize();
    // Bytes last measured; -1 while measuring or signed out.
    qint64 measuredSize() const { return m_size; }

public Q_SLOTS:
    // Asks first; then deletes the cache files.
    void clearCache();

Q_SIGNALS:
    void sizeMeasured(qint64 bytes);
    // Emitted right before the files go, so that whoever has the cache open can close it.
    void aboutToClearCache(const QString &cacheFile);
    void cacheCleared(const QString &cacheFile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSizeText();

    QLabel *m_locationLabel;
    QLineEdit *m_location;
    QPushButton *m_openFolder;
    QLabel *m_sizeCaption;
    QLabel *m_sizeLabel;
    QPushButton *m_clear;
    QLabel *m_note;
    QFutureWatcher<qint64> m_measure;
    QString m_cacheFile;
    qint64 m_size = -1;
    QString m_clearError;
};

} // namespace ClipDesk::Ui
