#pragma once

// Owning handles for FFmpeg objects, so every early return frees what was allocated.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <memory>

namespace ClipDesk::Media {

struct InputFormatCloser
{
    void operator()(AVFormatContext *context) const { avformat_close_input(&context); }
};
// An opened input (avformat_open_input); see openInput() in mediainput.h.
using InputFormatHandle = std::unique_ptr<AVFormatContext, InputFormatCloser>;

struct OutputFormatCloser
{
    void operator()(AVFormatContext *context) const
    {
        if (context && context->pb && !(context->oformat->flags & AVFMT_NOFILE))
            avio_closep(&context->pb);
        avformat_free_context(context);
    }
};
// An output muxer context (avformat_alloc_output_context2); closes its file too.
using OutputFormatHandle = std::unique_ptr<AVFormatContext, OutputFormatCloser>;

struct CodecContextDeleter
{
    void operator()(AVCodecContext *context) const { avcodec_free_context(&context); }
};
using CodecContextHandle = std::unique_ptr<AVCodecContext, CodecContextDeleter>;

struct FrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
using FrameHandle = std::unique_ptr<AVFrame, FrameDeleter>;

struct PacketDeleter
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
using PacketHandle = std::unique_ptr<AVPacket, PacketDeleter>;

struct SwsContextDeleter
{
    void operator()(SwsContext *context) const { sws_freeContext(context); }
};
using SwsContextHandle = std::unique_ptr<SwsContext, SwsContextDeleter>;

struct SwrContextDeleter
{
    void operator()(SwrContext *context) const { swr_free(&context); }
};
using SwrContextHandle = std::unique_ptr<SwrContext, SwrContextDeleter>;

struct FilterGraphDeleter
{
    void operator()(AVFilterGraph *graph) const { avfilter_graph_free(&graph); }
};
using FilterGraphHandle = std::unique_ptr<AVFilterGraph, FilterGraphDeleter>;

inline FrameHandle allocateFrame() { return FrameHandle(av_frame_alloc()); }
inline PacketHandle allocatePacket() { return PacketHandle(av_packet_alloc()); }

} // namespace ClipDesk::Media
