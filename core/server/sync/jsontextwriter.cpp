#include "jsontextwriter.h"

namespace ClipDesk::Server {

void JsonTextWriter::separate()
{
    if (m_needsComma)
        m_out += ',';
}

void JsonTextWriter::beginObject()
{
    separate();
    m_out += '{';
    m_needsComma = false;
}

void JsonTextWriter::endObject()
{
    m_out += '}';
    m_needsComma = true;
}

void JsonTextWriter::beginArray()
{
    separate();
    m_out += '[';
    m_needsComma = false;
}

void JsonTextWriter::endArray()
{
    m_out += ']';
    m_needsComma = true;
}

void JsonTextWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_needsComma = false;
}

void JsonTextWriter::value(const QString &text)
{
    separate();
    appendString(m_out, text);
    m_needsComma = true;
}

void JsonTextWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    m_needsComma = true;
}

void JsonTextWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    m_needsComma = true;
}

void JsonTextWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &item : list)
        value(item);
    endArray();
}

void JsonTextWriter::raw(const QByteArray &json)
{
    separate();
    m_out += json;
    m_needsComma = true;
}

void JsonTextWriter::appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (byte < 0x20 || byte == 0x7f) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace ClipDesk::Server
