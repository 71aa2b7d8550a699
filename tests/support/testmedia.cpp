#include "testmedia.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

namespace ClipDesk::Testing::TestMedia {

namespace {

QByteArray runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        process.kill();
        process.waitForFinished();
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace

QString directory()
{
    const QString root = qEnvironmentVariableIsSet("CLIPDESK_TEST_OUTPUT") ? qEnvironmentVariable("CLIPDESK_TEST_OUTPUT")
                                                                           : QDir::tempPath();
    const QString path = root + QStringLiteral("/media");
    QDir().mkpath(path);
    return path;
}

QString generate(const QString &fileName, const QStringList &ffmpegArgs)
{
    const QByteArray key = QCryptographicHash::hash(ffmpegArgs.join(QChar(0)).toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    const QFileInfo name(fileName);
    const QString path = directory() + u'/' + name.completeBaseName() + u'-' + QString::fromLatin1(key) + u'.' + name.suffix();
    if (QFileInfo::exists(path))
        return path;
    // Write under a temporary name first so an interrupted run never leaves a half file behind.
    const QString partial = path + QStringLiteral(".part.") + name.suffix();
    QStringList arguments{QStringLiteral("-y"), QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error")};
    arguments << ffmpegArgs << partial;
    if (runTool(QStringLiteral("ffmpeg"), arguments, 300'000).isNull() && !QFileInfo::exists(partial))
        return {};
    if (!QFileInfo::exists(partial) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return {};
    }
    return path;
}

QByteArray ffprobe(const QString &path, const QStringList &args)
{
    QStringList arguments{QStringLiteral("-v"), QStringLiteral("error")};
    arguments << args << path;
    return runTool(QStringLiteral("ffprobe"), arguments, 120'000);
}

} // namespace ClipDesk::Testing::TestMedia
