#include "sessioncontroller.h"

#include "accountpaths.h"
#include "apicall.h"
#include "apiclient.h"
#include "authclient.h"
#include "netlogging.h"
#include "sessionstore.h"

namespace ClipDesk::Net {

namespace {

constexpr std::chrono::seconds ValidationTimeout{10};

// The server could not decide now (unreachable, overloaded, failing): keep the session.
bool serverCouldNotDecide(const ApiResponse &response)
{
    return response.httpStatus == 0 || response.httpStatus == 429 || response.httpStatus >= 500;
}

} // namespace

SessionController::SessionController(SessionStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_auth(new AuthClient(this))
{
    m_auth->api()->setTimeout(ValidationTimeout);
    connect(m_auth, &AuthClient::failed, this, [](AuthClient::Operation operation, const ApiResponse &response) {
        if (operation == AuthClient::Operation::Logout)
            qCInfo(lcNet).noquote() << "the server was not told about the sign-out:" << response.errorMessage();
    });
}

SessionController::~SessionController() = default;

void SessionController::setServer(const QUrl &serverUrl, const QString &serverId)
{
    m_serverUrl = serverUrl;
    m_serverId = serverId;
}

QString SessionController::serverId() const
{
    return m_serverId.isEmpty() ? AccountPaths::serverId(m_serverUrl) : m_serverId;
}

QString SessionController::cacheFile() const
{
    return isSignedIn() ? m_store.paths().cacheFile(m_session.key()) : QString();
}

void SessionController::restore()
{
    if (m_state != State::SignedOut)
        return;
    const std::optional<AccountKey> last = m_store.lastAccount();
    if (!last || last->serverId != serverId() || !m_store.rememberedAccount(*last)) {
        m_store.detectStorage();
        return;
    }
    resumeAccount(*last, Purpose::Restore);
}

void SessionController::resume(const AccountKey &account)
{
    resumeAccount(account, Purpose::Resume);
}

void SessionController::resumeAccount(const AccountKey &account, Purpose purpose)
{
    const std::optional<RememberedAccount> remembered = m_store.rememberedAccount(account);
    if (!remembered) {
        failResume(purpose, account, tr("ClipDesk does not remember this account. Sign in with your password."));
        return;
    }
    const quint64 generation = ++m_generation;
    if (m_state == State::SignedOut)
        setState(State::Restoring);
    m_store.loadToken(account, this, [this, generation, account, purpose, remembered = *remembered](const Result<QString> &token) {
        if (generation != m_generation)
            return;
        if (!token) {
            failResume(purpose, account,
                       token.error().code == QLatin1String(ErrorCode::NotFound)
                           ? tr("No session is stored for %1. Sign in with your password.").arg(remembered.user.name())
                           : token.error().message);
            return;
        }
        Session candidate;
        candidate.serverUrl = account.serverId == serverId() && m_serverUrl.isValid() ? m_serverUrl : remembered.serverUrl;
        candidate.serverId = account.serverId;
        candidate.token = *token;
        candidate.user = remembered.user;
        candidate.expiresAt = remembered.expiresAt;
        candidate.verified = false;
        validate(candidate, purpose);
    });
}

void SessionController::validate(const Session &candidate, Purpose purpose)
{
    const quint64 generation = m_generation;
    m_auth->setServer(candidate.serverUrl, candidate.serverId);
    ApiCall *call = m_auth->fetchMe(candidate.token);
    connect(call, &ApiCall::finished, this, [this, generation, candidate, purpose](const ApiResponse &response) {
        if (purpose == Purpose::Verify)
            m_verifying = false;
        if (generation == m_generation)
            onValidated(candidate, purpose, response);
    });
}

void SessionController::onValidated(Session candidate, Purpose purpose, const ApiResponse &response)
{
    // A check of a session that is no longer current (switched meanwhile) changes nothing.
    if (purpose == Purpose::Verify && (!isSignedIn() || m_session.key() != candidate.key() || m_session.token != candidate.token))
        return;
    if (response.ok()) {
        const AccountIdentity user = AccountIdentity::fromJson(response.json.value(QLatin1String("user")).toObject());
        if (user.isValid() && user.id == candidate.user.id)
            candidate.user = user;
        candidate.verified = true;
        m_store.rememberAccount(candidate);
        if (purpose == Purpose::Verify) {
            m_session = candidate;
            setNotice({});
            Q_EMIT sessionUpdated(m_session);
            return;
        }
        setNotice({});
        makeCurrent(candidate);
        return;
    }

    if (serverCouldNotDecide(response)) {
        if (purpose == Purpose::Verify)
            return;
        qCInfo(lcNet).noquote() << "signed in offline as" << candidate.user.id << "-" << response.errorMessage();
        setNotice(tr("Working offline: %1").arg(response.errorMessage()));
        makeCurrent(candidate);
        return;
    }

    m_store.deleteToken(candidate.key());
    const QString message = response.httpStatus == 401
        ? tr("The session of %1 on %2 has ended. Sign in again.").arg(candidate.user.name(), candidate.serverUrl.toDisplayString())
        : response.errorMessage();
    if (purpose == Purpose::Verify) {
        endRejectedSession(message);
        return;
    }
    failResume(purpose, candidate.key(), message);
}

void SessionController::failResume(Purpose purpose, const AccountKey &account, const QString &message)
{
    qCInfo(lcNet).noquote() << "could not resume the session of" << account.userId << "-" << message;
    if (m_state == State::Restoring)
        setState(State::SignedOut);
    if (purpose == Purpose::Restore) {
        setNotice(message);
        return;
    }
    Q_EMIT resumeFailed(account, message);
}

void SessionController::adopt(const Session &session)
{
    if (!session.isValid())
        return;
    ++m_generation;
    Session adopted = session;
    adopted.verified = true;
    m_store.rememberAccount(adopted);
    m_store.saveToken(adopted.key(), adopted.token, this, [this](const Status &stored) {
        if (!stored)
            setNotice(tr("Your session could not be stored, so you will have to sign in again next time: %1")
                          .arg(stored.error().message));
    });
    setNotice({});
    makeCurrent(adopted);
}

void SessionController::makeCurrent(const Session &session)
{
    if (m_state == State::SignedIn) {
        m_session = {};
        setState(State::SignedOut);
        Q_EMIT signedOut();
    }
    m_session = session;
    m_serverUrl = session.serverUrl;
    m_serverId = session.serverId;
    m_store.setLastAccount(session.key());
    // A server known by a fixed id (the demo server) has an address that is only good for this run.
    if (session.serverId == AccountPaths::serverId(session.serverUrl))
        m_store.setLastServerUrl(session.serverUrl);
    setState(State::SignedIn);
    Q_EMIT signedIn(m_session);
}

void SessionController::verify()
{
    if (!isSignedIn() || m_session.verified || m_verifying)
        return;
    m_verifying = true;
    validate(m_session, Purpose::Verify);
}

void SessionController::signOut()
{
    ++m_generation;
    if (m_state == State::Restoring) {
        setState(State::SignedOut);
        return;
    }
    if (!isSignedIn())
        return;
    const Session old = m_session;
    m_store.deleteToken(old.key());
    m_store.clearLastAccount();
    tellServerGoodbye(old);
    m_session = {};
    setNotice({});
    setState(State::SignedOut);
    qCInfo(lcNet).noquote() << "signed out of" << old.serverUrl.toDisplayString();
    Q_EMIT signedOut();
}

void SessionController::endRejectedSession(const QString &reason)
{
    if (!isSignedIn())
        return;
    ++m_generation;
    const Session old = m_session;
    m_store.deleteToken(old.key());
    m_session = {};
    setNotice(reason.isEmpty() ? tr("The server ended your session. Sign in again.") : reason);
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void SessionController::tellServerGoodbye(const Session &session)
{
    m_auth->setServer(session.serverUrl, session.serverId);
    m_auth->logout(session.token);
}

void SessionController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SessionController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged(notice);
}

} // namespace ClipDesk::Net
