#include "proberunner.h"

#include "uploadlog.h"

#include <QProcess>
#include <QTimer>

#include <sys/resource.h>

namespace ClipDesk::Server {

namespace {

void limit(int resource, rlim_t value)
{
    const rlimit bounds{value, value};
    ::setrlimit(resource, &bounds);
}

} // namespace

struct ProbeRunner::Running
{
    Job job;
    QProcess process;
    QTimer deadline;
    ProbeOutcome outcome;
    bool finished = false;
};

ProbeRunner::ProbeRunner(QStringList command, ProbeLimits limits, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_limits(limits)
{
}

ProbeRunner::~ProbeRunner()
{
    if (m_running && m_running->process.state() != QProcess::NotRunning) {
        m_running->process.disconnect(this);
        m_running->process.kill();
        m_running->process.waitForFinished(2000);
    }
}

void ProbeRunner::run(const QString &file, const QString &thumbnailPath, Callback done)
{
    m_queue.append(Job{file, thumbnailPath, std::move(done)});
    if (!m_running)
        startNext();
}

void ProbeRunner::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_running = std::make_unique<Running>();
    Running &running = *m_running;
    running.job = m_queue.takeFirst();

    QString program = QCoreApplication::applicationFilePath();
    QStringList arguments;
    if (!m_command.isEmpty()) {
        program = m_command.constFirst();
        arguments = m_command.mid(1);
    }
    arguments += {QStringLiteral("probe"), running.job.file, QStringLiteral("--thumbnail"), running.job.thumbnailPath};

    const ProbeLimits limits = m_limits;
    running.process.setChildProcessModifier([limits] {
        // Runs in the child between fork and exec: only async-signal-safe calls here.
        limit(RLIMIT_CPU, rlim_t(limits.cpuSeconds));
        limit(RLIMIT_AS, rlim_t(limits.memoryBytes));
        limit(RLIMIT_FSIZE, rlim_t(limits.maxFileBytes));
        limit(RLIMIT_CORE, 0);
    });
    running.process.setProcessChannelMode(QProcess::SeparateChannels);
    running.process.setStandardInputFile(QProcess::nullDevice());

    const auto finish = [this](ProbeOutcome::Ending ending) {
        Running &current = *m_running;
        if (current.finished)
            return;
        current.finished = true;
        current.deadline.stop();
        current.outcome.ending = ending;
        if (current.process.state() != QProcess::NotRunning) {
            current.process.kill(); // SIGKILL by PID
            current.process.waitForFinished(2000);
        }
        current.outcome.standardOutput += current.process.readAllStandardOutput();
        current.outcome.exitCode = current.process.exitCode();
        // Leave the QProcess's own signal emission before destroying it.
        QMetaObject::invokeMethod(this, [this] {
            std::unique_ptr<Running> done = std::move(m_running);
            if (done->outcome.ending != ProbeOutcome::Ending::Exited)
                qCInfo(lcUploads) << "probe of" << done->job.file << "ended abnormally:" << int(done->outcome.ending)
                                  << done->outcome.standardError.right(2000);
            startNext();
            done->job.done(done->outcome);
        }, Qt::QueuedConnection);
    };

    connect(&running.process, &QProcess::readyReadStandardOutput, this, [this, finish] {
        Running &current = *m_running;
        current.outcome.standardOutput += current.process.readAllStandardOutput();
        if (current.outcome.standardOutput.size() > m_limits.maxOutputBytes)
            finish(ProbeOutcome::Ending::OutputTooLarge);
    });
    connect(&running.process, &QProcess::readyReadStandardError, this, [this] {
        Running &current = *m_running;
        current.outcome.standardError += current.process.readAllStandardError();
        if (current.outcome.standardError.size() > 64 * 1024)
            current.outcome.standardError = current.outcome.standardError.right(16 * 1024);
    });
    connect(&running.process, &QProcess::finished, this, [this, finish](int, QProcess::ExitStatus status) {
        finish(status == QProcess::NormalExit ? ProbeOutcome::Ending::Exited : ProbeOutcome::Ending::Crashed);
    });
    connect(&running.process, &QProcess::errorOccurred, this, [this, finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qCWarning(lcUploads) << "cannot start the probe:" << m_running->process.errorString();
            finish(ProbeOutcome::Ending::FailedToStart);
        }
    });
    running.deadline.setSingleShot(true);
    running.deadline.setInterval(limits.wallSeconds * 1000);
    connect(&running.deadline, &QTimer::timeout, this, [finish] { finish(ProbeOutcome::Ending::TimedOut); });
    running.deadline.start();
    running.process.start(program, arguments);
}

} // namespace ClipDesk::Server
