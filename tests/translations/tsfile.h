#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ClipDesk::Tests {

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;     // no type="unfinished" / "vanished" / "obsolete"
    QStringList translations;  // one entry, or one per numerus form

    QString label() const { return context + u'|' + source; }
};

// Reads every message of a .ts file; an empty list and `error` set if it cannot be read.
QList<TsMessage> readTsFile(const QString &path, QString *error);

// "%1", "%2", "%n" … in a text, sorted and without duplicates ("%L1" counts as "%1").
QStringList placeholders(const QString &text);

// How many '&' accelerator markers a text has ("&&" and entities such as "&amp;" are not ones).
int acceleratorCount(const QString &text);

} // namespace ClipDesk::Tests
