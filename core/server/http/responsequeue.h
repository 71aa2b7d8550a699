#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace ClipDesk::Server {

class RequestBodySink;
struct HttpRequestHead;

// The answers a connection owes, in request order. Handlers may answer in any order (and
// asynchronously); only the answers at the front of the queue are ever written, so pipelined
// responses leave in the order their requests came in.
class ResponseQueue final
{
public:
    // Reserves the place of a request's answer. Returns its id.
    quint64 open(const HttpRequestHead &head);
    // Fills in an answer. False if the id is unknown or already answered.
    bool answer(quint64 id, HttpResponse response);
    void remove(quint64 id);
    void clear() { m_entries.clear(); }

    void closeAfter(quint64 id);
    // Sends "100 Continue" for this request as soon as it is at the front, unless answered first.
    void continueWhenFirst(quint64 id);
    // Keeps a body sink alive until the answer of its request has been written.
    void keepSinkUntilWritten(quint64 id, std::shared_ptr<RequestBodySink> sink);

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }

    struct Output
    {
        QByteArray bytes;                                   // to write, in order
        bool closeConnection = false;                       // the last answer written says "close"
        QList<std::shared_ptr<RequestBodySink>> writtenSinks;
        // The last answer in `bytes` has a body to stream from this file (HttpResponse::bodyFile);
        // nothing after it was taken.
        std::shared_ptr<QIODevice> stream;
        qint64 streamOffset = 0;
        qint64 streamLength = 0;
    };
    // Serializes every answer that is ready at the front (plus a due "100 Continue" for the
    // request whose body `readingBodyOf` is being read) and removes them from the queue. Stops
    // after an answer whose body is streamed from a file.
    Output takeReady(quint64 readingBodyOf);

private:
    struct Entry
    {
        quint64 id = 0;
        bool ready = false;
        bool closeAfter = false;
        bool headRequest = false;
        bool keepAliveHeader = false;
        bool continuePending = false;
        HttpResponse response;
        std::shared_ptr<RequestBodySink> sink;
    };
    Entry *find(quint64 id);

    QList<Entry> m_entries;
    quint64 m_nextId = 1;
};

} // namespace ClipDesk::Server
