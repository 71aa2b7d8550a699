#include "requesttarget.h"

#include <QStringDecoder>

namespace ClipDesk::Server {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool startsWithCaseInsensitive(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

RequestTarget RequestTarget::invalid(QString error)
{
    RequestTarget target;
    target.error = std::move(error);
    return target;
}

RequestTarget RequestTarget::parse(QByteArrayView method, QByteArrayView target)
{
    RequestTarget result;
    if (target == "*") {
        if (method != "OPTIONS")
            return invalid(tr("The request target \"*\" is only allowed with OPTIONS."));
        result.path = QStringLiteral("*");
        return result;
    }

    QByteArray absoluteRest; // for absolute-form: "/" + what follows the authority
    QByteArrayView pathAndQuery = target;
    if (!target.startsWith('/')) {
        qsizetype schemeLength = 0;
        if (startsWithCaseInsensitive(target, "http://"))
            schemeLength = 7;
        else if (startsWithCaseInsensitive(target, "https://"))
            schemeLength = 8;
        else
            return invalid(tr("The request target must be a path or an absolute http(s) URL."));
        const QByteArrayView afterScheme = target.sliced(schemeLength);
        qsizetype authorityEnd = 0;
        while (authorityEnd < afterScheme.size() && afterScheme[authorityEnd] != '/'
               && afterScheme[authorityEnd] != '?' && afterScheme[authorityEnd] != '#')
            ++authorityEnd;
        const QByteArrayView rest = afterScheme.sliced(authorityEnd);
        if (!rest.startsWith('/'))
            absoluteRest.append('/');
        absoluteRest.append(rest);
        pathAndQuery = absoluteRest;
    }

    const qsizetype fragment = pathAndQuery.indexOf('#');
    if (fragment >= 0)
        pathAndQuery = pathAndQuery.first(fragment);
    const qsizetype question = pathAndQuery.indexOf('?');
    const QByteArrayView rawPath = question >= 0 ? pathAndQuery.first(question) : pathAndQuery;
    result.decodePath(rawPath);
    if (!result.isValid())
        return result;
    if (question >= 0)
        result.query = QUrlQuery(QString::fromUtf8(pathAndQuery.sliced(question + 1)));
    return result;
}

void RequestTarget::decodePath(QByteArrayView rawPath)
{
    QByteArray decoded;
    decoded.reserve(rawPath.size());
    for (qsizetype i = 0; i < rawPath.size(); ++i) {
        const char c = rawPath[i];
        if (c != '%') {
            decoded.append(c);
            continue;
        }
        const int high = i + 2 < rawPath.size() ? hexValue(rawPath[i + 1]) : -1;
        const int low = high >= 0 ? hexValue(rawPath[i + 2]) : -1;
        if (low < 0) {
            error = tr("The request path holds an invalid percent-encoding.");
            return;
        }
        const char byte = char(high * 16 + low);
        if (byte == '/' || byte == '\0') {
            error = tr("The request path may not encode \"/\" or NUL.");
            return;
        }
        decoded.append(byte);
        i += 2;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    path = utf8.decode(decoded);
    if (utf8.hasError())
        error = tr("The request path is not valid UTF-8.");
}

} // namespace ClipDesk::Server
