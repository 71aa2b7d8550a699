#pragma once

#include "domain/error.h"

#include <QString>

namespace ClipDesk::Media {

namespace MediaErrorCode {
inline constexpr auto OpenFailed = "media_open_failed";      // missing, unreadable or not media
inline constexpr auto NoVideo = "media_no_video";            // no decodable video stream
inline constexpr auto Unsupported = "media_unsupported";     // codec/format we cannot handle
inline constexpr auto DecodeFailed = "media_decode_failed";
inline constexpr auto EncodeFailed = "media_encode_failed";
inline constexpr auto WriteFailed = "media_write_failed";
inline constexpr auto Cancelled = "cancelled";
} // namespace MediaErrorCode

// FFmpeg's text for an AVERROR code ("Invalid data found when processing input").
QString averrorText(int averror);

// An Error whose message is `context` followed by FFmpeg's explanation of `averror`.
Error mediaError(const char *code, const QString &context, int averror);

} // namespace ClipDesk::Media
