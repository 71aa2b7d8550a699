#pragma once

#include "accountidentity.h"
#include "accountkey.h"
#include "accountpaths.h"
#include "domain/error.h"
#include "session.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace ClipDesk::Net {

// An account this computer has signed in to before (remembered in QSettings).
struct RememberedAccount
{
    AccountKey key;
    QUrl serverUrl;
    AccountIdentity user;
    QDateTime expiresAt;
    bool tokenStored = false; // a session token is kept for it (keychain or file)
};

// Keeps session tokens per (server, user) in the OS keychain (QtKeychain, service "ClipDesk").
// Where there is no keychain (no Secret Service on D-Bus, as on most headless machines) it
// falls back to one file per account, readable only by the user (see TokenFile), and says so:
// usesFallback() and storageExplanation() are meant for the UI.
//
// It also remembers, in QSettings, the last server address, the last account and the identity
// of every account signed in before, so that a restart can sign in offline.
//
// Token operations are asynchronous (keychains are); each calls `done` exactly once, unless
// `context` is destroyed first.
class SessionStore final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDirectory = AccountPaths::defaultRoot();
        bool useKeychain = true;
        QString keychainService = QStringLiteral("ClipDesk");
        // A keychain that does not answer within this time counts as unavailable.
        std::chrono::milliseconds keychainTimeout{10'000};
    };

    enum class Storage { Undecided, Keychain, File };
    Q_ENUM(Storage)

    explicit SessionStore(QObject *parent = nullptr);
    explicit SessionStore(Options options, QObject *parent = nullptr);
    ~SessionStore() override;
    Q_DISABLE_COPY_MOVE(SessionStore)

    void saveToken(const AccountKey &account, const QString &token, QObject *context, std::function<void(const Status &)> done);
    // Fails with "not_found" when no token is stored for the account.
    void loadToken(const AccountKey &account, QObject *context, std::function<void(const Result<QString> &)> done);
    // Removes the token from the keychain and the file; never fails from the caller's view.
    void deleteToken(const AccountKey &account, QObject *context = nullptr, std::function<void()> done = {});
    // Finds out whether the keychain works, without storing anything; then storageChanged().
    void detectStorage();

    Storage storage() const { return m_storage; }
    bool usesFallback() const { return m_storage == Storage::File; }
    // One sentence for the user on where the session of `account` is kept.
    QString storageExplanation(const AccountKey &account) const;
    QString fallbackFile(const AccountKey &account) const { return m_paths.sessionTokenFile(account); }
    const AccountPaths &paths() const { return m_paths; }

    // --- Remembered between runs (QSettings) ---
    std::optional<QUrl> lastServerUrl() const;
    void setLastServerUrl(const QUrl &url);
    std::optional<AccountKey> lastAccount() const;
    void setLastAccount(const AccountKey &account);
    void clearLastAccount();
    void rememberAccount(const Session &session);
    std::optional<RememberedAccount> rememberedAccount(const AccountKey &account) const;
    // Accounts of one server that still have a stored token, most recently used first.
    QList<RememberedAccount> accountsWithStoredTokens(const QString &serverId) const;

Q_SIGNALS:
    // storage() changed (the keychain turned out to be available or not).
    void storageChanged(ClipDesk::Net::SessionStore::Storage storage);

private:
    using JobDone = std::function<void(QKeychain::Job *job)>; // job is nullptr after a timeout
    void runKeychainJob(QKeychain::Job *job, JobDone done);
    void setStorage(Storage storage, const QString &reason = {});
    bool keychainUsable() const { return m_options.useKeychain && m_storage != Storage::File; }
    QString keychainKey(const AccountKey &account) const;
    Status writeFallback(const AccountKey &account, const QString &token);
    void setTokenStored(const AccountKey &account, bool stored);
    static QString settingsGroup(const AccountKey &account);

    Options m_options;
    AccountPaths m_paths;
    Storage m_storage = Storage::Undecided;
    QString m_keychainProblem;
    // Bumped by deleteToken(), so that a save still waiting for the keychain does not write
    // the fallback file after the token was deleted.
    QHash<QString, quint64> m_deletions;
};

} // namespace ClipDesk::Net
