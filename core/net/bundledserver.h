#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QProcess;
class QTimer;

namespace ClipDesk::Net {

class HealthProbe;

// Runs `clipdesk-server` as a child process on a free loopback port with its own data
// directory, and reports once it answers its health check. start() and stop() never
// block; only the destructor waits (a few seconds at most) for a child that is still running.
class BundledServer final : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Stopping };
    Q_ENUM(State)

    explicit BundledServer(QString dataDirectory, QObject *parent = nullptr);
    ~BundledServer() override;
    Q_DISABLE_COPY_MOVE(BundledServer)

    // Where `clipdesk-server` is looked for when no explicit path is set: next to the
    // application (installed layout), then `../server/` (build tree). Empty when not found.
    static QString locateServerBinary(const QString &applicationDirectory);
    // The data directory `clipdesk --demo` gives its server.
    static QString demoDataDirectory();

    void setServerBinary(const QString &path);
    void setExtraArguments(const QStringList &arguments);
    void setStartTimeout(std::chrono::milliseconds timeout);
    void setStopTimeout(std::chrono::milliseconds timeout);

    // Emits started() or failed() later.
    void start();
    // SIGTERM, then SIGKILL after the stop timeout. Emits stopped() once the child is gone.
    void stop();

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    QString dataDirectory() const { return m_dataDirectory; }
    // The child's process id while one runs, else 0.
    qint64 processId() const;

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &message);
    void stopped();

private:
    void fail(const QString &message);
    void onOutput();
    void onProcessFinished(int exitCode);
    void onStartTimeout();
    void probeHealth();
    QString recentOutput() const;

    QString m_dataDirectory;
    QString m_serverBinary;
    QStringList m_extraArguments;
    std::chrono::milliseconds m_startTimeout{30'000};
    std::chrono::milliseconds m_stopTimeout{5'000};

    State m_state = State::Stopped;
    QUrl m_url;
    QProcess *m_process = nullptr;
    HealthProbe *m_probe = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    QByteArray m_pendingOutput;
    QStringList m_outputTail;
};

} // namespace ClipDesk::Net
