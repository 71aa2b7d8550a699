#include "probe.h"

#include "mediainput.h"
#include "streamgeometry.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <vector>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/pixdesc.h>
}

namespace ClipDesk::Media {

namespace {

constexpr qint64 FrameRateScanUs = 5'000'000; // packets of the first seconds decide VFR
constexpr int FrameRateScanMaxPackets = 600;

qint64 toUs(int64_t timestamp, AVRational timeBase)
{
    if (timestamp == AV_NOPTS_VALUE)
        return 0;
    return av_rescale_q(timestamp, timeBase, AV_TIME_BASE_Q);
}

struct PacketTiming
{
    bool variableFrameRate = false;
    bool outOfOrder = false;
};

// Reads the video packets of the first seconds: frame durations that vary by more than
// rounding (one time-base tick plus 1%) mean variable frame rate; a presentation timestamp
// below an earlier one means frames are stored out of order (B-frames).
PacketTiming scanPacketTiming(AVFormatContext *input, int videoIndex)
{
    PacketTiming timing;
    const AVStream *stream = input->streams[videoIndex];
    std::vector<int64_t> pts;
    PacketHandle packet = allocatePacket();
    const qint64 limit = av_rescale_q(FrameRateScanUs, AV_TIME_BASE_Q, stream->time_base);
    int64_t first = AV_NOPTS_VALUE;
    int64_t highest = AV_NOPTS_VALUE;
    while (int(pts.size()) < FrameRateScanMaxPackets && av_read_frame(input, packet.get()) >= 0) {
        const bool ours = packet->stream_index == videoIndex && packet->pts != AV_NOPTS_VALUE;
        const int64_t value = packet->pts;
        av_packet_unref(packet.get());
        if (!ours)
            continue;
        if (highest != AV_NOPTS_VALUE && value < highest)
            timing.outOfOrder = true;
        highest = highest == AV_NOPTS_VALUE ? value : std::max(highest, value);
        if (first == AV_NOPTS_VALUE)
            first = value;
        pts.push_back(value);
        if (value - first > limit)
            break;
    }
    std::sort(pts.begin(), pts.end());
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    if (pts.size() < 3)
        return timing;
    // Ignore the last interval: packets of later frames may still be missing from the scan.
    std::vector<int64_t> deltas;
    for (size_t i = 1; i + 1 < pts.size(); ++i)
        deltas.push_back(pts[i] - pts[i - 1]);
    if (deltas.empty())
        return timing;
    const auto [low, high] = std::minmax_element(deltas.begin(), deltas.end());
    const int64_t tolerance = 1 + *low / 100;
    timing.variableFrameRate = *high - *low > tolerance;
    return timing;
}

QString channelLayoutName(const AVCodecParameters *parameters)
{
    char name[128] = {};
    if (parameters->ch_layout.nb_channels > 0 && av_channel_layout_describe(&parameters->ch_layout, name, sizeof name) > 0)
        return QString::fromUtf8(name);
    return {};
}

VideoStreamInfo describeVideo(AVFormatContext *input, int index, const PacketTiming &timing)
{
    const AVStream *stream = input->streams[index];
    const AVCodecParameters *parameters = stream->codecpar;
    VideoStreamInfo video;
    video.streamIndex = index;
    video.codec = QString::fromLatin1(avcodec_get_name(parameters->codec_id));
    if (const char *profile = avcodec_profile_name(parameters->codec_id, parameters->profile))
        video.profile = QString::fromLatin1(profile);
    if (const char *format = av_get_pix_fmt_name(AVPixelFormat(parameters->format)))
        video.pixelFormat = QString::fromLatin1(format);
    video.codedWidth = parameters->width;
    video.codedHeight = parameters->height;
    const StreamGeometry geometry = StreamGeometry::of(stream);
    video.rotationDegrees = geometry.rotationDegrees;
    video.displayWidth = geometry.displaySize.width();
    video.displayHeight = geometry.displaySize.height();
    AVRational rate = stream->avg_frame_rate;
    if (rate.num <= 0 || rate.den <= 0)
        rate = stream->r_frame_rate;
    if (rate.num > 0 && rate.den > 0) {
        video.frameRateNumerator = rate.num;
        video.frameRateDenominator = rate.den;
        video.frameRate = av_q2d(rate);
    }
    video.variableFrameRate = timing.variableFrameRate;
    video.hasBFrames = parameters->video_delay > 0 || timing.outOfOrder;
    video.bitRate = parameters->bit_rate;
    video.startUs = toUs(stream->start_time, stream->time_base);
    video.durationUs = stream->duration != AV_NOPTS_VALUE ? toUs(stream->duration, stream->time_base) : 0;
    video.frameCount = stream->nb_frames;
    return video;
}

AudioTrackInfo describeAudio(const AVStream *stream)
{
    const AVCodecParameters *parameters = stream->codecpar;
    AudioTrackInfo audio;
    audio.streamIndex = stream->index;
    audio.codec = QString::fromLatin1(avcodec_get_name(parameters->codec_id));
    audio.sampleRate = parameters->sample_rate;
    audio.channels = parameters->ch_layout.nb_channels;
    audio.channelLayout = channelLayoutName(parameters);
    if (const AVDictionaryEntry *language = av_dict_get(stream->metadata, "language", nullptr, 0))
        audio.language = QString::fromUtf8(language->value);
    audio.bitRate = parameters->bit_rate;
    audio.startUs = toUs(stream->start_time, stream->time_base);
    audio.durationUs = stream->duration != AV_NOPTS_VALUE ? toUs(stream->duration, stream->time_base) : 0;
    return audio;
}

qint64 int64Of(const QJsonObject &json, QLatin1String key)
{
    return qint64(json.value(key).toDouble());
}

} // namespace

Result<MediaInfo> probeMedia(const QString &path)
{
    auto opened = openInput(path);
    if (!opened)
        return std::unexpected(opened.error());
    AVFormatContext *input = opened->get();
    MediaInfo info;
    info.container = QString::fromLatin1(input->iformat->name);
    info.sizeBytes = QFileInfo(path).size();
    info.startUs = input->start_time != AV_NOPTS_VALUE ? input->start_time : 0;
    info.durationUs = input->duration != AV_NOPTS_VALUE ? input->duration : 0;
    info.bitRate = input->bit_rate;
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        if (input->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO)
            info.audioTracks.append(describeAudio(input->streams[i]));
    }
    if (const auto videoIndex = findVideoStream(input)) {
        for (unsigned i = 0; i < input->nb_streams; ++i)
            input->streams[i]->discard = int(i) == *videoIndex ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
        info.video = describeVideo(input, *videoIndex, scanPacketTiming(input, *videoIndex));
    }
    if (info.bitRate <= 0 && info.durationUs > 0)
        info.bitRate = info.sizeBytes * 8 * AV_TIME_BASE / info.durationUs;
    return info;
}

QJsonObject MediaInfo::toJson() const
{
    QJsonArray audio;
    for (const AudioTrackInfo &track : audioTracks) {
        audio.append(QJsonObject{
            {QStringLiteral("streamIndex"), track.streamIndex},
            {QStringLiteral("codec"), track.codec},
            {QStringLiteral("sampleRate"), track.sampleRate},
            {QStringLiteral("channels"), track.channels},
            {QStringLiteral("channelLayout"), track.channelLayout},
            {QStringLiteral("language"), track.language},
            {QStringLiteral("bitRate"), track.bitRate},
            {QStringLiteral("startUs"), track.startUs},
            {QStringLiteral("durationUs"), track.durationUs},
        });
    }
    QJsonObject json{
        {QStringLiteral("container"), container},
        {QStringLiteral("sizeBytes"), sizeBytes},
        {QStringLiteral("startUs"), startUs},
        {QStringLiteral("durationUs"), durationUs},
        {QStringLiteral("bitRate"), bitRate},
        {QStringLiteral("audioTracks"), audio},
    };
    if (hasVideo()) {
        json.insert(QStringLiteral("video"), QJsonObject{
            {QStringLiteral("streamIndex"), video.streamIndex},
            {QStringLiteral("codec"), video.codec},
            {QStringLiteral("profile"), video.profile},
            {QStringLiteral("pixelFormat"), video.pixelFormat},
            {QStringLiteral("codedWidth"), video.codedWidth},
            {QStringLiteral("codedHeight"), video.codedHeight},
            {QStringLiteral("displayWidth"), video.displayWidth},
            {QStringLiteral("displayHeight"), video.displayHeight},
            {QStringLiteral("rotationDegrees"), video.rotationDegrees},
            {QStringLiteral("frameRateNumerator"), video.frameRateNumerator},
            {QStringLiteral("frameRateDenominator"), video.frameRateDenominator},
            {QStringLiteral("frameRate"), video.frameRate},
            {QStringLiteral("variableFrameRate"), video.variableFrameRate},
            {QStringLiteral("hasBFrames"), video.hasBFrames},
            {QStringLiteral("bitRate"), video.bitRate},
            {QStringLiteral("startUs"), video.startUs},
            {QStringLiteral("durationUs"), video.durationUs},
            {QStringLiteral("frameCount"), video.frameCount},
        });
    }
    return json;
}

MediaInfo MediaInfo::fromJson(const QJsonObject &json)
{
    MediaInfo info;
    info.container = json.value(QLatin1String("container")).toString();
    info.sizeBytes = int64Of(json, QLatin1String("sizeBytes"));
    info.startUs = int64Of(json, QLatin1String("startUs"));
    info.durationUs = int64Of(json, QLatin1String("durationUs"));
    info.bitRate = int64Of(json, QLatin1String("bitRate"));
    const QJsonObject video = json.value(QLatin1String("video")).toObject();
    if (!video.isEmpty()) {
        VideoStreamInfo &v = info.video;
        v.streamIndex = video.value(QLatin1String("streamIndex")).toInt(-1);
        v.codec = video.value(QLatin1String("codec")).toString();
        v.profile = video.value(QLatin1String("profile")).toString();
        v.pixelFormat = video.value(QLatin1String("pixelFormat")).toString();
        v.codedWidth = video.value(QLatin1String("codedWidth")).toInt();
        v.codedHeight = video.value(QLatin1String("codedHeight")).toInt();
        v.displayWidth = video.value(QLatin1String("displayWidth")).toInt();
        v.displayHeight = video.value(QLatin1String("displayHeight")).toInt();
        v.rotationDegrees = video.value(QLatin1String("rotationDegrees")).toInt();
        v.frameRateNumerator = video.value(QLatin1String("frameRateNumerator")).toInt();
        v.frameRateDenominator = video.value(QLatin1String("frameRateDenominator")).toInt();
        v.frameRate = video.value(QLatin1String("frameRate")).toDouble();
        v.variableFrameRate = video.value(QLatin1String("variableFrameRate")).toBool();
        v.hasBFrames = video.value(QLatin1String("hasBFrames")).toBool();
        v.bitRate = int64Of(video, QLatin1String("bitRate"));
        v.startUs = int64Of(video, QLatin1String("startUs"));
        v.durationUs = int64Of(video, QLatin1String("durationUs"));
        v.frameCount = int64Of(video, QLatin1String("frameCount"));
    }
    const QJsonArray audio = json.value(QLatin1String("audioTracks")).toArray();
    for (const QJsonValue &value : audio) {
        const QJsonObject track = value.toObject();
        AudioTrackInfo a;
        a.streamIndex = track.value(QLatin1String("streamIndex")).toInt(-1);
        a.codec = track.value(QLatin1String("codec")).toString();
        a.sampleRate = track.value(QLatin1String("sampleRate")).toInt();
        a.channels = track.value(QLatin1String("channels")).toInt();
        a.channelLayout = track.value(QLatin1String("channelLayout")).toString();
        a.language = track.value(QLatin1String("language")).toString();
        a.bitRate = int64Of(track, QLatin1String("bitRate"));
        a.startUs = int64Of(track, QLatin1String("startUs"));
        a.durationUs = int64Of(track, QLatin1String("durationUs"));
        info.audioTracks.append(a);
    }
    return info;
}

} // namespace ClipDesk::Media
