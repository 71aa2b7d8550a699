#include "mediadownloads.h"

#include "byterange.h"
#include "storage/contentstore.h"
#include "uploadlog.h"

#include <QFile>

namespace ClipDesk::Server {

namespace {

HttpResponse notFound()
{
    return HttpResponse::error(404, QString::fromLatin1(ErrorCode::NotFound), MediaDownloads::tr("There is no file with this id."));
}

} // namespace

MediaDownloads::MediaDownloads(Storage::Database &db, Storage::ContentStore &store, Fallback fallback)
    : m_media(db)
    , m_access(db)
    , m_store(store)
    , m_fallback(std::move(fallback))
{
}

QByteArray MediaDownloads::contentTypeOf(const QString &container)
{
    if (container.contains(u"mp4") || container.contains(u"mov"))
        return QByteArrayLiteral("video/mp4");
    if (container.contains(u"webm") || container.contains(u"matroska"))
        return QByteArrayLiteral("video/webm");
    return QByteArrayLiteral("application/octet-stream");
}

std::optional<std::expected<Storage::ClipMediaRecord, HttpResponse>> MediaDownloads::readable(const AuthenticatedUser &user,
                                                                                               const QString &sha256)
{
    using Answer = std::expected<Storage::ClipMediaRecord, HttpResponse>;
    if (!Storage::ContentStore::isValidSha256(sha256))
        return Answer(std::unexpected(notFound()));
    auto media = m_media.find(sha256);
    if (!media) {
        qCWarning(lcUploads) << "cannot look up clip media" << sha256 << media.error().message;
        return Answer(std::unexpected(HttpResponse::error(500, QString::fromLatin1(ErrorCode::Internal),
                                                          tr("The server could not complete the request. Try again later."))));
    }
    if (!media->has_value())
        return std::nullopt;
    auto allowed = m_access.mayRead(user, **media);
    if (!allowed) {
        qCWarning(lcUploads) << "cannot check access to" << sha256 << allowed.error().message;
        return Answer(std::unexpected(HttpResponse::error(500, QString::fromLatin1(ErrorCode::Internal),
                                                          tr("The server could not complete the request. Try again later."))));
    }
    if (!*allowed || (*media)->status != Storage::ClipMediaRecord::Status::Ready)
        return Answer(std::unexpected(notFound()));
    return Answer(**media);
}

void MediaDownloads::serveMedia(const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond)
{
    const QString sha256 = request.pathParams.value(QStringLiteral("sha256"));
    auto media = readable(user, sha256);
    if (!media)
        return m_fallback(request, std::move(respond));
    if (!*media)
        return respond(media->error());
    respond(fileResponse(request, m_store.pathFor(sha256), sha256,
                         contentTypeOf((*media)->probe.value(QStringLiteral("container")).toString())));
}

void MediaDownloads::serveThumbnail(const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond)
{
    auto media = readable(user, request.pathParams.value(QStringLiteral("sha256")));
    if (!media)
        return respond(notFound());
    if (!*media)
        return respond(media->error());
    const QString thumbnail = (*media)->thumbnailSha256;
    if (!Storage::ContentStore::isValidSha256(thumbnail))
        return respond(notFound());
    respond(fileResponse(request, m_store.pathFor(thumbnail), thumbnail, QByteArrayLiteral("image/jpeg")));
}

HttpResponse MediaDownloads::fileResponse(const HttpRequest &request, const QString &path, const QString &sha256,
                                          const QByteArray &contentType)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        qCWarning(lcUploads) << "cannot open" << path << file->errorString();
        return notFound();
    }
    const qint64 size = file->size();
    const QByteArray etag = '"' + sha256.toLatin1() + '"';
    HttpResponse response;
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
    // Content-addressed: the bytes behind a hash never change.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, max-age=31536000, immutable"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty() && (ifNoneMatch == etag || ifNoneMatch.trimmed() == "*")) {
        response.status = 304;
        return response;
    }
    response.setHeader(QByteArrayLiteral("Content-Type"), contentType);

    ByteRange range{ByteRange::Kind::Whole, 0, size};
    const QByteArray ifRange = request.header("if-range");
    if (ifRange.isEmpty() || ifRange == etag)
        range = ByteRange::resolve(request.header("range"), size);
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        HttpResponse refused = HttpResponse::error(416, QStringLiteral("range_not_satisfiable"),
                                                   tr("The requested range is outside the file of %1 bytes.").arg(size));
        refused.setHeader(QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size));
        refused.setHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
        return refused;
    }
    if (range.kind == ByteRange::Kind::Partial) {
        response.status = 206;
        response.setHeader(QByteArrayLiteral("Content-Range"), "bytes " + QByteArray::number(range.offset) + '-'
                                                                   + QByteArray::number(range.offset + range.length - 1) + '/'
                                                                   + QByteArray::number(size));
    } else {
        response.status = 200;
    }
    response.bodyFile = std::move(file);
    response.bodyFileOffset = range.offset;
    response.bodyFileLength = range.length;
    return response;
}

} // namespace ClipDesk::Server
