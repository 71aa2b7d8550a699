#pragma once

#include "avhandles.h"
#include "domain/error.h"

#include <QString>

namespace ClipDesk::Media {

// A linear libavfilter graph: a buffer source, the filters of `description` (filtergraph
// syntax, may split and merge inside) and a buffer sink.
class FilterChain final
{
public:
    enum class Kind { Video, Audio };

    // `sourceArguments` configure the buffer/abuffer source ("video_size=...:pix_fmt=...").
    static Result<FilterChain> create(Kind kind, const QString &sourceArguments, const QString &description);
    // A graph that makes its own frames from source filters ("testsrc2=...,trim=duration=6",
    // "sine=...") and has no input: push() is not available, pull() until AVERROR_EOF.
    static Result<FilterChain> createGenerator(Kind kind, const QString &description);

    AVFilterContext *sink() const { return m_sink; }

    // Feeds one frame (nullptr: end of stream). The frame is taken over.
    Status push(AVFrame *frame);
    // 0 with a filtered frame, AVERROR(EAGAIN) when more input is needed, AVERROR_EOF at the
    // end, another negative AVERROR on failure.
    int pull(AVFrame *frame);

private:
    static Result<FilterChain> build(Kind kind, const QString *sourceArguments, const QString &description);

    FilterGraphHandle m_graph;
    AVFilterContext *m_source = nullptr;
    AVFilterContext *m_sink = nullptr;
};

} // namespace ClipDesk::Media
