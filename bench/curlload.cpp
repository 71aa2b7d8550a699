#include "curlload.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>

#include <algorithm>

namespace ClipDesk::Bench {

namespace {

LoadResult runCurlOnce(const QUrl &url, int parallel, int count)
{
    LoadResult result;
    QTemporaryFile list;
    if (!list.open()) {
        result.error = QStringLiteral("cannot write the curl URL list");
        return result;
    }
    const QByteArray entry = "url = \"" + url.toEncoded() + "\"\noutput = \"/dev/null\"\n";
    list.write(entry.repeated(count));
    list.flush();

    QProcess curl;
    QEventLoop loop;
    QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&curl, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    curl.start(QStringLiteral("curl"), {QStringLiteral("--silent"), QStringLiteral("--parallel"),
                                        QStringLiteral("--parallel-max"), QString::number(parallel),
                                        QStringLiteral("--write-out"), QStringLiteral("%{http_code}\\n"),
                                        QStringLiteral("--config"), list.fileName()});
    // Wait in an event loop: the server under test is our child too, and its output must keep flowing.
    loop.exec();
    if (curl.state() != QProcess::NotRunning || curl.exitStatus() != QProcess::NormalExit) {
        curl.kill();
        curl.waitForFinished();
        result.error = QStringLiteral("curl did not finish: %1").arg(curl.errorString());
        return result;
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        const int status = line.toInt();
        ++result.statuses[status];
        if (status >= 200 && status < 300)
            ++result.succeeded;
        else
            ++result.failed;
    }
    return result;
}

} // namespace

LoadResult runCurl(const QUrl &url, int parallel, std::chrono::milliseconds duration)
{
    // Calibrate with a small run, then size the real one to the wanted duration.
    constexpr int CalibrationCount = 500;
    const LoadResult calibration = runCurlOnce(url, parallel, CalibrationCount);
    if (!calibration.error.isEmpty() || calibration.succeeded == 0)
        return calibration;
    const double rate = calibration.perSecond();
    const int count = std::clamp(int(rate * double(duration.count()) / 1000.0), 1000, 200'000);
    return runCurlOnce(url, parallel, count);
}

QString curlVersion()
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("--version")});
    curl.waitForFinished(5000);
    return QString::fromUtf8(curl.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
}

} // namespace ClipDesk::Bench
