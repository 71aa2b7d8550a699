#include "sessionstore.h"

#include "netlogging.h"
#include "nettr.h"
#include "tokenfile.h"

#include <QDir>
#include <QJsonDocument>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <memory>

namespace ClipDesk::Net {

namespace {

constexpr auto LastServerKey = "session/lastServer";
constexpr auto LastServerIdKey = "session/lastServerId";
constexpr auto LastUserIdKey = "session/lastUserId";
constexpr auto AccountsGroup = "accounts";

// Calls `done` unless a context was given and is gone by now.
template<typename Done>
auto guarded(QObject *context, Done done)
{
    return [hadContext = context != nullptr, guard = QPointer<QObject>(context), done = std::move(done)](auto &&...args) {
        if (hadContext && !guard)
            return;
        if (done)
            done(std::forward<decltype(args)>(args)...);
    };
}

} // namespace

SessionStore::SessionStore(QObject *parent)
    : SessionStore(Options{}, parent)
{
}

SessionStore::SessionStore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_paths(m_options.dataDirectory)
{
    if (!m_options.useKeychain)
        m_storage = Storage::File;
}

SessionStore::~SessionStore() = default;

QString SessionStore::keychainKey(const AccountKey &account) const
{
    return QStringLiteral("session/%1/%2").arg(AccountPaths::sanitized(account.serverId), AccountPaths::sanitized(account.userId));
}

void SessionStore::runKeychainJob(QKeychain::Job *job, JobDone done)
{
    auto handled = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [handled, done](QKeychain::Job *finished) {
        if (!std::exchange(*handled, true))
            done(finished);
    });
    connect(timer, &QTimer::timeout, this, [handled, done] {
        if (!std::exchange(*handled, true))
            done(nullptr);
    });
    timer->start(m_options.keychainTimeout);
    job->start();
}

void SessionStore::setStorage(Storage storage, const QString &reason)
{
    if (storage == Storage::File && !reason.isEmpty())
        m_keychainProblem = reason;
    if (storage == m_storage)
        return;
    m_storage = storage;
    if (storage == Storage::File)
        qCInfo(lcNet).noquote() << "no usable keychain:" << m_keychainProblem << "- session tokens go to private files";
    Q_EMIT storageChanged(storage);
}

void SessionStore::detectStorage()
{
    if (!keychainUsable()) {
        setStorage(Storage::File);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_options.keychainService, this);
    job->setKey(QStringLiteral("probe"));
    runKeychainJob(job, [this](QKeychain::Job *finished) {
        if (finished && (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound))
            setStorage(Storage::Keychain);
        else
            setStorage(Storage::File, finished ? finished->errorString() : tr("it did not answer"));
    });
}

Status SessionStore::writeFallback(const AccountKey &account, const QString &token)
{
    if (Status directory = m_paths.ensureAccountDirectory(account); !directory)
        return directory;
    return TokenFile::write(m_paths.sessionTokenFile(account), token);
}

void SessionStore::saveToken(const AccountKey &account, const QString &token, QObject *context, std::function<void(const Status &)> done)
{
    auto finish = guarded(context, std::move(done));
    if (!account.isValid() || token.isEmpty()) {
        QTimer::singleShot(0, this, [finish] {
            finish(Status(failure(QString::fromLatin1(ErrorCode::InvalidArgument), Tr::tr("There is no session to store."))));
        });
        return;
    }
    if (!keychainUsable()) {
        // Written at once, so that a deleteToken() right after it finds the file.
        const Status written = writeFallback(account, token);
        setTokenStored(account, written.has_value());
        QTimer::singleShot(0, this, [finish, written] { finish(written); });
        return;
    }
    const quint64 deletions = m_deletions.value(keychainKey(account));
    const auto toFile = [this, account, token, finish, deletions] {
        if (m_deletions.value(keychainKey(account)) != deletions) {
            finish(Status(failure(QString::fromLatin1(ErrorCode::NotFound), tr("The session was deleted meanwhile."))));
            return;
        }
        const Status written = writeFallback(account, token);
        setTokenStored(account, written.has_value());
        finish(written);
    };
    auto *job = new QKeychain::WritePasswordJob(m_options.keychainService, this);
    job->setKey(keychainKey(account));
    job->setTextData(token);
    runKeychainJob(job, [this, account, finish, toFile, deletions](QKeychain::Job *finished) {
        if (!finished || finished->error() != QKeychain::NoError) {
            setStorage(Storage::File, finished ? finished->errorString() : tr("it did not answer"));
            toFile();
            return;
        }
        setStorage(Storage::Keychain);
        // A file from a run without keychain would otherwise outlive the session.
        TokenFile::remove(m_paths.sessionTokenFile(account));
        setTokenStored(account, m_deletions.value(keychainKey(account)) == deletions);
        finish(Status());
    });
}

void SessionStore::loadToken(const AccountKey &account, QObject *context, std::function<void(const Result<QString> &)> done)
{
    auto finish = guarded(context, std::move(done));
    const auto fromFile = [this, account, finish] { finish(TokenFile::read(m_paths.sessionTokenFile(account))); };
    if (!account.isValid() || !keychainUsable()) {
        QTimer::singleShot(0, this, fromFile);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_options.keychainService, this);
    job->setKey(keychainKey(account));
    runKeychainJob(job, [this, finish, fromFile](QKeychain::Job *finished) {
        if (finished && finished->error() == QKeychain::NoError) {
            setStorage(Storage::Keychain);
            const QString token = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            if (!token.isEmpty())
                return finish(Result<QString>(token));
        } else if (finished && finished->error() == QKeychain::EntryNotFound) {
            setStorage(Storage::Keychain);
        } else {
            setStorage(Storage::File, finished ? finished->errorString() : tr("it did not answer"));
        }
        // Also covers tokens stored while the keychain was away.
        fromFile();
    });
}

void SessionStore::deleteToken(const AccountKey &account, QObject *context, std::function<void()> done)
{
    auto finish = guarded(context, std::move(done));
    ++m_deletions[keychainKey(account)];
    if (Status removed = TokenFile::remove(m_paths.sessionTokenFile(account)); !removed)
        qCWarning(lcNet).noquote() << removed.error().message;
    setTokenStored(account, false);
    if (!account.isValid() || !keychainUsable()) {
        QTimer::singleShot(0, this, [finish] { finish(); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_options.keychainService, this);
    job->setKey(keychainKey(account));
    runKeychainJob(job, [finish](QKeychain::Job *finished) {
        if (!finished || (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound))
            qCWarning(lcNet).noquote() << "could not delete a session from the keychain:"
                                       << (finished ? finished->errorString() : QStringLiteral("timeout"));
        finish();
    });
}

QString SessionStore::storageExplanation(const AccountKey &account) const
{
    const QString path = QDir::toNativeSeparators(m_paths.sessionTokenFile(account));
    switch (m_storage) {
    case Storage::Keychain:
        return tr("Your session is stored in the system keychain.");
    case Storage::File:
        if (!m_options.useKeychain)
            return tr("The system keychain is not used; your session is stored in a file only you can read: %1").arg(path);
        return tr("The system keychain is not available; your session is stored in a file only you can read: %1").arg(path);
    case Storage::Undecided:
        break;
    }
    return tr("Checking whether the system keychain is available…");
}

// --- Remembered between runs ---

QString SessionStore::settingsGroup(const AccountKey &account)
{
    return QLatin1String(AccountsGroup) + QLatin1Char('/') + AccountPaths::sanitized(account.serverId) + QLatin1Char('/')
        + AccountPaths::sanitized(account.userId);
}

std::optional<QUrl> SessionStore::lastServerUrl() const
{
    const QUrl url(QSettings().value(QLatin1String(LastServerKey)).toString());
    if (!url.isValid() || url.isEmpty())
        return std::nullopt;
    return url;
}

void SessionStore::setLastServerUrl(const QUrl &url)
{
    QSettings().setValue(QLatin1String(LastServerKey), url.toString());
}

std::optional<AccountKey> SessionStore::lastAccount() const
{
    const QSettings settings;
    const AccountKey key{settings.value(QLatin1String(LastServerIdKey)).toString(), settings.value(QLatin1String(LastUserIdKey)).toString()};
    if (!key.isValid())
        return std::nullopt;
    return key;
}

void SessionStore::setLastAccount(const AccountKey &account)
{
    QSettings settings;
    settings.setValue(QLatin1String(LastServerIdKey), account.serverId);
    settings.setValue(QLatin1String(LastUserIdKey), account.userId);
}

void SessionStore::clearLastAccount()
{
    QSettings settings;
    settings.remove(QLatin1String(LastServerIdKey));
    settings.remove(QLatin1String(LastUserIdKey));
}

void SessionStore::rememberAccount(const Session &session)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(session.key()));
    settings.setValue(QStringLiteral("serverUrl"), session.serverUrl.toString());
    settings.setValue(QStringLiteral("identity"),
                      QString::fromUtf8(QJsonDocument(session.user.toJson()).toJson(QJsonDocument::Compact)));
    if (session.expiresAt.isValid())
        settings.setValue(QStringLiteral("expiresAt"), session.expiresAt.toUTC().toString(Qt::ISODateWithMs));
    settings.setValue(QStringLiteral("lastUsedMs"), QDateTime::currentMSecsSinceEpoch());
}

std::optional<RememberedAccount> SessionStore::rememberedAccount(const AccountKey &account) const
{
    QSettings settings;
    settings.beginGroup(settingsGroup(account));
    const AccountIdentity user = AccountIdentity::fromJson(
        QJsonDocument::fromJson(settings.value(QStringLiteral("identity")).toString().toUtf8()).object());
    if (!user.isValid() || user.id != account.userId)
        return std::nullopt;
    return RememberedAccount{
        account,
        QUrl(settings.value(QStringLiteral("serverUrl")).toString()),
        user,
        QDateTime::fromString(settings.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs),
        settings.value(QStringLiteral("tokenStored")).toBool(),
    };
}

QList<RememberedAccount> SessionStore::accountsWithStoredTokens(const QString &serverId) const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(AccountsGroup) + QLatin1Char('/') + AccountPaths::sanitized(serverId));
    QList<std::pair<qint64, RememberedAccount>> found;
    for (const QString &userGroup : settings.childGroups()) {
        const qint64 lastUsed = settings.value(userGroup + QStringLiteral("/lastUsedMs")).toLongLong();
        const QString identityJson = settings.value(userGroup + QStringLiteral("/identity")).toString();
        const QString userId = AccountIdentity::fromJson(QJsonDocument::fromJson(identityJson.toUtf8()).object()).id;
        if (auto account = rememberedAccount(AccountKey{serverId, userId}); account && account->tokenStored)
            found.append({lastUsed, *account});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<RememberedAccount> accounts;
    for (const auto &entry : std::as_const(found))
        accounts.append(entry.second);
    return accounts;
}

void SessionStore::setTokenStored(const AccountKey &account, bool stored)
{
    if (!account.isValid())
        return;
    QSettings settings;
    settings.setValue(settingsGroup(account) + QStringLiteral("/tokenStored"), stored);
}

} // namespace ClipDesk::Net
