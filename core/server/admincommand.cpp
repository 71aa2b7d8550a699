#include "admincommand.h"

#include "auth/accountcreation.h"
#include "auth/passwordhasher.h"
#include "serverconfig.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

namespace ClipDesk::Server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)
};

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

QString usage()
{
    return Tr::tr("Usage: clipdesk-server admin create --email EMAIL --username NAME [--data-dir DIR] [--db DB]\n"
                  "The password is read from the first line of standard input.");
}

// Options that take a value; the server-wide ones are accepted and ignored here.
const QStringList commandOptions = {QStringLiteral("email"), QStringLiteral("username")};
const QStringList serverOptions = {QStringLiteral("data-dir"), QStringLiteral("db"), QStringLiteral("config")};

struct Parsed
{
    QStringList words;
    QHash<QString, QString> options;
    QString error;
};

Parsed parse(const QStringList &args)
{
    Parsed parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            parsed.words.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (!commandOptions.contains(name) && !serverOptions.contains(name)) {
            parsed.error = Tr::tr("Unknown option --%1.").arg(name);
            return parsed;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                parsed.error = Tr::tr("The option --%1 needs a value.").arg(name);
                return parsed;
            }
            value = args.at(++i);
        }
        if (commandOptions.contains(name))
            parsed.options.insert(name, value);
    }
    return parsed;
}

int createAdmin(const Parsed &parsed, Storage::Database &db, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const QString email = parsed.options.value(QStringLiteral("email"));
    const QString username = parsed.options.value(QStringLiteral("username"));
    if (email.isEmpty() || username.isEmpty()) {
        err << Tr::tr("admin create needs --email and --username.") << '\n' << usage() << Qt::endl;
        return ExitUsage;
    }

    QString password = in.readLine();
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    const NewAccount account{email, username, password, Domain::Role::Admin};
    if (auto valid = AccountCreation::validate(account); !valid) {
        err << valid.error().message << Qt::endl;
        return ExitFailure;
    }

    auto hash = PasswordHasher::hashNow(password, PasswordHasher::Parameters{});
    if (!hash) {
        err << hash.error().message << Qt::endl;
        return ExitFailure;
    }
    auto user = AccountCreation::insert(db, account, *hash);
    if (!user) {
        err << user.error().message << Qt::endl;
        return ExitFailure;
    }
    out << Tr::tr("Created admin %1 <%2> (id %3).").arg(user->username, user->email, user->id) << Qt::endl;
    return ExitOk;
}

} // namespace

int runAdminCommand(const QStringList &args, Storage::Database &db, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const Parsed parsed = parse(args);
    if (!parsed.error.isEmpty()) {
        err << parsed.error << '\n' << usage() << Qt::endl;
        return ExitUsage;
    }
    if (parsed.words.size() == 1 && parsed.words.first() == u"create")
        return createAdmin(parsed, db, in, out, err);
    err << usage() << Qt::endl;
    return ExitUsage;
}

int runAdminCommandLine(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const QStringList args = arguments.mid(2);
    // The server's own options, handed to ServerConfig so that the same data directory,
    // database and config file are found as when the server runs.
    QStringList serverArguments{arguments.value(0)};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        for (const QString &option : serverOptions) {
            const QString flag = QStringLiteral("--") + option;
            if (arg == flag && i + 1 < args.size())
                serverArguments << arg << args.at(i + 1);
            else if (arg.startsWith(flag + QLatin1Char('=')))
                serverArguments << arg;
        }
    }
    const auto config = ServerConfig::fromArguments(serverArguments);
    if (!config) {
        err << config.error().message << Qt::endl;
        return ExitUsage;
    }
    if (!QDir().mkpath(config->dataDir)) {
        err << Tr::tr("Cannot create the data directory %1.").arg(config->dataDir) << Qt::endl;
        return ExitFailure;
    }
    auto location = Storage::DatabaseLocation::parse(config->database, config->dataDir);
    if (!location) {
        err << location.error().message << Qt::endl;
        return ExitUsage;
    }
    auto db = Storage::Database::open(*location, QStringLiteral("clipdesk-admin"));
    if (!db) {
        err << db.error().message << Qt::endl;
        return ExitFailure;
    }
    if (auto migrated = Storage::Migrator::migrate(**db); !migrated) {
        err << migrated.error().message << Qt::endl;
        return ExitFailure;
    }
    return runAdminCommand(args, **db, in, out, err);
}

} // namespace ClipDesk::Server
