#include "sync/clipduplicatecheck.h"

#include "net/apiclient.h"

#include <QJsonObject>

namespace ClipDesk::Sync {

void ClipDuplicateCheck::ask(Net::ApiClient &api, const DuplicateQuestion &question, QObject *context,
                             std::function<void(const DuplicateVerdict &)> done)
{
    QJsonObject body{{QStringLiteral("clip_id"), question.clipId}};
    if (!question.mediaSha256.isEmpty())
        body.insert(QStringLiteral("media_sha256"), question.mediaSha256);
    if (!question.fingerprint.isEmpty())
        body.insert(QStringLiteral("fingerprint"), QString::fromLatin1(question.fingerprint.toBase64()));
    Net::ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/campaigns/%1/duplicate-check").arg(question.campaignId);
    request.body = body;
    api.send(request, context, [done = std::move(done)](const Net::ApiResponse &response) {
        done(verdictFrom(response.httpStatus, response.json, response.errorMessage()));
    });
}

DuplicateVerdict ClipDuplicateCheck::verdictFrom(int httpStatus, const QJsonObject &json, const QString &error)
{
    DuplicateVerdict verdict;
    if (httpStatus != 200) {
        verdict.reason = error.isEmpty() ? tr("The server did not answer.") : error;
        return verdict;
    }
    const QString kind = json.value(QStringLiteral("duplicate")).toString();
    if (kind == u"none")
        verdict.outcome = DuplicateVerdict::Outcome::NoMatch;
    else if (kind == u"exact")
        verdict.outcome = DuplicateVerdict::Outcome::Exact;
    else if (kind == u"near")
        verdict.outcome = DuplicateVerdict::Outcome::Near;
    else
        verdict.reason = tr("The server's answer was not understood.");
    verdict.similarityPercent = json.value(QStringLiteral("similarity")).toInt();
    verdict.own = json.value(QStringLiteral("own")).toBool();
    verdict.ownClipId = json.value(QStringLiteral("clip_id")).toString();
    return verdict;
}

} // namespace ClipDesk::Sync
