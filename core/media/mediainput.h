#pragma once

#include "avhandles.h"
#include "domain/error.h"

#include <QString>

namespace ClipDesk::Media {

// Opens a local media file for reading and reads its stream information. Only the "file"
// protocol is allowed, so a hostile playlist cannot make FFmpeg open URLs or other files.
Result<InputFormatHandle> openInput(const QString &path);

// The index of the best video stream (attached pictures such as cover art are skipped),
// or a media_no_video Error.
Result<int> findVideoStream(AVFormatContext *input);

// A decoder opened for `stream` (threads = `threadCount`, 0 = FFmpeg's automatic choice).
Result<CodecContextHandle> openDecoder(const AVStream *stream, int threadCount = 0);

} // namespace ClipDesk::Media
