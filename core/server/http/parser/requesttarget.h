#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QUrlQuery>

namespace ClipDesk::Server {

// The request target of an HTTP/1.x request line, split into a decoded path and a query.
//
// Accepted forms: origin-form ("/a/b?x=1"), absolute-form ("http://host/a?x=1", the
// authority is ignored) and "*" for OPTIONS. The path is percent-decoded; a path that does not
// decode to valid UTF-8, or that contains an encoded "/" (%2F) or NUL (%00), is rejected, so
// that a decoded path always splits into the same segments as the raw one.
struct RequestTarget
{
    Q_DECLARE_TR_FUNCTIONS(RequestTarget)

public:
    QString path;
    QUrlQuery query;
    QString error; // why the target was rejected; empty when valid

    bool isValid() const { return error.isEmpty(); }

    // (No std::expected here: this library is also built by clang 14 for fuzzing, whose
    // libstdc++ <expected> is unavailable.)
    static RequestTarget parse(QByteArrayView method, QByteArrayView target);

private:
    static RequestTarget invalid(QString error);
    // Percent-decodes a path into `path`, or sets `error`.
    void decodePath(QByteArrayView rawPath);
};

} // namespace ClipDesk::Server
