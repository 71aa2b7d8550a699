#pragma once

#include "apiresponse.h"
#include "session.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace ClipDesk::Net {

class AuthClient;
class SessionStore;

// Who is signed in, to which server: the one place that decides. UI-free; the window and the
// sync engine follow its signals.
//
//   signedIn(session)  an account became current: after a sign-in, after switching accounts,
//                      or at start from the stored token (session.verified is false while
//                      the server could not be asked; sessionUpdated() follows once it was)
//   signedOut()        the current account is no longer current (sign out, switch, rejected token)
//
// Switching accounts emits signedOut() for the old account, then signedIn() for the new one.
// The old account's token stays stored, so switching back (resume()) needs no password while
// the server still accepts it. Signing out deletes the token; it works offline (the server is
// told when it can be reached at that moment, and ends the session by itself later otherwise).
class SessionController final : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, Restoring, SignedIn };
    Q_ENUM(State)

    explicit SessionController(SessionStore &store, QObject *parent = nullptr);
    ~SessionController() override;
    Q_DISABLE_COPY_MOVE(SessionController)

    // The server the app talks to. `serverId` names it in stored sessions (empty: derived from
    // the URL; the bundled demo server, whose port changes, passes a fixed one).
    void setServer(const QUrl &serverUrl, const QString &serverId = {});
    QUrl serverUrl() const { return m_serverUrl; }
    QString serverId() const;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // The current session; valid while signed in.
    const Session &session() const { return m_session; }
    // The current account's local cache file (AccountPaths::cacheFile), empty when signed out.
    QString cacheFile() const;
    // The last thing the user should be told ("Your session has ended…"); empty when none.
    QString notice() const { return m_notice; }
    SessionStore &store() const { return m_store; }

    // At start: resumes the last account of the current server if a token is stored for it.
    void restore();
    // Makes a remembered account current again with its stored token (switching back).
    // resumeFailed() when there is no usable token; the current account then stays current.
    void resume(const AccountKey &account);
    // A sign-in succeeded: stores the token, remembers the account and makes it current.
    void adopt(const Session &session);
    // Asks the server whether an unverified (offline) session is still valid.
    void verify();
    void signOut();
    // The server refused the current token (401 on any request): signs out with `reason`.
    void endRejectedSession(const QString &reason = {});

Q_SIGNALS:
    void signedIn(const ClipDesk::Net::Session &session);
    void sessionUpdated(const ClipDesk::Net::Session &session);
    void signedOut();
    void stateChanged(ClipDesk::Net::SessionController::State state);
    void noticeChanged(const QString &notice);
    void resumeFailed(const ClipDesk::Net::AccountKey &account, const QString &message);

private:
    enum class Purpose { Restore, Resume, Verify };
    void resumeAccount(const AccountKey &account, Purpose purpose);
    void validate(const Session &candidate, Purpose purpose);
    void onValidated(Session candidate, Purpose purpose, const ApiResponse &response);
    void makeCurrent(const Session &session);
    void setState(State state);
    void setNotice(const QString &notice);
    void failResume(Purpose purpose, const AccountKey &account, const QString &message);
    void tellServerGoodbye(const Session &session);

    SessionStore &m_store;
    AuthClient *m_auth;
    QUrl m_serverUrl;
    QString m_serverId;
    State m_state = State::SignedOut;
    Session m_session;
    QString m_notice;
    quint64 m_generation = 0; // validations started before the latest change are ignored
    bool m_verifying = false;
};

} // namespace ClipDesk::Net
