#include "demomedia.h"

#include "media/averror.h"
#include "media/generatedvideo.h"
#include "server/media/clipmediaverdict.h"
#include "server/media/probecommand.h"
#include "storage/contentstore.h"
#include "storage/tusuploadrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QUuid>
#include <QtConcurrent>

extern "C" {
#include <libavutil/log.h>
}

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace ClipDesk::Server {

namespace {

struct DemoVideoLook
{
    const char *title;
    const char *picture; // a libavfilter source graph of Width x Height at 24 fps
    int toneHz;
};

// Each picture has its own layout in gray as well as in colour, so that no two are near
// duplicates for the perceptual fingerprint (ClipDuplicates), and its own motion. Still
// backgrounds are drawn once and looped (STILL), which keeps generation cheap.
#define STILL "trim=end_frame=1,loop=loop=-1:size=1"
const DemoVideoLook Looks[DemoMedia::VideoCount] = {
    {"Colour bars",
     "smptehdbars=size=540x960:rate=24,format=yuv420p," STILL "[bg];color=c=white:size=110x110:rate=24,format=yuv420p[dot];"
     "[bg][dot]overlay=x='mod(t*180,650)-110':y='420+160*sin(t*2)'",
     330},
    {"Night grid",
     "color=c=0x0b3d91:size=540x960:rate=24,format=yuv420p,drawgrid=w=90:h=90:t=4:c=white@0.6," STILL "[bg];"
     "color=c=orange:size=540x70:rate=24,format=yuv420p[bar];[bg][bar]overlay=x=0:y='mod(t*220,1030)-70'",
     440},
    {"Spectrum", "colorspectrum=size=540x960:rate=24:type=all,format=yuv420p," STILL ",scroll=vertical=0.005", 523},
    {"Test card", "testsrc2=size=540x960:rate=24", 587},
    {"Spinner",
     "color=c=0x14532d:size=540x960:rate=24,format=yuv420p," STILL "[bg];"
     "testsrc=size=240x240:rate=24,format=yuv420p,rotate=a='t*1.2':c=0x14532d:ow=340:oh=340:bilinear=0[spin];"
     "[bg][spin]overlay=x=100:y=260",
     659},
    {"Sunrise",
     "color=c=0x7c2d12:size=540x960:rate=24,format=yuv420p,drawbox=x=0:y=0:w=540:h=320:color=0xf59e0b:t=fill,"
     "drawbox=x=0:y=640:w=540:h=320:color=0xfde68a:t=fill," STILL "[bg];color=c=white:size=160x160:rate=24,format=yuv420p[sun];"
     "[bg][sun]overlay=x=190:y='800-mod(t*120,960)'",
     784},
};
#undef STILL

QString titleFilter(int index)
{
    return QStringLiteral(",drawtext=text='Demo %1 - %2':font=Sans:fontsize=44:fontcolor=white:box=1:boxcolor=black@0.55:"
                          "boxborderw=14:x=(w-tw)/2:y=h*0.78")
        .arg(index + 1)
        .arg(QLatin1String(Looks[index].title));
}

Status writeVideo(const QString &path, int index)
{
    Media::GeneratedVideoSpec spec;
    spec.videoSource = QLatin1String(Looks[index].picture) + titleFilter(index);
    spec.audioSource = QStringLiteral("sine=frequency=%1:sample_rate=48000:beep_factor=2").arg(Looks[index].toneHz);
    spec.durationUs = DemoMedia::DurationUs;
    spec.encoding.preset = QStringLiteral("ultrafast");
    spec.encoding.constantRateFactor = 30;
    spec.encoding.audioBitRate = 96'000;
    spec.encoderThreads = 1; // one video per worker thread
    Status written = Media::writeGeneratedVideo(path, spec);
    if (!written && written.error().code == QLatin1String(Media::MediaErrorCode::Unsupported)) {
        // drawtext needs a font (fontconfig): without one, the pattern still tells them apart.
        qCWarning(lcDemo).noquote() << "demo video without its title:" << written.error().message;
        spec.videoSource = QLatin1String(Looks[index].picture);
        written = Media::writeGeneratedVideo(path, spec);
    }
    return written;
}

// Generates one video and takes it through the upload path: store, probe, verdict.
Result<Storage::ClipMediaRecord> makeVideo(Storage::ContentStore &store, int index, qint64 nowMs)
{
    if (!QDir().mkpath(store.rootPath()))
        return failure(QString::fromLatin1(ErrorCode::Storage), QStringLiteral("cannot create %1").arg(store.rootPath()));
    const QString scratch = QDir(store.rootPath()).filePath(QLatin1String(Storage::ContentStore::TemporaryFilePrefix)
                                                            + QStringLiteral("demo-%1").arg(index));
    const QString videoPath = scratch + QStringLiteral(".mp4");
    QElapsedTimer timer;
    timer.start();
    if (auto written = writeVideo(videoPath, index); !written)
        return std::unexpected(written.error());
    QFile file(videoPath);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.remove();
    if (bytes.isEmpty())
        return failure(QString::fromLatin1(ErrorCode::Storage), QStringLiteral("cannot read %1").arg(videoPath));
    auto sha256 = store.storeBytes(bytes);
    if (!sha256)
        return std::unexpected(sha256.error());
    const qint64 madeMs = timer.restart();
    ProbeReport report = probeMediaFile(store.pathFor(*sha256), scratch + QStringLiteral(".jpg"));
    Storage::ClipMediaRecord media = clipMediaVerdict(store, *sha256, {}, report, scratch + QStringLiteral(".jpg"), nowMs);
    if (media.status != Storage::ClipMediaRecord::Status::Ready)
        return failure(QStringLiteral("media_unusable"), report.rejectionReason);
    qCDebug(lcDemo) << "demo video" << index << "made in" << madeMs << "ms, probed in" << timer.elapsed() << "ms";
    return media;
}

} // namespace

DemoMedia::DemoMedia(Storage::ContentStore &store, qint64 nowMs)
    : m_store(store)
    , m_now(nowMs)
{
    // libx264 reports its settings at the info level; the server log needs none of that.
    if (av_log_get_level() > AV_LOG_WARNING)
        av_log_set_level(AV_LOG_WARNING);
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, VideoCount));
    for (int i = 0; i < VideoCount; ++i)
        m_making.append(QtConcurrent::run(&m_pool, [&store = m_store, i, nowMs] { return makeVideo(store, i, nowMs); }));
}

DemoMedia::~DemoMedia()
{
    m_pool.waitForDone();
}

const QList<Storage::ClipMediaRecord> &DemoMedia::videos()
{
    if (!m_videos) {
        m_videos.emplace();
        for (QFuture<Result<Storage::ClipMediaRecord>> &making : m_making) {
            const Result<Storage::ClipMediaRecord> video = making.result();
            if (video)
                m_videos->append(*video);
            else
                qCWarning(lcDemo).noquote() << "a demo video could not be made:" << video.error().message;
        }
    }
    return *m_videos;
}

int DemoMedia::videoCount()
{
    return int(videos().size());
}

Status DemoMedia::attach(Storage::Database &db, Domain::Clip &clip)
{
    const QList<Storage::ClipMediaRecord> &list = videos();
    if (list.isEmpty())
        return {};
    const int count = int(list.size());
    QSet<int> &used = m_usedOnCampaign[clip.campaignId];
    int index = m_next % count;
    for (int step = 0; step < count; ++step) {
        if (!used.contains((m_next + step) % count)) {
            index = (m_next + step) % count;
            break;
        }
    }
    m_next = index + 1;
    used.insert(index);

    Storage::ClipMediaRecord video = list.at(index);
    video.ownerId = clip.ownerId; // only the first owner's row is kept
    if (auto inserted = Storage::ClipMediaRepository(db).insertIfAbsent(video); !inserted)
        return inserted;
    if (auto uploaded = recordUpload(db, video, clip.ownerId); !uploaded)
        return uploaded;
    clip.mediaSha256 = video.sha256;
    clip.thumbnailSha256 = video.thumbnailSha256;
    return {};
}

Status DemoMedia::recordUpload(Storage::Database &db, const Storage::ClipMediaRecord &video, const QString &ownerId)
{
    const QString key = ownerId + u'/' + video.sha256;
    if (m_uploaded.contains(key))
        return {};
    m_uploaded.insert(key);
    static const QUuid uploadNamespace(QStringLiteral("b7d0e3a4-5f21-4c8e-9a6d-3e1f0c2b7a95"));
    Storage::TusUploadRecord upload;
    upload.id = QUuid::createUuidV5(uploadNamespace, key).toString(QUuid::Id128);
    upload.ownerId = ownerId;
    upload.length = video.sizeBytes;
    upload.offset = video.sizeBytes;
    upload.metadata = {{QStringLiteral("filename"), QStringLiteral("demo-%1.mp4").arg(video.sha256.left(8))}};
    upload.partialPath = QStringLiteral("uploads/") + upload.id;
    upload.createdAtMs = m_now;
    upload.expiresAtMs = m_now;
    Storage::TusUploadRepository uploads(db);
    if (auto inserted = uploads.insert(upload); !inserted)
        return inserted;
    return uploads.markComplete(upload.id, video.sha256, m_now);
}

} // namespace ClipDesk::Server
