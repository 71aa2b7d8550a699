// SmtpClient against the loopback SmtpSink: the SMTP dialogue, authentication, dot-stuffing,
// header encoding, and failures that must be reported rather than hang or crash.
#include "server/mail/mailmessage.h"
#include "server/mail/passwordresetmail.h"
#include "server/mail/smtpclient.h"
#include "smtpsink.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ClipDesk;
using namespace ClipDesk::Server;
using namespace ClipDesk::Testing;

namespace {

SmtpSettings sinkSettings(quint16 port)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.from = QStringLiteral("ClipDesk <noreply@clipdesk.test>");
    settings.timeoutMs = 5000;
    return settings;
}

MailMessage message(const QString &body, const QString &subject = QStringLiteral("Hello"))
{
    MailMessage mail;
    mail.to = QStringLiteral("Someone <someone@example.com>");
    mail.subject = subject;
    mail.body = body;
    return mail;
}

// Sends and waits for the callback.
std::optional<Status> sendAndWait(SmtpClient &client, const MailMessage &mail, int timeoutMs = 15000)
{
    std::optional<Status> result;
    client.send(mail, [&result](const Status &status) { result = status; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    return result;
}

} // namespace

class TestAuthMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversWithDotStuffingAndEncodedHeaders()
    {
        SmtpSink sink;
        QVERIFY(sink.listen());
        SmtpClient client(sinkSettings(sink.port()));
        const QString body = QStringLiteral("first line\n.starts with a dot\n..two dots\n.\nGrüße 👋\nlast");
        const auto result = sendAndWait(client, message(body, QStringLiteral("Grüße from ClipDesk")));
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(result->error().message));

        QVERIFY(sink.waitForMessages(1));
        const ReceivedMail mail = sink.messages().constFirst();
        QCOMPARE(mail.from, QStringLiteral("noreply@clipdesk.test"));
        QCOMPARE(mail.recipients, QStringList{QStringLiteral("someone@example.com")});
        QVERIFY(mail.authenticatedAs.isEmpty());
        const qsizetype split = mail.data.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        const QByteArray headers = mail.data.left(split);
        QVERIFY(headers.contains(QByteArray("Subject: =?UTF-8?B?" + QStringLiteral("Grüße from ClipDesk").toUtf8().toBase64() + "?=")));
        QVERIFY(headers.contains("Content-Type: text/plain; charset=UTF-8"));
        QVERIFY(headers.contains("Content-Transfer-Encoding: 8bit"));
        QVERIFY(headers.contains("Message-ID: <"));
        QVERIFY(headers.contains("Date: "));
        QString expected = body;
        expected.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        QCOMPARE(QString::fromUtf8(mail.data.mid(split + 4)), expected + QStringLiteral("\r\n"));
    }

    void headerInjectionIsDefused()
    {
        SmtpSink sink;
        QVERIFY(sink.listen());
        SmtpClient client(sinkSettings(sink.port()));
        const auto result = sendAndWait(client, message(QStringLiteral("body"), QStringLiteral("Hi\r\nBcc: victim@example.com")));
        QVERIFY(result && *result);
        QVERIFY(sink.waitForMessages(1));
        const QByteArray data = sink.messages().constFirst().data;
        QVERIFY(!data.contains("\r\nBcc:"));
        QCOMPARE(sink.messages().constFirst().recipients.size(), 1);
    }

    void authenticatesOverLoopback()
    {
        SmtpSink sink;
        QVERIFY(sink.listen());
        SmtpSettings settings = sinkSettings(sink.port());
        settings.username = QStringLiteral("mailer");
        settings.password = QStringLiteral("s3cret");
        SmtpClient client(settings);
        const auto result = sendAndWait(client, message(QStringLiteral("authenticated")));
        QVERIFY(result && *result);
        QVERIFY(sink.waitForMessages(1));
        QCOMPARE(sink.messages().constFirst().authenticatedAs, QStringLiteral("mailer"));
    }

    void passwordResetMailCarriesLinkAndCode()
    {
        const MailMessage mail = PasswordResetMail::compose(QStringLiteral("a@example.com"), QStringLiteral("alice"),
                                                            QStringLiteral("https://clipdesk.test/"), QStringLiteral("TOKEN123"), 30);
        QCOMPARE(mail.to, QStringLiteral("a@example.com"));
        QVERIFY(mail.body.contains(QStringLiteral("https://clipdesk.test/reset?token=TOKEN123")));
        QVERIFY(mail.body.contains(QStringLiteral("\nTOKEN123\n")));
        QVERIFY(mail.body.contains(QStringLiteral("30 minutes")));
    }

    void unreachableServerIsReported()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        SmtpClient client(sinkSettings(closedPort));
        const auto result = sendAndWait(client, message(QStringLiteral("nobody listens")));
        QVERIFY(result.has_value());
        QVERIFY(!*result);
        QCOMPARE(result->error().code, QStringLiteral("smtp_error"));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts, never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SmtpSettings settings = sinkSettings(silent.serverPort());
        settings.timeoutMs = 300;
        SmtpClient client(settings);
        const auto result = sendAndWait(client, message(QStringLiteral("no answer")));
        QVERIFY(result.has_value());
        QVERIFY(!*result);
    }

    void startTlsIsRequiredWhenConfigured()
    {
        SmtpSink sink; // offers no STARTTLS
        QVERIFY(sink.listen());
        SmtpSettings settings = sinkSettings(sink.port());
        settings.startTls = true;
        SmtpClient client(settings);
        const auto result = sendAndWait(client, message(QStringLiteral("must not go out in clear text")));
        QVERIFY(result && !*result);
        QTest::qWait(100);
        QVERIFY(sink.messages().isEmpty());
    }

    void withoutAHostNothingIsSent()
    {
        SmtpClient client(SmtpSettings{});
        QVERIFY(!client.settings().isConfigured());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no SMTP host is configured")));
        const auto result = sendAndWait(client, message(QStringLiteral("logged instead")));
        QVERIFY(result && *result);
    }

    void settingsAreValidated()
    {
        auto parsed = SmtpSettings::fromJson({{QStringLiteral("host"), QStringLiteral("mail.example.com")},
                                              {QStringLiteral("port"), 587},
                                              {QStringLiteral("starttls"), true},
                                              {QStringLiteral("username"), QStringLiteral("u")}});
        QVERIFY(parsed);
        QCOMPARE(parsed->port, quint16(587));
        QVERIFY(parsed->startTls);
        QVERIFY(!SmtpSettings::fromJson({{QStringLiteral("port"), 70000}}));
        QVERIFY(!SmtpSettings::fromJson({{QStringLiteral("starttls"), QStringLiteral("yes")}}));
        QVERIFY(!SmtpSettings::fromJson({{QStringLiteral("hots"), QStringLiteral("typo")}}));
    }

    void dotStuffing()
    {
        QCOMPARE(MailMessage::dotStuffed(QByteArrayLiteral(".a\r\nb\r\n..c\r\n")), QByteArrayLiteral("..a\r\nb\r\n...c\r\n.\r\n"));
        QCOMPARE(MailMessage::envelopeAddress(QStringLiteral("Name <x@y.z>")), QStringLiteral("x@y.z"));
        QCOMPARE(MailMessage::envelopeAddress(QStringLiteral(" x@y.z ")), QStringLiteral("x@y.z"));
    }
};

QTEST_GUILESS_MAIN(TestAuthMail)
#include "tst_authmail.moc"
