#pragma once

#include "testapiclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ClipDesk::Testing {

// One signed-in user with its own sync client id, pushing through a shared TestApiClient.
// The scenario steps return the new object's id, or an empty string after logging why.
class SyncActor final
{
public:
    SyncActor() = default;
    SyncActor(TestApiClient *api, TestUser user);

    const TestUser &user() const { return m_user; }
    QString id() const { return m_user.id; }
    QString token() const { return m_user.token; }
    QString role() const { return m_user.role; }
    QString clientId() const { return m_clientId; }
    bool isValid() const { return m_api && m_user.isValid(); }

    PushOutcome push(const QJsonArray &mutations) const;
    // Pushes one mutation and returns its result; when no result arrived:
    // {"status":"no_reply","http":N,"body":"..."}.
    QJsonObject run(const QJsonObject &mutation) const;

    // Brand steps. `version` receives the campaign's version afterwards.
    QString createCampaign(const QJsonObject &fields, qint64 *version = nullptr) const;
    QString createActiveCampaign(const QString &name, const QString &visibility = QStringLiteral("public"),
                                 qint64 *version = nullptr) const;
    QString createTemplate(const QString &name) const;
    QString invite(const QString &campaignId, const QString &clipperId) const;
    // Clipper step.
    QString apply(const QString &campaignId) const;
    // Either side: accepts an offer and returns the membership id.
    QString accept(const QString &offerId) const;

    // The user's profile version (GET /api/v1/profile).
    qint64 profileVersion() const;

    static QString status(const QJsonObject &result) { return result.value(QStringLiteral("status")).toString(); }
    static QString errorCode(const QJsonObject &result);
    static QJsonObject payload(const QJsonObject &result) { return result.value(QStringLiteral("result")).toObject(); }

private:
    QString expectOk(const QJsonObject &mutation, const QString &idField, qint64 *version = nullptr) const;

    TestApiClient *m_api = nullptr;
    TestUser m_user;
    QString m_clientId;
};

} // namespace ClipDesk::Testing
