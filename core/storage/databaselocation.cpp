#include "storage/databaselocation.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace ClipDesk::Storage {

namespace {

const QString DefaultPostgresDatabase = QStringLiteral("clipdesk");
const QString DefaultPostgresHost = QStringLiteral("localhost");

// libpq options that may be given in the URL query; anything else is refused.
const QStringList AllowedPostgresOptions = {
    QStringLiteral("sslmode"),      QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),       QStringLiteral("sslcrl"),          QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
};

std::unexpected<Error> invalidSpec(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

bool isSafeOptionValue(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@+-]+$"));
    return safe.match(value).hasMatch();
}

Result<DatabaseLocation> parseSqlite(const QString &spec, const QString &dataDir)
{
    DatabaseLocation location;
    location.backend = Backend::Sqlite;
    if (spec.compare(QLatin1String("sqlite"), Qt::CaseInsensitive) == 0) {
        if (dataDir.isEmpty())
            return invalidSpec(DatabaseLocation::tr("No data directory is set for the SQLite database."));
        location.sqlitePath = QDir::cleanPath(QDir(dataDir).absoluteFilePath(QStringLiteral("clipdesk.db")));
        return location;
    }
    QString path = spec.mid(int(qstrlen("sqlite:")));
    if (path.startsWith(QLatin1String("///")))
        path = path.mid(2); // sqlite:///abs/path.db
    if (path.isEmpty() || !QDir::isAbsolutePath(path) || path.endsWith(QLatin1Char('/')))
        return invalidSpec(DatabaseLocation::tr("The SQLite database must be given as an absolute file path, "
                                                "as in \"sqlite:/var/lib/clipdesk/clipdesk.db\"."));
    location.sqlitePath = QDir::cleanPath(path);
    return location;
}

Result<DatabaseLocation> parsePostgres(const QString &spec)
{
    const QUrl url(spec, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return invalidSpec(DatabaseLocation::tr("The PostgreSQL URL is malformed; expected "
                                                "postgresql://user:password@host:port/dbname."));
    if (url.hasFragment())
        return invalidSpec(DatabaseLocation::tr("The PostgreSQL URL must not contain a fragment (#...)."));

    DatabaseLocation location;
    location.backend = Backend::Postgres;
    location.host = url.host(QUrl::FullyDecoded);
    if (location.host.isEmpty())
        location.host = DefaultPostgresHost;
    location.port = url.port(DatabaseLocation::DefaultPostgresPort);
    if (location.port <= 0 || location.port > 65535)
        return invalidSpec(DatabaseLocation::tr("The PostgreSQL port must be between 1 and 65535."));
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);

    QString name = url.path(QUrl::FullyDecoded);
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    if (name.contains(QLatin1Char('/')))
        return invalidSpec(DatabaseLocation::tr("The PostgreSQL URL names more than one database path segment."));
    location.databaseName = name.isEmpty() ? DefaultPostgresDatabase : name;

    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!AllowedPostgresOptions.contains(key))
            return invalidSpec(DatabaseLocation::tr("Unsupported PostgreSQL option \"%1\".").arg(key));
        if (!isSafeOptionValue(value))
            return invalidSpec(DatabaseLocation::tr("The PostgreSQL option \"%1\" has an invalid value.").arg(key));
        options.append(key + QLatin1Char('=') + value);
    }
    location.connectOptions = options.join(QLatin1Char(';'));
    return location;
}

} // namespace

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &spec, const QString &dataDir)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.compare(QLatin1String("sqlite"), Qt::CaseInsensitive) == 0
        || trimmed.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        return parseSqlite(trimmed, dataDir);
    if (trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return parsePostgres(trimmed);
    return invalidSpec(tr("Unrecognized database \"--db\" value; expected \"sqlite\", \"sqlite:/path/to/file.db\" "
                          "or \"postgresql://user:password@host:port/dbname\"."));
}

QString DatabaseLocation::describe() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("postgresql://") + (user.isEmpty() ? QString() : user + QLatin1Char('@')) + hostPart
        + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
}

} // namespace ClipDesk::Storage
