#include "sync/rowtextscanner.h"

namespace ClipDesk::Sync {

namespace {

// A cursor over JSON text that steps over whole values without decoding them.
class JsonCursor
{
public:
    explicit JsonCursor(QByteArrayView text) : m_text(text) {}

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    // Consumes `c` (after white space); false when something else comes.
    bool take(char c)
    {
        skipSpace();
        if (atEnd() || m_text.at(m_pos) != c)
            return false;
        ++m_pos;
        return true;
    }

    bool peek(char c)
    {
        skipSpace();
        return !atEnd() && m_text.at(m_pos) == c;
    }

    // A string token; returns its raw text between the quotes (escapes left as they are).
    std::optional<QByteArrayView> string()
    {
        if (!take('"'))
            return std::nullopt;
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return m_text.sliced(start, m_pos - 1 - start);
        }
        return std::nullopt;
    }

    // Steps over one value of any kind.
    bool skipValue()
    {
        skipSpace();
        if (atEnd())
            return false;
        const char first = m_text.at(m_pos);
        if (first == '"')
            return string().has_value();
        if (first != '{' && first != '[') {
            while (!atEnd() && !QByteArrayView(",}] \n\r\t").contains(m_text.at(m_pos)))
                ++m_pos;
            return true;
        }
        int depth = 0;
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

    QByteArrayView since(qsizetype start) const { return m_text.sliced(start, m_pos - start); }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

// The "row" value of one change object; an empty view when it has none.
std::optional<QByteArrayView> rowOfChange(JsonCursor &cursor)
{
    if (!cursor.take('{'))
        return std::nullopt;
    QByteArrayView row;
    if (cursor.take('}'))
        return row;
    do {
        const auto key = cursor.string();
        if (!key || !cursor.take(':'))
            return std::nullopt;
        cursor.skipSpace();
        const qsizetype start = cursor.position();
        if (!cursor.skipValue())
            return std::nullopt;
        if (*key == QByteArrayView("row"))
            row = cursor.since(start);
    } while (cursor.take(','));
    if (!cursor.take('}'))
        return std::nullopt;
    return row;
}

} // namespace

std::optional<QList<QByteArrayView>> RowTextScanner::rowTexts(QByteArrayView pageJson)
{
    JsonCursor cursor(pageJson);
    if (!cursor.take('{'))
        return std::nullopt;
    do {
        const auto key = cursor.string();
        if (!key || !cursor.take(':'))
            return std::nullopt;
        if (*key != QByteArrayView("changes")) {
            if (!cursor.skipValue())
                return std::nullopt;
            continue;
        }
        if (!cursor.take('['))
            return std::nullopt;
        QList<QByteArrayView> rows;
        if (cursor.take(']'))
            return rows;
        do {
            const auto row = rowOfChange(cursor);
            if (!row)
                return std::nullopt;
            rows.append(*row);
        } while (cursor.take(','));
        if (!cursor.take(']'))
            return std::nullopt;
        return rows;
    } while (cursor.take(','));
    return std::nullopt;
}

} // namespace ClipDesk::Sync
