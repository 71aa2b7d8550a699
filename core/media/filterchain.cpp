#include "filterchain.h"

#include "averror.h"
#include "mediatr.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
}

namespace ClipDesk::Media {

namespace {

struct FilterInOutDeleter
{
    void operator()(AVFilterInOut *inOut) const { avfilter_inout_free(&inOut); }
};
using FilterInOutHandle = std::unique_ptr<AVFilterInOut, FilterInOutDeleter>;

Error filterError(const QString &description, int averror)
{
    return mediaError(MediaErrorCode::Unsupported, Tr::tr("Cannot set up the filters \"%1\"").arg(description), averror);
}

} // namespace

Result<FilterChain> FilterChain::create(Kind kind, const QString &sourceArguments, const QString &description)
{
    return build(kind, &sourceArguments, description);
}

Result<FilterChain> FilterChain::createGenerator(Kind kind, const QString &description)
{
    if (description.isEmpty())
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported), Tr::tr("A generator needs a source filter."));
    return build(kind, nullptr, description);
}

Result<FilterChain> FilterChain::build(Kind kind, const QString *sourceArguments, const QString &description)
{
    FilterChain chain;
    chain.m_graph.reset(avfilter_graph_alloc());
    if (!chain.m_graph)
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported), Tr::tr("Out of memory."));
    const bool video = kind == Kind::Video;
    int error = 0;
    if (sourceArguments) {
        const QByteArray arguments = sourceArguments->toUtf8();
        error = avfilter_graph_create_filter(&chain.m_source, avfilter_get_by_name(video ? "buffer" : "abuffer"), "in",
                                             arguments.constData(), nullptr, chain.m_graph.get());
        if (error < 0)
            return std::unexpected(filterError(*sourceArguments, error));
    }
    error = avfilter_graph_create_filter(&chain.m_sink, avfilter_get_by_name(video ? "buffersink" : "abuffersink"), "out",
                                         nullptr, nullptr, chain.m_graph.get());
    if (error < 0)
        return std::unexpected(filterError(description, error));

    FilterInOutHandle outputs(chain.m_source ? avfilter_inout_alloc() : nullptr);
    FilterInOutHandle inputs(avfilter_inout_alloc());
    if ((chain.m_source && !outputs) || !inputs)
        return failure(QString::fromLatin1(MediaErrorCode::Unsupported), Tr::tr("Out of memory."));
    if (outputs) {
        outputs->name = av_strdup("in");
        outputs->filter_ctx = chain.m_source;
    }
    inputs->name = av_strdup("out");
    inputs->filter_ctx = chain.m_sink;
    AVFilterInOut *openInputs = inputs.release();
    AVFilterInOut *openOutputs = outputs.release();
    const QByteArray filters = (description.isEmpty() ? QString::fromLatin1(video ? "null" : "anull") : description).toUtf8();
    error = avfilter_graph_parse_ptr(chain.m_graph.get(), filters.constData(), &openInputs, &openOutputs, nullptr);
    avfilter_inout_free(&openInputs);
    avfilter_inout_free(&openOutputs);
    if (error < 0)
        return std::unexpected(filterError(description, error));
    error = avfilter_graph_config(chain.m_graph.get(), nullptr);
    if (error < 0)
        return std::unexpected(filterError(description, error));
    return chain;
}

Status FilterChain::push(AVFrame *frame)
{
    if (!m_source) {
        if (frame)
            av_frame_unref(frame);
        return failure(QString::fromLatin1(MediaErrorCode::EncodeFailed), Tr::tr("A generator takes no frames."));
    }
    const int error = av_buffersrc_add_frame_flags(m_source, frame, AV_BUFFERSRC_FLAG_KEEP_REF);
    if (frame)
        av_frame_unref(frame);
    if (error < 0)
        return std::unexpected(mediaError(MediaErrorCode::EncodeFailed, Tr::tr("Cannot filter the media"), error));
    return {};
}

int FilterChain::pull(AVFrame *frame)
{
    return av_buffersink_get_frame(m_sink, frame);
}

} // namespace ClipDesk::Media
