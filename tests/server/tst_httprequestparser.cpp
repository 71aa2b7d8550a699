// HttpRequestParser on its own: the head and trailer caps give the same answer however the
// stream is split (one piece, byte by byte), and requests after a chunked body still parse.
#include "server/http/parser/httprequestparser.h"

#include <QTest>

using ClipDesk::Server::HttpRequestParser;

namespace {

struct Outcome
{
    QByteArrayList events;
    QByteArray body;
};

// Feeds `stream` in pieces of `pieceSize` bytes (0 = all at once) and records what happened.
Outcome parse(const QByteArray &stream, qint64 maxHeaderBytes, qsizetype pieceSize)
{
    HttpRequestParser parser(maxHeaderBytes);
    Outcome outcome;
    QByteArray pending;
    qsizetype delivered = 0;
    bool kick = false;
    while (true) {
        if (pending.isEmpty() && !kick) {
            if (delivered >= stream.size())
                return outcome;
            const qsizetype size = pieceSize == 0 ? stream.size() : pieceSize;
            pending = stream.mid(delivered, size);
            delivered += pending.size();
        }
        kick = false;
        const HttpRequestParser::Step step = parser.feed(pending);
        for (const QByteArrayView piece : step.body)
            outcome.body.append(piece);
        pending.remove(0, step.consumed);
        switch (step.event) {
        case HttpRequestParser::Event::NeedMoreData:
            break;
        case HttpRequestParser::Event::HeadComplete:
            outcome.events << QByteArray("head " + parser.head().path.toUtf8());
            parser.acceptBody(1024);
            kick = true;
            break;
        case HttpRequestParser::Event::MessageComplete:
            outcome.events << "complete";
            break;
        case HttpRequestParser::Event::Upgrade:
            outcome.events << "upgrade";
            return outcome;
        case HttpRequestParser::Event::Error:
            outcome.events << QByteArray("error " + QByteArray::number(parser.error().status));
            return outcome;
        }
    }
}

const QByteArray ChunkedHead = "POST /upload HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void outcomeDoesNotDependOnSplitting_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<qint64>("maxHeaderBytes");
        QTest::addColumn<QByteArrayList>("events");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("two pipelined GETs")
            << QByteArray("GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n") << qint64(1024)
            << QByteArrayList{"head /a", "complete", "head /b", "complete"} << QByteArray();
        QTest::newRow("head over the cap")
            << QByteArray("GET /a HTTP/1.1\r\nHost: h\r\nX-Long: " + QByteArray(100, 'x') + "\r\n\r\n") << qint64(64)
            << QByteArrayList{"error 431"} << QByteArray();
        QTest::newRow("chunked body with a small trailer, then another request")
            << QByteArray(ChunkedHead + "5\r\nhello\r\n0\r\nX-Sum: 1\r\n\r\nGET /next HTTP/1.1\r\nHost: h\r\n\r\n")
            << qint64(1024) << QByteArrayList{"head /upload", "complete", "head /next", "complete"} << QByteArray("hello");
        QTest::newRow("trailer over the cap")
            << QByteArray(ChunkedHead + "5\r\nhello\r\n0\r\nX-Sum: " + QByteArray(100, '1') + "\r\n\r\n") << qint64(80)
            << QByteArrayList{"head /upload", "error 431"} << QByteArray("hello");
        // Found by the fuzzer: a malformed trailer field longer than the cap was a 400 when it
        // arrived in one piece and a 431 when split. The cap now applies first, as for heads.
        QTest::newRow("malformed trailer longer than the cap")
            << QByteArray(ChunkedHead + "0\r\n" + QByteArray(120, '0') + "E4g\r\xff\xff\n") << qint64(80)
            << QByteArrayList{"head /upload", "error 431"} << QByteArray();
        QTest::newRow("malformed trailer within the cap")
            << QByteArray(ChunkedHead + "0\r\nBad Field\r\n\r\n") << qint64(80)
            << QByteArrayList{"head /upload", "error 400"} << QByteArray();
    }

    void outcomeDoesNotDependOnSplitting()
    {
        QFETCH(QByteArray, stream);
        QFETCH(qint64, maxHeaderBytes);
        QFETCH(QByteArrayList, events);
        QFETCH(QByteArray, body);
        for (const qsizetype pieceSize : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
            const Outcome outcome = parse(stream, maxHeaderBytes, pieceSize);
            QVERIFY2(outcome.events == events, QByteArray("pieces of " + QByteArray::number(pieceSize) + ": " + outcome.events.join(", ")).constData());
            QCOMPARE(outcome.body, body);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
