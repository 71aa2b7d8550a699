#include "mediainput.h"

#include "averror.h"
#include "mediatr.h"

extern "C" {
#include <libavutil/dict.h>
}

namespace ClipDesk::Media {

Result<InputFormatHandle> openInput(const QString &path)
{
    AVDictionary *options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    AVFormatContext *raw = nullptr;
    const QByteArray encodedPath = path.toUtf8();
    int error = avformat_open_input(&raw, encodedPath.constData(), nullptr, &options);
    av_dict_free(&options);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::OpenFailed, Tr::tr("Cannot open \"%1\"").arg(path), error));
    InputFormatHandle input(raw);
    error = avformat_find_stream_info(input.get(), nullptr);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::OpenFailed, Tr::tr("Cannot read the streams of \"%1\"").arg(path), error));
    return input;
}

Result<int> findVideoStream(AVFormatContext *input)
{
    const int best = av_find_best_stream(input, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (best >= 0 && !(input->streams[best]->disposition & AV_DISPOSITION_ATTACHED_PIC))
        return best;
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVStream *stream = input->streams[i];
        if (stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO && !(stream->disposition & AV_DISPOSITION_ATTACHED_PIC))
            return int(i);
    }
    return failure(QString::fromLatin1(MediaErrorCode::NoVideo), Tr::tr("The file has no video stream."));
}

Result<CodecContextHandle> openDecoder(const AVStream *stream, int threadCount)
{
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported),
                       Tr::tr("No decoder for the codec \"%1\".").arg(QString::fromLatin1(avcodec_get_name(stream->codecpar->codec_id))));
    CodecContextHandle context(avcodec_alloc_context3(codec));
    if (!context)
        return failure(QString::fromLatin1(MediaErrorCode::DecodeFailed), Tr::tr("Out of memory."));
    int error = avcodec_parameters_to_context(context.get(), stream->codecpar);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot configure the decoder"), error));
    context->pkt_timebase = stream->time_base;
    context->thread_count = threadCount;
    error = avcodec_open2(context.get(), codec, nullptr);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::DecodeFailed, Tr::tr("Cannot open the decoder"), error));
    return context;
}

} // namespace ClipDesk::Media
