#include "httprequesthead.h"

namespace ClipDesk::Server {

QByteArray HttpRequestHead::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> HttpRequestHead::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

QByteArray HttpRequestHead::bearerToken() const
{
    const QByteArray authorization = header("authorization");
    constexpr QByteArrayView scheme("bearer ");
    if (authorization.size() <= scheme.size()
        || QByteArrayView(authorization).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return {};
    return authorization.mid(scheme.size()).trimmed();
}

} // namespace ClipDesk::Server
