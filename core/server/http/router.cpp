#include "router.h"

namespace ClipDesk::Server {

namespace {

bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

} // namespace

void Router::add(Route route)
{
    auto compiled = std::make_shared<CompiledRoute>();
    compiled->segments = splitPath(route.pattern);
    compiled->route = std::move(route);
    m_routes.append(std::move(compiled));
}

QStringList Router::splitPath(const QString &path)
{
    QString trimmed = path;
    if (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    if (trimmed.startsWith(QLatin1Char('/')))
        trimmed.remove(0, 1);
    return trimmed.split(QLatin1Char('/'));
}

bool Router::matchSegments(const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &expected = pattern.at(i);
        if (isParameter(expected)) {
            if (path.at(i).isEmpty())
                return false;
            found.insert(expected.mid(1, expected.size() - 2), path.at(i));
        } else if (expected != path.at(i)) {
            return false;
        }
    }
    *params = std::move(found);
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    if (!path.startsWith(QLatin1Char('/')))
        return result;
    const QStringList segments = splitPath(path);
    const Route *getRoute = nullptr;
    QHash<QString, QString> getParams;
    for (const auto &compiled : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(compiled->segments, segments, &params))
            continue;
        const QByteArray &routeMethod = compiled->route.method;
        if (routeMethod == method) {
            result.route = &compiled->route;
            result.params = std::move(params);
            result.allowedMethods.clear();
            result.pathMatchedOtherMethod = false;
            return result;
        }
        if (method == "HEAD" && routeMethod == "GET" && !getRoute) {
            getRoute = &compiled->route;
            getParams = params;
        }
        if (!result.allowedMethods.contains(routeMethod))
            result.allowedMethods.append(routeMethod);
        if (routeMethod == "GET" && !result.allowedMethods.contains(QByteArrayLiteral("HEAD")))
            result.allowedMethods.append(QByteArrayLiteral("HEAD"));
    }
    if (getRoute) {
        result.route = getRoute;
        result.params = std::move(getParams);
        result.allowedMethods.clear();
        return result;
    }
    result.pathMatchedOtherMethod = !result.allowedMethods.isEmpty();
    return result;
}

QByteArray Router::allowHeader(const QList<QByteArray> &methods)
{
    return methods.join(", ");
}

} // namespace ClipDesk::Server
