#include "mp4output.h"

#include "averror.h"
#include "mediatr.h"

extern "C" {
#include <libavutil/dict.h>
}

#include <cstring>

namespace ClipDesk::Media {

Mp4Output::Mp4Output(QString path, OutputFormatHandle context)
    : m_path(std::move(path))
    , m_context(std::move(context))
{
}

Result<std::unique_ptr<Mp4Output>> Mp4Output::create(const QString &path, const AVFormatContext *input)
{
    AVFormatContext *raw = nullptr;
    const QByteArray encodedPath = path.toUtf8();
    const int error = avformat_alloc_output_context2(&raw, nullptr, "mp4", encodedPath.constData());
    if (error < 0 || !raw)
        return std::unexpected(mediaError(MediaErrorCode::WriteFailed, Tr::tr("Cannot create an MP4 file"), error));
    OutputFormatHandle context(raw);
    if (input)
        av_dict_copy(&context->metadata, input->metadata, 0);
    return std::unique_ptr<Mp4Output>(new Mp4Output(path, std::move(context)));
}

Result<AVStream *> Mp4Output::addStream(const AVStream *input, bool keepSideData)
{
    AVStream *stream = avformat_new_stream(m_context.get(), nullptr);
    if (!stream)
        return failure(QString::fromLatin1(MediaErrorCode::WriteFailed), Tr::tr("Out of memory."));
    if (!input)
        return stream;
    av_dict_copy(&stream->metadata, input->metadata, 0);
    stream->disposition = input->disposition;
    stream->time_base = input->time_base;
    if (keepSideData) {
        for (int i = 0; i < input->nb_side_data; ++i) {
            const AVPacketSideData &sideData = input->side_data[i];
            uint8_t *copy = av_stream_new_side_data(stream, sideData.type, sideData.size);
            if (!copy)
                return failure(QString::fromLatin1(MediaErrorCode::WriteFailed), Tr::tr("Out of memory."));
            std::memcpy(copy, sideData.data, sideData.size);
        }
    }
    return stream;
}

Status Mp4Output::writeHeader(qint64 reservedMoovBytes)
{
    const QByteArray encodedPath = m_path.toUtf8();
    int error = avio_open(&m_context->pb, encodedPath.constData(), AVIO_FLAG_WRITE);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::WriteFailed, Tr::tr("Cannot create \"%1\"").arg(m_path), error));
    AVDictionary *options = nullptr;
    if (reservedMoovBytes > 0)
        av_dict_set_int(&options, "moov_size", reservedMoovBytes, 0);
    else
        av_dict_set(&options, "movflags", "+faststart", 0);
    error = avformat_write_header(m_context.get(), &options);
    av_dict_free(&options);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::WriteFailed, Tr::tr("Cannot start writing \"%1\"").arg(m_path), error));
    return {};
}

Status Mp4Output::writePacket(AVPacket *packet)
{
    const int error = av_interleaved_write_frame(m_context.get(), packet);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::WriteFailed, Tr::tr("Cannot write \"%1\"").arg(m_path), error));
    return {};
}

Status Mp4Output::finish()
{
    int error = av_write_trailer(m_context.get());
    if (error >= 0)
        error = avio_closep(&m_context->pb);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::WriteFailed, Tr::tr("Cannot finish \"%1\"").arg(m_path), error));
    return {};
}

} // namespace ClipDesk::Media
