#pragma once

#include <QStringList>
#include <QTextStream>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Server {

// `clipdesk-server admin ...`: administration on the command line, against a migrated database.
//
//   admin create --email E --username U   creates an admin account; the password is the first
//                                         line of standard input (never an argument, so it stays
//                                         out of shell history and process lists).
//
// `args` are the words after "admin". The server's own options (--data-dir, --db, --config
// and their values) may appear among them and are skipped. Returns the process exit code.
int runAdminCommand(const QStringList &args, Storage::Database &db, QTextStream &in, QTextStream &out, QTextStream &err);

// The whole `clipdesk-server admin ...` invocation for main(): `arguments` as in
// QCoreApplication::arguments(), with "admin" as the first argument after the program.
// Reads --data-dir, --db and --config like the server, opens and migrates the database,
// then runs runAdminCommand().
int runAdminCommandLine(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err);

} // namespace ClipDesk::Server
