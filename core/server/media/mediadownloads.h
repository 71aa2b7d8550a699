#pragma once

#include "mediaaccess.h"
#include "server/auth/authenticateduser.h"
#include "server/http/httprequest.h"
#include "server/http/httpresponse.h"
#include "storage/clipmediarepository.h"

#include <QCoreApplication>

#include <functional>

namespace ClipDesk::Storage {
class ContentStore;
class Database;
}

namespace ClipDesk::Server {

// GET (and HEAD) /api/v1/media/{sha256} and /api/v1/media/{sha256}/thumbnail for uploaded
// clip files: streamed from the ContentStore, single HTTP ranges (206, 416), Accept-Ranges,
// ETag = the SHA-256 (If-None-Match → 304, If-Range), readable by the people MediaAccess
// names; everyone else is told the file does not exist. A hash that is not a clip file goes to
// `fallback` (profile images share the URL space).
class MediaDownloads final
{
    Q_DECLARE_TR_FUNCTIONS(MediaDownloads)

public:
    using Fallback = std::function<void(const HttpRequest &, HttpResponder)>;

    MediaDownloads(Storage::Database &db, Storage::ContentStore &store, Fallback fallback);
    Q_DISABLE_COPY_MOVE(MediaDownloads)

    void serveMedia(const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond);
    void serveThumbnail(const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond);

    // The response for `size` bytes of the object `sha256` at `path`, honouring Range,
    // If-Range and If-None-Match.
    static HttpResponse fileResponse(const HttpRequest &request, const QString &path, const QString &sha256,
                                     const QByteArray &contentType);
    // "video/mp4" and friends from the FFmpeg container name of a probe.
    static QByteArray contentTypeOf(const QString &container);

private:
    // The clip media the user may read, or the response that refuses (nullopt: not a clip file).
    std::optional<std::expected<Storage::ClipMediaRecord, HttpResponse>> readable(const AuthenticatedUser &user,
                                                                                 const QString &sha256);

    Storage::ClipMediaRepository m_media;
    MediaAccess m_access;
    Storage::ContentStore &m_store;
    Fallback m_fallback;
};

} // namespace ClipDesk::Server
