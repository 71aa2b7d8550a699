#include "responsequeue.h"

#include "router.h"

#include <QIODevice>

namespace ClipDesk::Server {

ResponseQueue::Entry *ResponseQueue::find(quint64 id)
{
    for (Entry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

quint64 ResponseQueue::open(const HttpRequestHead &head)
{
    Entry entry;
    entry.id = m_nextId++;
    entry.closeAfter = !head.keepAlive;
    entry.headRequest = head.method == "HEAD";
    entry.keepAliveHeader = head.keepAlive && head.httpMinorVersion == 0;
    m_entries.append(std::move(entry));
    return m_entries.constLast().id;
}

bool ResponseQueue::answer(quint64 id, HttpResponse response)
{
    Entry *entry = find(id);
    if (!entry || entry->ready)
        return false;
    entry->response = std::move(response);
    entry->ready = true;
    entry->continuePending = false;
    return true;
}

void ResponseQueue::remove(quint64 id)
{
    m_entries.removeIf([id](const Entry &entry) { return entry.id == id; });
}

void ResponseQueue::closeAfter(quint64 id)
{
    if (Entry *entry = find(id))
        entry->closeAfter = true;
}

void ResponseQueue::continueWhenFirst(quint64 id)
{
    if (Entry *entry = find(id))
        entry->continuePending = true;
}

void ResponseQueue::keepSinkUntilWritten(quint64 id, std::shared_ptr<RequestBodySink> sink)
{
    if (Entry *entry = find(id))
        entry->sink = std::move(sink);
}

ResponseQueue::Output ResponseQueue::takeReady(quint64 readingBodyOf)
{
    Output output;
    while (!m_entries.isEmpty() && m_entries.constFirst().ready) {
        Entry done = m_entries.takeFirst();
        output.bytes += done.response.serialize(done.closeAfter, done.keepAliveHeader, done.headRequest);
        if (done.sink)
            output.writtenSinks.append(std::move(done.sink));
        const int status = done.response.status;
        const bool streamed = done.response.bodyFile && !done.headRequest && status >= 200 && status != 204 && status != 304
            && done.response.bodyFileLength > 0;
        if (streamed) {
            output.stream = std::move(done.response.bodyFile);
            output.streamOffset = done.response.bodyFileOffset;
            output.streamLength = done.response.bodyFileLength;
            output.closeConnection = done.closeAfter;
            if (done.closeAfter)
                m_entries.clear();
            return output;
        }
        if (done.closeAfter) {
            output.closeConnection = true;
            m_entries.clear();
            return output;
        }
    }
    if (!m_entries.isEmpty()) {
        Entry &front = m_entries.first();
        if (front.continuePending && front.id == readingBodyOf) {
            output.bytes += QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
            front.continuePending = false;
        }
    }
    return output;
}

} // namespace ClipDesk::Server
