#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace ClipDesk::Server {

// Limits of one probe child process.
struct ProbeLimits
{
    int cpuSeconds = 60;                       // RLIMIT_CPU: SIGXCPU, then SIGKILL
    qint64 memoryBytes = 2LL * 1024 * 1024 * 1024; // RLIMIT_AS: allocations beyond fail
    int wallSeconds = 120;                     // killed by the parent after this
    qint64 maxOutputBytes = 4 * 1024 * 1024;   // stdout kept; beyond it the child is killed
    qint64 maxFileBytes = 64 * 1024 * 1024;    // RLIMIT_FSIZE: the thumbnail it writes
};

// How one probe child ended.
struct ProbeOutcome
{
    enum class Ending { Exited, Crashed, TimedOut, OutputTooLarge, FailedToStart };

    Ending ending = Ending::FailedToStart;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError; // the last bytes only, for the log
};

// Runs `clipdesk-server probe FILE --thumbnail OUT` (or a configured command) for untrusted
// files, one at a time: each child gets RLIMIT_CPU, RLIMIT_AS, RLIMIT_FSIZE and no core
// dumps, and is killed (by PID) when it outlives the wall-clock limit or floods its output.
// Nothing here blocks: the callback runs on the caller's thread when the child is gone.
class ProbeRunner final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ProbeOutcome &)>;

    // `command` empty: this program itself.
    ProbeRunner(QStringList command, ProbeLimits limits, QObject *parent = nullptr);
    ~ProbeRunner() override;
    Q_DISABLE_COPY_MOVE(ProbeRunner)

    void run(const QString &file, const QString &thumbnailPath, Callback done);
    int queuedCount() const { return int(m_queue.size()); }

private:
    struct Job
    {
        QString file;
        QString thumbnailPath;
        Callback done;
    };
    void startNext();

    QStringList m_command;
    ProbeLimits m_limits;
    QList<Job> m_queue;
    struct Running;
    std::unique_ptr<Running> m_running;
};

} // namespace ClipDesk::Server
