#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ClipDesk::Server {

// Writes compact JSON text straight into a byte buffer: the hot path of pulls, where building
// a QJsonObject per row and serializing it costs several times more than the database read.
// The caller writes keys in the order it wants (SyncRows writes them sorted, as
// QJsonDocument does) and is responsible for well-formed nesting.
class JsonTextWriter final
{
public:
    explicit JsonTextWriter(QByteArray &out)
        : m_out(out)
    {
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // `name` is plain ASCII without characters that need escaping.
    void key(const char *name);

    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void value(const QStringList &list);
    // Already serialized JSON (an object or array from QJsonDocument, say).
    void raw(const QByteArray &json);

    static void appendString(QByteArray &out, const QString &text);

private:
    void separate();

    QByteArray &m_out;
    bool m_needsComma = false;
};

} // namespace ClipDesk::Server
