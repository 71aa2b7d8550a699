// libFuzzer target for HttpRequestParser (llhttp underneath).
//
// The first bytes of the input choose the limits and a seed; the rest is the byte stream a
// client sends. The stream is parsed twice, once in one piece and once split at pseudo-random
// points (as a socket would deliver it), and both runs must produce the same events, the same
// heads and the same bodies. Caps are checked too: no head over maxHeaderBytes is accepted and
// no body goes past the cap the caller set. Any mismatch aborts (a "crash" for libFuzzer).
#include "server/http/parser/httprequestparser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using ClipDesk::Server::HttpRequestParser;

namespace {

struct Limits
{
    qint64 maxHeaderBytes = 0;
    qint64 maxBodyBytes = 0;
    quint32 seed = 0;
};

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "http_request_fuzzer: invariant violated: %s\n", what);
        std::abort();
    }
}

// A small deterministic generator for the split points.
quint32 nextRandom(quint32 &state)
{
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

std::string describeHead(const HttpRequestParser &parser)
{
    const auto &head = parser.head();
    std::string text = "H " + head.method.toStdString() + ' ' + head.target.toStdString() + ' ' + head.path.toStdString();
    text += " cl=" + std::to_string(head.contentLength.value_or(-1)) + " chunked=" + std::to_string(head.chunked);
    text += " keepalive=" + std::to_string(head.keepAlive) + " upgrade=" + std::to_string(head.upgrade);
    text += " headers=" + std::to_string(head.headers.size()) + '\n';
    return text;
}

// Parses `stream`, delivered in pieces whose sizes come from `nextPiece` (0 = all at once).
std::string parse(const QByteArray &stream, const Limits &limits, quint32 splitSeed)
{
    HttpRequestParser parser(limits.maxHeaderBytes);
    std::string transcript;
    std::string body;      // body of the current message; how much of it arrives before an
                           // error depends on the split, so it is only logged once complete
    QByteArray buffered;   // delivered but not yet consumed
    qsizetype delivered = 0;
    qint64 bodyBytes = 0;
    quint32 random = splitSeed | 1;
    bool kick = false;     // feed once more without new bytes (after a head)

    for (int guard = 0; guard < 1'000'000; ++guard) {
        if (buffered.isEmpty() && !kick) {
            if (delivered >= stream.size())
                break;
            const qsizetype piece = splitSeed == 0 ? stream.size() - delivered
                                                   : 1 + qsizetype(nextRandom(random) % 97);
            buffered = stream.mid(delivered, piece);
            delivered += buffered.size();
        }
        kick = false;
        const HttpRequestParser::Step step = parser.feed(buffered);
        check(step.consumed >= 0 && step.consumed <= buffered.size(), "consumed within the fed data");
        for (const QByteArrayView piece : step.body) {
            check(piece.data() >= buffered.constData() && piece.data() + piece.size() <= buffered.constData() + step.consumed,
                  "body views point into the consumed bytes");
            bodyBytes += piece.size();
            body.append(piece.data(), size_t(piece.size()));
        }
        check(bodyBytes <= limits.maxBodyBytes, "body never exceeds the accepted cap");
        buffered.remove(0, step.consumed);

        switch (step.event) {
        case HttpRequestParser::Event::NeedMoreData:
            check(buffered.isEmpty(), "NeedMoreData consumes everything");
            break;
        case HttpRequestParser::Event::HeadComplete:
            check(parser.headBytesSeen() <= limits.maxHeaderBytes, "accepted heads respect the cap");
            check(parser.isWaitingForDecision(), "the parser waits after a head");
            transcript += describeHead(parser);
            bodyBytes = 0;
            if (!parser.acceptBody(limits.maxBodyBytes)) {
                check(parser.error().status == 413, "a refused declared length is a 413");
                transcript += "E 413 (declared)\n";
                return transcript;
            }
            kick = true;
            break;
        case HttpRequestParser::Event::MessageComplete:
            transcript += body + "\nC keepalive=" + std::to_string(parser.keepAlive()) + '\n';
            body.clear();
            break;
        case HttpRequestParser::Event::Upgrade:
            transcript += body + "\nU " + std::to_string(stream.size() - delivered + buffered.size()) + '\n';
            return transcript;
        case HttpRequestParser::Event::Error: {
            const int status = parser.error().status;
            check(status >= 400 && status <= 505, "errors carry an HTTP error status");
            check(!parser.error().message.isEmpty(), "errors explain themselves");
            transcript += "\nE " + std::to_string(status) + '\n';
            return transcript;
        }
        }
    }
    return transcript + body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    static constexpr qint64 headerCaps[] = {16, 64, 512, 64 * 1024};
    static constexpr qint64 bodyCaps[] = {0, 7, 1024, 1024 * 1024};
    Limits limits;
    limits.maxHeaderBytes = headerCaps[data[0] & 3];
    limits.maxBodyBytes = bodyCaps[data[1] & 3];
    limits.seed = quint32(data[2]) << 8 | data[3];
    const QByteArray stream(reinterpret_cast<const char *>(data + 4), qsizetype(size - 4));

    const std::string whole = parse(stream, limits, 0);
    const std::string split = parse(stream, limits, limits.seed + 1);
    if (whole != split) {
        std::fprintf(stderr, "whole:\n%s\n---- split:\n%s\n", whole.c_str(), split.c_str());
        check(false, "splitting the stream does not change the result");
    }
    return 0;
}
