#pragma once

#include "avhandles.h"
#include "domain/error.h"

#include <QString>

namespace ClipDesk::Media {

// An MP4 file being written, with the moov atom at the front so players and platforms can
// start before the whole file is there: either written into space reserved at the start
// (when the caller can bound its size), or moved there when the file is finished (movflags
// +faststart, which rewrites the whole file once more).
class Mp4Output final
{
    Q_DISABLE_COPY_MOVE(Mp4Output)

public:
    // A muxer for `path` that carries over the container metadata of `input` (title, dates...).
    static Result<std::unique_ptr<Mp4Output>> create(const QString &path, const AVFormatContext *input);

    AVFormatContext *context() const { return m_context.get(); }

    // A new output stream with the metadata (language, handler), disposition and, when
    // `keepSideData`, the side data (display matrix = rotation) of `input`; a bare stream when
    // `input` is null (generated media), whose time base the caller sets.
    Result<AVStream *> addStream(const AVStream *input, bool keepSideData);

    // `reservedMoovBytes` > 0 reserves that much room for the moov atom; finish() then fails
    // if it does not fit (the caller writes the file again without a reservation).
    Status writeHeader(qint64 reservedMoovBytes = 0);
    // Takes ownership of the packet's data; `packet` must already be in the output stream's
    // time base.
    Status writePacket(AVPacket *packet);
    Status finish();

private:
    explicit Mp4Output(QString path, OutputFormatHandle context);

    QString m_path;
    OutputFormatHandle m_context;
};

} // namespace ClipDesk::Media
